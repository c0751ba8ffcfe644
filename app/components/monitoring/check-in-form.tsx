import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { RadioGroup } from "~/components/public/radio-group";
import { FileInput } from "~/components/shared/file-input";
import { SaveActions } from "~/components/shared/save-actions";
import { useAutosave } from "~/components/shared/use-autosave";
import { otherDomain, type TextField } from "~/domain/monitoring/check-in-form";
import type { FieldErrors } from "~/domain/shared/validation";
import type { action, loader } from "~/routes/grants.$grantId_.check-ins.$checkInId";
import { ConsentChoice } from "./consent-choice";
import { StoryField } from "./story-field";
import { VoiceRecorder } from "./voice-recorder";

/**
 * The check-in a group fills in, phone first: a handful of short questions, a voice message
 * instead of writing the change, photos each with the consent of the people shown, the
 * round's light numbers. A plain multipart form that works without JavaScript; with it,
 * typing is saved as she goes.
 */
export function CheckInForm() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, i18n } = useTranslation("monitoring");
  const formRef = useRef<HTMLFormElement>(null);
  const conflict = actionData?.outcome === "conflict" ? actionData : null;
  const errors: FieldErrors = actionData?.outcome === "invalid" ? actionData.errors : {};
  const form = useAutosave({
    formRef,
    url: `/grants/${page.grantId}/check-ins/${page.checkInId}/autosave`,
    revision: page.revision,
    resetKey: `rev-${page.revision}`,
    encType: "multipart/form-data",
  });
  const busy = navigation.state === "submitting";
  const answers = page.draft.answers;
  const photos = page.files.filter((file) => file.kind === "photo");
  const recording = page.files.find((file) => file.kind === "recording");

  const textArea = (field: TextField, rows: number, hint?: string) => (
    <StoryField
      field={field}
      label={t(`form.${field}.label`)}
      hint={hint}
      rows={rows}
      value={answers[field]}
      errors={errors}
    />
  );

  return (
    <div className="stack-large">
      {conflict ? (
        <section className="stack applying-conflict" role="alert" tabIndex={-1}>
          <h2>{t("form.conflict.title")}</h2>
          <p>{t("form.conflict.intro")}</p>
          {conflict.copies.map((copy) => (
            <div key={copy.field} className="field">
              <label htmlFor={`mine-${copy.field}`}>
                {t("form.conflict.yourText", { field: t(`form.${copy.field}.label`) })}
              </label>
              <textarea id={`mine-${copy.field}`} readOnly dir="auto" rows={4} value={copy.text} />
            </div>
          ))}
        </section>
      ) : null}
      <ErrorSummary errors={errors} />
      <Form
        key={`rev-${page.revision}`}
        ref={formRef}
        method="post"
        encType="multipart/form-data"
        noValidate
        onSubmit={form.onSubmit}
        className="stack-large"
      >
        <input type="hidden" name="revision" value={form.revision} />
        <input type="hidden" name="language" value={i18n.language} />
        {textArea("whatHappened", 4, t("form.whatHappened.hint"))}

        <section className="stack" aria-labelledby="change-title">
          <h2 id="change-title">{t("form.changeTitle")}</h2>
          {textArea("change", 6, t("form.change.hint"))}
          <div className={errors.recording ? "field field--error" : "field"}>
            <label htmlFor="field-recording">{t("form.recording.label")}</label>
            <p id="field-recording-hint" className="field__hint">
              {recording ? t("form.recording.saved") : t("form.recording.hint")}
            </p>
            {errors.recording ? (
              <p id="field-recording-error" className="field__error">
                {t(errors.recording.key, errors.recording.values)}
              </p>
            ) : null}
            {recording ? (
              <p className="check-in-file">
                <a href={recording.href}>{t("form.recording.listen", { name: recording.name })}</a>{" "}
                <button
                  type="submit"
                  name="intent"
                  value={`remove-file:${recording.id}`}
                  className="link-button"
                  disabled={busy}
                >
                  {t("form.recording.remove")}
                </button>
              </p>
            ) : null}
            <FileInput
              id="field-recording"
              name="recording"
              accept="audio/*"
              capture
              aria-describedby="field-recording-hint"
            />
            <VoiceRecorder inputId="field-recording" />
          </div>
          {textArea("changeFor", 2, t("form.changeFor.hint"))}
          {page.domains.length > 0 ? (
            <RadioGroup
              name="domain"
              legend={t("form.domain.label")}
              value={page.draft.domain ?? undefined}
              errors={errors}
              options={[
                ...page.domains.map((domain) => ({ value: domain.id, label: domain.name.text })),
                { value: otherDomain, label: t("form.domain.other") },
              ]}
            />
          ) : null}
          {textArea("whyItMatters", 4)}
          {textArea("quote", 3, t("form.quote.hint"))}
          <ConsentChoice
            name="storyConsent"
            legend={t("form.storyConsent.label")}
            hint={t("form.storyConsent.hint")}
            value={page.draft.storyConsent}
            errors={errors}
          />
        </section>

        <section className="stack" aria-labelledby="photos-title">
          <h2 id="photos-title">{t("form.photos.title")}</h2>
          <p className="field__hint">{t("form.photos.hint")}</p>
          {photos.map((photo, index) => (
            <div key={photo.id} className="stack check-in-photo">
              <img
                src={photo.href}
                alt={photo.caption ?? t("form.photos.alt", { number: index + 1 })}
                width={160}
                loading="lazy"
              />
              <Field
                name={`photo.${photo.id}.caption`}
                label={t("form.photos.caption", { number: index + 1 })}
              >
                {(control) => <input {...control} dir="auto" defaultValue={photo.caption ?? ""} />}
              </Field>
              <ConsentChoice
                name={`photo.${photo.id}.consent`}
                legend={t("form.photos.consent", { number: index + 1 })}
                value={photo.consent}
              />
              <button
                type="submit"
                name="intent"
                value={`remove-file:${photo.id}`}
                className="link-button"
                disabled={busy}
              >
                {t("form.photos.remove", { number: index + 1 })}
              </button>
            </div>
          ))}
          <div className={errors.photo ? "field field--error" : "field"}>
            <label htmlFor="field-photo">
              {photos.length > 0 ? t("form.photos.addAnother") : t("form.photos.add")}
            </label>
            {errors.photo ? (
              <p id="field-photo-error" className="field__error">
                {t(errors.photo.key, errors.photo.values)}
              </p>
            ) : null}
            <FileInput
              id="field-photo"
              name="photo"
              accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
              aria-describedby={errors.photo ? "field-photo-error" : undefined}
            />
          </div>
          <Field name="newPhotoCaption" label={t("form.photos.newCaption")}>
            {(control) => <input {...control} dir="auto" />}
          </Field>
          <ConsentChoice
            name="newPhotoConsent"
            legend={t("form.photos.newConsent")}
            hint={t("form.photos.newConsentHint")}
            value={null}
            errors={errors}
          />
        </section>

        <section className="stack" aria-labelledby="learning-title">
          <h2 id="learning-title">{t("form.learningTitle")}</h2>
          {textArea("hard", 3)}
          {textArea("learned", 3)}
        </section>

        {page.numbers.length > 0 ? (
          <section className="stack" aria-labelledby="numbers-title">
            <h2 id="numbers-title">{t("form.numbers.title")}</h2>
            <p className="field__hint">{t("form.numbers.hint")}</p>
            {page.numbers.map((number) => (
              <Field
                key={number.id}
                name={`number.${number.id}`}
                label={number.label.text}
                errors={errors}
              >
                {(control) => (
                  <input
                    {...control}
                    inputMode="numeric"
                    dir="ltr"
                    className="input--short"
                    defaultValue={answers.numbers?.[number.id] ?? ""}
                  />
                )}
              </Field>
            ))}
          </section>
        ) : null}

        <SaveActions
          next={{ intent: "check", label: t("form.continue") }}
          later={{ intent: "save", label: t("form.saveForLater") }}
          busy={busy}
          status={form.status}
          savedAt={form.savedAt}
          conflictText={t("form.conflict.autosave")}
        />
      </Form>
    </div>
  );
}
