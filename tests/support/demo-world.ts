import { seedDemo as seedDemoData } from "../../prisma/seed/demo";
import type { Db } from "~/services/platform/db.server";

/**
 * The demo as integration tests meet it. Tests run outside demo mode, where a platform
 * administrator must have two-factor sign-in before any page opens (decision 0036), so the
 * demo's administrator has it set up, as she would on a real service. The sign-in step itself
 * is tested in two-factor.test.ts.
 */
export async function seedDemo(client: Db, now = new Date()) {
  await seedDemoData(client, now);
  await client.user.updateMany({
    where: { isPlatformAdmin: true, totpEnabledAt: null },
    data: { totpEnabledAt: new Date() },
  });
}
