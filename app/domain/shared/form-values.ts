/**
 * What was typed into a form, to show it again when the server refuses a save after the input
 * itself was valid (e.g. a web address someone else took a moment ago).
 */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value === "string" && !/password/i.test(name)) values[name] = value;
  }
  return values;
}
