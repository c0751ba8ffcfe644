import { describe, expect, it } from "vitest";
import { typedValues } from "./form-values";

describe("what was typed", () => {
  it("keeps text fields and leaves out passwords and files", () => {
    const form = new FormData();
    form.set("slug", "riverside-2027");
    form.set("title_ar", "ريفرسايد معًا");
    form.set("newPassword", "secret-secret");
    form.set("upload", new Blob(["x"]), "x.txt");
    expect(typedValues(form)).toEqual({ slug: "riverside-2027", title_ar: "ريفرسايد معًا" });
  });
});
