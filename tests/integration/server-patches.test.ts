import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { db } from "~/services/platform/db.server";
import { dialect, Params } from "~/services/platform/raw-sql.server";

// The server's copies of React Router and the SQLite driver adapter are patched on install to
// keep work between requests (patches/, decisions 0046 and 0047). What they keep must never
// change an answer.
const require = createRequire(import.meta.url);
const router = require("@remix-run/router") as typeof import("@remix-run/router");

const routes = [
  {
    id: "root",
    path: "/",
    children: [
      { id: "home", index: true },
      {
        id: "panel",
        path: "panels/:panelId",
        children: [
          { id: "panel-index", index: true },
          { id: "pot", path: "pots/:potId" },
        ],
      },
      { id: "fund", path: "fund/:funderId/outcomes" },
    ],
  },
];

function matched(path: string) {
  const matches = router.matchRoutes(routes, path);
  return matches
    ? { ids: matches.map((match) => match.route.id), params: matches.at(-1)!.params }
    : null;
}

describe("route matching kept between requests", () => {
  it("gives each path its own route and parameters, however often the same shape is asked", () => {
    for (let round = 0; round < 3; round++) {
      expect(matched("/panels/p1/pots/a")).toEqual({
        ids: ["root", "panel", "pot"],
        params: { panelId: "p1", potId: "a" },
      });
      expect(matched("/panels/p2/pots/b")).toEqual({
        ids: ["root", "panel", "pot"],
        params: { panelId: "p2", potId: "b" },
      });
      expect(matched("/panels/p1")).toEqual({
        ids: ["root", "panel", "panel-index"],
        params: { panelId: "p1" },
      });
      expect(matched("/")).toEqual({ ids: ["root", "home"], params: {} });
      expect(matched("/fund/f1/outcomes")?.params).toEqual({ funderId: "f1" });
      expect(matched("/nowhere/at/all")).toBeNull();
    }
  });

  it("matches a route tree of its own on its own", () => {
    const other = [{ id: "only", path: "/panels/:panelId/pots/:potId" }];
    expect(matched("/panels/p1/pots/a")?.ids).toEqual(["root", "panel", "pot"]);
    expect(router.matchRoutes(other, "/panels/p1/pots/a")?.map((match) => match.route.id)).toEqual([
      "only",
    ]);
  });
});

describe("statements kept between queries", () => {
  it("answers the same statement with each call's own values", async () => {
    const read = (value: number) => {
      const params = new Params(dialect());
      return db().$queryRawUnsafe<{ value: number | bigint }[]>(
        `SELECT CAST(${params.add(value)} AS INTEGER) AS value`,
        ...params.values,
      );
    };
    const answers = [];
    for (const value of [1, 2, 3, 2]) answers.push(Number((await read(value))[0]!.value));
    expect(answers).toEqual([1, 2, 3, 2]);
  });
});
