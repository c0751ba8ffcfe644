import { defineConfig } from "prisma/config";

// Migrations are created and applied by the project's own scripts (scripts/db/*), which work
// without downloading Prisma's native schema engine; this file only tells the CLI where the
// schema is.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
