import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { BuilderTrail, VersionNav } from "~/components/forms/builder/version-nav";
import { textIn, type FormDefinition, type LocalText } from "~/domain/forms/definition";
import {
  diffForms,
  languagesTouched,
  type FormChange,
  type QuestionChange,
  type TextChange,
} from "~/domain/forms/diff";
import { fileTypeKey } from "~/domain/forms/file-types";
import { isLocale, localeNames } from "~/domain/shared/locales";
import { formatMoney } from "~/domain/shared/money";
import { translated } from "~/domain/shared/translated-text";
import { previousVersion } from "~/services/forms/form-versions.server";
import { requireFormVersion } from "~/services/forms/form-access.server";
import { localeOf } from "~/services/platform/i18n.server";

/** What changed since the version this one was copied from, in words, language by language. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, ref, version } = await requireFormVersion(request, params, "view");
  const locale = await localeOf(request);
  const previous = await previousVersion(version);
  const changes = previous ? diffForms(previous.definition, version.definition) : [];
  return {
    ref,
    locale,
    currency: scheme.currency,
    schemeTitle: translated(scheme.title, locale),
    version: { id: version.id, version: version.version, status: version.status },
    previous: previous ? { version: previous.version, definition: previous.definition } : null,
    definition: version.definition,
    changes,
    languages: languagesTouched(changes),
  };
}

const languageName = (locale: string) => (isLocale(locale) ? localeNames[locale] : locale);

function languagesSentence(t: TFunction, locale: string, languages: TextChange[]) {
  const list = (change: TextChange["change"]) =>
    new Intl.ListFormat(locale).format(
      languages.filter((l) => l.change === change).map((l) => languageName(l.locale)),
    );
  return (["edited", "added", "removed"] as const)
    .filter((change) => languages.some((l) => l.change === change))
    .map((change) => t(`forms:changes.languages.${change}`, { languages: list(change) }))
    .join("; ");
}

function settingValue(
  t: TFunction,
  name: string,
  value: unknown,
  options: { locale: string; currency: string },
): string {
  if (value === undefined || value === null) return t("forms:changes.notSet");
  if (typeof value === "boolean") return value ? t("forms:field.yes") : t("forms:field.no");
  if (name === "maxMinor" && typeof value === "number")
    return formatMoney(value, options.currency, options.locale);
  if (name === "maxBytes" && typeof value === "number") {
    return t("forms:changes.megabytes", {
      size: new Intl.NumberFormat(options.locale, { maximumFractionDigits: 1 }).format(
        value / 1024 / 1024,
      ),
    });
  }
  if (Array.isArray(value)) {
    return new Intl.ListFormat(options.locale).format(
      value.map((mime) => {
        const key = fileTypeKey(String(mime));
        return key ? t(`forms:fileTypes.${key}`) : String(mime);
      }),
    );
  }
  return typeof value === "number"
    ? new Intl.NumberFormat(options.locale).format(value)
    : String(value);
}

export default function Changes() {
  const { ref, locale, currency, schemeTitle, version, previous, definition, changes, languages } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const text = (value: LocalText | undefined, form: FormDefinition = definition) =>
    textIn(value, locale, form.sourceLocale);
  const sectionTitle = (id: string) => {
    const section =
      definition.sections.find((s) => s.id === id) ??
      previous?.definition.sections.find((s) => s.id === id);
    return section ? text(section.title).text : id;
  };
  const Quoted = ({ value }: { value: LocalText }) => {
    const shown = text(value);
    return <q lang={shown.locale}>{shown.text}</q>;
  };

  const questionChange = (change: QuestionChange) => {
    switch (change.field) {
      case "label":
      case "help":
        return `${t(`forms:changes.field.${change.field}`)} ${languagesSentence(t, locale, change.languages)}`;
      case "required":
        return change.after ? t("forms:changes.nowRequired") : t("forms:changes.nowOptional");
      case "type":
        return t("forms:changes.type", {
          before: t(`forms:types.${change.before}`),
          after: t(`forms:types.${change.after}`),
        });
      case "setting":
        return t("forms:changes.setting", {
          setting: t(`forms:changes.settings.${change.name}`, { defaultValue: change.name }),
          before: settingValue(t, change.name, change.before, { locale, currency }),
          after: settingValue(t, change.name, change.after, { locale, currency }),
        });
      case "choiceAdded":
        return t("forms:changes.choiceAdded", { choice: text(change.label).text });
      case "choiceRemoved":
        return t("forms:changes.choiceRemoved", {
          choice: text(change.label, previous?.definition).text,
        });
      case "choiceLabel":
        return t("forms:changes.choiceLabel", {
          choice: text(change.label).text,
          languages: languagesSentence(t, locale, change.languages),
        });
      case "choiceOrder":
        return t("forms:changes.choiceOrder");
      case "condition":
        return change.after
          ? change.before
            ? t("forms:changes.conditionChanged")
            : t("forms:changes.conditionAdded")
          : t("forms:changes.conditionRemoved");
      case "section":
        return t("forms:changes.moved", {
          before: sectionTitle(change.before),
          after: sectionTitle(change.after),
        });
    }
  };

  const describe = (change: FormChange, index: number) => {
    switch (change.kind) {
      case "sectionAdded":
        return (
          <li key={index}>
            {t("forms:changes.sectionAdded")} <Quoted value={change.title} />
          </li>
        );
      case "sectionRemoved":
        return (
          <li key={index}>
            {t("forms:changes.sectionRemoved")} <Quoted value={change.title} />
          </li>
        );
      case "sectionsReordered":
        return <li key={index}>{t("forms:changes.sectionsReordered")}</li>;
      case "questionsReordered":
        return (
          <li key={index}>
            {t("forms:changes.questionsReordered")} <Quoted value={change.title} />
          </li>
        );
      case "questionAdded":
        return (
          <li key={index}>
            {t("forms:changes.questionAdded")} <Quoted value={change.label} />
          </li>
        );
      case "questionRemoved":
        return (
          <li key={index}>
            {t("forms:changes.questionRemoved")} <Quoted value={change.label} />
          </li>
        );
      case "sectionChanged":
      case "questionChanged":
        return (
          <li key={index}>
            {change.kind === "sectionChanged"
              ? t("forms:changes.sectionChanged")
              : t("forms:changes.questionChanged")}{" "}
            <Quoted value={"title" in change ? change.title : change.label} />
            <ul>
              {change.changes.map((item, i) => (
                <li key={i}>
                  {"languages" in item && change.kind === "sectionChanged"
                    ? `${t(`forms:changes.field.${item.field}`)} ${languagesSentence(t, locale, item.languages)}`
                    : questionChange(item as QuestionChange)}
                </li>
              ))}
            </ul>
          </li>
        );
    }
  };

  return (
    <div className="stack-large builder-page">
      <div className="stack">
        <BuilderTrail schemeId={ref.schemeId} schemeTitle={schemeTitle} inForms />
        <h1>{t("forms:changes.title", { version: version.version })}</h1>
        <VersionNav funderId={ref.funderId} schemeId={ref.schemeId} version={version} />
        {!previous ? (
          <p>{t("forms:changes.first")}</p>
        ) : (
          <>
            <p>{t("forms:changes.comparedWith", { version: previous.version })}</p>
            {changes.length === 0 ? <p>{t("forms:changes.none")}</p> : null}
            {languages.length > 0 ? (
              <p className="notice">
                {t("forms:changes.checkLanguages", {
                  languages: new Intl.ListFormat(locale).format(languages.map(languageName)),
                })}
              </p>
            ) : null}
          </>
        )}
      </div>
      {changes.length > 0 ? (
        <ul className="stack builder-changes">{changes.map(describe)}</ul>
      ) : null}
    </div>
  );
}
