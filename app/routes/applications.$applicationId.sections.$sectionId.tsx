import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnswerSummary } from "~/components/applications/answer-summary";
import { ApplicationHeading } from "~/components/applications/application-heading";
import { SectionForm } from "~/components/applications/section-form";
import { FunderText } from "~/components/public/funder-text";
import { answerSummary, shownSummary } from "~/domain/applications/answer-summary";
import { isEditable } from "~/domain/applications/state-machine";
import { applicationResource, can } from "~/domain/access/permissions";
import { textIn } from "~/domain/forms/definition";
import { validateAnswers } from "~/domain/forms/answers-schema";
import { readAnswerForm } from "~/services/applications/answer-form.server";
import { filesOf, uploadTarget } from "~/services/applications/application-files.server";
import {
  applicationPeople,
  headingOf,
  requireApplication,
} from "~/services/applications/application-pages.server";
import { definitionOf, rawAnswersOf } from "~/services/applications/applications.server";
import { localeOf } from "~/services/platform/i18n.server";
import { forbidden } from "~/services/access/permissions.server";
import { saveSectionPage } from "~/services/applications/section-save.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.sectionTitle.text} · Withfund` : "Withfund" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, application, access } = await requireApplication(request, params, "view");
  const definition = definitionOf(application);
  const index = definition.sections.findIndex((s) => s.id === params.sectionId);
  if (index < 0) throw new Response("Not found", { status: 404 });
  const section = definition.sections[index]!;
  const [locale, people, files] = await Promise.all([
    localeOf(request),
    applicationPeople(application, access),
    filesOf(application.id),
  ]);
  const raw = rawAnswersOf(application);
  const options = {
    currency: application.pot.round.scheme.currency,
    potMaxMinor: application.pot.maxGrantMinor,
    sectionIds: [section.id],
  };
  const editable =
    can(user, "edit", applicationResource(application)) && isEditable(application.status);
  // Sent here from "Check your answers" because something is missing: say what, at once.
  const showErrors = new URL(request.url).searchParams.get("show") === "errors";
  const validation = showErrors ? validateAnswers(definition, raw, { ...options, locale }) : null;
  const fileQuestions = section.questions.flatMap((question) => {
    const kinds =
      question.type === "file"
        ? (["file"] as const)
        : question.type === "longText" && question.allowRecording
          ? (["recording"] as const)
          : [];
    return kinds.map((kind) => {
      const key = kind === "recording" ? `${question.id}.recording` : question.id;
      const fileId = typeof raw[key] === "string" ? (raw[key] as string) : null;
      return {
        questionId: question.id,
        kind,
        label: textIn(question.label, locale, definition.sourceLocale),
        file: fileId && files[fileId] ? { id: fileId, name: files[fileId]!.originalName } : null,
      };
    });
  });
  return {
    heading: headingOf(application, locale),
    onBehalf: application.enteredOnBehalfById !== null,
    funderName: people.funderName,
    definition,
    sectionId: section.id,
    sectionTitle: textIn(section.title, locale, definition.sourceLocale),
    position: { number: index + 1, total: definition.sections.length },
    currency: options.currency,
    potMaxMinor: options.potMaxMinor,
    recordingRetentionDays: people.recordingRetentionDays,
    values: raw,
    revision: ((application.sectionRevisions ?? {}) as Record<string, number>)[section.id] ?? 0,
    errors: validation && !validation.ok ? validation.errors : {},
    editable,
    summary: editable
      ? null
      : shownSummary(answerSummary(definition, raw, options), locale, definition.sourceLocale),
    files,
    fileQuestions,
    locale,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const page = await requireApplication(request, params, "edit");
  const definition = definitionOf(page.application);
  const sectionId = params.sectionId ?? "";
  const index = definition.sections.findIndex((s) => s.id === sectionId);
  if (index < 0) throw new Response("Not found", { status: 404 });
  const read = await readAnswerForm(request, definition);
  if (!read.ok)
    throw new Response("Bad request", { status: read.reason === "too-large" ? 413 : 400 });
  const intent = String(read.form.get("intent") ?? "later");
  const autosave = intent === "autosave";
  const replacing = /^replace:([a-z][a-z0-9-]{0,39}):(file|recording)$/.exec(intent);
  const result = await saveSectionPage(page, {
    read,
    sectionId,
    locale: await localeOf(request),
    reportMissing: intent === "continue",
    autosave,
  });
  const here = `/applications/${page.application.id}`;

  switch (result.outcome) {
    case "forbidden":
      throw forbidden();
    case "bad-request":
      throw new Response("Bad request", { status: 400 });
    case "not-editable":
      if (autosave) return data({ outcome: "not-editable" as const }, { status: 409 });
      return redirect(`${here}/sections/${sectionId}`);
    case "conflict":
      return data(result, { status: 409 });
    case "saved": {
      if (autosave)
        return data({
          outcome: "autosaved" as const,
          revision: result.revision,
          savedAt: result.savedAt,
        });
      // Missing answers come back only when she asked to continue; a refused file always does.
      if (Object.keys(result.errors).length > 0) {
        return data(
          {
            outcome: "invalid" as const,
            errors: result.errors,
            values: result.values,
            revision: result.revision,
          },
          { status: 400 },
        );
      }
      if (replacing) {
        const target = uploadTarget(definition, replacing[1]!, replacing[2]!);
        if (target)
          return redirect(`${here}/files?question=${target.questionId}&kind=${target.kind}`);
      }
      if (intent === "continue") {
        const next = definition.sections[index + 1];
        return redirect(next ? `${here}/sections/${next.id}` : `${here}?notice=saved`);
      }
      return redirect(`${here}?notice=saved`);
    }
  }
}

export default function SectionPage() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("applications");
  const here = `/applications/${page.heading.id}`;
  return (
    <div className="narrow stack-large">
      <ApplicationHeading
        heading={page.heading}
        title={<FunderText text={page.sectionTitle} />}
        onBehalfOf={page.onBehalf ? page.funderName : null}
        backToTasks
      />
      <p className="muted">
        {t("section.position", { number: page.position.number, total: page.position.total })}
      </p>
      {page.editable ? (
        // A fresh form per part: its revision, autosave and checks belong to this part only.
        <SectionForm key={`${page.heading.id}/${page.sectionId}`} />
      ) : (
        <div className="stack">
          <p className="notice">{t("section.readOnly")}</p>
          <AnswerSummary
            sections={page.summary ?? []}
            currency={page.currency}
            applicationId={page.heading.id}
            files={page.files}
            changeable={false}
          />
          <p>
            <Link to={here}>{t("nav.backToTasks")}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
