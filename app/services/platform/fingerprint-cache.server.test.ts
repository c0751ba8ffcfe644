import { describe, expect, it } from "vitest";
import { fingerprintCache } from "./fingerprint-cache.server";

describe("figures kept while their records are unchanged", () => {
  it("works them out again only when the fingerprint changes", async () => {
    const cached = fingerprintCache<{ figure: number }>(10);
    let worked = 0;
    const work = async () => ({ figure: ++worked });
    expect(await cached("pot", "v1", work)).toEqual({ figure: 1 });
    expect(await cached("pot", "v1", work)).toEqual({ figure: 1 });
    expect(await cached("pot", "v2", work)).toEqual({ figure: 2 });
    expect(await cached("other pot", "v2", work)).toEqual({ figure: 3 });
    expect(worked).toBe(3);
  });

  it("shares one piece of work between requests that miss at the same moment", async () => {
    const cached = fingerprintCache<{ figure: number }>(10);
    let worked = 0;
    const work = () =>
      new Promise<{ figure: number }>((done) => setTimeout(() => done({ figure: ++worked }), 10));
    const answers = await Promise.all(Array.from({ length: 20 }, () => cached("pot", "v1", work)));
    expect(worked).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it("keeps nothing from work that failed, so the next request tries again", async () => {
    const cached = fingerprintCache<{ figure: number }>(10);
    await expect(
      cached("pot", "v1", () => Promise.reject(new Error("database gone"))),
    ).rejects.toThrow("database gone");
    expect(await cached("pot", "v1", async () => ({ figure: 7 }))).toEqual({ figure: 7 });
  });

  it("forgets the least recently read entries beyond its size", async () => {
    const cached = fingerprintCache<{ figure: number }>(2);
    let worked = 0;
    const work = async () => ({ figure: ++worked });
    await cached("a", "v", work);
    await cached("b", "v", work);
    await cached("c", "v", work);
    await cached("a", "v", work);
    expect(worked).toBe(4);
  });
});
