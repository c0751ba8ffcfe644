import { useTranslation } from "react-i18next";
import type { Completeness } from "~/domain/panels/rubric";
import { localeNames } from "~/domain/shared/locales";

export type CompletenessRow = { key: string; label: React.ReactNode; languages: Completeness[] };

/** One column per language: how many texts of each row are written in it, or that all are. */
export function CompletenessTable({ caption, rows }: { caption: string; rows: CompletenessRow[] }) {
  const { t } = useTranslation();
  const languages = rows[0]?.languages ?? [];
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {languages.map((language) => (
              <th key={language.locale} scope="col" lang={language.locale}>
                {localeNames[language.locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.languages.map((language) => (
                <td key={language.locale}>
                  {language.complete
                    ? t("panels:rubric.translations.complete")
                    : t("panels:rubric.translations.partial", {
                        done: language.done,
                        total: language.total,
                      })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
