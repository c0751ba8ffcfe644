import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/** A language's catalogs travel together: one download gives a phone every text of its language. */
function catalogChunk(id: string): string | undefined {
  const match = /\/app\/locales\/([a-z]{2})\/[A-Za-z]+\.json$/.exec(id);
  return match ? `locale-${match[1]}` : undefined;
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    remix({
      ignoredRouteFiles: ["**/*.test.ts", "**/*.test.tsx", "**/*.css"],
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
  build: {
    // The generated Prisma clients are large and server-only; keep them out of the warning.
    chunkSizeWarningLimit: 2000,
    rollupOptions: isSsrBuild ? {} : { output: { manualChunks: catalogChunk } },
  },
  ssr: {
    external: ["better-sqlite3", "pg", "@node-rs/argon2"],
  },
}));
