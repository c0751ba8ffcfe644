import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FundingSuggestion } from "~/components/panels/funding-suggestion";
import { ErrorSummary } from "~/components/shared/form-field";
import { can } from "~/domain/access/permissions";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { adoptSuggestion, potSuggestion } from "~/services/panels/funding-suggestion.server";
import { moderatedRanking, requirePanelPot } from "~/services/panels/moderation.server";
import { panelResource } from "~/services/panels/panels.server";
import { localeOf } from "~/services/platform/i18n.server";

/**
 * The funding set Withfund suggests for one pot, among the applications this person may
 * moderate, and "Start from this suggestion", which drafts awards after one more question.
 */

async function load(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: "moderate" | "decide",
) {
  const access = await requirePanelPot(request, params, action);
  const { user, panel, pot } = access;
  const locale = await localeOf(request);
  const { rows, standings } = await moderatedRanking(panel, pot, user);
  return { ...access, locale, suggestion: await potSuggestion(rows, pot, standings.money) };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel, pot, currency, locale, suggestion } = await load(
    request,
    params,
    "moderate",
  );
  return {
    panel: { id: panel.id, name: panel.name },
    canDecide: can(user, "decide", panelResource(panel.id, panel.round.scheme.funderId)),
    pot: { id: pot.id, name: translated(pot.name, locale) },
    currency,
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

export default function SuggestionPage() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("panels");
  const moderation = `/panels/${page.panel.id}/pots/${page.pot.id}`;
  return (
    <div className="stack-large moderation-page">
      <p>
        <Link to={moderation}>
          {t("moderation.titleLabel")} <span lang={page.pot.name.locale}>{page.pot.name.text}</span>
        </Link>
      </p>
      <h1>{t("moderation.suggestion.title")}</h1>
      <ErrorSummary errors={answer?.errors} />
      <FundingSuggestion
        suggestion={page.suggestion}
        currency={page.currency}
        canDecide={page.canDecide}
        confirming={searchParams.get("confirm") === "suggestion"}
        here={`${moderation}/suggestion`}
      />
    </div>
  );
}
