import type { Actor } from "~/domain/access/permissions";
import {
  CHECK_INS_PER_PAGE,
  chosenThemes,
  highlightChange,
  tagChanges,
  type CheckInFilters,
} from "~/domain/outcomes/coding";
import type { Prisma } from "~/generated/client-sqlite/client";
import { audit } from "~/services/platform/audit.server";
import { db, isUniqueViolation } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { enqueueEmail } from "~/services/platform/outbox.server";

/**
 * Staff reading the check-ins of their funder's grants: the list, one check-in in full, and
 * what staff do there (tag with themes, mark highlights within consent, reply to the group).
 */

/** Sent by the group, or a conversation staff logged: what there is to read. */
const readable = {
  OR: [{ kind: "CHECK_IN", submittedAt: { not: null } }, { kind: "CONVERSATION" }],
} satisfies Prisma.CheckInWhereInput;

/** A check-in with what staff read beside it: its grant, files, themes and domain. */
export async function loadCheckIn(checkInId: string) {
  return db().checkIn.findUnique({
    where: { id: checkInId },
    include: {
      grant: {
        include: {
          application: {
            select: {
              id: true,
              reference: true,
              answerLanguage: true,
              organisation: { select: { id: true, name: true } },
              pot: {
                select: {
                  name: true,
                  round: {
                    select: {
                      id: true,
                      name: true,
                      lightNumbers: true,
                      scheme: { select: { id: true, title: true, timeZone: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
      changeDomain: { select: { name: true } },
      themes: { select: { themeId: true } },
      files: {
        select: {
          id: true,
          mimeType: true,
          originalName: true,
          consent: true,
          caption: true,
          deletedAt: true,
          questionId: true,
          storageKey: true,
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

export type LoadedCheckIn = NonNullable<Awaited<ReturnType<typeof loadCheckIn>>>;

/** Whether the group has sent it (a conversation is there to read once logged). */
export function isReadable(checkIn: { kind: string; submittedAt: Date | null }) {
  return checkIn.kind === "CONVERSATION" || checkIn.submittedAt !== null;
}

/** A page of the funder's sent check-ins and conversations, newest first. */
export async function checkInList(funderId: string, filters: CheckInFilters) {
  const where: Prisma.CheckInWhereInput = {
    ...readable,
    grant: {
      funderId,
      application: {
        pot: {
          round: {
            ...(filters.roundId ? { id: filters.roundId } : {}),
            ...(filters.schemeId ? { schemeId: filters.schemeId } : {}),
          },
        },
      },
    },
    ...(filters.coded === "yes" ? { themes: { some: {} } } : {}),
    ...(filters.coded === "no" ? { themes: { none: {} } } : {}),
  };
  const [total, rows] = await Promise.all([
    db().checkIn.count({ where }),
    db().checkIn.findMany({
      where,
      orderBy: [{ submittedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      skip: (filters.page - 1) * CHECK_INS_PER_PAGE,
      take: CHECK_INS_PER_PAGE,
      select: {
        id: true,
        kind: true,
        dueOn: true,
        submittedAt: true,
        createdAt: true,
        themes: { select: { theme: { select: { name: true } } } },
        grant: {
          select: {
            application: {
              select: {
                reference: true,
                organisation: { select: { name: true } },
                pot: {
                  select: {
                    round: { select: { name: true, scheme: { select: { title: true } } } },
                  },
                },
              },
            },
          },
        },
      },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / CHECK_INS_PER_PAGE)), rows };
}

/** The schemes and rounds of the funder, for the list's filters. */
export async function checkInFilterOptions(funderId: string) {
  return db().scheme.findMany({
    where: { funderId },
    select: {
      id: true,
      title: true,
      rounds: { select: { id: true, name: true }, orderBy: { createdAt: "desc" } },
    },
    orderBy: { createdAt: "desc" },
  });
}

export type CodingResult = { ok: true } | { ok: false; reason: string };

/** Replaces the check-in's themes with the chosen ones. */
export async function tagCheckIn(
  actor: Actor,
  checkIn: LoadedCheckIn,
  chosenIds: string[],
): Promise<CodingResult> {
  if (!isReadable(checkIn)) return { ok: false, reason: "not-sent" };
  const funderId = checkIn.grant.funderId;
  const save = (): Promise<CodingResult> =>
    db().$transaction(async (tx) => {
      const codebook = await tx.theme.findMany({ where: { funderId } });
      const chosen = chosenThemes(chosenIds, codebook);
      if (!chosen.ok) return chosen;
      const current = (
        await tx.checkInTheme.findMany({
          where: { checkInId: checkIn.id },
          select: { themeId: true },
        })
      ).map((tag) => tag.themeId);
      const { add, remove } = tagChanges(current, chosen.themeIds);
      if (add.length === 0 && remove.length === 0) return { ok: true };
      if (remove.length > 0)
        await tx.checkInTheme.deleteMany({
          where: { checkInId: checkIn.id, themeId: { in: remove } },
        });
      if (add.length > 0)
        await tx.checkInTheme.createMany({
          data: add.map((themeId) => ({ checkInId: checkIn.id, themeId, taggedById: actor.id })),
        });
      await audit(tx, {
        actorId: actor.id,
        action: "outcomes.check-in-tagged",
        entity: { type: "CheckIn", id: checkIn.id },
        funderId,
        detail: { added: add, removed: remove },
      });
      return { ok: true } as const;
    });
  try {
    return await save();
  } catch (error) {
    // The same form sent twice at once (a double click): the other save added the tags first,
    // so saving again finds them there and has nothing left to do.
    if (!isUniqueViolation(error)) throw error;
    return save();
  }
}

/**
 * Marks or unmarks the story and the quote as highlights. Marking needs the group's consent
 * for the funder's reports, read again inside the transaction: the group may have narrowed it
 * while the page was open.
 */
export async function setHighlights(
  actor: Actor,
  checkIn: LoadedCheckIn,
  wanted: { story: boolean; quote: boolean },
  now: Date,
): Promise<CodingResult> {
  if (!isReadable(checkIn)) return { ok: false, reason: "not-sent" };
  return db().$transaction(async (tx) => {
    const fresh = await tx.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
    const allowed = highlightChange(fresh.storyConsent, wanted);
    if (!allowed.ok) return allowed;
    const keep = (at: Date | null, on: boolean) => (on ? (at ?? now) : null);
    const storyHighlightedAt = keep(fresh.storyHighlightedAt, wanted.story);
    const quoteHighlightedAt = keep(fresh.quoteHighlightedAt, wanted.quote);
    await tx.checkIn.update({
      where: { id: checkIn.id },
      data: { storyHighlightedAt, quoteHighlightedAt },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "outcomes.check-in-highlighted",
      entity: { type: "CheckIn", id: checkIn.id },
      funderId: checkIn.grant.funderId,
      detail: { story: wanted.story, quote: wanted.quote },
    });
    return { ok: true };
  });
}

/** Who hears the reply: whoever sent the check-in, else the group's owner, in her language. */
async function groupRecipient(organisationId: string, submittedById: string | null) {
  const members = await db().organisationMember.findMany({
    where: { organisationId },
    include: { user: { select: { id: true, email: true, locale: true } } },
    orderBy: { createdAt: "asc" },
  });
  const sender = members.find((member) => member.userId === submittedById);
  const owner = members.find((member) => member.role === "OWNER");
  return (sender ?? owner ?? members[0])?.user ?? null;
}

/**
 * The funder's reply to the group, kept on the check-in (the group reads it on its grant page)
 * and emailed once. One reply per check-in: sending the same words again (a double click, a
 * resent form) changes nothing; different words after a reply are refused.
 */
export async function replyToGroup(
  actor: Actor,
  checkIn: LoadedCheckIn,
  reply: string,
  now: Date,
): Promise<CodingResult> {
  if (!isReadable(checkIn)) return { ok: false, reason: "not-sent" };
  const application = checkIn.grant.application;
  const recipient = await groupRecipient(checkIn.grant.organisationId, checkIn.submittedById);
  const save = (): Promise<CodingResult> =>
    db().$transaction(async (tx) => {
      const fresh = await tx.checkIn.findUniqueOrThrow({ where: { id: checkIn.id } });
      if (fresh.reply !== null)
        return fresh.reply === reply ? { ok: true } : { ok: false, reason: "already-replied" };
      await tx.checkIn.update({
        where: { id: checkIn.id },
        data: { reply, repliedAt: now, repliedById: actor.id },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "outcomes.check-in-replied",
        entity: { type: "CheckIn", id: checkIn.id },
        funderId: checkIn.grant.funderId,
      });
      if (recipient)
        await enqueueEmail(tx, {
          to: recipient.email,
          locale: recipient.locale,
          template: "check-in-reply",
          payload: {
            reference: application.reference,
            organisation: application.organisation.name,
            scheme: application.pot.round.scheme.title as Record<string, string>,
            reply,
            link: `${config().appUrl}/grants/${checkIn.grantId}`,
          },
          dedupeKey: `check-in-reply:${checkIn.id}`,
        });
      return { ok: true };
    });
  try {
    return await save();
  } catch (error) {
    // Sent twice at once: the first reply and its email stand; this one finds them there.
    if (!isUniqueViolation(error)) throw error;
    return save();
  }
}
