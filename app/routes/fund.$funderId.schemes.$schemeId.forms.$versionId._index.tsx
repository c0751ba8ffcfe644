import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormText } from "~/components/application-form";
import { ConditionSummary } from "~/components/form-builder/condition-summary";
import { DeleteButton, MoveButtons } from "~/components/form-builder/item-buttons";
import { questionPath, sectionPath, versionPath } from "~/components/form-builder/paths";
import { BuilderTrail, VersionNav } from "~/components/form-builder/version-nav";
import { ErrorSummary, Field } from "~/components/form-field";
import { questionTypes, textIn } from "~/domain/forms/definition";
import {
  addQuestion,
  addSection,
  deleteQuestion,
  deleteSection,
  moveQuestion,
  moveSection,
  publishProblems,
} from "~/domain/forms/edit";
import { translated } from "~/domain/translated-text";
import { parseForm, type FieldErrors } from "~/lib/validation";
import { db } from "~/services/db.server";
import {
  assignToRound,
  createDraftFrom,
  editDraft,
  openConsultation,
  publishVersion,
  requireFormEditor,
  requireVersion,
  schemeRounds,
} from "~/services/form-versions.server";
import { localeOf } from "~/services/i18n.server";

/**
 * One version of the form: its sections and questions, and what can be done with it next
 * (consult, publish, copy into a new draft, use for a round). Every button is a small form
 * of its own, so the page works without JavaScript.
 */

const sourceText = z
  .string()
  .trim()
  .min(1, "forms:builder.errors.sourceTextRequired")
  .max(500, "forms:builder.errors.textTooLong");
const addSectionSchema = z.object({ title: sourceText });
const addQuestionSchema = z.object({
  sectionId: z.string().min(1, "forms:builder.errors.unknownSection"),
  type: z.enum(questionTypes, { message: "forms:builder.errors.chooseType" }),
  label: sourceText,
});
const moveSchema = z.object({ id: z.string().min(1), direction: z.enum(["up", "down"]) });
const idSchema = z.object({ id: z.string().min(1) });
const assignSchema = z.object({ roundId: z.string().min(1, "forms:builder.errors.chooseRound") });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, ref } = await requireFormEditor(request, params);
  const version = await requireVersion(ref, params.versionId);
  const locale = await localeOf(request);
  const [rounds, suggestions] = await Promise.all([
    schemeRounds(scheme.id),
    db().formSuggestion.findMany({
      where: { formVersionId: version.id, status: "OPEN" },
      select: { questionId: true, sectionId: true },
    }),
  ]);
  const editable = version.status === "DRAFT" || version.status === "CONSULTATION";
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
    openSuggestions: {
      total: suggestions.length,
      byQuestion: Object.fromEntries(
        [...new Set(suggestions.map((s) => s.questionId).filter(Boolean))].map((id) => [
          id,
          suggestions.filter((s) => s.questionId === id).length,
        ]),
      ) as Record<string, number>,
    },
  };
}

type ActionData = { intent: string; errors: FieldErrors; values?: Record<string, string> };
const refuse = (intent: string, errors: FieldErrors, values?: Record<string, string>) =>
  data<ActionData>({ intent, errors, values }, { status: 400 });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, ref } = await requireFormEditor(request, params);
  const version = await requireVersion(ref, params.versionId);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const here = versionPath(ref.funderId, ref.schemeId, version.id);
  const notEditable = () => refuse(intent, { status: { key: "forms:builder.errors.notEditable" } });

  switch (intent) {
    case "add-section": {
      const parsed = parseForm(addSectionSchema, form);
      if (!parsed.ok) return refuse(intent, parsed.errors, parsed.values);
      let sectionId = "";
      const result = await editDraft(
        user,
        ref,
        version.id,
        (definition) => {
          const added = addSection(definition, parsed.data.title);
          sectionId = added.sectionId;
          return { ok: true, definition: added.definition };
        },
        { change: "add-section" },
      );
      if (!result.ok) return notEditable();
      return redirect(`${here}#section-${sectionId}`);
    }
    case "add-question": {
      const parsed = parseForm(addQuestionSchema, form);
      if (!parsed.ok) return refuse(intent, parsed.errors, parsed.values);
      let questionId = "";
      const result = await editDraft(
        user,
        ref,
        version.id,
        (definition) => {
          const added = addQuestion(definition, parsed.data);
          if (added.ok) questionId = added.questionId;
          return added;
        },
        { change: "add-question", type: parsed.data.type },
      );
      if (!result.ok) {
        if (result.reason === "invalid")
          return refuse(intent, { sectionId: result.error }, { ...parsed.data });
        return notEditable();
      }
      return redirect(questionPath(ref.funderId, ref.schemeId, version.id, questionId));
    }
    case "move-section":
    case "move-question": {
      const parsed = parseForm(moveSchema, form);
      if (!parsed.ok) throw new Response("Bad request", { status: 400 });
      const { id, direction } = parsed.data;
      const move = intent === "move-section" ? moveSection : moveQuestion;
      const result = await editDraft(
        user,
        ref,
        version.id,
        (definition) => move(definition, id, direction),
        { change: intent, id, direction },
      );
      if (!result.ok)
        return result.reason === "invalid"
          ? refuse(intent, { [`item-${id}`]: result.error })
          : notEditable();
      return redirect(`${here}#field-item-${id}`);
    }
    case "delete-section":
    case "delete-question": {
      const parsed = parseForm(idSchema, form);
      if (!parsed.ok) throw new Response("Bad request", { status: 400 });
      const { id } = parsed.data;
      const remove = intent === "delete-section" ? deleteSection : deleteQuestion;
      const result = await editDraft(
        user,
        ref,
        version.id,
        (definition) => remove(definition, id),
        { change: intent, id },
      );
      if (!result.ok)
        return result.reason === "invalid"
          ? refuse(intent, { [`item-${id}`]: result.error })
          : notEditable();
      return redirect(`${here}?done=deleted`);
    }
    case "open-consultation": {
      const result = await openConsultation(user, ref, version.id);
      if (!result.ok)
        return refuse(intent, { status: { key: "forms:builder.errors.wrongStatus" } });
      return redirect(`${here}?done=consultation`);
    }
    case "publish": {
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
      return refuse(intent, { status: { key: "forms:builder.errors.wrongStatus" } });
    }
    case "assign-round": {
      const parsed = parseForm(assignSchema, form);
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
  }
  throw new Response("Bad request", { status: 400 });
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
  const errors = actionData?.errors;
  const valuesFor = (intent: string) =>
    actionData?.intent === intent ? actionData.values : undefined;
  const errorsFor = (intent: string) =>
    actionData?.intent === intent ? actionData.errors : undefined;
  const text = (value: Parameters<typeof textIn>[0]) =>
    textIn(value, locale, definition.sourceLocale);
  const questionNames = new Map(
    definition.sections.flatMap((s) => s.questions).map((q) => [q.id, text(q.label).text || q.id]),
  );
  const suggestionsPath = `${versionPath(ref.funderId, ref.schemeId, version.id)}/suggestions`;

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
        <ErrorSummary errors={errors} />
      </div>

      <section className="stack card" aria-labelledby="status-title" id="field-status">
        <h2 id="status-title">{t("forms:builder.nextTitle")}</h2>
        <p>{t(`forms:builder.statusExplained.${version.status}`)}</p>
        {openSuggestions.total > 0 ? (
          <p>
            <Link to={suggestionsPath}>
              {t("forms:builder.openSuggestions", { count: openSuggestions.total })}
            </Link>
          </p>
        ) : null}
        {problems.length > 0 ? (
          <div className="stack">
            <p>{t("forms:builder.beforePublishing")}</p>
            <ul className="link-list">
              {problems.map((problem, index) => (
                <li key={index}>{t(problem.key, problem.values)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="builder-actions">
          {version.status === "DRAFT" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="open-consultation" />
              <button type="submit" className="button button--secondary">
                {t("forms:builder.openConsultation")}
              </button>
            </Form>
          ) : null}
          {editable ? (
            <Form method="post">
              <input type="hidden" name="intent" value="publish" />
              <button type="submit" className="button">
                {t("forms:builder.publish")}
              </button>
            </Form>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="new-draft" />
              <button type="submit" className="button button--secondary">
                {t("forms:builder.newDraft")}
              </button>
            </Form>
          )}
        </div>
        {version.status === "PUBLISHED" ? (
          rounds.length === 0 ? (
            <p>{t("forms:builder.noRounds")}</p>
          ) : (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="assign-round" />
              <Field
                name="roundId"
                label={t("forms:builder.useForRound")}
                hint={t("forms:builder.useForRoundHint")}
                errors={errorsFor("assign-round")}
              >
                {(props) => (
                  <select {...props} defaultValue={valuesFor("assign-round")?.roundId ?? ""}>
                    <option value="">{t("forms:builder.chooseRound")}</option>
                    {rounds.map((round) => (
                      <option key={round.id} value={round.id}>
                        {round.usesThis
                          ? t("forms:builder.roundUsesThis", { round: round.name.text })
                          : round.name.text}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button type="submit" className="button button--secondary">
                {t("forms:builder.assign")}
              </button>
            </Form>
          )
        ) : null}
      </section>

      {definition.sections.map((section, sectionIndex) => {
        const title = text(section.title);
        const sectionName =
          title.text || t("forms:builder.untitledSection", { number: sectionIndex + 1 });
        return (
          <section
            key={section.id}
            className="stack builder-section"
            aria-labelledby={`section-${section.id}`}
            id={`field-item-${section.id}`}
          >
            <h2 id={`section-${section.id}`}>
              <span className="muted">
                {t("forms:builder.sectionNumber", { number: sectionIndex + 1 })}
              </span>{" "}
              {title.text ? <FormText text={title} /> : sectionName}
            </h2>
            <div className="builder-actions">
              <Link to={sectionPath(ref.funderId, ref.schemeId, version.id, section.id)}>
                {editable ? t("forms:builder.editSection") : t("forms:builder.viewSection")}
                <span className="visually-hidden">: {sectionName}</span>
              </Link>
              {editable ? (
                <MoveButtons intent="move-section" id={section.id} name={sectionName} />
              ) : null}
              {editable && section.questions.length === 0 ? (
                <DeleteButton intent="delete-section" id={section.id} name={sectionName} />
              ) : null}
            </div>
            {section.questions.length === 0 ? (
              <p className="muted">{t("forms:builder.emptySection")}</p>
            ) : null}
            <ol className="builder-questions">
              {section.questions.map((question) => {
                const label = text(question.label);
                const name = label.text || question.id;
                const waiting = openSuggestions.byQuestion[question.id] ?? 0;
                return (
                  <li
                    key={question.id}
                    id={`field-item-${question.id}`}
                    className="builder-question"
                  >
                    <p className="builder-question__label">
                      {label.text ? <FormText text={label} /> : question.id}
                    </p>
                    <p className="muted">
                      {t(`forms:types.${question.type}`)} ·{" "}
                      {question.required
                        ? t("forms:builder.required")
                        : t("forms:builder.optional")}
                    </p>
                    {question.showIf ? (
                      <ConditionSummary
                        condition={question.showIf}
                        definition={definition}
                        locale={locale}
                        names={questionNames}
                      />
                    ) : null}
                    {waiting > 0 ? (
                      <p>
                        <Link to={`${suggestionsPath}#about-${question.id}`}>
                          {t("forms:builder.questionSuggestions", { count: waiting })}
                        </Link>
                      </p>
                    ) : null}
                    <div className="builder-actions">
                      <Link to={questionPath(ref.funderId, ref.schemeId, version.id, question.id)}>
                        {editable
                          ? t("forms:builder.editQuestion")
                          : t("forms:builder.viewQuestion")}
                        <span className="visually-hidden">: {name}</span>
                      </Link>
                      {editable ? (
                        <MoveButtons intent="move-question" id={question.id} name={name} />
                      ) : null}
                      {editable ? (
                        <DeleteButton intent="delete-question" id={question.id} name={name} />
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}

      {editable ? (
        <div className="stack-large">
          {definition.sections.length > 0 ? (
            <section className="stack card" aria-labelledby="add-question-title">
              <h2 id="add-question-title">{t("forms:builder.addQuestionTitle")}</h2>
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="add-question" />
                <Field
                  name="label"
                  label={t("forms:builder.newQuestionLabel")}
                  hint={t("forms:builder.newQuestionHint")}
                  errors={errorsFor("add-question")}
                >
                  {(props) => (
                    <input {...props} dir="auto" defaultValue={valuesFor("add-question")?.label} />
                  )}
                </Field>
                <Field
                  name="type"
                  label={t("forms:builder.newQuestionType")}
                  errors={errorsFor("add-question")}
                >
                  {(props) => (
                    <select
                      {...props}
                      defaultValue={valuesFor("add-question")?.type ?? "shortText"}
                    >
                      {questionTypes.map((type) => (
                        <option key={type} value={type}>
                          {t(`forms:types.${type}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field
                  name="sectionId"
                  label={t("forms:builder.newQuestionSection")}
                  errors={errorsFor("add-question")}
                >
                  {(props) => (
                    <select
                      {...props}
                      defaultValue={
                        valuesFor("add-question")?.sectionId ??
                        definition.sections[definition.sections.length - 1]?.id
                      }
                    >
                      {definition.sections.map((section, index) => (
                        <option key={section.id} value={section.id}>
                          {text(section.title).text ||
                            t("forms:builder.untitledSection", { number: index + 1 })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <button type="submit" className="button">
                  {t("forms:builder.addQuestion")}
                </button>
              </Form>
            </section>
          ) : null}
          <section className="stack card" aria-labelledby="add-section-title">
            <h2 id="add-section-title">{t("forms:builder.addSectionTitle")}</h2>
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="add-section" />
              <Field
                name="title"
                label={t("forms:builder.newSectionTitle")}
                hint={t("forms:builder.newSectionHint")}
                errors={errorsFor("add-section")}
              >
                {(props) => (
                  <input {...props} dir="auto" defaultValue={valuesFor("add-section")?.title} />
                )}
              </Field>
              <button type="submit" className="button button--secondary">
                {t("forms:builder.addSection")}
              </button>
            </Form>
          </section>
        </div>
      ) : null}
    </div>
  );
}
