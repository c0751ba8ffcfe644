import { beforeAll, describe, expect, it } from "vitest";
import { loader as reading } from "~/routes/panels.$panelId_.applications.$applicationId._index";
import { loader as reviews } from "~/routes/panels.$panelId_.applications.$applicationId_.reviews";
import { loader as scoring } from "~/routes/panels.$panelId_.applications.$applicationId_.review";
import { db } from "~/services/platform/db.server";
import { seedDemo } from "../support/demo-world";
import { useTestDatabase } from "../support/database";
import { call, expectStatus, signIns } from "../support/panels";

useTestDatabase();
const as = signIns();
let panelId: string;
let awardedId: string;

beforeAll(async () => {
  await seedDemo(db());
  panelId = (await db().panel.findFirstOrThrow({ where: { name: "2026 review panel" } })).id;
  awardedId = (
    await db().application.findFirstOrThrow({
      where: { status: "AWARDED", organisation: { name: "Amal Women's Circle" } },
    })
  ).id;
});

const open = async (
  loader: typeof reading | typeof reviews | typeof scoring,
  suffix: string,
  email: string,
) =>
  call(
    loader,
    `/panels/${panelId}/applications/${awardedId}${suffix}`,
    { panelId, applicationId: awardedId },
    await as(email),
  );

describe("an application the panel has decided", () => {
  it("stays readable to the panel, and its reviews to the chair and staff, from the moderation table", async () => {
    const chairReads = (await open(reading, "", "nadia@example.org")) as {
      application: { id: string };
    };
    expect(chairReads.application.id).toBe(awardedId);
    const reviewerReads = (await open(reading, "", "maria@example.org")) as {
      application: { id: string };
    };
    expect(reviewerReads.application.id).toBe(awardedId);
    const chairReviews = await open(reviews, "/reviews", "nadia@example.org");
    expect(chairReviews).not.toBeInstanceOf(Response);
    const staffReviews = await open(reviews, "/reviews", "tomas@example.org");
    expect(staffReviews).not.toBeInstanceOf(Response);
  });

  it("is still closed to a member it was not given, and can no longer be scored", async () => {
    expectStatus(await open(reading, "", "joy@example.org"), 403);
    expectStatus(await open(scoring, "/review", "maria@example.org"), 403);
  });
});
