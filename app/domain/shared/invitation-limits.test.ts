import { describe, expect, it } from "vitest";
import { invitationLimitReached, invitationLimits } from "./invitation-limits";

const now = new Date("2027-03-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const times = (count: number, minutes: number) =>
  Array.from({ length: count }, () => minutesAgo(minutes));

describe("invitation limits", () => {
  it("lets a person send up to the hourly limit, then stops her for the hour", () => {
    const justUnder = times(invitationLimits.senderPerHour - 1, 5);
    expect(
      invitationLimitReached({ kind: "panel", sentBySender: justUnder, sentForOwner: 0, now }),
    ).toBeNull();
    const full = times(invitationLimits.senderPerHour, 5);
    expect(
      invitationLimitReached({ kind: "panel", sentBySender: full, sentForOwner: 0, now }),
    ).toBe("sender-hour");
    // Sent more than an hour ago, they count for the day only.
    const earlier = times(invitationLimits.senderPerHour, 61);
    expect(
      invitationLimitReached({ kind: "panel", sentBySender: earlier, sentForOwner: 0, now }),
    ).toBeNull();
  });

  it("stops a person for the day once she sent the daily number, however spread out", () => {
    const spread = Array.from({ length: invitationLimits.senderPerDay }, (_, i) =>
      minutesAgo(70 + i * 10),
    );
    expect(
      invitationLimitReached({ kind: "organisation", sentBySender: spread, sentForOwner: 0, now }),
    ).toBe("sender-day");
  });

  it("limits a group by day whoever sends, and a funder at its own, larger number", () => {
    const group = invitationLimits.organisationPerDay;
    expect(
      invitationLimitReached({ kind: "organisation", sentBySender: [], sentForOwner: group, now }),
    ).toBe("organisation-day");
    // The same number is nothing for a funder setting up its panels.
    expect(
      invitationLimitReached({ kind: "working-group", sentBySender: [], sentForOwner: group, now }),
    ).toBeNull();
    expect(
      invitationLimitReached({
        kind: "funder-team",
        sentBySender: [],
        sentForOwner: invitationLimits.funderPerDay,
        now,
      }),
    ).toBe("funder-day");
  });
});
