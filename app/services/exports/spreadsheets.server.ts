import type { TFunction } from "i18next";
import {
  checkInRows,
  grantRows,
  type CheckInRowInput,
  type GrantRowInput,
  type Say,
} from "~/domain/exports/spreadsheets";
import type { Locale } from "~/domain/shared/locales";
import { audit } from "~/services/platform/audit.server";
import { toCsv } from "~/services/platform/csv.server";
import { db } from "~/services/platform/db.server";

/**
 * The grants and check-ins spreadsheets of a funder, for its staff, narrowed to a scheme or a
 * round when asked. Every query starts from the funder, so an id of another funder's scheme or
 * round in the address matches nothing.
 */

export type ExportFilter = { schemeId: string | null; roundId: string | null };

function grantsWhere(funderId: string, filter: ExportFilter) {
  return {
    funderId,
    application: {
      pot: {
        round: {
          ...(filter.roundId ? { id: filter.roundId } : {}),
          scheme: { funderId, ...(filter.schemeId ? { id: filter.schemeId } : {}) },
        },
      },
    },
  };
}

const placeSelect = {
  reference: true,
  awardedMinor: true,
  organisation: { select: { name: true } },
  payments: { select: { amountMinor: true } },
  pot: {
    select: {
      name: true,
      round: {
        select: {
          name: true,
          lightNumbers: true,
          scheme: { select: { title: true, currency: true, timeZone: true } },
        },
      },
    },
  },
} as const;

type Actor = { id: string };

/** Who asks for which file, read in which language, at what moment. */
export type Download = {
  actor: Actor;
  funderId: string;
  filter: ExportFilter;
  locale: Locale;
  t: TFunction;
  now: Date;
};

type PlacedApplication = {
  reference: string;
  organisation: { name: string };
  pot: {
    name: unknown;
    round: { name: unknown; scheme: { title: unknown; currency: string; timeZone: string } };
  };
};

/** Where a grant sits (scheme, round, pot) and whose it is: the first columns of both files. */
function placeOf(application: PlacedApplication) {
  const { round } = application.pot;
  return {
    reference: application.reference,
    group: application.organisation.name,
    scheme: round.scheme.title,
    round: round.name,
    pot: application.pot.name,
    currency: round.scheme.currency,
    timeZone: round.scheme.timeZone,
  };
}

const sayWith =
  (t: TFunction): Say =>
  (key, values) =>
    t(key, values ?? {}) as string;

export async function grantsCsv(download: Download) {
  const { actor, funderId, filter, locale, t, now } = download;
  const grants = await db().grant.findMany({
    where: grantsWhere(funderId, filter),
    orderBy: { application: { reference: "asc" } },
    include: {
      application: { select: placeSelect },
      checkIns: { select: { dueOn: true, submittedAt: true } },
    },
  });
  const rows: GrantRowInput[] = grants.map((grant) => {
    const { application } = grant;
    return {
      ...placeOf(application),
      status: grant.status,
      awardedMinor: application.awardedMinor,
      paidMinor: application.payments.reduce((sum, payment) => sum + payment.amountMinor, 0),
      startsOn: grant.startsOn,
      endsOn: grant.endsOn,
      acceptedAt: grant.acceptedAt,
      checkIns: grant.checkIns,
    };
  });
  await recordDownload(actor, funderId, "exports.grants-downloaded", filter, rows.length);
  return toCsv(grantRows(rows, sayWith(t), locale, now));
}

export async function checkInsCsv(download: Download) {
  const { actor, funderId, filter, locale, t, now } = download;
  const checkIns = await db().checkIn.findMany({
    where: { grant: grantsWhere(funderId, filter) },
    orderBy: [{ grant: { application: { reference: "asc" } } }, { position: "asc" }],
    include: {
      grant: { select: { application: { select: placeSelect } } },
      themes: { include: { theme: { select: { name: true } } } },
    },
  });
  const rows: CheckInRowInput[] = checkIns.map((checkIn) => {
    const { application } = checkIn.grant;
    return {
      ...placeOf(application),
      position: checkIn.position,
      kind: checkIn.kind,
      dueOn: checkIn.dueOn,
      submittedAt: checkIn.submittedAt,
      answerLanguage: checkIn.answerLanguage,
      storyConsent: checkIn.storyConsent,
      answers: checkIn.answers,
      groupAddition: checkIn.groupAddition,
      themes: checkIn.themes.map((tag) => tag.theme.name),
      lightNumbers: application.pot.round.lightNumbers,
    };
  });
  await recordDownload(actor, funderId, "exports.check-ins-downloaded", filter, rows.length);
  return toCsv(checkInRows(rows, sayWith(t), locale, now));
}

async function recordDownload(
  actor: Actor,
  funderId: string,
  action: "exports.grants-downloaded" | "exports.check-ins-downloaded",
  filter: ExportFilter,
  rows: number,
) {
  await db().$transaction((tx) =>
    audit(tx, {
      actorId: actor.id,
      action,
      entity: { type: "Funder", id: funderId },
      funderId,
      detail: { rows, schemeId: filter.schemeId, roundId: filter.roundId },
    }),
  );
}

/** The schemes and rounds a funder's staff can narrow a download to. */
export async function exportChoices(funderId: string) {
  return db().scheme.findMany({
    where: { funderId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      rounds: { orderBy: { opensAt: "asc" }, select: { id: true, name: true } },
    },
  });
}
