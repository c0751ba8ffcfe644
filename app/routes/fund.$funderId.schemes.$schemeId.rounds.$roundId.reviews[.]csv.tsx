import type { LoaderFunctionArgs } from "@remix-run/node";
import { translated } from "~/domain/shared/translated-text";
import { roundReviewsCsv } from "~/services/panels/review-export.server";
import { translatorFor } from "~/services/platform/i18n.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

/** The round's reviews and decisions as a spreadsheet, for the funder's staff. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, round, locale } = await requireRound(request, params, "view");
  const csv = await roundReviewsCsv(user, round, locale, await translatorFor(locale));
  const slug = translated(round.name, "en")
    .text.toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="reviews-${slug || round.id}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
