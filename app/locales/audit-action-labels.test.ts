import { describe, expect, it } from "vitest";
import type { TFunction } from "i18next";
import {
  auditActionLabelKey,
  auditActions,
  type AuditActionLabelKey,
} from "~/domain/shared/audit-actions";
import { supportedLocales } from "~/domain/shared/locales";
import { translatorFor } from "~/services/platform/i18n.server";

/** What is wrong with an action's label as a reader would see it, or null when it reads well. */
function labelProblem(t: TFunction, action: string, key: AuditActionLabelKey): string | null {
  const label: unknown = t(key);
  if (typeof label !== "string" || label.trim() === "") return "missing";
  const keyWithoutNamespace = key.slice(key.indexOf(":") + 1);
  if (label === key || label === keyWithoutNamespace) return `shows its key "${label}"`;
  if (label.includes(action)) return `shows the code "${label}"`;
  return null;
}

describe("audit action labels", () => {
  it("notices a label that is not there", async () => {
    const t = await translatorFor("en");
    expect(
      labelProblem(t, "forms.vanished", "forms:auditActions.vanished" as AuditActionLabelKey),
    ).not.toBeNull();
  });

  it.each(supportedLocales)("reads every action in plain words in %s", async (locale) => {
    const t = await translatorFor(locale);
    const problems = auditActions
      .map((action) => ({ action, problem: labelProblem(t, action, auditActionLabelKey(action)) }))
      .filter(({ problem }) => problem !== null)
      .map(({ action, problem }) => `${action}: ${problem}`);
    expect(problems).toEqual([]);
  });
});
