import { describe, expect, it } from "vitest";
import { namespaces } from "~/locales/namespaces";
import { auditActionLabelKey, auditActions, isAuditAction } from "./audit-actions";

describe("audit actions", () => {
  it("finds each label in the namespace named by the action's feature", () => {
    expect(auditActionLabelKey("forms.published")).toBe("forms:auditActions.published");
    expect(auditActionLabelKey("schemes.ledger-award")).toBe("schemes:auditActions.ledger-award");
    expect(auditActionLabelKey("applications.submitted-on-behalf")).toBe(
      "applications:auditActions.submitted-on-behalf",
    );
  });

  it("names every action <feature>.<event>, the feature being a translation namespace", () => {
    const misnamed = auditActions.filter((action) => {
      const [feature, event, ...rest] = action.split(".");
      return !(namespaces as readonly string[]).includes(feature!) || !event || rest.length > 0;
    });
    expect(misnamed).toEqual([]);
    expect(new Set(auditActions).size).toBe(auditActions.length);
  });

  it("tells the actions it knows from old or unknown codes", () => {
    expect(isAuditAction("applications.submitted")).toBe(true);
    expect(isAuditAction("application.submitted")).toBe(false);
    expect(isAuditAction("schemes")).toBe(false);
    expect(isAuditAction(null)).toBe(false);
  });
});
