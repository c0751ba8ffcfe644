import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportFilterSchema } from "~/domain/exports/spreadsheets";
import { csvDownload } from "~/services/exports/downloads.server";
import { checkInsCsv } from "~/services/exports/spreadsheets.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { requireFunder } from "~/services/schemes/scheme-access.server";

/**
 * The funder's check-ins as a spreadsheet, for every member of its staff. What groups wrote is
 * in it only where they agreed to it appearing in the funder's reports.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, funderId, locale } = await requireFunder(request, params, "view");
  const filter = exportFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = await translatorFor(locale);
  const csv = await checkInsCsv({ actor: user, funderId, filter, locale, t, now: new Date() });
  return csvDownload(csv, "check-ins");
}
