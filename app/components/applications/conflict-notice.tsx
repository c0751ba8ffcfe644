import { useTranslation } from "react-i18next";
import type { ConflictCopy } from "~/domain/applications/conflict";
import { FunderText } from "~/components/public/funder-text";
import type { ShownText } from "~/domain/applications/answer-summary";

/**
 * Someone in her group saved this part first. Their answers are now in the form; what she
 * typed is here, read-only, question by question, to copy back in. Nothing is lost.
 */
export function ConflictNotice({
  copies,
  filesNotAttached,
  labels,
}: {
  copies: ConflictCopy[];
  filesNotAttached: string[];
  labels: Record<string, ShownText>;
}) {
  const { t } = useTranslation("applications");
  return (
    <section
      className="stack applying-conflict"
      role="alert"
      aria-labelledby="conflict-title"
      tabIndex={-1}
    >
      <h2 id="conflict-title">{t("conflict.title")}</h2>
      <p>{t("conflict.intro")}</p>
      {copies.length > 0 ? <p>{t("conflict.copyHint")}</p> : null}
      {copies.map((copy) => (
        <div key={copy.questionId} className="field">
          <label htmlFor={`mine-${copy.questionId}`}>
            {t("conflict.yourText")}{" "}
            {labels[copy.questionId] ? <FunderText text={labels[copy.questionId]!} /> : null}
          </label>
          <textarea
            id={`mine-${copy.questionId}`}
            readOnly
            value={
              copy.yes === undefined
                ? copy.text
                : t(copy.yes ? "forms:field.yes" : "forms:field.no")
            }
            rows={Math.min(8, copy.text.split("\n").length + 2)}
            dir="auto"
          />
        </div>
      ))}
      {filesNotAttached.length > 0 ? (
        <p>{t("conflict.filesNotAttached", { files: filesNotAttached.join(", ") })}</p>
      ) : null}
    </section>
  );
}
