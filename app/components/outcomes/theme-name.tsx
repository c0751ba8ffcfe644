import { translated } from "~/domain/shared/translated-text";

/** A theme's name in the reader's language (or the source), marked with the language it is in. */
export function ThemeName({ name, locale }: { name: unknown; locale: string }) {
  const shown = translated(name, locale);
  return (
    <bdi lang={shown.locale} dir="auto">
      {shown.text}
    </bdi>
  );
}
