import { data } from "@remix-run/node";
import { textFieldName } from "~/domain/schemes/translated-fields";
import { themeNamesForm, themeNamesFrom } from "~/domain/outcomes/themes";
import { isLocale } from "~/domain/shared/locales";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";

export type ThemeFormData = { errors: FieldErrors; values: Record<string, string> };

/** The names posted by the add and rename forms, or the page's answer with the errors. */
export function readThemeNames(form: FormData) {
  const parsed = parseForm(themeNamesForm, form);
  if (!parsed.ok)
    return {
      ok: false as const,
      response: data<ThemeFormData>(
        { errors: parsed.errors, values: parsed.values },
        { status: 400 },
      ),
    };
  return { ok: true as const, names: themeNamesFrom(parsed.data), values: parsed.data };
}

/** The answer when a name repeats another theme's: the error by the field, nothing lost. */
export function nameClash(form: FormData, locale: string) {
  const field = isLocale(locale) ? textFieldName("name", locale) : "form";
  const values = Object.fromEntries(
    [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  return data<ThemeFormData>(
    { errors: { [field]: { key: "outcomes:themes.errors.nameTaken" } }, values },
    { status: 400 },
  );
}
