import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const folder = new URL("../docs/decisions/", import.meta.url);
const records = readdirSync(folder)
  .filter((name) => /^\d{4}-.+\.md$/.test(name))
  .sort();

describe("decision records", () => {
  it("are numbered once each, with no gaps", () => {
    const numbers = records.map((name) => Number(name.slice(0, 4)));
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it.each(records)("%s opens with its title, date and status", (name) => {
    const [title, blank, date, status] = readFileSync(new URL(name, folder), "utf8").split("\n");
    expect(title).toMatch(new RegExp(`^# ${name.slice(0, 4)}\\b`));
    expect(blank).toBe("");
    expect(date).toMatch(/^Date: \d{4}-\d{2}-\d{2}$/);
    expect(status).toMatch(/^Status: (accepted|superseded)/);
  });

  it("name the record that supersedes them, and that record exists", () => {
    for (const name of records) {
      const status = readFileSync(new URL(name, folder), "utf8").split("\n")[3] ?? "";
      for (const [, number] of status.matchAll(/superseded(?: in part)? by (\d{4})/g))
        expect(records.some((other) => other.startsWith(`${number}-`))).toBe(true);
    }
  });
});
