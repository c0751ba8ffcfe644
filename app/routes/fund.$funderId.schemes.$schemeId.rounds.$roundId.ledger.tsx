import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/shared/form-field";
import { FloorList } from "~/components/schemes/ledger/floor-list";
import { LedgerApplications } from "~/components/schemes/ledger/ledger-applications";
import { Pager } from "~/components/shared/pager";
import {
  ReferenceSearch,
  type ReferenceSearchResult,
} from "~/components/schemes/ledger/reference-search";
import type { LedgerAnswer } from "~/components/schemes/ledger/ledger-change-form";
import { RoundLedgerTables } from "~/components/schemes/ledger/round-ledger";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { SavedNotice } from "~/components/schemes/notices";
import { useFunder } from "~/components/schemes/use-funder";
import { referenceSearchSchema } from "~/domain/applications/reference";
import { formatMoney } from "~/domain/shared/money";
import {
  confirmationMessages,
  ledgerChangeSchema,
  ledgerOperation,
  refusalMessage,
} from "~/domain/schemes/ledger-form";
import { currencyLabel } from "~/domain/schemes/scheme-form";
import type { Actor } from "~/domain/access/permissions";
import { translated } from "~/domain/shared/translated-text";
import { parseForm } from "~/domain/shared/validation";
import {
  changeLedger,
  loadRoundLedger,
  previewLedgerChange,
} from "~/services/schemes/ledger.server";
import { forbidden } from "~/services/access/permissions.server";
import {
  applicationByReference,
  applicationInRound,
  submittedApplications,
} from "~/services/applications/round-applications.server";
import { requireRound } from "~/services/schemes/scheme-access.server";

async function findByReference(
  request: Request,
  user: Actor,
  funderId: string,
  round: { id: string },
  locale: string,
): Promise<ReferenceSearchResult> {
  const typed = new URL(request.url).searchParams.get("reference");
  if (typed === null) return null;
  const query = new FormData();
  query.set("reference", typed);
  const parsed = parseForm(referenceSearchSchema, query);
  if (!parsed.ok) return { typed, errors: parsed.errors, found: null };
  const found = await applicationByReference(user, funderId, parsed.data.reference);
  if (!found) return { typed, found: null };
  const sent = found.status !== "DRAFT";
  const ledgerLink = !sent
    ? null
    : found.round.id === round.id
      ? `#application-${found.id}`
      : `/fund/${funderId}/schemes/${found.round.schemeId}/rounds/${found.round.id}/ledger#application-${found.id}`;
  return {
    typed,
    found: {
      id: found.id,
      reference: found.reference,
      organisation: found.organisation,
      status: found.status,
      potName: translated(found.potName, locale),
      roundName: translated(found.round.name, locale),
      ledgerLink,
    },
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, funderId, round, scheme, locale, canEdit } = await requireRound(
    request,
    params,
    "view",
  );
  const [loaded, applications, search] = await Promise.all([
    loadRoundLedger(round.id),
    submittedApplications(round.id, pageNumber(request)),
    findByReference(request, user, funderId, round, locale),
  ]);
  if (!loaded) throw forbidden();
  const potName = new Map(round.pots.map((pot) => [pot.id, translated(pot.name, locale)]));
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), currency: scheme.currency },
    currencyLabel: currencyLabel(scheme.currency, locale),
    round: { id: round.id, name: translated(round.name, locale) },
    ledger: {
      ...loaded.ledger,
      pots: loaded.ledger.pots.map((pot) => ({ ...pot, name: potName.get(pot.potId)! })),
      floors: loaded.ledger.floors.map((floor) => ({ ...floor, name: potName.get(floor.potId)! })),
    },
    applications: applications.rows.map((application) => ({
      ...application,
      potName: potName.get(application.potId)!,
    })),
    page: applications.page,
    pages: applications.pages,
    canEdit,
    search,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, round, scheme, locale } = await requireRound(request, params, "edit");
  const form = await request.formData();
  const applicationId = String(form.get("applicationId") ?? "");
  // Each application has its own small form; errors are keyed to its amount field.
  const fail = (
    error: { key: string; values?: Record<string, unknown> },
    values: Record<string, string>,
  ) =>
    data<LedgerAnswer>(
      { applicationId, errors: { [`amount-${applicationId}`]: error }, values },
      { status: 400 },
    );

  const result = parseForm(ledgerChangeSchema, form);
  if (!result.ok) return fail(Object.values(result.errors)[0]!, result.values);
  if (!(await applicationInRound(round.id, applicationId))) throw forbidden();

  const values = { operation: result.data.operation, amount: result.data.amount ?? "" };
  const read = ledgerOperation({ ...result.data, applicationId }, scheme.currency);
  if (!read.ok) return fail(read.error, values);
  const money = (minor: number) => formatMoney(minor, scheme.currency, locale);
  // Money decisions are confirmed first: the answer says what will happen, with the amounts.
  if (form.get("confirm") !== "yes") {
    const preview = await previewLedgerChange(read.operation);
    if (!preview.ok) return fail(refusalMessage(preview.refusal, money), values);
    const pot = round.pots.find((candidate) => candidate.id === preview.potId)!;
    const names = { organisation: preview.organisation, pot: translated(pot.name, locale).text };
    return data<LedgerAnswer>({
      applicationId,
      errors: {},
      values,
      confirm: confirmationMessages(preview.confirmation, names, money),
    });
  }
  const change = await changeLedger(user.id, read.operation, funderId);
  if (!change.ok) return fail(refusalMessage(change.refusal, money), values);
  return redirect(
    `/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}/ledger?saved=ledger${pageQuery(request)}#application-${applicationId}`,
  );
}

/** `?page=` as a whole number from 1; anything else is the first page. */
function pageNumber(request: Request) {
  const page = Number(new URL(request.url).searchParams.get("page"));
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

/** The page a change was made from, kept on the way back to it. */
function pageQuery(request: Request) {
  const page = pageNumber(request);
  return page > 1 ? `&page=${page}` : "";
}

export default function LedgerPage() {
  const {
    scheme,
    currencyLabel: currencyName,
    round,
    ledger,
    applications,
    canEdit,
    search,
    page,
    pages,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("schemes");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, scheme),
          {
            to: `/fund/${funder.id}/schemes/${scheme.id}/rounds/${round.id}`,
            label: round.name.text,
            lang: round.name.locale,
          },
        ]}
      />
      <div className="stack">
        <h1>{t("ledger.title", { round: round.name.text })}</h1>
        <SavedNotice saved={searchParams.get("saved")} />
        <ErrorSummary errors={actionData?.errors} />
        <p className="muted">{t("ledger.intro")}</p>
      </div>
      <RoundLedgerTables ledger={ledger} currency={scheme.currency} currencyName={currencyName} />
      <FloorList floors={ledger.floors} currency={scheme.currency} />
      <ReferenceSearch search={search} />
      <LedgerApplications
        applications={applications}
        currency={scheme.currency}
        currencyName={currencyName}
        canEdit={canEdit}
        answer={actionData}
      />
      <Pager page={page} pages={pages} href={(number) => `?page=${number}`} />
    </div>
  );
}
