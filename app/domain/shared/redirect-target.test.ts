import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "./redirect-target";

describe("safeRedirectTarget", () => {
  it.each([
    ["/my", "/my"],
    ["/applications/abc?notice=saved", "/applications/abc?notice=saved"],
    ["/schemes/riverside?lng=ar#pots", "/schemes/riverside?lng=ar#pots"],
    ["/invitations/Ab_c-9", "/invitations/Ab_c-9"],
    ["/a/../b", "/b"],
    ["/search?q=%2F%2F", "/search?q=%2F%2F"],
  ])("keeps a path on this site: %j", (target, expected) => {
    expect(safeRedirectTarget(target)).toBe(expected);
  });

  it.each([
    ["another site", "https://evil.example/"],
    ["a scheme-relative address", "//evil.example"],
    ["a backslash", "/\\evil.example"],
    ["a backslash later on", "/ok\\..\\\\evil.example"],
    ["a tab", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a carriage return", "/\r//evil.example"],
    ["a NUL", "/\u0000/evil.example"],
    ["an encoded tab", "/%09/evil.example"],
    ["an encoded newline", "/%0a/evil.example"],
    ["an encoded slash", "/%2F/evil.example"],
    ["an encoded slash in lower case", "/%2f%2fevil.example"],
    ["an encoded backslash", "/%5C/evil.example"],
    ["broken percent encoding", "/%E0%A4%A"],
    ["a javascript: address", "javascript:alert(1)"],
    ["a data: address", "data:text/html,<script>alert(1)</script>"],
    ["a leading space", " //evil.example"],
    ["a relative path", "my"],
    ["nothing", ""],
    ["three slashes", "///evil.example"],
    ["a DEL character", "/\u007f/evil.example"],
  ])("refuses %s", (_, target) => {
    expect(safeRedirectTarget(target)).toBe("/my");
  });

  it("falls back to the given page", () => {
    expect(safeRedirectTarget("//evil.example", "/")).toBe("/");
    expect(safeRedirectTarget(null, "/")).toBe("/");
    expect(safeRedirectTarget(undefined)).toBe("/my");
    expect(safeRedirectTarget(new Blob([]) as unknown)).toBe("/my");
  });
});
