import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bodyRuleFor } from "~/domain/shared/request-limits";
import { db } from "~/services/platform/db.server";
import { useTestDatabase } from "../support/database";
import { startTestServer, type TestServer } from "../support/request-handler";
import { signedInCookie } from "../support/requests";
import { people, routeAccessWorld, type Ids, type World } from "../support/route-access";

/**
 * Fuzzing every action (decision 0038): 10,000 generated requests, spread over every route
 * that has an action, sent over HTTP to the app as the server runs it (Remix's request handler
 * behind the body limits). Bodies of the wrong type, cut short or too big; fields missing,
 * repeated, unknown, of the wrong type, huge or in any script; other tenants' ids and made-up
 * ones; signed out or signed in as people who may act there. None may answer 500 or log an
 * error. The seed is fixed, so a failure happens again the same way; FUZZ_SEED and FUZZ_RUNS
 * explore further.
 */

useTestDatabase();

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
/** Requests in flight at once: enough to keep the server busy, few enough for a shared CI box. */
const CONCURRENCY = 4;

const appFolder = join(__dirname, "../../app");

/** Every name and value a form on the site posts, read from its pages, so new forms are covered. */
function vocabulary() {
  const sources = [
    ...readdirSync(join(appFolder, "routes")).map((file) => join(appFolder, "routes", file)),
    ...readdirSync(join(appFolder, "components"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".tsx"))
      .map((file) => join(appFolder, "components", file)),
  ].map((file) => readFileSync(file, "utf8"));
  const found = (patterns: RegExp[]) =>
    [
      ...new Set(
        sources.flatMap((source) =>
          patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!)),
        ),
      ),
    ].sort();
  const names = found([/name="([^"{}]+)"/g, /\.get\("([^"]+)"\)/g, /getAll\("([^"]+)"\)/g]);
  const values = found([
    /intent === "([^"]+)"/g,
    /value="([^"{}]+)"/g,
    /case "([^"]+)"/g,
    /z\.literal\("([^"]+)"\)/g,
  ]);
  return {
    names: [
      ...names,
      "q.about",
      "q.registered",
      "q.budget.0.item",
      "q.budget.0.amount",
      "q.about.recording",
    ],
    values,
  };
}

/** The address of a route, from the build's route tree, with its parameters still to fill. */
function actionRoutes(server: TestServer) {
  return server.routes
    .filter((route) => route.hasAction)
    .map((route) => ({ id: route.id, pattern: route.fullPath, index: route.index }));
}

type Posted = {
  route: number;
  person: number;
  scene: "current" | "review";
  /** Which ids fill the address: this tenant's, the other's, or made up. */
  ids: "home" | "other" | "made-up";
  transport: "data" | "document";
  method: string;
  body:
    | { kind: "form"; fields: [string, string][] }
    | { kind: "multipart"; fields: [string, string][]; file: boolean; cut: boolean }
    | { kind: "raw"; contentType: string | null; text: string };
};

const everyone: (string | null)[] = [
  null,
  people.amalOwner,
  people.associationOwner,
  people.riversideAdmin,
  people.riversideOfficer,
  people.riversideViewer,
  people.panelChair,
  people.communityReviewer,
  people.assigned2026,
  people.platformAdmin,
  people.otherFunderAdmin,
];

function requests(routeCount: number, words: { names: string[]; values: string[] }, world: World) {
  const idValues = [
    ...new Set(Object.values(world.home.current).concat(Object.values(world.home.review))),
  ];
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...words.values) },
    { weight: 3, arbitrary: fc.constantFrom(...idValues) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.integer({ min: -1e12, max: 1e12 }).map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        " ",
        "0",
        "-1",
        "1e309",
        "NaN",
        "true",
        "null",
        "[]",
        "{}",
        "2027-02-30",
        "\u0000",
        "\u202e",
        "../../etc/passwd",
        "%00",
        "<script>",
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1000, maxLength: 5000 }) },
    { weight: 1, arbitrary: fc.nat({ max: 30_000 }).map((length) => "ب".repeat(length)) },
  );
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words.names) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(...words.names).map((n) => `${n}.x`) },
  );
  const fields = fc.array(fc.tuple(name, text), { maxLength: 12 }).chain((list) =>
    // Repeat some fields, as checkboxes do, and as a tampered form might.
    fc.subarray(list).map((again) => [...list, ...again]),
  );
  const body: fc.Arbitrary<Posted["body"]> = fc.oneof(
    { weight: 8, arbitrary: fields.map((f) => ({ kind: "form" as const, fields: f })) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("multipart" as const),
        fields,
        file: fc.boolean(),
        cut: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("raw" as const),
        contentType: fc.constantFrom(
          null,
          "application/json",
          "text/plain",
          "multipart/form-data",
          "multipart/form-data; boundary=",
          "application/x-www-form-urlencoded; charset=utf-16",
          "application/xml",
        ),
        text: fc.oneof(fc.json(), fc.string({ maxLength: 200 })),
      }),
    },
  );
  return fc.record<Posted>({
    route: fc.nat({ max: routeCount - 1 }),
    person: fc.nat({ max: everyone.length - 1 }),
    scene: fc.constantFrom("current", "review"),
    ids: fc.constantFrom("home", "home", "home", "other", "made-up"),
    // A page render costs far more than the data of a script's post: one post in ten renders.
    transport: fc.oneof(
      { weight: 9, arbitrary: fc.constant("data" as const) },
      { weight: 1, arbitrary: fc.constant("document" as const) },
    ),
    method: fc.constantFrom("POST", "POST", "POST", "POST", "PUT", "PATCH", "DELETE"),
    body,
  });
}

function addressOf(
  route: { pattern: string; index: boolean },
  ids: Record<string, string>,
  transport: Posted["transport"],
) {
  const path = route.pattern
    .replace(/:([A-Za-z]+)/g, (_, param: string) => encodeURIComponent(ids[param] ?? `no-${param}`))
    .replace(/\*$/, "nowhere");
  const base = transport === "data" ? (path === "/" ? "/_root.data" : `${path}.data`) : path;
  const query = new URLSearchParams();
  if (route.index) query.set("index", "");
  if (route.pattern.endsWith("/files")) query.set("question", ids.questionId ?? "about");
  return query.size ? `${base}?${query}`.replace("index=", "index") : base;
}

function encode(body: Posted["body"]): { headers: Record<string, string>; payload: Buffer } {
  if (body.kind === "form")
    return {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      payload: Buffer.from(new URLSearchParams(body.fields).toString()),
    };
  if (body.kind === "raw")
    return {
      headers: body.contentType ? { "Content-Type": body.contentType } : {},
      payload: Buffer.from(body.text),
    };
  const boundary = "----fuzz7MA4YWxkTrZu0gW";
  const parts = body.fields.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "")}"\r\n\r\n${value}\r\n`,
  );
  if (body.file)
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n`,
    );
  const whole = Buffer.from(`${parts.join("")}--${boundary}--\r\n`);
  return {
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
    // Cut short: the closing boundary, or more, never arrives.
    payload: body.cut ? whole.subarray(0, Math.floor(whole.length / 2)) : whole,
  };
}

const cookies = new Map<string, Promise<string>>();
function cookieOf(email: string) {
  if (!cookies.has(email)) cookies.set(email, signedInCookie(userIds.get(email)!));
  return cookies.get(email)!;
}

let server: TestServer;
let world: World;
const userIds = new Map<string, string>();
const errors: unknown[][] = [];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  world = await routeAccessWorld();
  for (const email of everyone.filter((e): e is string => e !== null)) {
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    userIds.set(email, user.id);
  }
  server = await startTestServer();
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
  process.on("unhandledRejection", onRejection);
}, 120_000);

afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  vi.restoreAllMocks();
  await server?.close();
});

describe("fuzzing every action", () => {
  it(`answers ${RUNS} generated requests without a 500 or a logged error`, async () => {
    const routes = actionRoutes(server);
    expect(routes.length).toBeGreaterThan(40);
    const samples = fc.sample(requests(routes.length, vocabulary(), world), {
      numRuns: RUNS,
      seed: SEED,
    });
    const failures: { status: number; request: string }[] = [];
    const counts = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < samples.length) {
        const sample = samples[next++]!;
        const route = routes[sample.route]!;
        const ids: Ids | Record<string, string> =
          sample.ids === "made-up"
            ? new Proxy({}, { get: (_, key) => `x${String(key)}9` })
            : world[sample.ids][sample.scene];
        const path = addressOf(route, ids as Record<string, string>, sample.transport);
        const email = everyone[sample.person];
        const cookie = email ? await cookieOf(email) : null;
        // Signing out, or out everywhere, ends the session: the next post starts a new one.
        if (email && /sign-out|account/.test(path)) cookies.delete(email);
        const { headers, payload } = encode(sample.body);
        const described = () =>
          `${sample.method} ${path} as ${email ?? "nobody"}: ${JSON.stringify(sample.body).slice(0, 500)}`;
        const response = await fetch(new URL(path, server.url), {
          method: sample.method,
          headers: {
            ...headers,
            Origin: server.url,
            // One connection per request: what one tampered body leaves behind stays its own.
            Connection: "close",
            ...(cookie ? { Cookie: cookie } : {}),
          },
          body: new Uint8Array(payload),
          redirect: "manual",
        }).catch((error: Error) => {
          // Far over its limit, a body is cut off rather than read to its end (a refusal too).
          if (payload.byteLength > bodyRuleFor(path.split("?")[0]!).maxBytes) return null;
          throw new Error(`${error.message} (${String(error.cause)}) for ${described()}`);
        });
        const status = response ? (await response.arrayBuffer(), response.status) : 413;
        counts.set(status, (counts.get(status) ?? 0) + 1);
        if (status >= 500)
          failures.push({
            status,
            request: described(),
          });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.info(
      `fuzzing: ${samples.length} requests over ${routes.length} actions; statuses`,
      Object.fromEntries([...counts].sort(([a], [b]) => a - b)),
    );
    expect(failures.slice(0, 10)).toEqual([]);
    expect(errors.slice(0, 5).map((args) => args.map(String).join(" ").slice(0, 800))).toEqual([]);
    expect(rejections).toEqual([]);
  }, 1_200_000);
});
