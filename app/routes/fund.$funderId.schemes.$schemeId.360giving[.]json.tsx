import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { fileDownload } from "~/services/exports/downloads.server";
import {
  funderForOpenData,
  recordOpenDataDownload,
  schemeOpenData,
} from "~/services/exports/open-data.server";
import { requireScheme } from "~/services/schemes/scheme-access.server";

/**
 * The scheme's awarded grants as a 360Giving package. When there is nothing valid to publish
 * (no identifiers yet, or no awards) there is no file: the open-data page says why instead.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, funderId, scheme } = await requireScheme(request, params, "view");
  const funder = await funderForOpenData(funderId);
  const result = await schemeOpenData(funder, scheme, new Date());
  if (result.kind !== "ready")
    return redirect(`/fund/${funderId}/schemes/${scheme.id}/open-data`, 303);
  await recordOpenDataDownload(user.id, funderId, scheme.id, result.grantCount);
  return fileDownload(
    `${JSON.stringify(result.data, null, 2)}\n`,
    `360giving-${scheme.slug}.json`,
    "application/json; charset=utf-8",
  );
}
