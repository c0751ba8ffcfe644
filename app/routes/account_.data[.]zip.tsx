import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/services/access/permissions.server";
import { personalDataZip } from "~/services/privacy/data-export.server";

/** Everything Withfund holds about the person asking, as a ZIP written while it downloads. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const now = new Date();
  const zip = await personalDataZip(user, now);
  return new Response(zip, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="withfund-data-${now.toISOString().slice(0, 10)}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
}
