import type { LoaderFunctionArgs } from "@remix-run/node";
import { readAnswerFile } from "~/services/applications/application-files.server";
import { requireApplication } from "~/services/applications/application-pages.server";
import { forbidden } from "~/services/access/permissions.server";

/**
 * Hands a file back to people who may read the application: always as a download, with its
 * checked type and no sniffing, so an uploaded file can never run as a page of this site.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { application } = await requireApplication(request, params, "view");
  const file = await readAnswerFile(application, params.fileId ?? "");
  if (!file.ok) throw forbidden();
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": contentDisposition(file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** RFC 6266: an ASCII name for old clients, the real one (Arabic, Ukrainian…) for the rest. */
function contentDisposition(name: string) {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
