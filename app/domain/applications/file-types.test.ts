import { describe, expect, it } from "vitest";
import { acceptAttribute, acceptedTypes } from "./file-types";

describe("accepted file types", () => {
  it("names the kinds a person knows and keeps other types as they are, once each", () => {
    expect(
      acceptedTypes([
        "application/pdf",
        "image/jpeg",
        "image/png",
        "image/png",
        "application/x-thing",
      ]),
    ).toEqual([{ key: "pdf" }, { key: "jpeg" }, { key: "png" }, { mime: "application/x-thing" }]);
  });

  it("adds file extensions to the accept attribute for phones that need them", () => {
    expect(acceptAttribute(["application/pdf", "image/jpeg", "audio/*"]).split(",")).toEqual([
      "application/pdf",
      "image/jpeg",
      "audio/*",
      ".pdf",
      ".jpg",
      ".jpeg",
    ]);
  });
});
