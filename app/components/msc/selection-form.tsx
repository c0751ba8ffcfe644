import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChoiceFieldset } from "~/components/panels/choice-fieldset";
import { LocaleOptions } from "~/components/shared/locale-options";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { reasonMaxLength } from "~/domain/msc/selection";
import { languageNameIn, textDirection, type Locale } from "~/domain/shared/locales";
import type { MachineTranslationView } from "~/domain/shared/machine-translation";
import type { FieldErrors } from "~/domain/shared/validation";
import { DomainHeading, type DomainGroup } from "./domain-stories";
import { StoryCard, storyExcerpt } from "./story-card";

export type SelectionAnswer = {
  errors: FieldErrors;
  values: Record<string, string>;
  /** Set when a machine draft of the reason into the group's language was made. */
  draftLanguage?: Locale;
};

/**
 * Choosing a domain's most significant story: the stories as radios, the reason in her
 * language, and, once drafted, the reason in the group's language for her to check or
 * correct before it is sent.
 */
export function SelectionForm({
  domain,
  locale,
  answer,
  view,
}: {
  domain: DomainGroup;
  locale: Locale;
  answer?: SelectionAnswer;
  view: MachineTranslationView;
}) {
  const { t } = useTranslation("msc");
  const values = answer?.values ?? {};
  const headingId = `domain-${domain.domainId}`;
  const draftLanguage = answer?.draftLanguage;
  return (
    <section className="stack card" aria-labelledby={headingId}>
      <DomainHeading domain={domain} id={headingId} />
      <h3 id="choose-title">{t("select.title")}</h3>
      <ErrorSummary errors={answer?.errors} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="domainId" value={domain.domainId} />
        <ul className="stack card-list">
          {domain.stories.map((story) => (
            <li key={story.id} className="card">
              <StoryCard story={story} view={view} />
            </li>
          ))}
        </ul>
        <ChoiceFieldset
          name="checkInId"
          legend={t("select.story")}
          choices={domain.stories.map((story) => ({
            value: story.id,
            label: (
              <span lang={story.language ?? undefined} dir="auto">
                {story.organisation ? (
                  <>
                    <bdi>{story.organisation}</bdi>:{" "}
                  </>
                ) : null}
                {storyExcerpt(story)}
              </span>
            ),
          }))}
          value={values.checkInId}
          errors={answer?.errors}
        />
        <Field
          name="reason"
          label={t("select.reason")}
          hint={t("select.reasonHint", { max: reasonMaxLength })}
          errors={answer?.errors}
        >
          {(props) => (
            <textarea {...props} rows={5} dir="auto" defaultValue={values.reason ?? ""} />
          )}
        </Field>
        <Field name="reasonLocale" label={t("select.reasonLocale")} errors={answer?.errors}>
          {(props) => (
            <select {...props} defaultValue={values.reasonLocale ?? locale}>
              <LocaleOptions />
            </select>
          )}
        </Field>
        {draftLanguage ? (
          <>
            <input type="hidden" name="machineDraft" value={values.machineDraft ?? ""} />
            <Field
              name="groupReason"
              label={t("select.groupReason", { language: languageNameIn(draftLanguage, locale) })}
              hint={t("select.groupReasonHint")}
              errors={answer?.errors}
            >
              {(props) => (
                <textarea
                  {...props}
                  key={values.machineDraft}
                  rows={5}
                  lang={draftLanguage}
                  dir={textDirection(draftLanguage)}
                  defaultValue={values.groupReason ?? ""}
                />
              )}
            </Field>
          </>
        ) : (
          <p className="muted">{t("select.draftExplained")}</p>
        )}
        <div className="button-group">
          <button type="submit" name="intent" value="record" className="button">
            {t("select.record")}
          </button>
          <button
            type="submit"
            name="intent"
            value="draft-translation"
            className="button button--secondary"
          >
            {t("select.draft")}
          </button>
          <Link to=".">{t("select.cancel")}</Link>
        </div>
      </Form>
    </section>
  );
}
