import type { Actor } from "~/domain/access/permissions";
import {
  reasonForReader,
  reasonTexts,
  selectionDomainKey,
  storedDomainId,
  type SelectionInput,
} from "~/domain/msc/selection";
import { storiesByDomain } from "~/domain/msc/stories";
import { isLocale, type Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import type { MachineTranslationFailure } from "~/domain/shared/machine-translation";
import { applicantOf } from "~/services/panels/decisions.server";
import { audit } from "~/services/platform/audit.server";
import { db, isUniqueViolation, type Db, type Tx } from "~/services/platform/db.server";
import { config } from "~/services/platform/env.server";
import { translateTexts } from "~/services/platform/machine-translation.server";
import { enqueueEmail } from "~/services/platform/outbox.server";
import { changeDomains } from "./msc-round.server";
import { readableStory, type SelectionPanel } from "./stories.server";

/**
 * Recording a domain's most significant story and sending the reason back to the group that
 * told it, in its language, once.
 */

export type SelectionRefusal = "not-a-story" | "wrong-domain" | "already-chosen";

/** The language the storytellers read: the one they told the story in, else the group's. */
async function groupLanguageOf(
  client: Db | Tx,
  story: { language: string | null; applicationId: string },
): Promise<Locale> {
  if (isLocale(story.language)) return story.language;
  const application = await client.application.findUniqueOrThrow({
    where: { id: story.applicationId },
    select: { organisationId: true, submittedById: true, answerLanguage: true },
  });
  return (await applicantOf(client, application)).locale;
}

/** The story she wants to choose, checked: in this round, readable by her, in this domain. */
async function checkedStory(panel: SelectionPanel, user: Actor, input: SelectionInput) {
  const story = await readableStory(panel, user, input.checkInId);
  if (!story) return { ok: false as const, reason: "not-a-story" as const };
  const domains = await changeDomains(panel.roundId);
  // The story is read in the domain the group chose, or with "any other change".
  const [group] = storiesByDomain(domains, [story]).filter((g) => g.stories.length > 0);
  if (group?.domainId !== input.domainId)
    return { ok: false as const, reason: "wrong-domain" as const };
  const domainId = storedDomainId(input.domainId);
  return { ok: true as const, story, domainId };
}

/**
 * A machine draft of the reason in the group's language, for her to check or correct before
 * sending. Nothing is saved: the page shows the draft in the box for the group's language.
 */
export async function draftReasonTranslation(
  panel: SelectionPanel,
  user: Actor,
  input: SelectionInput,
): Promise<
  | { ok: true; language: Locale; text: string }
  | { ok: false; reason: SelectionRefusal | MachineTranslationFailure | "same-language" }
> {
  const checked = await checkedStory(panel, user, input);
  if (!checked.ok) return checked;
  const target = await groupLanguageOf(db(), checked.story);
  if (target === input.reasonLocale) return { ok: false, reason: "same-language" };
  const result = await translateTexts({
    texts: [{ text: input.reason, language: input.reasonLocale }],
    target,
    actorId: user.id,
    purpose: "msc-reasons",
    entity: { type: "CheckIn", id: checked.story.id },
    funderId: panel.round.scheme.funderId,
  });
  const text = result.texts[0];
  if (!text) return { ok: false, reason: result.ok ? "bad-response" : result.reason };
  return { ok: true, language: target, text };
}

/** The language a draft would be made into, for the page to label the box; null when none. */
export async function groupLanguageForStory(
  panel: SelectionPanel,
  user: Actor,
  checkInId: string,
): Promise<Locale | null> {
  const story = await readableStory(panel, user, checkInId);
  return story ? groupLanguageOf(db(), story) : null;
}

export async function recordSelection(
  panel: SelectionPanel,
  user: Actor,
  input: SelectionInput,
): Promise<{ ok: true } | { ok: false; reason: SelectionRefusal }> {
  const checked = await checkedStory(panel, user, input);
  if (!checked.ok) return checked;
  const { story, domainId } = checked;
  try {
    return await db().$transaction(async (tx) => {
      // One story per domain and round; a second post (a double click, or a colleague choosing
      // at the same moment) changes nothing: the unique key on the domain refuses it.
      const existing = await tx.mscSelection.count({
        where: { roundId: panel.roundId, domainKey: selectionDomainKey(domainId) },
      });
      if (existing > 0) return { ok: false as const, reason: "already-chosen" as const };
      const groupLanguage = await groupLanguageOf(tx, story);
      const reasons = reasonTexts(input, groupLanguage);
      const selection = await tx.mscSelection.create({
        data: {
          roundId: panel.roundId,
          changeDomainId: domainId,
          domainKey: selectionDomainKey(domainId),
          checkInId: story.id,
          reason: input.reason,
          reasonLocale: input.reasonLocale,
          reasons: reasons.texts,
          machineDrafted: reasons.machineDrafted,
          selectedById: user.id,
        },
      });
      await audit(tx, {
        actorId: user.id,
        action: "msc.story-selected",
        entity: { type: "CheckIn", id: story.id },
        funderId: panel.round.scheme.funderId,
        detail: { selectionId: selection.id, domainId, panelId: panel.id },
      });
      await emailGroup(tx, selection.id, story.id, reasons);
      return { ok: true as const };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "already-chosen" };
    throw error;
  }
}

/** Every member of the group hears why, each in her own language, once per selection. */
async function emailGroup(
  tx: Tx,
  selectionId: string,
  checkInId: string,
  reasons: ReturnType<typeof reasonTexts>,
) {
  const checkIn = await tx.checkIn.findUniqueOrThrow({
    where: { id: checkInId },
    select: {
      changeDomain: { select: { name: true } },
      grant: {
        select: {
          id: true,
          application: {
            select: {
              organisation: {
                select: {
                  name: true,
                  members: {
                    select: { user: { select: { id: true, email: true, locale: true } } },
                  },
                },
              },
              pot: { select: { round: { select: { scheme: { select: { title: true } } } } } },
            },
          },
        },
      },
    },
  });
  const { grant } = checkIn;
  const { organisation } = grant.application;
  for (const { user } of organisation.members) {
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "msc-selection",
      payload: {
        grantId: grant.id,
        organisation: organisation.name,
        scheme: grant.application.pot.round.scheme.title as Record<string, string>,
        domain: (checkIn.changeDomain?.name as Record<string, string> | undefined) ?? null,
        reasons: reasons.texts as Record<string, string>,
        machineDrafted: reasons.machineDrafted,
        link: `${config().appUrl}/grants/${grant.id}`,
      },
      dedupeKey: `msc-selection:${selectionId}:${user.id}`,
    });
  }
}

/**
 * What a group reads on its check-in: the domains its story was chosen in and why, in her
 * language where the selector gave it one (a machine draft nobody changed is labelled, with
 * the original beside it), else as it was written. For the group's check-in page, with
 * CheckInSelections from ~/components/msc.
 */
export async function selectionsOfCheckIn(checkInId: string, locale: Locale) {
  const selections = await db().mscSelection.findMany({
    where: { checkInId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      changeDomainId: true,
      reason: true,
      reasonLocale: true,
      reasons: true,
      machineDrafted: true,
    },
  });
  const domainIds = selections.flatMap((selection) =>
    selection.changeDomainId ? [selection.changeDomainId] : [],
  );
  const domains = await db().changeDomain.findMany({
    where: { id: { in: domainIds } },
    select: { id: true, name: true },
  });
  return selections.map((selection) => {
    const domain = domains.find((candidate) => candidate.id === selection.changeDomainId);
    return {
      id: selection.id,
      domain: domain ? translated(domain.name, locale) : null,
      reason: reasonForReader(
        selection.reasons ?? { [selection.reasonLocale]: selection.reason },
        Array.isArray(selection.machineDrafted)
          ? selection.machineDrafted.filter((language) => typeof language === "string")
          : [],
        locale,
      ),
    };
  });
}

export type CheckInSelection = Awaited<ReturnType<typeof selectionsOfCheckIn>>[number];
