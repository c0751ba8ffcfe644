import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ScreeningNav } from "~/components/eligibility/screening-nav";
import { Pager } from "~/components/shared/pager";
import { ScreeningTable } from "~/components/eligibility/screening-table";
import { Breadcrumbs, roundCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import type { ScreeningGroup } from "~/domain/eligibility/screening";
import { translated } from "~/domain/shared/translated-text";
import type { FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import { markEligible } from "~/services/eligibility/screen.server";
import {
  idsOutsideRound,
  screeningCounts,
  screeningPage,
  SCREENING_PAGE_SIZE,
} from "~/services/eligibility/screening.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

/** A round's sent applications, sorted into those to screen, eligible and not eligible. */

const querySchema = z.object({
  show: z.enum(["to-screen", "eligible", "not-eligible"]).catch("to-screen"),
  page: z.coerce.number().int().min(1).catch(1),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, locale, canEdit } = await requireRound(request, params, "view");
  const url = new URL(request.url);
  const query = querySchema.parse(Object.fromEntries(url.searchParams));
  const counts = await screeningCounts(round.id);
  const show: ScreeningGroup = query.show;
  const pages = Math.max(1, Math.ceil(counts[show] / SCREENING_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const rows = await screeningPage(round.id, show, page);
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), currency: scheme.currency },
    round: { id: round.id, name: translated(round.name, locale) },
    canEdit,
    show,
    page,
    pages,
    counts,
    applications: rows.map((row) => ({ ...row, pot: translated(row.pot, locale) })),
  };
}

const bulkSchema = z.array(z.string().min(1)).max(SCREENING_PAGE_SIZE);

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, round } = await requireRound(request, params, "edit");
  const form = await request.formData();
  const parsed = bulkSchema.safeParse(form.getAll("applicationId"));
  if (!parsed.success) throw forbidden();
  if (parsed.data.length === 0)
    return data<{ errors: FieldErrors }>(
      { errors: { applicationId: { key: "eligibility:screening.errors.chooseApplications" } } },
      { status: 400 },
    );
  // An id from another round or funder means a tampered form: refuse it all, as for any record out of reach.
  if ((await idsOutsideRound(round.id, parsed.data)).length > 0) throw forbidden();
  const marked = await markEligible(user, round.id, parsed.data);
  return redirect(`${new URL(request.url).pathname}?marked=${marked}`);
}

export default function Screening() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { funder } = useFunder();
  const { t } = useTranslation();
  const roundPath = `/fund/${funder.id}/schemes/${page.scheme.id}/rounds/${page.round.id}`;
  const marked = search.get("marked");
  const saved = search.get("saved");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs items={roundCrumbs(funder, page.scheme, page.round)} />
      <div className="stack">
        <h1 id="screening-title">{t("eligibility:screening.title")}</h1>
        <p>{t("eligibility:screening.intro")}</p>
      </div>
      {marked !== null && /^\d+$/.test(marked) ? (
        <p role="status" className="notice">
          {t("eligibility:screening.marked", { count: Number(marked) })}
        </p>
      ) : null}
      {saved && ["eligible", "ineligible", "reconsidered"].includes(saved) ? (
        <p role="status" className="notice">
          {t(`eligibility:screening.saved.${saved}`)}
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      <ScreeningNav show={page.show} counts={page.counts} />
      <ScreeningTable
        show={page.show}
        rows={page.applications}
        base={`${roundPath}/screening`}
        currency={page.scheme.currency}
        canEdit={page.canEdit}
        errors={actionData?.errors}
      />
      <Pager
        page={page.page}
        pages={page.pages}
        href={(number) => `?show=${page.show}&page=${number}`}
      />
    </div>
  );
}
