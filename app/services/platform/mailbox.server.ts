import { config } from "./env.server";

/** The demo mailbox shows every email, so it must never exist on a real deployment. */
export function requireMailboxEnabled() {
  const { demoMode, nodeEnv } = config();
  if (!demoMode && nodeEnv !== "development") throw new Response("Not found", { status: 404 });
}
