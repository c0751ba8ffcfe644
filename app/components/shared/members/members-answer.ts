import { isolate } from "~/domain/shared/bidi";
import type { FieldErrors } from "~/domain/shared/validation";

type Answer = { intent: string; errors?: FieldErrors; values?: Record<string, string> };

// Every answer redraws the forms from what the server says, as a page load without
// JavaScript would: a refused role change must not leave its select showing the new role.
const answers = new WeakMap<object, number>();
let answerCount = 0;
function answerVersion(answer: object | undefined): number {
  if (!answer) return 0;
  if (!answers.has(answer)) answers.set(answer, ++answerCount);
  return answers.get(answer)!;
}

/** Names and addresses typed in any script keep their own direction inside a sentence. */
function isolatedValues<T extends Record<string, { values?: Record<string, unknown> }>>(
  entries: T | undefined,
): T | undefined {
  if (!entries) return undefined;
  const isolateAll = (values?: Record<string, unknown>) =>
    values &&
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === "string" ? isolate(value) : value,
      ]),
    );
  return Object.fromEntries(
    Object.entries(entries).map(([name, entry]) => [
      name,
      { ...entry, values: isolateAll(entry.values) },
    ]),
  ) as T;
}

/**
 * How the members page shows the action's answer: a version that keys its forms, the errors
 * ready to read, and what was typed in the invitation form.
 */
export function membersAnswer(answer: Answer | undefined) {
  return {
    version: answerVersion(answer),
    errors: isolatedValues(answer?.errors),
    inviteValues: answer?.intent === "invite" ? answer.values : undefined,
  };
}
