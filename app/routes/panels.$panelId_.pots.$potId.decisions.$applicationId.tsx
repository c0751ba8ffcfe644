import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChoiceFieldset } from "~/components/panels/choice-fieldset";
import { Reference } from "~/components/shared/reference";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { checkDecision, decisionFormSchema } from "~/domain/panels/decisions";
import { isDraftRefusal } from "~/domain/panels/feedback-drafts";
import { refusalMessage } from "~/domain/schemes/ledger-form";
import { languageNameIn, localeNames, supportedLocales } from "~/domain/shared/locales";
import { formatMoney, toInputValue } from "~/domain/shared/money";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { awardFromWaitlist } from "~/services/panels/decision-confirmation.server";
import {
  decisionPage,
  requireDecisionApplication,
  saveDraftDecision,
} from "~/services/panels/decisions.server";
import {
  draftFeedbackTranslation,
  type FeedbackDraftRefusal,
} from "~/services/panels/feedback-drafts.server";
import { localeOf } from "~/services/platform/i18n.server";

/**
 * The chair's or staff's decision on one application: a draft until the pot's set is
 * confirmed; a confirmed waiting-list place can be turned into an award here.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireDecisionApplication(request, params);
  const url = new URL(request.url);
  const locale = await localeOf(request);
  const page = await decisionPage(access, url.searchParams.get("feedbackLanguage"));
  return {
    ...page,
    panelId: access.panel.id,
    potName: translated(page.pot.name, locale).text,
    saved: url.searchParams.get("saved"),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireDecisionApplication(request, params);
  const { application, pot, currency } = access;
  const locale = await localeOf(request);
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const form = await request.formData();
  const parsed = parseForm(decisionFormSchema, form);
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const values = Object.fromEntries(
    [...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  const checked = checkDecision(
    parsed.data,
    {
      requestedMinor: application.requestedMinor,
      minGrantMinor: pot.minGrantMinor,
      maxGrantMinor: pot.maxGrantMinor,
      currency,
    },
    money,
  );
  if (!checked.ok) return data<ActionData>({ errors: checked.errors, values }, { status: 400 });
  const here = `/panels/${access.panel.id}/pots/${pot.id}/decisions/${application.id}`;
  const decision = application.decision;

  if (decision?.confirmedAt) {
    // Only a waiting-list place may still change, and only into an award.
    if (
      decision.outcome !== "WAITLIST" ||
      checked.draft.outcome !== "AWARD" ||
      parsed.data.intent === "translate-feedback"
    )
      return data<ActionData>(
        { errors: { form: { key: "panels:decision.errors.closed" } }, values },
        { status: 409 },
      );
    const result = await awardFromWaitlist(
      access.user,
      access.panel,
      decision.id,
      parsed.data.revision,
      checked.draft,
      parsed.data.feedbackChecked,
    );
    if (result.ok) return redirect(`${here}?saved=awarded`);
    const error =
      result.refusal.reason === "ledger"
        ? refusalMessage(result.refusal.refusal, money)
        : { key: `panels:confirm.refusals.${result.refusal.reason}` };
    return data<ActionData>({ errors: { amount: error }, values }, { status: 409 });
  }

  if (parsed.data.intent === "translate-feedback") {
    const drafted = await draftFeedbackTranslation(
      access,
      checked.draft,
      parsed.data.revision,
      parsed.data.feedbackChecked,
    );
    if (drafted.ok)
      return redirect(`${here}?feedbackLanguage=${drafted.language}&saved=translated`);
    return feedbackDraftRefused(drafted.reason, values);
  }

  const saved = await saveDraftDecision(access, application, checked.draft, parsed.data.revision, {
    confirmedChecked: parsed.data.feedbackChecked,
  });
  if (saved.ok) return redirect(`${here}?saved=draft`);
  return data<ActionData>(
    { errors: { form: { key: `panels:decision.errors.${saved.reason}` } }, values },
    { status: 409 },
  );
}

/**
 * No translation was drafted: the page comes back with everything she typed and says why, next
 * to the feedback. A service that failed is not her mistake, and nothing here is an error page.
 */
function feedbackDraftRefused(reason: FeedbackDraftRefusal, values: Record<string, string>) {
  if (reason === "stale" || reason === "closed")
    return data<ActionData>(
      { errors: { form: { key: `panels:decision.errors.${reason}` } }, values },
      { status: 409 },
    );
  return data<ActionData>(
    { errors: { feedback: { key: `panels:decision.draftErrors.${reason}` } }, values },
    { status: isDraftRefusal(reason) ? 400 : 503 },
  );
}

export default function DecisionPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const money = (minor: number) => formatMoney(minor, page.currency, i18n.language);
  const values = actionData?.values;
  const decision = page.decision;
  const waitlisted = decision?.confirmed && decision.outcome === "WAITLIST";
  const applicantLanguage = languageNameIn(page.applicantLocale, i18n.language);
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <p>
          <Link to={`/panels/${page.panelId}/pots/${page.pot.id}/confirm`}>
            <bdi>{page.potName}</bdi>
          </Link>
        </p>
        <h1>{t("panels:decision.title")}</h1>
        {/* At the top, where the page opens after a refused save, also with JavaScript off. */}
        <ErrorSummary errors={actionData?.errors} />
        <p>
          <Reference value={page.application.reference} />
        </p>
        <dl className="summary-list">
          <div>
            <dt>{t("panels:decision.requested")}</dt>
            <dd>{money(page.application.requestedMinor)}</dd>
          </div>
          <div>
            <dt>{t("panels:decision.score")}</dt>
            <dd>
              {page.score.score === null
                ? t("panels:decision.noScore")
                : t("panels:decision.scoreValue", {
                    score: new Intl.NumberFormat(i18n.language, {
                      maximumFractionDigits: 1,
                    }).format(page.score.score),
                    reviews: page.score.reviews,
                  })}
            </dd>
          </div>
          <div>
            <dt>{t("panels:decision.limits")}</dt>
            <dd>
              {t("panels:decision.limitsValue", {
                min: money(page.pot.minGrantMinor),
                max: money(page.pot.maxGrantMinor),
              })}
            </dd>
          </div>
          <div>
            <dt>{t("panels:decision.current")}</dt>
            <dd>
              {decision
                ? t(
                    `panels:decision.state.${decision.confirmed ? "confirmed" : "draft"}.${decision.outcome}`,
                    { amount: decision.amountMinor !== null ? money(decision.amountMinor) : "" },
                  )
                : t("panels:decision.none")}
            </dd>
          </div>
        </dl>
      </div>

      {page.saved ? (
        <p role="status" className="notice">
          {page.saved === "translated"
            ? t("panels:decision.saved.translated", {
                language: languageNameIn(page.feedbackLanguage, i18n.language),
              })
            : t(`panels:decision.saved.${page.saved === "awarded" ? "awarded" : "draft"}`)}
        </p>
      ) : null}

      {page.open ? (
        <section className="stack card" aria-labelledby="decide-title">
          <h2 id="decide-title">
            {waitlisted ? t("panels:decision.fromWaitlist") : t("panels:decision.formTitle")}
          </h2>
          {waitlisted ? <p>{t("panels:decision.fromWaitlistIntro")}</p> : null}
          {actionData?.errors.form ? (
            <p role="alert" className="notice applying-warning">
              {t(actionData.errors.form.key)}
            </p>
          ) : null}
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="revision" value={decision?.revision ?? 0} />
            <ChoiceFieldset
              name="outcome"
              legend={t("panels:decision.outcome")}
              choices={page.outcomes.map((outcome) => ({
                value: outcome,
                label: t(`panels:decision.outcomes.${outcome}.label`),
                hint: t(`panels:decision.outcomes.${outcome}.hint`),
              }))}
              value={values?.outcome ?? (waitlisted ? "AWARD" : decision?.outcome)}
              errors={actionData?.errors}
            />
            <Field
              name="amount"
              label={t("panels:decision.amount", { currency: page.currency })}
              hint={t("panels:decision.amountHint", {
                requested: money(page.application.requestedMinor),
              })}
              errors={actionData?.errors}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  dir="ltr"
                  defaultValue={
                    values?.amount ??
                    (decision?.amountMinor != null
                      ? toInputValue(decision.amountMinor, page.currency)
                      : "")
                  }
                />
              )}
            </Field>
            <Field
              name="rationale"
              label={t("panels:decision.rationale")}
              hint={t("panels:decision.rationaleHint")}
              errors={actionData?.errors}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={4}
                  dir="auto"
                  defaultValue={values?.rationale ?? decision?.rationale ?? ""}
                />
              )}
            </Field>
            <p>{t("panels:decision.applicantReads", { language: applicantLanguage })}</p>
            {decision && decision.feedbackLanguages.length > 0 ? (
              <div className="stack">
                <p>{t("panels:decision.feedbackIn")}</p>
                <ul className="link-list">
                  {decision.feedbackLanguages.map((language) => (
                    <li key={language}>
                      <Link to={`?feedbackLanguage=${language}`} lang={language}>
                        {localeNames[language]}
                      </Link>
                      {decision.staleDrafts.includes(language) ? (
                        <> {t("panels:decision.machineDraftStaleInList")}</>
                      ) : decision.machineDrafted.includes(language) ? (
                        <> {t("panels:decision.machineDraftedInList")}</>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="muted">{t("panels:decision.noFeedbackYet")}</p>
            )}
            <Field
              name="feedbackLanguage"
              label={t("panels:decision.feedbackLanguage")}
              errors={actionData?.errors}
            >
              {(props) => (
                <select {...props} defaultValue={values?.feedbackLanguage ?? page.feedbackLanguage}>
                  {supportedLocales.map((language) => (
                    <option key={language} value={language}>
                      {localeNames[language]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {page.feedbackMachineDrafted ? (
              <p className="machine-translation__label" id="feedback-machine-drafted">
                {t("panels:decision.machineDrafted")}
              </p>
            ) : null}
            {page.feedbackDraftStale ? (
              <p className="notice applying-warning" id="feedback-draft-stale">
                {t("panels:decision.machineDraftStale")}
              </p>
            ) : null}
            <Field
              name="feedback"
              label={t("panels:decision.feedback")}
              hint={t("panels:decision.feedbackHint")}
              errors={actionData?.errors}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={6}
                  dir="auto"
                  lang={page.feedbackLanguage}
                  defaultValue={values?.feedback ?? page.feedbackText}
                />
              )}
            </Field>
            {page.feedbackMachineDrafted ? <MachineDraftCheck /> : null}
            <button type="submit" className="button">
              {waitlisted ? t("panels:decision.awardNow") : t("panels:decision.save")}
            </button>
            {page.draftInto ? (
              <div className="stack">
                <p id="draft-translation-hint" className="field__hint">
                  {t("panels:decision.draftIntoHint")}
                </p>
                <button
                  type="submit"
                  name="intent"
                  value="translate-feedback"
                  className="button button--secondary"
                  aria-describedby="draft-translation-hint"
                >
                  {t("panels:decision.draftInto", { language: applicantLanguage })}
                </button>
              </div>
            ) : null}
          </Form>
        </section>
      ) : (
        <p>{t("panels:decision.closed")}</p>
      )}
    </div>
  );
}

/**
 * Saving a machine draft unchanged leaves it labelled; she ticks this when she has read it and
 * it stands, so a correct draft need not be edited to count as checked.
 */
function MachineDraftCheck() {
  const { t } = useTranslation();
  return (
    <div className="schemes-check">
      <input type="checkbox" id="field-feedbackChecked" name="feedbackChecked" value="yes" />
      <label htmlFor="field-feedbackChecked">{t("panels:decision.machineDraftedChecked")}</label>
    </div>
  );
}
