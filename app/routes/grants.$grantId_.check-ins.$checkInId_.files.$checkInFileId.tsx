import type { LoaderFunctionArgs } from "@remix-run/node";
import { forbidden } from "~/services/access/permissions.server";
import {
  fileRangeResponse,
  readStoredFile,
} from "~/services/applications/application-files.server";
import { requireCheckIn } from "~/services/monitoring/check-in-access.server";
import { checkInFiles } from "~/services/monitoring/check-in-files.server";

/** A photo or recording of the group's check-in, for the group: its own files only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await requireCheckIn(request, params, "view", "group");
  const file = (await checkInFiles(page.checkIn.id)).find((f) => f.id === params.checkInFileId);
  if (!file) throw forbidden();
  const bytes = await readStoredFile(file.storageKey);
  if (!bytes) throw new Response("Not found", { status: 404 });
  return fileRangeResponse(request, bytes, file.mimeType, file.originalName);
}
