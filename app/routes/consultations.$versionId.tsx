import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConsultationOutline } from "~/components/forms/consultation/consultation-outline";
import { MySuggestions } from "~/components/forms/consultation/my-suggestions";
import { SuggestionForm } from "~/components/forms/consultation/suggestion-form";
import { allQuestions, textIn } from "~/domain/forms/definition";
import { suggestionSchema, suggestionTarget } from "~/domain/forms/suggestion-form";
import { isOpenForSuggestions } from "~/domain/forms/version-lifecycle";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { addSuggestion, suggestionsBy } from "~/services/forms/form-suggestions.server";
import { localeOf } from "~/services/platform/i18n.server";
import { translationsForPage } from "~/services/platform/machine-translation.server";
import { requireConsultation } from "~/services/forms/form-access.server";

/**
 * A form in consultation, as a working-group member reads it: every section and question in
 * her language, and a place to comment, suggest better words or a missing question. She
 * sees what she sent and the funder's answers.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, version } = await requireConsultation(request, params, "view");
  const locale = await localeOf(request);
  const mine = await suggestionsBy(user.id, version.id);
  // She wrote her suggestions in her language; the funder's replies may be in another one,
  // and carry no language, so the service recognises it.
  const { machineTranslation, translations } = await translationsForPage(request, {
    readerLocale: locale,
    texts: mine.map((s) => ({ text: s.reply ?? "", language: null })),
    actorId: user.id,
    purpose: "suggestion-replies",
    entity: { type: "FormVersion", id: version.id },
    funderId: version.scheme.funderId,
  });
  return {
    locale,
    machineTranslation,
    currency: version.scheme.currency,
    schemeTitle: translated(version.scheme.title, locale),
    funderName: version.scheme.funder.name,
    version: { id: version.id, version: version.version, status: version.status },
    open: isOpenForSuggestions(version.status),
    definition: version.definition,
    mine: mine.map((s, index) => ({
      id: s.id,
      kind: s.kind,
      text: s.text,
      locale: s.locale,
      status: s.status,
      reply: s.reply,
      replyTranslation: translations[index] ?? null,
      sectionId: s.sectionId,
      questionId: s.questionId,
      showName: s.showName,
      createdAt: s.createdAt.toISOString(),
    })),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  // Checked before reading the form, so a closed consultation is a 403 whatever was sent.
  const { user, version } = await requireConsultation(request, params, "suggest");
  const parsed = parseForm(suggestionSchema, await request.formData());
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await addSuggestion(user, version.id, {
    target: suggestionTarget(parsed.data.about),
    kind: parsed.data.kind,
    text: parsed.data.text,
    showName: parsed.data.showName === "on",
    locale: await localeOf(request),
  });
  return redirect(`/consultations/${version.id}?sent=1#mine`);
}

export default function Consultation() {
  const {
    locale,
    machineTranslation,
    currency,
    schemeTitle,
    funderName,
    version,
    open,
    definition,
    mine,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const names = new Map(
    allQuestions(definition).map((q) => [
      q.id,
      textIn(q.label, locale, definition.sourceLocale).text || q.id,
    ]),
  );
  const shared = { definition, locale, names };

  return (
    <div className="stack-large builder-page consult">
      <div className="stack">
        <h1>{t("forms:consult.title")}</h1>
        <p className="lead">
          <span lang={schemeTitle.locale}>{schemeTitle.text}</span> ·{" "}
          {t("forms:versions.version", { version: version.version })}
        </p>
        <p>{open ? t("forms:consult.intro", { funder: funderName }) : t("forms:consult.closed")}</p>
        {open ? (
          <p>
            <a href="#suggest">{t("forms:consult.jumpToForm")}</a>
          </p>
        ) : null}
        {searchParams.get("sent") ? (
          <p role="status" className="notice">
            {t("forms:consult.sent")}
          </p>
        ) : null}
      </div>
      <ConsultationOutline {...shared} currency={currency} open={open} />
      {open ? (
        <SuggestionForm
          {...shared}
          aboutParam={searchParams.get("about") ?? ""}
          answer={actionData}
        />
      ) : null}
      <MySuggestions {...shared} suggestions={mine} translation={machineTranslation} />
    </div>
  );
}
