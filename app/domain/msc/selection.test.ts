import { describe, expect, it } from "vitest";
import { reasonForReader, reasonTexts, selectionSchema, storedDomainId } from "./selection";

const input = { reason: "It shows new confidence.", reasonLocale: "en" as const };

describe("the reason sent back to the storytellers", () => {
  it("sends only the original when the group reads the selector's language", () => {
    expect(reasonTexts({ ...input, groupReason: "ignored" }, "en")).toEqual({
      texts: { en: input.reason },
      machineDrafted: [],
    });
  });

  it("labels a machine draft left as it was, and not one a person corrected", () => {
    const draft = "[uk] It shows new confidence.";
    expect(reasonTexts({ ...input, groupReason: draft, machineDraft: draft }, "uk")).toEqual({
      texts: { en: input.reason, uk: draft },
      machineDrafted: ["uk"],
    });
    expect(
      reasonTexts({ ...input, groupReason: "Це показує впевненість.", machineDraft: draft }, "uk")
        .machineDrafted,
    ).toEqual([]);
  });

  it("gives each reader her language when there is a text in it, with the original beside a machine draft", () => {
    const texts = { en: input.reason, uk: "[uk] draft" };
    const ukrainian = reasonForReader(texts, ["uk"], "uk");
    expect(ukrainian?.text).toBe("[uk] draft");
    expect(ukrainian?.original).toEqual({ text: input.reason, language: "en" });
    const arabic = reasonForReader(texts, ["uk"], "ar");
    expect(arabic?.text).toBe(input.reason);
    expect(arabic?.inReaderLanguage).toBe(false);
  });
});

describe("the selection form", () => {
  it("asks for a story and a reason, each with its own message", () => {
    const parsed = selectionSchema.safeParse({
      domainId: "other",
      reason: " ",
      reasonLocale: "en",
    });
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.map((issue) => [issue.path[0], issue.message]);
    expect(messages).toContainEqual(["checkInId", "msc:select.errors.story"]);
    expect(messages).toContainEqual(["reason", "msc:select.errors.reason"]);
  });

  it("stores any other change as no domain", () => {
    expect(storedDomainId("other")).toBeNull();
    expect(storedDomainId("d1")).toBe("d1");
  });
});
