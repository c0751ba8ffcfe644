import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AddQuestionForm, AddSectionForm } from "~/components/forms/builder/add-item-forms";
import { questionPath, versionPath } from "~/components/forms/builder/paths";
import { RetireVersion } from "~/components/forms/builder/retire-version";
import { VersionNextSteps } from "~/components/forms/builder/version-next-steps";
import { BuilderTrail, VersionNav } from "~/components/forms/builder/version-nav";
import { VersionOutline } from "~/components/forms/builder/version-outline";
import { ErrorSummary } from "~/components/shared/form-field";
import { publishProblems } from "~/domain/forms/edit";
import { isEditable } from "~/domain/forms/version-lifecycle";
import {
  assignRoundSchema,
  isStructureIntent,
  structureChangeSchema,
} from "~/domain/forms/question-form";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { openSuggestionCounts } from "~/services/forms/form-suggestions.server";
import {
  assignToRound,
  createDraftFrom,
  editStructure,
  openConsultation,
  publishVersion,
  retireVersion,
  schemeRounds,
  unretireVersion,
} from "~/services/forms/form-versions.server";
import { localeOf } from "~/services/platform/i18n.server";
import { requireFormVersion } from "~/services/forms/form-access.server";

/**
 * One version of the form: its sections and questions, and what can be done with it next
 * (consult, publish, copy into a new draft, use for a round, retire). Every button is a small
 * form of its own, so the page works without JavaScript. The posted forms are read by the
 * schemas in domain/forms/question-form.ts.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, ref, version } = await requireFormVersion(request, params, "view");
  const locale = await localeOf(request);
  const [rounds, openSuggestions] = await Promise.all([
    schemeRounds(scheme.id),
    openSuggestionCounts(version.id),
  ]);
  const editable = isEditable(version.status);
  return {
    ref,
    locale,
    schemeTitle: translated(scheme.title, locale),
    version: { id: version.id, version: version.version, status: version.status },
    definition: version.definition,
    editable,
    problems: editable ? publishProblems(version.definition) : [],
    rounds: rounds.map((round) => ({
      id: round.id,
      name: translated(round.name, locale),
      usesThis: round.formVersionId === version.id,
    })),
    openSuggestions,
  };
}

type ActionData = {
  intent: string;
  errors: FieldErrors;
  values?: Record<string, string>;
  /** Set when "Publish this version" was pressed: the page asks before anything happens. */
  confirmPublish?: true;
};
const refuse = (intent: string, errors: FieldErrors, values?: Record<string, string>) =>
  data<ActionData>({ intent, errors, values }, { status: 400 });
const badRequest = () => new Response("Bad request", { status: 400 });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ref, version } = await requireFormVersion(request, params, "edit");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const here = versionPath(ref.funderId, ref.schemeId, version.id);
  const wrongStatus = { status: { key: "forms:builder.errors.wrongStatus" } };

  if (isStructureIntent(intent)) {
    const parsed = parseForm(structureChangeSchema, form);
    if (!parsed.ok) {
      if (intent === "add-section" || intent === "add-question") {
        // "Write the question text in English (the form's language)": the language in the reader's words.
        const language =
          new Intl.DisplayNames([await localeOf(request)], { type: "language" }).of(
            version.definition.sourceLocale,
          ) ?? version.definition.sourceLocale;
        const errors = Object.fromEntries(
          Object.entries(parsed.errors).map(([field, error]) => [
            field,
            { ...error, values: { ...error.values, language } },
          ]),
        );
        return refuse(intent, errors, parsed.values);
      }
      throw badRequest();
    }
    const change = parsed.data;
    const result = await editStructure(user, ref, version.id, change);
    if (!result.ok) {
      if (result.reason === "not-editable" || change.intent === "add-section")
        return refuse(intent, { status: { key: "forms:builder.errors.notEditable" } });
      if (change.intent === "add-question") {
        const { sectionId, type, label } = change;
        return refuse(intent, { sectionId: result.error }, { sectionId, type, label });
      }
      return refuse(intent, { [`item-${change.id}`]: result.error });
    }
    switch (change.intent) {
      case "add-section":
        return redirect(`${here}#section-${result.itemId}`);
      case "add-question":
        return redirect(questionPath(ref.funderId, ref.schemeId, version.id, result.itemId));
      case "move-section":
      case "move-question":
        return redirect(`${here}#field-item-${result.itemId}`);
      case "delete-section":
      case "delete-question":
        return redirect(`${here}?done=deleted`);
    }
  }

  switch (intent) {
    case "open-consultation": {
      const result = await openConsultation(user, ref, version.id);
      if (!result.ok) return refuse(intent, wrongStatus);
      return redirect(`${here}?done=consultation`);
    }
    case "publish": {
      // Publishing cannot be undone, so the first press only asks; `confirm=yes` publishes.
      if (form.get("confirm") !== "yes") {
        if (!isEditable(version.status)) return refuse(intent, wrongStatus);
        if (publishProblems(version.definition).length > 0)
          return refuse(intent, { status: { key: "forms:builder.errors.fixBeforePublishing" } });
        return data<ActionData>({ intent, errors: {}, confirmPublish: true });
      }
      const result = await publishVersion(user, ref, version.id);
      if (!result.ok) {
        const key =
          result.reason === "problems"
            ? "forms:builder.errors.fixBeforePublishing"
            : "forms:builder.errors.wrongStatus";
        return refuse(intent, { status: { key } });
      }
      return redirect(`${here}?done=published`);
    }
    case "new-draft": {
      const result = await createDraftFrom(user, ref, version.id);
      if (result.ok)
        return redirect(
          `${versionPath(ref.funderId, ref.schemeId, result.versionId)}?done=drafted`,
        );
      if (result.reason === "draft-exists" && result.versionId) {
        return redirect(
          `${versionPath(ref.funderId, ref.schemeId, result.versionId)}?done=draftExists`,
        );
      }
      return refuse(intent, wrongStatus);
    }
    case "assign-round": {
      const parsed = parseForm(assignRoundSchema, form);
      if (!parsed.ok) return refuse(intent, parsed.errors, parsed.values);
      const result = await assignToRound(user, ref, version.id, parsed.data.roundId);
      if (!result.ok) {
        const key = {
          "not-published": "forms:builder.errors.notPublished",
          "unknown-round": "forms:builder.errors.chooseRound",
          "round-has-applications": "forms:builder.errors.roundHasApplications",
        }[result.reason];
        return refuse(intent, { roundId: { key } }, { ...parsed.data });
      }
      return redirect(`${here}?done=assigned`);
    }
    case "retire": {
      const result = await retireVersion(user, ref, version.id);
      if (result.ok) return redirect(`${here}?done=retired`);
      if (result.reason === "wrong-status") return refuse(intent, { retire: wrongStatus.status });
      const locale = await localeOf(request);
      const rounds = new Intl.ListFormat(locale).format(
        result.rounds.map((round) => translated(round.name, locale).text),
      );
      return refuse(intent, {
        retire: { key: "forms:builder.errors.versionInUse", values: { rounds } },
      });
    }
    case "unretire": {
      const result = await unretireVersion(user, ref, version.id);
      if (!result.ok) return refuse(intent, { retire: wrongStatus.status });
      return redirect(`${here}?done=unretired`);
    }
  }
  throw badRequest();
}

export default function EditVersion() {
  const {
    ref,
    locale,
    schemeTitle,
    version,
    definition,
    editable,
    problems,
    rounds,
    openSuggestions,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const done = searchParams.get("done");
  const returned = (...intents: string[]) =>
    actionData && intents.includes(actionData.intent) ? actionData : undefined;
  const here = versionPath(ref.funderId, ref.schemeId, version.id);
  const suggestionsPath = `${here}/suggestions`;

  return (
    <div className="stack-large builder-page">
      <div className="stack">
        <BuilderTrail schemeId={ref.schemeId} schemeTitle={schemeTitle} inForms />
        <h1>{t("forms:versions.version", { version: version.version })}</h1>
        <VersionNav funderId={ref.funderId} schemeId={ref.schemeId} version={version} />
        {done ? (
          <p role="status" className="notice">
            {t(`forms:builder.done.${done}`, { defaultValue: "" }) || t("forms:builder.done.saved")}
          </p>
        ) : null}
        <ErrorSummary errors={actionData?.errors} />
      </div>

      <VersionNextSteps
        status={version.status}
        editable={editable}
        problems={problems}
        openSuggestions={openSuggestions.total}
        suggestionsPath={suggestionsPath}
        version={version.version}
        confirmingPublish={Boolean(returned("publish")?.confirmPublish)}
        here={here}
        rounds={rounds}
        roundErrors={returned("assign-round")?.errors}
        roundValues={returned("assign-round")?.values}
      />

      <RetireVersion
        status={version.status}
        version={version.version}
        here={here}
        confirming={searchParams.get("retire") === "confirm"}
        errors={returned("retire", "unretire")?.errors}
      />

      <VersionOutline
        place={{ funderId: ref.funderId, schemeId: ref.schemeId, versionId: version.id }}
        definition={definition}
        locale={locale}
        editable={editable}
        suggestionsByQuestion={openSuggestions.byQuestion}
        suggestionsPath={suggestionsPath}
      />

      {editable ? (
        <div className="stack-large">
          {definition.sections.length > 0 ? (
            <AddQuestionForm
              definition={definition}
              locale={locale}
              {...returned("add-question")}
            />
          ) : null}
          <AddSectionForm {...returned("add-section")} />
        </div>
      ) : null}
    </div>
  );
}
