/**
 * Intl.NumberFormat objects are slow to build and safe to share: pages format hundreds of
 * amounts (a moderation table of a large pot), so each locale and option set is built once.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
