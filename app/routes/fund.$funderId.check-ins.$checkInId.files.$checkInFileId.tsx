import type { LoaderFunctionArgs } from "@remix-run/node";
import {
  fileRangeResponse,
  readStoredFile,
} from "~/services/applications/application-files.server";
import { forbidden } from "~/services/access/permissions.server";
import { requireCheckIn } from "~/services/monitoring/check-in-access.server";

/**
 * A photo or recording sent with a check-in, for the funder's staff who may read it: only a
 * file of this check-in, never one of another check-in or application. Staff reading is within
 * every consent a group can give, so consent limits what travels further, not this.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { checkIn } = await requireCheckIn(request, params, "view", "staff");
  const file = checkIn.files.find((candidate) => candidate.id === params.checkInFileId);
  if (!file || file.deletedAt) throw forbidden();
  const bytes = await readStoredFile(file.storageKey);
  if (!bytes) throw forbidden();
  const extension = file.mimeType.split("/")[1]?.replace(/[^a-z0-9]/gi, "") ?? "bin";
  return fileRangeResponse(request, bytes, file.mimeType, `check-in-${file.id}.${extension}`);
}
