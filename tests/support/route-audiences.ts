import { people, type Ids, type Person, type Scene } from "./route-access";

/**
 * Who each kind of route is for, as used by tests/integration/route-access.test.ts: the rightful
 * people (let in) and the refused ones (403) among the demo's; the other tenant's people are
 * refused on top of these everywhere.
 */
export type Rule = { rightful: Person[]; refused: Person[]; open?: true };
export type Guarded = {
  kind: "guarded";
  who: string;
  scene: Scene;
  loader: Rule;
  action: Rule;
  /** What the action is sent; ids in it are swapped like those in the address. */
  form?: (ids: Ids) => Record<string, string>;
  /** Ids in the address that anyone may use, so swapping them proves nothing. */
  publicIds?: (keyof Ids)[];
  /** Added to the address, for pages that read what they show from it. */
  query?: string;
  postAsRightful?: false;
};
export type Access =
  | Guarded
  | { kind: "public"; why: string }
  | { kind: "signed-in"; why: string }
  | { kind: "token"; why: string }
  | { kind: "dev-only"; why: string };

export const rule = (rightful: Person[], refused: Person[]): Rule => ({ rightful, refused });
/** Anyone signed in may open it; it shows what is public, or only her own. */
export const anyoneSignedIn: Rule = { rightful: [], refused: [], open: true };
const {
  riversideAdmin: grace,
  riversideOfficer: tomas,
  riversideViewer: helen,
  amalOwner: amina,
  associationOwner: olena,
  associationMember: iryna,
  panelChair: nadia,
  communityReviewer: fatima,
  reviewer2026: joy,
  assigned2026: leila,
  conflicted2026: maria,
  latinOwner: carmen,
} = people;

const staffMay = {
  view: rule([grace, tomas, helen], [amina, nadia]),
  edit: rule([grace, tomas], [helen, amina, nadia]),
  "view-audit": rule([grace, tomas], [helen, amina, nadia]),
  administer: rule([grace], [tomas, helen, amina, nadia]),
};

/** Riverside's staff pages: who may open them, and who may post. */
export function staff(loader: keyof typeof staffMay, action = loader): Guarded {
  const who =
    `Riverside staff who may ${loader}` + (action === loader ? "" : `, ${action} to post`);
  return {
    kind: "guarded",
    who,
    scene: "current",
    loader: staffMay[loader],
    action: staffMay[action],
  };
}

export function guarded(who: string, loader: Rule, options: Partial<Guarded> = {}): Guarded {
  return { kind: "guarded", who, scene: "current", loader, action: loader, ...options };
}

/** Amal Women's Circle's unsent draft: the group's alone, not even Riverside's staff see it yet. */
export const amalsDraft = guarded(
  "Amal Women's Circle, whose draft it is",
  rule([amina], [olena, grace, tomas, helen, nadia]),
);
/**
 * The Collective's application to last year's round, sent and under review: the group and
 * Riverside's staff read it; the panel reviewing it reads it on the panel's pages, not here.
 * Nothing of it can be changed any more, so nobody's post is let in.
 */
export const latinsSentApplication = guarded(
  "the Latin American Women's Collective and Riverside's staff, once sent",
  rule([carmen, grace, tomas, helen], [amina, nadia, maria]),
  { scene: "review", action: rule([], [amina, nadia, maria]) },
);
/** The group reads and changes its profile; a funder it applied to only reads it. */
export const amalProfile = {
  view: guarded(
    "Amal's members, and staff of a funder it applied to",
    rule([amina, grace], [olena, nadia]),
  ),
  edit: guarded("Amal's members", rule([amina], [olena, grace])),
};
/** Amal Women's Circle's grant, on the group's own pages: its members alone, not the staff. */
export const amalGrant = guarded(
  "Amal Women's Circle's members, whose grant it is",
  rule([amina], [olena, iryna, grace, tomas, helen, nadia]),
);
export const panelPage = guarded(
  "the 2027 panel's members and Riverside's staff",
  rule([nadia, fatima, tomas], [joy, amina]),
);
export const panelMembersOnly = guarded(
  "members of the 2027 panel",
  rule([nadia, fatima], [tomas, joy, amina]),
);
export const workingGroup = guarded(
  "the scheme's working group",
  rule([amina, olena], [iryna, grace, nadia]),
);
/**
 * The admin area: platform administrators alone. Any funder's id is hers to use, so swapping
 * it for the other tenant's proves nothing.
 */
export const platformAdmins = guarded(
  "platform administrators",
  rule([people.platformAdmin], [grace, tomas, helen, amina, nadia]),
  { publicIds: ["funderId"] },
);
export const publicRoute = (why: string): Access => ({ kind: "public", why });
export const signedIn = (why: string): Access => ({ kind: "signed-in", why });
export const byToken = (why: string): Access => ({ kind: "token", why });

/**
 * The 2026 panel on the Latin American Women's Collective's application ("review" scene), for
 * the panel's pages: Nadia chairs and was given it, so were Joy and Leila; Fatima sits on the
 * panel without it; María declared a conflict with it, so she gets nothing, not even a look.
 */
export const on2026Panel = {
  /** Reading it (panel-application "view"): those given it, the chair, the funder's staff. */
  reading: guarded(
    "those given the application, the chair and Riverside's staff",
    rule([nadia, joy, leila, tomas, helen], [maria, fatima, carmen, amina]),
    { scene: "review" },
  ),
  /** Scoring it (panel-application "review"): only those given it. */
  reviewing: guarded(
    "the members given the application",
    rule([nadia, joy, leila], [maria, fatima, tomas, carmen, amina]),
    { scene: "review" },
  ),
  /** A pot's moderation and decisions (panel "moderate"): the chair and the funder's staff. */
  moderating: guarded(
    "the panel's chair and Riverside's staff",
    rule([nadia, tomas, helen], [fatima, joy, maria, carmen, amina]),
    { scene: "review" },
  ),
  /** Its submitted reviews: read by the chair and staff; reopened by admins and officers. */
  reviews: guarded(
    "the panel's chair and Riverside's staff; admins and officers reopen",
    rule([nadia, grace, tomas, helen], [fatima, joy, maria, carmen, amina]),
    { scene: "review", action: rule([grace, tomas], [nadia, helen, fatima, joy, maria, amina]) },
  ),
  /** Drafting and confirming decisions (panel "decide"): the chair, admins and officers. */
  deciding: guarded(
    "the panel's chair and Riverside's admins and officers",
    rule([nadia, grace, tomas], [helen, fatima, joy, maria, carmen, amina]),
    { scene: "review" },
  ),
  /** Notes to the panel: read by whoever may read it; written by all but funder viewers. */
  comments: guarded(
    "those given the application, the chair and Riverside's staff; viewers only read",
    rule([nadia, joy, leila, grace, tomas, helen], [maria, fatima, carmen, amina]),
    {
      scene: "review",
      action: rule([nadia, joy, leila, grace, tomas], [helen, maria, fatima, amina]),
    },
  ),
  /** The suggested funding set: read by those who moderate, adopted by those who decide. */
  suggestion: guarded(
    "the panel's chair and Riverside's staff; the chair, admins and officers adopt it",
    rule([nadia, grace, tomas, helen], [fatima, joy, maria, carmen, amina]),
    { scene: "review", action: rule([nadia, grace, tomas], [helen, fatima, joy, maria, amina]) },
  ),
  /** A community reviewer's ranking of her top picks. */
  ranking: guarded(
    "the panel's community reviewers",
    rule([fatima, joy], [nadia, maria, leila, tomas, carmen, amina]),
    { scene: "review" },
  ),
  /** The panel's own pages (panel "review"): its members. */
  members: guarded(
    "members of the 2026 panel",
    rule([nadia, fatima, joy, maria, leila], [tomas, carmen, amina]),
    { scene: "review" },
  ),
};

/**
 * The round's Most Significant Change stories on the 2026 panel ("review" scene, whose round
 * holds the demo's grants): its members and Riverside's staff read them; the chair, admins and
 * officers choose (panel "decide").
 */
export const mscStories = guarded(
  "the 2026 panel's members and Riverside's staff; the chair, admins and officers choose",
  rule([nadia, fatima, joy, maria, leila, grace, tomas, helen], [carmen, amina]),
  { scene: "review", action: rule([nadia, grace, tomas], [helen, fatima, joy, maria, amina]) },
);
