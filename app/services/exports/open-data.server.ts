import {
  openDataPackage,
  type OpenDataGrant,
  type OpenDataResult,
  type OpenDataTexts,
} from "~/domain/exports/open-data";
import { isLocale, defaultLocale } from "~/domain/shared/locales";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { translatorFor } from "~/services/platform/i18n.server";

/**
 * A scheme's 360Giving package, built from what the database says at this moment: a grant
 * revoked or a leadership permission withdrawn a minute ago is already gone from it.
 */

type Funder = {
  id: string;
  name: string;
  defaultLocale: string;
  orgIdentifier: string | null;
  grantIdPrefix: string | null;
};
type Scheme = { id: string; slug: string; title: unknown; currency: string; timeZone: string };

export async function schemeGrantsForOpenData(schemeId: string): Promise<OpenDataGrant[]> {
  const grants = await db().grant.findMany({
    where: { application: { pot: { round: { schemeId } } } },
    include: {
      application: {
        select: {
          reference: true,
          awardedMinor: true,
          requestedMinor: true,
          payments: { select: { amountMinor: true } },
          decision: { select: { confirmedAt: true } },
          pot: { select: { id: true, name: true } },
          organisation: {
            select: {
              id: true,
              name: true,
              legalForm: true,
              registrationNumber: true,
              byAndFor: true,
              leadershipPercent: true,
              communitiesServed: true,
              publishLeadership: true,
            },
          },
        },
      },
    },
  });
  return grants.map((grant) => ({
    status: grant.status,
    reference: grant.application.reference,
    awardedMinor: grant.application.awardedMinor,
    requestedMinor: grant.application.requestedMinor,
    paidMinor: grant.application.payments.reduce((sum, payment) => sum + payment.amountMinor, 0),
    awardedOn: grant.application.decision?.confirmedAt ?? grant.createdAt,
    startsOn: grant.startsOn,
    endsOn: grant.endsOn,
    updatedAt: grant.updatedAt,
    pot: grant.application.pot,
    organisation: grant.application.organisation,
  }));
}

/** The sentences of the file, in the funder's own language (open data has one language). */
export async function openDataTexts(funderLocale: string): Promise<OpenDataTexts> {
  const t = await translatorFor(isLocale(funderLocale) ? funderLocale : defaultLocale);
  return {
    grantTitle: (values) => t("exports:openData.file.grantTitle", values),
    grantDescription: (values) => t("exports:openData.file.grantDescription", values),
    leadership: ({ communities, percent }) =>
      [
        t("exports:openData.file.byAndFor"),
        communities ? t("exports:openData.file.communities", { communities }) : null,
        percent === null ? null : t("exports:openData.file.leadershipPercent", { percent }),
      ]
        .filter(Boolean)
        .join(" "),
  };
}

export async function schemeOpenData(
  funder: Funder,
  scheme: Scheme,
  now: Date,
): Promise<OpenDataResult> {
  const grants = await schemeGrantsForOpenData(scheme.id);
  return openDataPackage(
    { funder, scheme, grants },
    await openDataTexts(funder.defaultLocale),
    now,
  );
}

export async function recordOpenDataDownload(
  actorId: string,
  funderId: string,
  schemeId: string,
  grants: number,
) {
  await db().$transaction((tx) =>
    audit(tx, {
      actorId,
      action: "exports.open-data-downloaded",
      entity: { type: "Scheme", id: schemeId },
      funderId,
      detail: { grants },
    }),
  );
}

/** The funder's identifiers and name, as the open data names it. */
export async function funderForOpenData(funderId: string) {
  return db().funder.findUniqueOrThrow({
    where: { id: funderId },
    select: {
      id: true,
      name: true,
      defaultLocale: true,
      orgIdentifier: true,
      grantIdPrefix: true,
    },
  });
}
