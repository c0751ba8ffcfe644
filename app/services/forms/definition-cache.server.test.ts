import { describe, expect, it } from "vitest";
import { definitionOf } from "~/services/applications/applications.server";

const form = (label: string) => ({
  sourceLocale: "en",
  sections: [
    {
      id: "about",
      title: { en: "About" },
      questions: [{ id: "name", type: "shortText", label: { en: label } }],
    },
  ],
});

describe("the form an application is on", () => {
  it("reads an edited version afresh: the same version id with a later update time", () => {
    const before = definitionOf({
      formVersion: { id: "v1", updatedAt: new Date(1_000), definition: form("Group name") },
    });
    const after = definitionOf({
      formVersion: { id: "v1", updatedAt: new Date(2_000), definition: form("Name of your group") },
    });
    expect(before.sections[0]!.questions[0]!.label.en).toBe("Group name");
    expect(after.sections[0]!.questions[0]!.label.en).toBe("Name of your group");
  });

  it("still refuses a definition that does not match the schema", () => {
    expect(() =>
      definitionOf({
        formVersion: { id: "v2", updatedAt: new Date(1_000), definition: { sections: "none" } },
      }),
    ).toThrow();
  });

  it("gives an empty form when the application has no version", () => {
    expect(definitionOf({ formVersion: null }).sections).toEqual([]);
  });
});
