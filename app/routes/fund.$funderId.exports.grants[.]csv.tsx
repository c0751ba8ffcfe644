import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportFilterSchema } from "~/domain/exports/spreadsheets";
import { csvDownload } from "~/services/exports/downloads.server";
import { grantsCsv } from "~/services/exports/spreadsheets.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/** The funder's grants as a spreadsheet, for every member of its staff; ?scheme= or ?round= narrows it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, funderId, locale } = await requireFunder(request, params, "view");
  const filter = exportFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = await translatorFor(locale);
  const csv = await grantsCsv({ actor: user, funderId, filter, locale, t, now: new Date() });
  return csvDownload(csv, "grants");
}
