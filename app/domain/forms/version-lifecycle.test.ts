import { describe, expect, it } from "vitest";
import {
  isEditable,
  isFrozen,
  isOpenForSuggestions,
  isReadableByWorkingGroup,
  versionStatuses,
} from "./version-lifecycle";

describe("a form version's lifecycle", () => {
  it("lets only a draft or a version in consultation change", () => {
    expect(versionStatuses.filter(isEditable)).toEqual(["DRAFT", "CONSULTATION"]);
  });

  it("freezes a published version for good, retired or not", () => {
    expect(versionStatuses.filter(isFrozen)).toEqual(["PUBLISHED", "RETIRED"]);
  });

  it("has every status either editable or frozen, never both", () => {
    for (const status of versionStatuses) expect(isEditable(status)).not.toBe(isFrozen(status));
  });

  it("shows the working group everything but a draft", () => {
    expect(versionStatuses.filter(isReadableByWorkingGroup)).toEqual([
      "CONSULTATION",
      "PUBLISHED",
      "RETIRED",
    ]);
  });

  it("takes suggestions only while the consultation is open", () => {
    expect(versionStatuses.filter(isOpenForSuggestions)).toEqual(["CONSULTATION"]);
  });
});
