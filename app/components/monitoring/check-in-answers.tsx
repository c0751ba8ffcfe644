import { useTranslation } from "react-i18next";
import { FunderText } from "~/components/public/funder-text";
import { textFields, type CheckInAnswers } from "~/domain/monitoring/check-in-form";
import type { ShareConsent } from "~/domain/outcomes/consent";
import type { AskedDomain, AskedNumber, CheckInFileView } from "~/domain/monitoring/views";

/** A check-in's answers to read: on "check your answers", once sent, and for a conversation. */
export function CheckInAnswersList({
  answers,
  storyConsent,
  domain,
  domains,
  numbers,
  files,
}: {
  answers: CheckInAnswers;
  storyConsent: ShareConsent | null;
  domain: string | null;
  domains: AskedDomain[];
  numbers: AskedNumber[];
  files: CheckInFileView[];
}) {
  const { t } = useTranslation("monitoring");
  const notAnswered = <span className="muted">{t("answers.notAnswered")}</span>;
  const chosenDomain = domains.find((d) => d.id === domain);
  const recording = files.find((file) => file.kind === "recording");
  const photos = files.filter((file) => file.kind === "photo");
  return (
    <dl className="summary-list">
      {textFields.map((field) => (
        <div key={field}>
          <dt>{t(`form.${field}.label`)}</dt>
          <dd dir="auto" className="preserve-lines">
            {answers[field] ?? notAnswered}
          </dd>
        </div>
      ))}
      {recording ? (
        <div>
          <dt>{t("form.recording.label")}</dt>
          <dd>
            <a href={recording.href} dir="auto">
              {t("form.recording.listen", { name: recording.name })}
            </a>
          </dd>
        </div>
      ) : null}
      {domains.length > 0 ? (
        <div>
          <dt>{t("form.domain.label")}</dt>
          <dd>
            {chosenDomain ? (
              <FunderText text={chosenDomain.name} />
            ) : domain ? (
              t("form.domain.other")
            ) : (
              notAnswered
            )}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t("form.storyConsent.label")}</dt>
        <dd>{storyConsent ? t(`consent.${storyConsent}`) : notAnswered}</dd>
      </div>
      {photos.map((photo, index) => (
        <div key={photo.id}>
          <dt>{t("answers.photo", { number: index + 1 })}</dt>
          <dd className="stack">
            <img
              src={photo.href}
              alt={photo.caption ?? t("form.photos.alt", { number: index + 1 })}
              width={160}
              loading="lazy"
            />
            {photo.caption ? <span dir="auto">{photo.caption}</span> : null}
            <span>{photo.consent ? t(`consent.${photo.consent}`) : notAnswered}</span>
          </dd>
        </div>
      ))}
      {numbers.map((number) => (
        <div key={number.id}>
          <dt>
            <FunderText text={number.label} />
          </dt>
          <dd dir="ltr">{answers.numbers?.[number.id] ?? notAnswered}</dd>
        </div>
      ))}
    </dl>
  );
}
