import { Form } from "@remix-run/react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { AutosaveStatus } from "~/components/shared/autosave-status";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { useAutosave } from "~/components/shared/use-autosave";
import { scalePoints, type RubricCriterion } from "~/domain/panels/rubric";
import {
  commentField,
  recommendations,
  scoreField,
  type PostedSheet,
} from "~/domain/panels/score-sheet";
import { translated } from "~/domain/shared/translated-text";
import type { FieldErrors } from "~/domain/shared/validation";
import { ChoiceFieldset } from "./choice-fieldset";

/**
 * The score sheet: for each criterion its guidance, the scale as radios each with what the
 * score means, and a comment; then an overall comment and a recommendation. Works as a plain
 * form without JavaScript ("Save and come back later", "Submit my review"); with it, what she
 * types is autosaved a few seconds after she stops.
 */
export function ScoreSheetForm({
  criteria,
  locale,
  values,
  errors,
  revision,
  resetKey,
  autosaveUrl,
}: {
  criteria: RubricCriterion[];
  locale: string;
  values: PostedSheet;
  errors?: FieldErrors;
  revision: number;
  resetKey: string;
  autosaveUrl: string;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const autosave = useAutosave({ formRef, url: autosaveUrl, revision, resetKey });

  return (
    <Form
      method="post"
      className="stack-large"
      noValidate
      ref={formRef}
      onSubmit={autosave.onSubmit}
    >
      <ErrorSummary errors={errors} />
      {errors?.form ? (
        <p className="field__error" id="field-form">
          {t(errors.form.key, errors.form.values)}
        </p>
      ) : null}
      <input type="hidden" name="revision" value={autosave.revision} />
      {criteria.map((criterion, index) => (
        <CriterionScore
          key={criterion.id}
          number={index + 1}
          criterion={criterion}
          locale={locale}
          score={values.scores[criterion.id] ?? ""}
          comment={values.comments[criterion.id] ?? ""}
          errors={errors}
        />
      ))}
      <Field
        name="overallComment"
        label={t("panels:review.overallComment")}
        hint={t("panels:review.overallCommentHint")}
        errors={errors}
      >
        {(props) => (
          <textarea {...props} rows={5} dir="auto" defaultValue={values.overallComment} />
        )}
      </Field>
      <ChoiceFieldset
        name="recommendation"
        legend={t("panels:review.recommendation")}
        choices={recommendations.map((choice) => ({
          value: choice,
          label: t(`panels:review.recommendations.${choice}`),
        }))}
        value={values.recommendation}
        errors={errors}
      />
      <AutosaveStatus
        status={autosave.status}
        savedAt={autosave.savedAt}
        conflictText={t("panels:review.autosaveConflict")}
      />
      <div className="stack">
        <button type="submit" name="intent" value="submit" className="button">
          {t("panels:review.submit")}
        </button>
        <button type="submit" name="intent" value="save" className="button button--secondary">
          {t("panels:review.saveForLater")}
        </button>
      </div>
    </Form>
  );
}

function CriterionScore({
  number,
  criterion,
  locale,
  score,
  comment,
  errors,
}: {
  number: number;
  criterion: RubricCriterion;
  locale: string;
  score: string;
  comment: string;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  const title = translated(criterion.title, locale);
  const guidance = criterion.guidance ? translated(criterion.guidance, locale) : null;
  const name = scoreField(criterion.id);
  const id = `field-${name}`;
  const error = errors?.[name];
  return (
    <fieldset
      className={error ? "card stack review-criterion field--error" : "card stack review-criterion"}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>
        {t("panels:review.criterionNumber", { number })}{" "}
        <span lang={title.locale}>{title.text}</span>
      </legend>
      {guidance ? <p lang={guidance.locale}>{guidance.text}</p> : null}
      {criterion.commentRequiredAtOrBelow !== undefined ? (
        <p className="field__hint">
          {t("panels:review.commentNeeded", { score: criterion.commentRequiredAtOrBelow })}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {t(error.key, error.values)}
        </p>
      ) : null}
      <div className="public-radios">
        {scalePoints(criterion).map((point, index) => {
          const descriptor = translated(criterion.descriptors[String(point)], locale);
          const choiceId = index === 0 ? id : `${id}-${point}`;
          return (
            <div key={point} className="public-radios__option">
              <input
                type="radio"
                id={choiceId}
                name={name}
                value={String(point)}
                defaultChecked={score === String(point)}
              />
              <label htmlFor={choiceId}>
                <strong>{t("panels:rubric.score", { score: point })}</strong>{" "}
                <span lang={descriptor.locale}>{descriptor.text}</span>
              </label>
            </div>
          );
        })}
      </div>
      <Field
        name={commentField(criterion.id)}
        label={t("panels:review.comment", { number })}
        errors={errors}
      >
        {(props) => <textarea {...props} rows={3} dir="auto" defaultValue={comment} />}
      </Field>
    </fieldset>
  );
}
