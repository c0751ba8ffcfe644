import { messageFor } from "~/services/platform/outbox.server";

type Queued = Parameters<typeof messageFor>[0];

/** The text an email will have when delivered: an invitation's link is sealed until then. */
export async function deliveredText(email: Queued): Promise<string> {
  return (await messageFor(email)).text;
}
