import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AnswerSummary, type AnswerTextAttributes } from "~/components/applications/answer-summary";
import { TranslatableText } from "~/components/shared/machine-translation";
import type { ShownSection } from "~/domain/applications/answer-summary";
import type { MachineTranslationView } from "~/domain/shared/machine-translation";
import type { Mention } from "~/domain/panels/identity-mentions";
import type { ReadingFile } from "~/services/panels/panel-reading.server";

type Props = {
  panelId: string;
  applicationId: string;
  /**
   * The answers to show, as data: the page passes them as written, and may pass another
   * rendering of the same sections (a translation) without changing this component.
   */
  sections: ShownSection[];
  currency: string;
  files: Record<string, ReadingFile>;
  /** lang and dir of the answers as passed. */
  textAttributes: AnswerTextAttributes;
  /** For staff in blind review: answers that say who the group is. */
  mentions?: Mention[];
  /** A form under each recording to write its summary (staff). */
  summaryForm?: (file: ReadingFile) => ReactNode;
  /** Machine translations of the written answers, by question, when the reader asked for them. */
  translation?: { view: MachineTranslationView; answers: Record<string, string | null> };
};

/** Every answer of an application as a panel reads it, section by section. */
export function ApplicationAnswers({
  panelId,
  applicationId,
  sections,
  currency,
  files,
  textAttributes,
  mentions = [],
  summaryForm,
  translation,
}: Props) {
  const href = (fileId: string) =>
    `/panels/${panelId}/applications/${applicationId}/files/${fileId}`;
  return (
    <AnswerSummary
      sections={sections}
      currency={currency}
      applicationId={applicationId}
      files={{}}
      changeable={false}
      // Under the page's "Answers" heading.
      headingLevel={3}
      textAttributes={textAttributes}
      renderFile={(value) => (
        <PanelFile file={files[value.fileId]} href={href(value.fileId)} summaryForm={summaryForm} />
      )}
      renderText={
        translation?.view?.active
          ? (questionId, text) => (
              <TranslatableText
                original={text}
                lang={textAttributes.lang ?? null}
                translation={translation.answers[questionId] ?? null}
                view={translation.view}
                className="applying-answer-text"
              />
            )
          : undefined
      }
      rowNote={(questionId) => {
        const mention = mentions.find((m) => m.questionId === questionId);
        return mention ? <MentionWarning kinds={mention.kinds} /> : null;
      }}
    />
  );
}

function PanelFile({
  file,
  href,
  summaryForm,
}: {
  file: ReadingFile | undefined;
  href: string;
  summaryForm?: (file: ReadingFile) => ReactNode;
}) {
  const { t } = useTranslation("panels");
  if (!file) return <span className="muted">{t("reading.fileMissing")}</span>;
  const label = file.name ?? t(`reading.${file.kind}Number`, { number: file.number });
  const summaryId = `summary-of-${file.id}`;
  const Player = file.media;
  return (
    <div className="stack">
      {file.kind === "recording" ? <p>{t("applications:answers.recording")}</p> : null}
      {file.deleted ? (
        <p className="muted">{t("reading.recordingDeleted")}</p>
      ) : (
        <>
          {/* Groups upload recordings without captions; the staff summary below is their text
              alternative, tied to the player by aria-describedby. */}
          {Player ? (
            <Player
              className="panels-media"
              controls
              preload="none"
              src={href}
              aria-describedby={summaryId}
            />
          ) : null}
          <p>
            <a href={href} download>
              {t("reading.download")} <bdi dir="auto">{label}</bdi>
            </a>
          </p>
        </>
      )}
      {file.kind === "recording" ? (
        <div className="stack">
          <p>
            <strong>{t("reading.summaryTitle")}</strong>
          </p>
          {file.summary ? (
            <p className="applying-answer-text" dir="auto" id={summaryId}>
              {file.summary}
            </p>
          ) : (
            <p className="muted" id={summaryId}>
              {t("reading.noSummary")}
            </p>
          )}
          {summaryForm?.(file)}
        </div>
      ) : null}
    </div>
  );
}

function MentionWarning({ kinds }: { kinds: Mention["kinds"] }) {
  const { t, i18n } = useTranslation("panels");
  const what = new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(
    kinds.map((kind) => t(`reading.mentionKinds.${kind}`)),
  );
  return <p className="notice applying-warning">{t("reading.mentionWarning", { what })}</p>;
}
