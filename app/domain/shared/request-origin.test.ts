import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./request-origin";

const app = ["https://withfund.example.org"];

describe("cross-site request forgery defence", () => {
  it.each(["GET", "HEAD", "OPTIONS", "get"])(
    "lets %s through whatever its origin, since it changes nothing",
    (method) => {
      expect(isSameOriginRequest(method, { origin: "https://evil.example" }, app)).toBe(true);
      expect(isSameOriginRequest(method, {}, app)).toBe(true);
    },
  );

  it.each(["POST", "PUT", "PATCH", "DELETE", "post"])(
    "accepts %s from the app's own pages",
    (method) => {
      expect(isSameOriginRequest(method, { origin: "https://withfund.example.org" }, app)).toBe(
        true,
      );
    },
  );

  it.each([
    ["another site", "https://evil.example"],
    ["a sibling subdomain", "https://evil.withfund.example.org"],
    ["plain http", "http://withfund.example.org"],
    ["another port", "https://withfund.example.org:8443"],
  ])("refuses a POST from %s", (_label, origin) => {
    expect(isSameOriginRequest("POST", { origin }, app)).toBe(false);
  });

  it("uses the Referer when there is no Origin", () => {
    expect(
      isSameOriginRequest("POST", { referer: "https://withfund.example.org/account?x=1" }, app),
    ).toBe(true);
    expect(
      isSameOriginRequest("POST", { referer: "https://evil.example/withfund.example.org" }, app),
    ).toBe(false);
  });

  it('uses the Referer when the Origin is the opaque "null"', () => {
    expect(
      isSameOriginRequest(
        "POST",
        { origin: "null", referer: "https://withfund.example.org/" },
        app,
      ),
    ).toBe(true);
    expect(isSameOriginRequest("POST", { origin: "null" }, app)).toBe(false);
  });

  it("prefers the Origin over a Referer that disagrees", () => {
    expect(
      isSameOriginRequest(
        "POST",
        { origin: "https://evil.example", referer: "https://withfund.example.org/" },
        app,
      ),
    ).toBe(false);
  });

  it("refuses a POST that says nothing about where it came from, or garbles it", () => {
    expect(isSameOriginRequest("POST", {}, app)).toBe(false);
    expect(isSameOriginRequest("POST", { origin: null, referer: null }, app)).toBe(false);
    expect(isSameOriginRequest("POST", { referer: "not a url" }, app)).toBe(false);
  });

  it("accepts any of several allowed origins", () => {
    const both = ["http://localhost:3000", "https://withfund.example.org"];
    expect(isSameOriginRequest("POST", { origin: "http://localhost:3000" }, both)).toBe(true);
    expect(isSameOriginRequest("POST", { origin: "https://withfund.example.org" }, both)).toBe(
      true,
    );
    expect(isSameOriginRequest("POST", { origin: "http://localhost:3001" }, both)).toBe(false);
  });
});
