import type { LoaderFunctionArgs } from "@remix-run/node";
import { fileResponse, readStoredFile } from "~/services/applications/application-files.server";
import { forbidden } from "~/services/access/permissions.server";
import { wallPhoto } from "~/services/outcomes/story-wall.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/**
 * A photo on the story wall or the printed summary, for the funder's staff: only a photo of a
 * highlighted story of this funder whose consent, and the story's, reach the funder's reports.
 * Anything else gets the same 403, so nobody learns which photos exist.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { funder } = await requireFunder(request, params, "view");
  const photo = await wallPhoto(funder.id, params.photoId ?? "");
  const bytes = photo ? await readStoredFile(photo.storageKey) : null;
  if (!photo || !bytes) throw forbidden();
  return fileResponse(bytes, photo.mimeType, "photo");
}
