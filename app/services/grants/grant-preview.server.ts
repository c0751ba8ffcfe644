import { changePreview, type ChangeInput } from "~/domain/grants/change-preview";
import { db, type Tx } from "~/services/platform/db.server";
import { loadGrantForChange } from "./grant-facts.server";

/** What a change would do to the grant as it is now, before staff confirm it. */
export async function previewGrantChange(
  grantId: string,
  input: ChangeInput,
  format: Parameters<typeof changePreview>[3],
  now: Date = new Date(),
) {
  const grant = await loadGrantForChange(db() as unknown as Tx, grantId);
  if (!grant) return null;
  return changePreview(grant.facts, input, now, format);
}
