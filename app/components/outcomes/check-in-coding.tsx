import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ThemeName } from "~/components/outcomes/theme-name";
import { Field } from "~/components/shared/form-field";
import { FormattedDate } from "~/components/shared/formatted-date";
import type { FieldErrors } from "~/domain/shared/validation";
import type { CheckInPage } from "~/services/outcomes/check-in-page.server";

type Props = {
  page: Pick<CheckInPage, "locale" | "checkIn" | "themes" | "highlights" | "grant">;
  canEdit: boolean;
  actionData?: { errors: FieldErrors; values: Record<string, string> };
};

/**
 * What staff do with a check-in they read: its themes, its highlights (offered only within the
 * group's consent) and the reply to the group. Plain forms that post and come back here.
 */
export function CheckInCodingForms({ page, canEdit, actionData }: Props) {
  const { t } = useTranslation("outcomes");
  const busy = useNavigation().state === "submitting";
  const { highlights, checkIn } = page;
  const tagged = page.themes.filter((theme) => theme.checked);
  return (
    <>
      <section className="stack" aria-labelledby="themes-title" id="themes">
        <h2 id="themes-title">{t("reading.themesTitle")}</h2>
        {canEdit ? (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="tag" />
            <fieldset className="stack">
              <legend>{t("reading.themesLegend")}</legend>
              {page.themes.map((theme) => (
                <div className="schemes-check" key={theme.id}>
                  <input
                    type="checkbox"
                    id={`theme-${theme.id}`}
                    name="themeId"
                    value={theme.id}
                    defaultChecked={theme.checked}
                  />
                  <label htmlFor={`theme-${theme.id}`}>
                    <ThemeName name={theme.name} locale={page.locale} />
                  </label>
                </div>
              ))}
            </fieldset>
            <p>
              <button type="submit" className="button" disabled={busy}>
                {t("reading.saveThemes")}
              </button>
            </p>
          </Form>
        ) : tagged.length > 0 ? (
          <ul className="outcomes-tags">
            {tagged.map((theme) => (
              <li key={theme.id}>
                <ThemeName name={theme.name} locale={page.locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("reading.notCoded")}</p>
        )}
      </section>

      <section className="stack" aria-labelledby="highlights-title" id="highlights">
        <h2 id="highlights-title">{t("reading.highlightsTitle")}</h2>
        {!highlights.allowed ? (
          <p className="notice">
            {t("reading.noHighlightConsent")}
            {highlights.story || highlights.quote ? ` ${t("reading.highlightLapsed")}` : ""}
          </p>
        ) : canEdit ? (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="highlight" />
            <p className="field__hint">{t("reading.highlightHint")}</p>
            <Check name="story" label={t("reading.highlightStory")} on={highlights.story} />
            {highlights.hasQuote || highlights.quote ? (
              <Check name="quote" label={t("reading.highlightQuote")} on={highlights.quote} />
            ) : null}
            <p>
              <button type="submit" className="button button--secondary" disabled={busy}>
                {t("reading.saveHighlights")}
              </button>
            </p>
          </Form>
        ) : (
          <p>
            {highlights.forReports.story || highlights.forReports.quote
              ? [
                  highlights.forReports.story ? t("reading.highlightStory") : null,
                  highlights.forReports.quote ? t("reading.highlightQuote") : null,
                ]
                  .filter(Boolean)
                  .join(" · ")
              : t("reading.noHighlights")}
          </p>
        )}
      </section>

      <section className="stack" aria-labelledby="reply-title" id="reply">
        <h2 id="reply-title">{t("reading.replyTitle")}</h2>
        {checkIn.reply !== null ? (
          <div className="stack">
            <blockquote dir="auto" className="applying-answer-text">
              {checkIn.reply}
            </blockquote>
            {actionData?.values.reply ? (
              <div className="stack">
                <p>{t("reading.unsentReply")}</p>
                <blockquote dir="auto" className="applying-answer-text">
                  {actionData.values.reply}
                </blockquote>
              </div>
            ) : null}
            {checkIn.repliedAt ? (
              <p className="muted">
                {t("reading.repliedOn")}{" "}
                <FormattedDate iso={checkIn.repliedAt} timeZone={page.grant.timeZone} />
              </p>
            ) : null}
          </div>
        ) : canEdit ? (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="reply" />
            <Field
              name="reply"
              label={t("reading.replyLabel")}
              hint={t("reading.replyHint")}
              errors={actionData?.errors}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={5}
                  dir="auto"
                  defaultValue={actionData?.values.reply ?? ""}
                />
              )}
            </Field>
            <p>
              <button type="submit" className="button" disabled={busy}>
                {t("reading.sendReply")}
              </button>
            </p>
          </Form>
        ) : (
          <p>{t("reading.noReply")}</p>
        )}
      </section>
    </>
  );
}

function Check({ name, label, on }: { name: string; label: string; on: boolean }) {
  return (
    <div className="schemes-check">
      <input type="checkbox" id={`field-${name}`} name={name} value="yes" defaultChecked={on} />
      <label htmlFor={`field-${name}`}>{label}</label>
    </div>
  );
}
