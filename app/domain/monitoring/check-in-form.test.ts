import { describe, expect, it } from "vitest";
import {
  checkInErrors,
  draftFromForm,
  lightNumberValue,
  readAnswers,
  sentNumbers,
} from "./check-in-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const options = { numberIds: ["n1", "n2"], domainIds: ["d1"] };
const context = { numberIds: ["n1", "n2"], domainsAsked: false, hasRecording: false };

describe("a check-in's answers", () => {
  it("keeps what was typed, and only the round's numbers and domains", () => {
    const draft = draftFromForm(
      form({
        whatHappened: "We met every week.\r\nTwelve came.",
        quote: "  ",
        "number.n1": "12",
        "number.n9": "4",
        storyConsent: "FUNDER_REPORTS",
        domain: "somebody-elses",
      }),
      options,
    );
    expect(draft.answers).toEqual({
      whatHappened: "We met every week.\nTwelve came.",
      numbers: { n1: "12" },
    });
    expect(draft.storyConsent).toBe("FUNDER_REPORTS");
    expect(draft.domain).toBeNull();
    expect(draftFromForm(form({ domain: "other" }), options).domain).toBe("other");
  });

  it("reads light numbers typed with Arabic or Persian digits and separators", () => {
    expect(lightNumberValue("12")).toBe(12);
    expect(lightNumberValue("١٢")).toBe(12);
    expect(lightNumberValue("۱۲")).toBe(12);
    expect(lightNumberValue("1,200")).toBe(1200);
    expect(lightNumberValue("twelve")).toBeNull();
    expect(lightNumberValue("-3")).toBeNull();
    expect(sentNumbers({ numbers: { n1: "۳۰", n2: "x" } })).toEqual({ n1: 30 });
  });

  it("on a save reports only what cannot be kept as it is", () => {
    const draft = draftFromForm(form({ "number.n1": "lots", hard: "x".repeat(2001) }), options);
    const errors = checkInErrors(draft, context, "save");
    expect(Object.keys(errors).sort()).toEqual(["hard", "number.n1"]);
    expect(errors.hard?.values).toEqual({ max: 2000, length: 2001 });
  });

  it("before sending asks what happened, the change (or a recording) and the story's consent", () => {
    const empty = draftFromForm(form({}), options);
    expect(Object.keys(checkInErrors(empty, context, "send")).sort()).toEqual([
      "change",
      "whatHappened",
    ]);
    const told = draftFromForm(form({ whatHappened: "Met", change: "She spoke up" }), options);
    expect(Object.keys(checkInErrors(told, context, "send"))).toEqual(["storyConsent"]);
    const recorded = draftFromForm(
      form({ whatHappened: "Met", storyConsent: "FUNDER_ONLY" }),
      options,
    );
    expect(checkInErrors(recorded, { ...context, hasRecording: true }, "send")).toEqual({});
    expect(
      Object.keys(
        checkInErrors(recorded, { ...context, hasRecording: true, domainsAsked: true }, "send"),
      ),
    ).toEqual(["domain"]);
  });

  it("reads stored answers whatever their shape, numbers included once sent", () => {
    expect(readAnswers(null)).toEqual({});
    expect(readAnswers({ change: "A", numbers: { n1: 4 }, stray: 3 })).toEqual({
      change: "A",
      numbers: { n1: "4" },
    });
  });
});
