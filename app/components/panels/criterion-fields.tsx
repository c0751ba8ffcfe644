import { Fragment } from "react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { postedScale } from "~/domain/panels/rubric-form";
import {
  HIGHEST_SCORE,
  LOWEST_SCORE,
  MAX_SCALE_POINTS,
  MAX_WEIGHT,
  MIN_WEIGHT,
  scalePoints,
} from "~/domain/panels/rubric";
import { localeNames, type Locale } from "~/domain/shared/locales";
import type { FieldErrors } from "~/domain/shared/validation";

/** The button that redraws the descriptor boxes for a changed scale, saving nothing. */
export const SCALE_STEP = "scale";

type Props = {
  /** The texts are written in this language, the staff member's own. */
  locale: Locale;
  values: Record<string, string>;
  /** The text in another language, shown beside a box still empty in hers. */
  elsewhere: Record<string, { text: string; locale: string }>;
  errors?: FieldErrors;
  submitLabel: string;
};

/**
 * A criterion's settings and its texts in one language. Each score of the scale has a box of
 * its own; after the scale changes, "Show the boxes for this scale" redraws them, which works
 * without JavaScript.
 */
export function CriterionFields({ locale, values, elsewhere, errors, submitLabel }: Props) {
  const { t } = useTranslation();
  const scale = postedScale(values) ?? { scaleMin: 1, scaleMax: 5 };
  const textHint = (name: string, hint?: string) => {
    const other = elsewhere[name];
    return other ? (
      <>
        {hint ? <span>{hint} </span> : null}
        {t("panels:rubric.fields.elsewhere", {
          language: localeNames[other.locale as Locale],
        })}{" "}
        <span lang={other.locale}>{other.text}</span>
      </>
    ) : (
      hint
    );
  };
  const text = (name: string, label: string, options: { hint?: string; multiline?: boolean }) => (
    <Field name={name} label={label} errors={errors}>
      {(props) => (
        <>
          {options.hint || elsewhere[name] ? (
            <p className="field__hint">{textHint(name, options.hint)}</p>
          ) : null}
          {options.multiline ? (
            <textarea {...props} rows={3} lang={locale} defaultValue={values[name] ?? ""} />
          ) : (
            <input {...props} lang={locale} defaultValue={values[name] ?? ""} />
          )}
        </>
      )}
    </Field>
  );
  const number = (name: string, label: string, hint: string) => (
    <Field name={name} label={label} hint={hint} errors={errors}>
      {(props) => <input {...props} inputMode="numeric" defaultValue={values[name] ?? ""} />}
    </Field>
  );
  return (
    <>
      <ErrorSummary errors={errors} />
      <Form method="post" className="stack-large">
        {/* Enter in a box saves: the browser submits with the form's first button. */}
        <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true">
          {submitLabel}
        </button>
        <p className="muted">
          {t("panels:rubric.fields.language", { language: localeNames[locale] })}
        </p>
        {text("title", t("panels:rubric.fields.title"), {})}
        {text("guidance", t("panels:rubric.fields.guidance"), {
          hint: t("panels:rubric.fields.guidanceHint"),
          multiline: true,
        })}
        {number(
          "weight",
          t("panels:rubric.fields.weight"),
          t("panels:rubric.fields.weightHint", { min: MIN_WEIGHT, max: MAX_WEIGHT }),
        )}
        <fieldset className="stack">
          <legend>{t("panels:rubric.fields.scale")}</legend>
          <p className="field__hint">
            {t("panels:rubric.fields.scaleHint", {
              lowest: LOWEST_SCORE,
              highest: HIGHEST_SCORE,
              points: MAX_SCALE_POINTS,
            })}
          </p>
          {number("scaleMin", t("panels:rubric.fields.scaleMin"), "")}
          {number("scaleMax", t("panels:rubric.fields.scaleMax"), "")}
          <button
            type="submit"
            name="intent"
            value={SCALE_STEP}
            className="button button--secondary"
          >
            {t("panels:rubric.fields.showScale")}
          </button>
        </fieldset>
        <fieldset className="stack">
          <legend>{t("panels:rubric.fields.descriptors")}</legend>
          <p className="field__hint">{t("panels:rubric.fields.descriptorsHint")}</p>
          {scalePoints(scale).map((point) => (
            <Fragment key={point}>
              {text(`descriptor.${point}`, t("panels:rubric.score", { score: point }), {
                multiline: true,
              })}
            </Fragment>
          ))}
        </fieldset>
        {number(
          "commentRequiredAtOrBelow",
          t("panels:rubric.fields.commentThreshold"),
          t("panels:rubric.fields.commentThresholdHint"),
        )}
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </Form>
    </>
  );
}
