import { describe, expect, it } from "vitest";
import { loader as moderation } from "~/routes/panels.$panelId_.pots.$potId._index";
import { MODERATION_PAGE_SIZE } from "~/services/panels/moderation.server";
import { prepareModeration } from "../../bench/moderation-setup";
import { useTestDatabase } from "../support/database";
import { call } from "../support/panels";

useTestDatabase();

type Page = Awaited<ReturnType<typeof moderation>>;

describe("the moderation table of a large pot", () => {
  it("shows one page of rows at a time, ranked across the whole pot", async () => {
    const applications = MODERATION_PAGE_SIZE + 20;
    const { path, chairCookie } = await prepareModeration(applications, 1);
    const [, , panelId, , potId] = path.split("/");
    const open = async (query: string) =>
      (await call(
        moderation,
        `${path}${query}`,
        { panelId: panelId!, potId: potId! },
        chairCookie,
      )) as Page;

    const first = await open("");
    expect(first.rows).toHaveLength(MODERATION_PAGE_SIZE);
    expect(first).toMatchObject({ page: 1, pages: 2, rowCount: applications });
    const second = await open("?page=2");
    expect(second.rows).toHaveLength(20);
    const scores = [...first.rows, ...second.rows].map((row) => row.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(applications);

    // A page that does not exist shows the nearest one rather than an empty table or an error.
    expect((await open("?page=99")).page).toBe(2);
    expect((await open("?page=abc")).page).toBe(1);
  });
});
