import { describe, expect, it } from "vitest";
import { keepLanguage, languageOf } from "./keep-language";

describe("keeping a shared link's language", () => {
  it("adds the current ?lng= to a link", () => {
    expect(keepLanguage("/schemes/riverside", "?lng=ar")).toBe("/schemes/riverside?lng=ar");
    expect(keepLanguage("/schemes/x/check?checked=1#results", "?a=1&lng=fa")).toBe(
      "/schemes/x/check?checked=1&lng=fa#results",
    );
  });

  it("leaves links alone without a language, or with one we do not have", () => {
    expect(keepLanguage("/schemes", "")).toBe("/schemes");
    expect(keepLanguage("/schemes", "?lng=xx")).toBe("/schemes");
  });

  it("reads the language for a form's hidden field", () => {
    expect(languageOf("?lng=uk")).toBe("uk");
    expect(languageOf("?lng=<script>")).toBeNull();
    expect(languageOf("")).toBeNull();
  });
});
