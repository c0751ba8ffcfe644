import { describe, expect, it } from "vitest";
import { isRecordingDue, recordingFileIds } from "./recordings";

describe("recordings kept after a decision", () => {
  it("finds the recordings among an application's answers, and nothing else", () => {
    expect(
      recordingFileIds({
        about: "We run a weekly drop-in.",
        story: { recordingFileId: "file-1" },
        budget: [{ item: "Rent", amountMinor: 100 }],
        letter: "file-2",
      }),
    ).toEqual(["file-1"]);
    expect(recordingFileIds(null)).toEqual([]);
  });

  it("is due exactly the set number of days after the decision, not a moment before", () => {
    const decided = new Date("2027-05-01T10:00:00Z");
    expect(isRecordingDue(decided, 30, new Date("2027-05-31T09:59:59Z"))).toBe(false);
    expect(isRecordingDue(decided, 30, new Date("2027-05-31T10:00:00Z"))).toBe(true);
  });
});
