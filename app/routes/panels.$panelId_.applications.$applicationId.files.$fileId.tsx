import type { LoaderFunctionArgs } from "@remix-run/node";
import {
  fileRangeResponse,
  readStoredFile,
} from "~/services/applications/application-files.server";
import { forbidden } from "~/services/access/permissions.server";
import { readableFile, requirePanelReading } from "~/services/panels/panel-reading.server";

/**
 * A file of an application, for those who may read it on this panel: only a file its shown
 * answers point to, never a file of another application, and in blind review under a name that
 * says nothing about who sent it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requirePanelReading(request, params, "view");
  if (access.mustDeclareConflicts) throw forbidden();
  const file = await readableFile(access, params.fileId ?? "");
  const bytes = file ? await readStoredFile(file.storageKey) : null;
  if (!file || !bytes) throw forbidden();
  return fileRangeResponse(request, bytes, file.mimeType, file.downloadName);
}
