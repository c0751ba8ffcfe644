/**
 * Who may open every route, across tenants. Each file in app/routes/ has one line below; the
 * first test fails naming any route without a line and any line whose route is gone.
 *
 * How to add a route: add one line to `routes`, keyed by its file name without ".tsx", saying
 * who it is for with an audience from tests/support/route-audiences.ts, for example:
 *
 *   "panels.$panelId.applications.$applicationId": on2026Panel.reading,
 *   "panels.$panelId.applications.$applicationId.review": on2026Panel.reviewing,
 *   "panels.$panelId.pots.$potId": on2026Panel.moderating,
 *   "fund.$funderId.schemes.$schemeId.rounds.$roundId.screening": { ...staff("view", "edit"), scene: "review" },
 *   "fund.$funderId.settings": staff("edit"),
 *
 * The address is built from the file name, each `$param` taken from the scene's ids (`Ids` in
 * tests/support/route-access.ts; add a name there, for both tenants, if the route needs a new
 * one). A guarded route is then opened, loader and action alike, by a signed-out visitor (sent
 * to sign in), by each refused person and each of the other tenant's people (403), with every
 * id in the address and the form swapped one at a time for the other tenant's (403), and last
 * by the rightful people (anything but 403, 404 or a sign-in). Give `form` when the action
 * reads ids from what is posted, so those are swapped too, and `postAsRightful: false` when
 * even a bare post by the rightful person would change the demo. A route worth opening in two
 * situations (a draft and a sent application) takes a list of audiences.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { signIns } from "../support/panels";
import { makeRequest, run, unwrap } from "../support/requests";
import {
  outsiders,
  people,
  routeAccessWorld,
  type Ids,
  type Person,
  type World,
} from "../support/route-access";
import {
  amalGrant,
  amalProfile,
  amalsDraft,
  anyoneSignedIn,
  latinsSentApplication,
  mscStories,
  on2026Panel,
  byToken,
  guarded,
  panelMembersOnly,
  panelPage,
  platformAdmins,
  publicRoute,
  rule,
  signedIn,
  staff,
  workingGroup,
  type Access,
  type Rule,
} from "../support/route-audiences";

useTestDatabase();

const {
  amalOwner: amina,
  associationOwner: olena,
  associationMember: iryna,
  riversideAdmin: grace,
  panelChair: nadia,
} = people;

/** Anyone signed in reads a published pot; only a group's members start its application. */
const startingFor = (extra: Record<string, string>) =>
  guarded(
    "anyone signed in reads a published pot; a group's members start for it",
    anyoneSignedIn,
    {
      action: rule([amina], [olena, grace, nadia]),
      form: (ids) => ({ organisationId: ids.organisationId, ...extra }),
      // Any group may apply to any funder's published pot; whose group it is, is the question.
      publicIds: ["potId"],
      postAsRightful: false,
    },
  );

const routes: Record<string, Access | Access[]> = {
  $: publicRoute("any unknown address: a 404 page"),
  _index: publicRoute("the home page"),
  "schemes._index": publicRoute("published schemes"),
  "schemes.$slug._index": publicRoute("a published scheme's page"),
  "schemes.$slug.check": publicRoute("the eligibility checker"),
  "schemes.$slug.forms.$version": publicRoute("a published form, to read before applying"),
  "sign-in._index": publicRoute("signing in"),
  "sign-in.code": publicRoute("signing in"),
  "sign-in.password": publicRoute("signing in"),
  "sign-in.two-factor": publicRoute(
    "the second step of signing in, for the sign-in waiting in this browser",
  ),
  "sign-out": publicRoute("signing out ends only the poster's own session"),
  language: publicRoute("choosing a language"),
  "demo.sign-in": publicRoute("demo mode only; the action answers 404 otherwise"),
  "invitations.$token": byToken("joining a group: the link's secret token is the key"),
  "panel-invitations.$token": byToken("joining a panel: the link's secret token is the key"),
  "team-invitations.$token": byToken("joining a funder's team: the link's secret token is the key"),
  "working-group.$token": byToken("joining a working group: the link's secret token is the key"),
  "dev.mailbox._index": { kind: "dev-only", why: "the demo mailbox, absent off demo" },
  "dev.mailbox.$emailId._index": { kind: "dev-only", why: "the demo mailbox, absent off demo" },
  "dev.mailbox.$emailId.html": { kind: "dev-only", why: "the demo mailbox, absent off demo" },
  "admin.outbox": platformAdmins,
  account: signedIn("her own account"),
  "account_.data[.]zip": signedIn("a copy of her own data"),
  "account_.delete": signedIn("deleting her own account"),
  privacy: publicRoute("what Withfund keeps and why"),
  "account_.two-factor._index": signedIn("her own two-factor sign-in and remembered browsers"),
  "account_.two-factor.setup": signedIn("setting up her own two-factor sign-in"),
  "account_.two-factor.recovery-codes": signedIn("her own recovery codes"),
  "account_.two-factor.disable": signedIn("switching off her own two-factor sign-in"),
  my: signedIn("her own work"),
  "applications._index": signedIn("her groups' applications"),
  "consultations._index": signedIn("the consultations she was invited to"),
  "panels._index": signedIn("the panels she sits on"),
  "organisations.new": signedIn("registering a group of her own"),
  "apply.$potId": [startingFor({}), startingFor({ intent: "area", area: "Riverside" })],
  "applications.$applicationId._index": [amalsDraft, latinsSentApplication],
  "applications.$applicationId.check": [amalsDraft, latinsSentApplication],
  "applications.$applicationId.files": {
    ...amalsDraft,
    query: "?question=project-what&kind=recording",
  },
  "applications.$applicationId.files.$fileId": [amalsDraft, latinsSentApplication],
  "applications.$applicationId.sections.$sectionId": [amalsDraft, latinsSentApplication],
  "applications.$applicationId.sections.$sectionId_.autosave": amalsDraft,
  "applications.$applicationId.sent": [amalsDraft, latinsSentApplication],
  "organisations.$organisationId": amalProfile.view,
  "organisations.$organisationId_.edit": amalProfile.edit,
  "organisations.$organisationId_.members": amalProfile.edit,
  // The demo's version is published: the group reads it, and nobody may still comment.
  "consultations.$versionId": { ...workingGroup, action: rule([], [amina, olena, iryna, grace]) },
  "panels.$panelId": panelPage,
  "panels.$panelId_.applications.$applicationId._index": {
    ...on2026Panel.reading,
    // Writing a recording's summary is for staff who may change the panel's work.
    action: rule(
      [people.riversideOfficer],
      [
        people.riversideViewer,
        people.panelChair,
        people.assigned2026,
        people.conflicted2026,
        people.latinOwner,
      ],
    ),
    postAsRightful: false,
  },
  "panels.$panelId_.applications.$applicationId.files.$fileId": on2026Panel.reading,
  "panels.$panelId_.applications.$applicationId_.review": on2026Panel.reviewing,
  "panels.$panelId_.applications.$applicationId_.review_.autosave": on2026Panel.reviewing,
  "panels.$panelId_.applications.$applicationId_.reviews": on2026Panel.reviews,
  "panels.$panelId_.pots.$potId.decisions.$applicationId": on2026Panel.deciding,
  "panels.$panelId_.pots.$potId.confirm": { ...on2026Panel.deciding, postAsRightful: false },
  "panels.$panelId_.ranking": on2026Panel.ranking,
  "panels.$panelId_.applications.$applicationId.comments": on2026Panel.comments,
  "panels.$panelId_.pots.$potId._index": on2026Panel.moderating,
  "panels.$panelId_.pots.$potId.suggestion": { ...on2026Panel.suggestion, postAsRightful: false },
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.reviews[.]csv": {
    ...staff("view"),
    scene: "review",
  },
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.screening._index": {
    ...staff("view", "edit"),
    scene: "review",
  },
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.screening.$applicationId": {
    ...staff("view", "edit"),
    scene: "review",
  },
  "fund.$funderId.settings": staff("administer"),
  "fund.$funderId.grants.$grantId_.check-ins": staff("view", "edit"),
  "fund.$funderId.grants.$grantId_.conversations.new": staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.monitoring": staff("view", "edit"),
  "grants.$grantId_.check-ins.$checkInId": amalGrant,
  "grants.$grantId_.check-ins.$checkInId_.autosave": amalGrant,
  "grants.$grantId_.check-ins.$checkInId_.check": amalGrant,
  "grants.$grantId_.check-ins.$checkInId_.files.$checkInFileId": amalGrant,
  "grants._index": signedIn("her own groups' grants"),
  "grants.$grantId._index": amalGrant,
  "grants.$grantId.accept": amalGrant,
  "fund.$funderId.grants._index": staff("view"),
  "fund.$funderId.grants.$grantId": staff("view", "edit"),
  "fund.$funderId.schemes.$schemeId.conditions": staff("view", "edit"),
  "fund.$funderId.team": staff("administer"),
  "fund.$funderId.exports._index": staff("view"),
  "fund.$funderId.exports.grants[.]csv": staff("view"),
  "fund.$funderId.exports.check-ins[.]csv": staff("view"),
  "fund.$funderId.schemes.$schemeId.open-data": staff("view"),
  "fund.$funderId.schemes.$schemeId.360giving[.]json": staff("view"),
  "admin._index": platformAdmins,
  "admin.funders._index": platformAdmins,
  "admin.funders.new": platformAdmins,
  "admin.funders.$funderId": platformAdmins,
  "panels.$panelId_.conflicts": [
    {
      ...panelMembersOnly,
      form: (ids) => ({ intent: "declare", organisationId: ids.organisationId, kind: "OTHER" }),
      postAsRightful: false,
    },
    { ...on2026Panel.members, postAsRightful: false },
  ],
  "fund.$funderId": staff("view"),
  "fund.$funderId._index": staff("view"),
  "fund.$funderId.audit": staff("view-audit"),
  "fund.$funderId.outcomes._index": staff("view"),
  "fund.$funderId.outcomes.stories": staff("view"),
  "fund.$funderId.outcomes.summary": staff("view"),
  "fund.$funderId.outcomes.photos.$photoId": staff("view"),
  "fund.$funderId.themes._index": staff("view", "edit"),
  "fund.$funderId.themes.$themeId._index": staff("view", "edit"),
  "fund.$funderId.themes.$themeId.merge": staff("edit"),
  "fund.$funderId.check-ins._index": staff("view"),
  "fund.$funderId.check-ins.$checkInId._index": staff("view", "edit"),
  "fund.$funderId.check-ins.$checkInId.files.$checkInFileId": staff("view"),
  "fund.$funderId.apply-on-behalf": {
    ...staff("edit"),
    form: (ids) => ({ organisationId: ids.organisationId, potId: ids.potId }),
  },
  "fund.$funderId.schemes.new": staff("edit"),
  "fund.$funderId.schemes.$schemeId._index": staff("view"),
  "fund.$funderId.schemes.$schemeId.audit": staff("view-audit"),
  "fund.$funderId.schemes.$schemeId.edit": staff("edit"),
  "fund.$funderId.schemes.$schemeId.forms._index": staff("edit"),
  "fund.$funderId.schemes.$schemeId.forms.working-group": staff("edit"),
  "fund.$funderId.schemes.$schemeId.forms.$versionId._index": staff("edit"),
  "fund.$funderId.schemes.$schemeId.forms.$versionId.changes": staff("edit"),
  "fund.$funderId.schemes.$schemeId.forms.$versionId.preview": staff("edit"),
  "fund.$funderId.schemes.$schemeId.forms.$versionId.questions.$questionId": staff("edit"),
  "fund.$funderId.schemes.$schemeId.forms.$versionId.sections.$sectionId": staff("edit"),
  "fund.$funderId.schemes.$schemeId.forms.$versionId.suggestions": staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.new": staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId._index": staff("view"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.edit": staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.ledger": {
    ...staff("view", "edit"),
    form: (ids) => ({ applicationId: ids.applicationId, amount: "100" }),
  },
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.pots.new": staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.msc": staff("view", "edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.survey": staff("view"),
  "panels.$panelId_.stories": mscStories,
  "grants.$grantId.survey": amalGrant,
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.pots.$potId": staff("view", "edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels._index": staff("view"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.new": staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId._index": {
    ...staff("view", "edit"),
    form: (ids) => ({ intent: "role", memberId: ids.memberId, role: "MEMBER" }),
  },
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.settings": staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.assignments": {
    ...staff("view", "edit"),
    scene: "review",
    form: (ids) => ({ intent: "add", applicationId: ids.applicationId, userId: "x" }),
  },
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.members.$memberId.remove":
    staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric._index": staff(
    "view",
    "edit",
  ),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.preview": staff("view"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.translations":
    staff("view"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.new":
    staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId._index":
    staff("edit"),
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId.remove":
    { ...staff("edit"), postAsRightful: false },
  "fund.$funderId.schemes.$schemeId.rounds.$roundId.panels.$panelId.rubric.criteria.$criterionId.translations":
    staff("edit"),
};

// ---------------------------------------------------------------------------------------------

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
type RouteModule = { loader?: Handler; action?: Handler };

const routesFolder = join(__dirname, "../../app/routes");
const routeFiles = readdirSync(routesFolder)
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => file.replace(/\.tsx?$/, ""));
const modules = import.meta.glob<RouteModule>("../../app/routes/*.tsx");
const load = (route: string) => modules[`../../app/routes/${route}.tsx`]!();

/**
 * Remix's flat-route convention: dots are slashes, `$x` a parameter, a lone `$` the rest of the
 * address, and `_index` and a trailing `_` vanish.
 */
function addressOf(route: string, ids: Record<string, string>) {
  const segments = route
    .split(".")
    .filter((segment) => segment !== "_index")
    .map((segment) => segment.replace(/_$/, ""))
    .map((segment) => (segment.startsWith("$") ? ids[segment.slice(1) || "*"] : segment));
  return { path: `/${segments.join("/")}`, params: paramsOf(route, ids) };
}

function paramsOf(route: string, ids: Record<string, string>) {
  const names = route
    .split(".")
    .filter((segment) => segment.startsWith("$") && segment.length > 1)
    .map((segment) => segment.slice(1).replace(/_$/, ""));
  return Object.fromEntries(names.map((name) => [name, ids[name] ?? `no-${name}`]));
}

/** Public pages are addressed by the scheme's slug and the form's version number. */
const publicAddress = { slug: "riverside-together", version: "1", "*": "nowhere" };

let world: World;
const cookieOf = signIns();

const statusOf = (result: unknown) =>
  result instanceof Response ? result.status : unwrap(result).status;

async function open(
  handler: Handler,
  route: string,
  ids: Ids,
  email: Person | null,
  form?: Record<string, string>,
  query = "",
) {
  const { path, params } = addressOf(route, ids);
  const request = makeRequest(path + query, { cookie: await cookieOf(email), form });
  return { path: path + query, result: await run(handler, request, params) };
}

function expectSignIn({ path, result }: { path: string; result: unknown }) {
  expect(result).toBeInstanceOf(Response);
  expect((result as Response).status).toBe(302);
  expect((result as Response).headers.get("Location")).toBe(
    `/sign-in?redirectTo=${encodeURIComponent(path)}`,
  );
}

const expectForbidden = (label: string, result: unknown) =>
  expect(statusOf(result), label).toBe(403);

function expectLetIn(label: string, result: unknown) {
  expect([403, 404], label).not.toContain(statusOf(result));
  if (result instanceof Response && result.status === 302)
    expect(result.headers.get("Location"), label).not.toMatch(/^\/sign-in/);
}

beforeAll(async () => {
  world = await routeAccessWorld();
});

describe("the route table", () => {
  it("has one entry for every route file, and none for a route that is gone", () => {
    const listed = new Set(Object.keys(routes));
    const missing = routeFiles.filter((file) => !listed.has(file));
    const gone = [...listed].filter((route) => !routeFiles.includes(route));
    expect({ missing, gone }).toEqual({ missing: [], gone: [] });
  });
});

const entries = Object.entries(routes)
  .filter(([route]) => routeFiles.includes(route))
  .flatMap(([route, access]) => [access].flat().map((one) => [route, one] as const));

/**
 * Parts of a form or rubric, not records: the other tenant's section of Amal's application names
 * nothing of theirs, so a page may answer it with 404 (or 400 for an autosave) as well as 403.
 */
const partsOfADocument: (keyof Ids)[] = ["sectionId", "questionId", "criterionId"];

const guardedEntries = entries.flatMap(([route, access], index) =>
  access.kind === "guarded"
    ? [[`${route} (${access.scene}, entry ${index + 1})`, route, access] as const]
    : [],
);

describe.each(guardedEntries)("%s", (_, route, access) => {
  const home = () => world.home[access.scene];
  const formFor = (ids: Ids) => access.form?.(ids) ?? { intent: "access-check" };
  const handlers = async () => {
    const module = await load(route);
    return (
      [
        ["loader", module.loader, access.loader],
        ["action", module.action, access.action],
      ] as const
    ).filter((pair): pair is ["loader" | "action", Handler, Rule] => pair[1] !== undefined);
  };
  const visit = (kind: "loader" | "action", handler: Handler, ids: Ids, email: Person | null) =>
    open(handler, route, ids, email, kind === "action" ? formFor(ids) : undefined, access.query);
  /** What a visit sends: the address, and the form for a post. */
  const sent = (kind: "loader" | "action", ids: Ids) =>
    addressOf(route, ids).path + (kind === "action" ? JSON.stringify(formFor(ids)) : "");

  it(`sends a signed-out visitor to sign in (for ${access.who})`, async () => {
    for (const [kind, handler] of await handlers()) {
      expectSignIn(await visit(kind, handler, home(), null));
    }
  });

  it("refuses everyone else, the other tenant's people included", async () => {
    for (const [kind, handler, rules] of await handlers()) {
      for (const email of rules.open ? [] : [...rules.refused, ...outsiders]) {
        const { result } = await visit(kind, handler, home(), email);
        expectForbidden(`${kind} as ${email}`, result);
      }
    }
  });

  it("refuses the rightful person when any one id is the other tenant's", async () => {
    for (const [kind, handler, rules] of await handlers()) {
      const email = rules.rightful[0];
      if (!email || rules.open) continue;
      for (const key of Object.keys(home()) as (keyof Ids)[]) {
        if (access.publicIds?.includes(key)) continue;
        const swapped = { ...home(), [key]: world.other[access.scene][key] };
        if (sent(kind, swapped) === sent(kind, home())) continue;
        const { result } = await visit(kind, handler, swapped, email);
        const label = `${kind} as ${email} with the other tenant's ${key}`;
        if (partsOfADocument.includes(key)) {
          expect([400, 403, 404], label).toContain(statusOf(result));
        } else if (addressOf(route, swapped).path === addressOf(route, home()).path) {
          // An id only in the form is a choice from a list: refused as if it did not exist.
          const missing = await visit(kind, handler, { ...home(), [key]: `no-such-${key}` }, email);
          expect([400, 403], label).toContain(statusOf(result));
          expect(statusOf(result), label).toBe(statusOf(missing.result));
        } else {
          expectForbidden(label, result);
        }
      }
    }
  });

  it("lets the rightful people in", async () => {
    for (const [kind, handler, rules] of await handlers()) {
      if (kind === "action" && access.postAsRightful === false) continue;
      for (const email of kind === "action" ? rules.rightful.slice(0, 1) : rules.rightful) {
        const { result } = await visit(kind, handler, home(), email);
        expectLetIn(`${kind} as ${email}`, result);
      }
    }
  });
});

describe.each(entries.filter(([, access]) => access.kind === "signed-in"))("%s", (route) => {
  it("sends a signed-out visitor to sign in, and opens for anyone signed in", async () => {
    const module = await load(route);
    expectSignIn(await open(module.loader!, route, world.home.current, null));
    if (module.action)
      expectSignIn(await open(module.action, route, world.home.current, null, { intent: "x" }));
    for (const email of [amina, people.otherFunderAdmin]) {
      const { result } = await open(module.loader!, route, world.home.current, email);
      expectLetIn(`loader as ${email}`, result);
    }
  });
});

describe.each(entries.filter(([, access]) => access.kind === "public"))("%s", (route) => {
  it("opens for a signed-out visitor, without asking her to sign in", async () => {
    const module = await load(route);
    const { path, params } = addressOf(route, publicAddress);
    const result = await run(module.loader!, makeRequest(path), params);
    // The catch-all answers 404 for every address, which is its whole job.
    expect([403, ...(route === "$" ? [] : [404])]).not.toContain(statusOf(result));
    if (result instanceof Response && result.status === 302)
      expect(result.headers.get("Location")).not.toMatch(/^\/sign-in\?/);
  });
});

describe.each(entries.filter(([, access]) => access.kind === "token"))("%s", (route) => {
  it("answers a link nobody issued with 404, signed in or not", async () => {
    const module = await load(route);
    for (const email of [null, amina, grace]) {
      const { path, params } = addressOf(route, { token: "no-such-token" });
      const cookie = await cookieOf(email);
      expect(statusOf(await run(module.loader!, makeRequest(path, { cookie }), params))).toBe(404);
      if (!module.action || !email) continue;
      const post = makeRequest(path, { cookie, form: { intent: "accept" } });
      expect(statusOf(await run(module.action, post, params)), `post as ${email}`).toBe(404);
    }
  });
});

describe.each(entries.filter(([, access]) => access.kind === "dev-only"))("%s", (route) => {
  it("does not exist outside demo mode, not even for the platform admin", async () => {
    const module = await load(route);
    for (const email of [null, people.platformAdmin]) {
      const { result } = await open(module.loader!, route, world.home.current, email);
      expect(statusOf(result)).toBe(404);
    }
  });
});
