import { describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT, SECTION_PAGE_BODY_LIMIT, judgeBody } from "./request-limits";

const multipart = "multipart/form-data; boundary=x";
const post = (path: string, contentType = multipart) =>
  judgeBody({ method: "POST", path, contentType, contentLength: "1000" });

describe("which pages take files", () => {
  it("lets a check-in and its autosave post their photos and voice message, with JavaScript or without", () => {
    for (const path of [
      "/grants/g1/check-ins/c1",
      "/grants/g1/check-ins/c1.data",
      "/grants/g1/check-ins/c1/autosave",
      "/grants/g1/check-ins/c1/autosave.data",
    ]) {
      expect(post(path)).toEqual({ ok: true, maxBytes: SECTION_PAGE_BODY_LIMIT });
    }
  });

  it("still refuses files where none are expected, such as check your answers", () => {
    expect(post("/grants/g1/check-ins/c1/check")).toEqual({ ok: false, status: 415 });
    expect(post("/grants/g1/survey")).toEqual({ ok: false, status: 415 });
    expect(post("/grants/g1/check-ins/c1/check", "application/x-www-form-urlencoded")).toEqual({
      ok: true,
      maxBytes: FORM_BODY_LIMIT,
    });
  });
});
