import {
  checkInState,
  changeLabel,
  GRANTS_PAGE_SIZE,
  type GrantFilters,
} from "~/domain/grants/grant-view";
import { dayInput } from "~/domain/grants/grant-terms";
import { isOpen, type GrantStatus } from "~/domain/grants/lifecycle";
import { can } from "~/domain/access/permissions";
import { translated } from "~/domain/shared/translated-text";
import type { Prisma } from "~/generated/client-sqlite/client";
import { db, type Tx } from "~/services/platform/db.server";
import { conditionsFor } from "./grant-changes.server";
import { grantResource, type GrantForPage } from "./grant-access.server";

/**
 * What the grant pages show, the group's and the staff's alike: the money from the ledger's
 * own records (the award on the application, its payments), the tranches, the conditions in
 * the reader's language, the check-ins and what changed with the reasons.
 */
export async function grantPage(access: GrantForPage, locale: string, now: Date = new Date()) {
  const { grant } = access;
  const [tranches, payments, checkIns, changes, conditions, acceptedBy] = await Promise.all([
    db().grantTranche.findMany({
      where: { grantId: grant.id },
      include: { payment: { select: { paidAt: true } } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    db().payment.aggregate({
      where: { applicationId: grant.applicationId },
      _sum: { amountMinor: true },
    }),
    db().checkIn.findMany({ where: { grantId: grant.id }, orderBy: { dueOn: "asc" } }),
    db().grantChange.findMany({ where: { grantId: grant.id }, orderBy: { createdAt: "desc" } }),
    conditionsFor(db() as unknown as Tx, grant),
    grant.acceptedById
      ? db().user.findUnique({
          where: { id: grant.acceptedById },
          select: { name: true, email: true },
        })
      : null,
  ]);
  const { application } = grant;
  const scheme = application.pot.round.scheme;
  const status = grant.status as GrantStatus;
  const conditionsText = conditions ? translated(conditions.text, locale) : null;
  return {
    as: access.as,
    canEdit:
      access.as === "staff" && can(access.user, "edit", grantResource(grant)) && isOpen(status),
    grant: {
      id: grant.id,
      status,
      revision: grant.revision,
      startsOn: grant.startsOn.toISOString(),
      endsOn: grant.endsOn.toISOString(),
      startsOnInput: dayInput(grant.startsOn),
      endsOnInput: dayInput(grant.endsOn),
      acceptedAt: grant.acceptedAt?.toISOString() ?? null,
      acceptedBy: acceptedBy ? acceptedBy.name || acceptedBy.email : null,
      acceptedLocale: grant.acceptedLocale,
    },
    application: { id: application.id, reference: application.reference },
    organisation: application.organisation,
    scheme: {
      id: scheme.id,
      title: translated(scheme.title, locale),
      currency: scheme.currency,
      timeZone: scheme.timeZone,
    },
    round: { id: application.pot.round.id, name: translated(application.pot.round.name, locale) },
    pot: { name: translated(application.pot.name, locale) },
    awardedMinor: application.awardedMinor ?? 0,
    paidMinor: payments._sum.amountMinor ?? 0,
    tranches: tranches.map((tranche) => ({
      id: tranche.id,
      amountMinor: tranche.amountMinor,
      dueOn: tranche.dueOn.toISOString(),
      dueOnInput: dayInput(tranche.dueOn),
      paidAt: tranche.payment?.paidAt.toISOString() ?? null,
      cancelled: tranche.cancelledAt !== null,
    })),
    conditions: conditions
      ? { id: conditions.id, version: conditions.version, text: conditionsText! }
      : null,
    checkIns: checkIns.map((checkIn) => ({
      id: checkIn.id,
      kind: checkIn.kind,
      dueOn: checkIn.dueOn.toISOString(),
      submittedAt: checkIn.submittedAt?.toISOString() ?? null,
      state: checkInState(checkIn, now),
      reply: checkIn.reply,
    })),
    changes: changes.map((change) => ({
      id: change.id,
      label: changeLabel(change.kind, change.detail),
      reason: change.reason,
      at: change.createdAt.toISOString(),
    })),
  };
}

export type GrantPageData = Awaited<ReturnType<typeof grantPage>>;

const listSelect = {
  id: true,
  status: true,
  startsOn: true,
  endsOn: true,
  application: {
    select: {
      reference: true,
      awardedMinor: true,
      organisation: { select: { name: true } },
      pot: {
        select: {
          name: true,
          round: {
            select: {
              id: true,
              name: true,
              scheme: { select: { id: true, title: true, currency: true } },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.GrantSelect;

type ListedGrant = Prisma.GrantGetPayload<{ select: typeof listSelect }>;

function listRow(grant: ListedGrant, locale: string, paidMinor: number) {
  const { application } = grant;
  return {
    id: grant.id,
    status: grant.status as GrantStatus,
    reference: application.reference,
    organisation: application.organisation.name,
    scheme: translated(application.pot.round.scheme.title, locale),
    round: translated(application.pot.round.name, locale),
    pot: translated(application.pot.name, locale),
    currency: application.pot.round.scheme.currency,
    awardedMinor: application.awardedMinor ?? 0,
    paidMinor,
    startsOn: grant.startsOn.toISOString(),
    endsOn: grant.endsOn.toISOString(),
  };
}

/**
 * What has been paid on each application: those given, or those whose grants `grants` matches
 * (a funder's whole portfolio is more applications than one statement may list).
 */
async function paidByApplication(of: string[] | { grants: Prisma.GrantWhereInput }) {
  const sums = await db().payment.groupBy({
    by: ["applicationId"],
    where: Array.isArray(of)
      ? { applicationId: { in: of } }
      : { application: { grant: { is: of.grants } } },
    _sum: { amountMinor: true },
  });
  return new Map(sums.map((sum) => [sum.applicationId, sum._sum.amountMinor ?? 0]));
}

/** The grants of the groups she belongs to, newest first. */
export async function groupGrants(organisationIds: string[], locale: string) {
  const grants = await db().grant.findMany({
    where: { organisationId: { in: organisationIds } },
    select: { ...listSelect, applicationId: true },
    orderBy: { createdAt: "desc" },
  });
  const paid = await paidByApplication(grants.map((grant) => grant.applicationId));
  return grants.map((grant) => listRow(grant, locale, paid.get(grant.applicationId) ?? 0));
}

/**
 * A funder's grants for staff, filtered by scheme, round and status, fifty to a page, with
 * what the filtered grants were awarded and paid in all, per currency.
 */
export async function funderGrants(funderId: string, filters: GrantFilters, locale: string) {
  const where: Prisma.GrantWhereInput = {
    funderId,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.scheme || filters.round
      ? {
          application: {
            pot: {
              round: {
                ...(filters.scheme ? { schemeId: filters.scheme } : {}),
                ...(filters.round ? { id: filters.round } : {}),
              },
            },
          },
        }
      : {}),
  };
  const [count, schemes] = await Promise.all([
    db().grant.count({ where }),
    db().scheme.findMany({
      where: { funderId },
      select: {
        id: true,
        title: true,
        currency: true,
        rounds: { select: { id: true, name: true }, orderBy: { opensAt: "desc" } },
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const pages = Math.max(1, Math.ceil(count / GRANTS_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const grants = await db().grant.findMany({
    where,
    select: { ...listSelect, applicationId: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * GRANTS_PAGE_SIZE,
    take: GRANTS_PAGE_SIZE,
  });
  const paid = await paidByApplication(grants.map((grant) => grant.applicationId));
  const totals = await grantTotals(where);
  return {
    rows: grants.map((grant) => listRow(grant, locale, paid.get(grant.applicationId) ?? 0)),
    count,
    page,
    pages,
    totals,
    schemes: schemes.map((scheme) => ({
      id: scheme.id,
      title: translated(scheme.title, locale),
      rounds: scheme.rounds.map((round) => ({
        id: round.id,
        name: translated(round.name, locale),
      })),
    })),
  };
}

/** Awarded and paid over every grant the filters match, by currency (schemes may differ). */
async function grantTotals(where: Prisma.GrantWhereInput) {
  const matching = await db().grant.findMany({
    where,
    select: {
      applicationId: true,
      application: {
        select: {
          awardedMinor: true,
          pot: { select: { round: { select: { scheme: { select: { currency: true } } } } } },
        },
      },
    },
  });
  const paid = await paidByApplication({ grants: where });
  const totals = new Map<string, { currency: string; awardedMinor: number; paidMinor: number }>();
  for (const grant of matching) {
    const currency = grant.application.pot.round.scheme.currency;
    const total = totals.get(currency) ?? { currency, awardedMinor: 0, paidMinor: 0 };
    total.awardedMinor += grant.application.awardedMinor ?? 0;
    total.paidMinor += paid.get(grant.applicationId) ?? 0;
    totals.set(currency, total);
  }
  return [...totals.values()];
}
