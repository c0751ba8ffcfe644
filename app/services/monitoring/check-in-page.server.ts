import { checkInStatus } from "~/domain/monitoring/check-in-status";
import { isCheckInWritable } from "~/domain/monitoring/check-in-status";
import { translated } from "~/domain/shared/translated-text";
import type { Locale } from "~/domain/shared/locales";
import { db } from "~/services/platform/db.server";
import type { CheckInFileView } from "~/domain/monitoring/views";
import { checkInFiles, photoQuestionId } from "./check-in-files.server";
import { draftOf, type CheckInForPage } from "./check-ins.server";

/** What every page of a group's check-in shows: the grant it belongs to, the answers, the files. */
export async function checkInPageData(page: CheckInForPage, locale: Locale, now = new Date()) {
  const { grant, checkIn, asks } = page;
  const round = grant.application.pot.round;
  const files = await checkInFiles(checkIn.id);
  const base = `/grants/${grant.id}/check-ins/${checkIn.id}`;
  const loggedBy = checkIn.loggedById
    ? await db().user.findUnique({ where: { id: checkIn.loggedById }, select: { name: true } })
    : null;
  const via = (checkIn.answers as { via?: unknown } | null)?.via;
  return {
    grantId: grant.id,
    checkInId: checkIn.id,
    heading: {
      organisation: grant.application.organisation.name,
      scheme: translated(round.scheme.title, locale),
      round: translated(round.name, locale),
    },
    timeZone: round.scheme.timeZone,
    checkIn: {
      kind: checkIn.kind,
      number: checkIn.position + 1,
      dueOn: checkIn.dueOn.toISOString(),
      submittedAt: checkIn.submittedAt?.toISOString() ?? null,
      status: checkInStatus(checkIn, now),
      reply: checkIn.reply,
      repliedAt: checkIn.repliedAt?.toISOString() ?? null,
      groupAddition: checkIn.groupAddition,
      loggedBy: loggedBy?.name ?? null,
      via: via === "call" || via === "visit" ? via : null,
    },
    grantStatus: grant.status,
    editable: isCheckInWritable(checkIn, grant.status),
    draft: draftOf(checkIn),
    revision: checkIn.revision,
    numbers: asks.lightNumbers.map((n) => ({ id: n.id, label: translated(n.label, locale) })),
    domains: asks.domains.map((d) => ({ id: d.id, name: translated(d.name, locale) })),
    files: files.map((file): CheckInFileView => ({
      id: file.id,
      kind: file.questionId === photoQuestionId ? "photo" : "recording",
      name: file.originalName,
      caption: file.caption,
      consent: file.consent,
      href: `${base}/files/${file.id}`,
    })),
  };
}
