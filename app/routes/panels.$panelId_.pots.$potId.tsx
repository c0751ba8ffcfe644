import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FundingSuggestion } from "~/components/panels/funding-suggestion";
import { ModerationTable, PotMoneySummary } from "~/components/panels/moderation-table";
import { ErrorSummary } from "~/components/shared/form-field";
import { can } from "~/domain/access/permissions";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { adoptSuggestion, potSuggestion } from "~/services/panels/funding-suggestion.server";
import { moderationPage, potMoney, requirePanelPot } from "~/services/panels/moderation.server";
import { panelResource } from "~/services/panels/panels.server";
import { localeOf } from "~/services/platform/i18n.server";

/**
 * Moderating one pot: the chair and the funder's staff see the pot's applications ranked by the
 * panel's scores, the pot's money, and the funding set Withfund suggests. Applications the
 * person declared a conflict with are left out and only counted.
 */

async function load(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: "moderate" | "decide",
) {
  const access = await requirePanelPot(request, params, action);
  const { user, panel, pot } = access;
  const locale = await localeOf(request);
  const money = await potMoney(panel.round.id, pot);
  const page = await moderationPage(panel, pot, money, user, locale);
  const suggestion = await potSuggestion(page.rows, pot, money);
  return { ...access, locale, page, suggestion };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel, pot, currency, locale, page, suggestion } = await load(
    request,
    params,
    "moderate",
  );
  return {
    panel: { id: panel.id, name: panel.name },
    canDecide: can(user, "decide", panelResource(panel.id, panel.round.scheme.funderId)),
    pot: { id: pot.id, name: translated(pot.name, locale) },
    currency,
    ...page,
    suggestion,
  };
}

const adoptSchema = z.object({ fingerprint: z.string().max(100_000) });
type ActionData = { errors: FieldErrors };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel, pot, suggestion } = await load(request, params, "decide");
  const parsed = parseForm(adoptSchema, await request.formData());
  const seen = parsed.ok ? parsed.data.fingerprint : "";
  const adopted = await adoptSuggestion(user, panel, pot.id, suggestion, seen);
  if (!adopted.ok)
    return data<ActionData>(
      { errors: { suggestion: { key: `panels:moderation.suggestion.errors.${adopted.reason}` } } },
      { status: adopted.reason === "forbidden" ? 403 : 409 },
    );
  return redirect(
    `/panels/${panel.id}/pots/${pot.id}?adopted=${adopted.drafted}&kept=${adopted.kept}`,
  );
}

export default function ModeratePotPage() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("panels");
  const adopted = searchParams.get("adopted");
  return (
    <div className="stack-large moderation-page">
      <p>
        <Link to={`/panels/${page.panel.id}`}>
          <bdi>{page.panel.name}</bdi>
        </Link>
      </p>
      <div className="stack">
        <h1>
          {t("moderation.title")}: <span lang={page.pot.name.locale}>{page.pot.name.text}</span>
        </h1>
        {adopted !== null ? (
          <p role="status" className="notice">
            {t("moderation.suggestion.adopted", {
              count: Number(adopted) || 0,
              kept: Number(searchParams.get("kept")) || 0,
            })}
          </p>
        ) : null}
        {page.hidden > 0 ? (
          <p className="notice">{t("moderation.hidden", { count: page.hidden })}</p>
        ) : null}
      </div>
      <ErrorSummary errors={answer?.errors} />
      <PotMoneySummary money={page.money} ifDrafted={page.ifDrafted} currency={page.currency} />
      <ModerationTable page={page} panelId={page.panel.id} potId={page.pot.id} />
      <FundingSuggestion
        suggestion={page.suggestion}
        currency={page.currency}
        canDecide={page.canDecide}
        confirming={searchParams.get("confirm") === "suggestion"}
        here={`/panels/${page.panel.id}/pots/${page.pot.id}`}
      />
    </div>
  );
}
