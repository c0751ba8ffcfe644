import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FunderText } from "~/components/public/funder-text";
import type { ShownSection, ShownValue } from "~/domain/applications/answer-summary";
import { formatDate, formatNumber } from "~/domain/shared/dates";
import { formatMoney } from "~/domain/shared/money";

export type FileNames = Record<string, { originalName: string }>;

/** lang and dir for answers as written (the application's language), or left to the browser. */
export type AnswerTextAttributes = { lang?: string; dir: "ltr" | "rtl" | "auto" };

type FileValue = { kind: "file" | "recording"; fileId: string };

type Props = {
  sections: ShownSection[];
  currency: string;
  applicationId: string;
  files: FileNames;
  /** Offer a "Change" link per section (only while it can still be changed). */
  changeable: boolean;
  /** Level of each section's heading, so the page's heading order stays intact. */
  headingLevel?: 2 | 3;
  textAttributes?: AnswerTextAttributes;
  /** Shows a file or recording another way than a link named after the file (the panel's page). */
  renderFile?: (value: FileValue) => ReactNode;
  /** Something to say under an answer, such as a warning for staff. */
  rowNote?: (questionId: string) => ReactNode;
  /** Shows a written answer another way, such as beside its machine translation. */
  renderText?: (questionId: string, text: string) => ReactNode;
};

/** Every answer, read-only, the way the panel will read it. */
export function AnswerSummary({
  sections,
  currency,
  applicationId,
  files,
  changeable,
  headingLevel = 2,
  textAttributes = { dir: "auto" },
  renderFile,
  rowNote,
  renderText,
}: Props) {
  const { t } = useTranslation("applications");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {sections.map((section) => (
        <section
          key={section.id}
          className="stack applying-summary"
          aria-labelledby={`summary-${section.id}`}
        >
          <div className="applying-summary__head">
            <Heading id={`summary-${section.id}`}>
              <FunderText text={section.title} />
            </Heading>
            {changeable ? (
              <Link to={`/applications/${applicationId}/sections/${section.id}`}>
                {t("check.change")}
                <span className="visually-hidden">
                  {" "}
                  <FunderText text={section.title} />
                </span>
              </Link>
            ) : null}
          </div>
          <dl className="summary-list">
            {section.rows.map((row) => (
              <div key={row.questionId}>
                <dt>
                  <FunderText text={row.label} />
                </dt>
                <dd>
                  {renderFile && (row.value.kind === "file" || row.value.kind === "recording") ? (
                    renderFile(row.value)
                  ) : renderText && row.value.kind === "text" ? (
                    renderText(row.questionId, row.value.text)
                  ) : (
                    <AnswerValue
                      value={row.value}
                      currency={currency}
                      applicationId={applicationId}
                      files={files}
                      textAttributes={textAttributes}
                    />
                  )}
                  {rowNote?.(row.questionId)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}

function AnswerValue({
  value,
  currency,
  applicationId,
  files,
  textAttributes,
}: {
  value: ShownValue;
  currency: string;
  applicationId: string;
  files: FileNames;
  textAttributes: AnswerTextAttributes;
}) {
  const { t, i18n } = useTranslation("applications");
  const locale = i18n.language;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  switch (value.kind) {
    case "empty":
      return <span className="muted">{t("answers.notAnswered")}</span>;
    case "unfinished":
      return <strong className="applying-unfinished">{t("answers.unfinished")}</strong>;
    case "withheld":
      return <span className="muted">{t("answers.withheld")}</span>;
    case "text":
      // Answers may be in any language: unless the page knows it, the browser works out each one's direction.
      return (
        <span className="applying-answer-text" {...textAttributes}>
          {value.text}
        </span>
      );
    case "number":
      return <>{formatNumber(value.value, locale)}</>;
    case "money":
      return <>{money(value.minor)}</>;
    case "date": {
      // A date answer is a calendar day, with no time and no place.
      return (
        <time dateTime={value.date}>{formatDate(`${value.date}T00:00:00Z`, locale, "UTC")}</time>
      );
    }
    case "choices":
      return value.labels.length === 1 ? (
        <FunderText text={value.labels[0]!} />
      ) : (
        <ul className="applying-plain-list">
          {value.labels.map((label, index) => (
            <li key={index}>
              <FunderText text={label} />
            </li>
          ))}
        </ul>
      );
    case "yesNo":
      return <>{value.yes ? t("forms:field.yes") : t("forms:field.no")}</>;
    case "declaration":
      return <>{t("answers.agreed")}</>;
    case "file":
    case "recording": {
      const name = files[value.fileId]?.originalName;
      const label = value.kind === "recording" ? t("answers.recording") : null;
      return (
        <span>
          {label ? <>{label}: </> : null}
          <a href={`/applications/${applicationId}/files/${value.fileId}`} dir="auto">
            {name ?? t("answers.file")}
          </a>
        </span>
      );
    }
    case "budget":
      return (
        <div className="table-scroll">
          <table className="applying-budget">
            <caption className="visually-hidden">{t("answers.budgetCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("answers.budgetItem")}</th>
                <th scope="col">{t("answers.budgetAmount")}</th>
              </tr>
            </thead>
            <tbody>
              {value.rows.map((row, index) => (
                <tr key={index}>
                  <td {...textAttributes}>{row.item}</td>
                  <td>{money(row.amountMinor)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("answers.budgetTotal")}</th>
                <td>{money(value.totalMinor)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      );
  }
}
