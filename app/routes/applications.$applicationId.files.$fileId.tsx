import type { LoaderFunctionArgs } from "@remix-run/node";
import { fileResponse, readAnswerFile } from "~/services/applications/application-files.server";
import { requireApplication } from "~/services/applications/application-pages.server";
import { forbidden } from "~/services/access/permissions.server";

/** Hands a file back to people who may read the application, always as a download. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { application } = await requireApplication(request, params, "view");
  const file = await readAnswerFile(application, params.fileId ?? "");
  if (!file.ok) throw forbidden();
  return fileResponse(file.bytes, file.mimeType, file.originalName);
}
