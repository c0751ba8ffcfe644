import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { db } from "~/services/platform/db.server";
import { publiclyListed } from "~/services/schemes/schemes.server";

/**
 * Each published scheme's own keeping times, for the privacy page: the months its unfunded
 * applications keep their answers, and the days its funder keeps recordings.
 */
export async function schemeRetention(locale: Locale) {
  const schemes = await db().scheme.findMany({
    where: publiclyListed,
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      slug: true,
      title: true,
      retentionMonths: true,
      funder: { select: { name: true, recordingRetentionDays: true } },
    },
  });
  return schemes.map((scheme) => ({
    slug: scheme.slug,
    title: translated(scheme.title, locale),
    funder: scheme.funder.name,
    months: scheme.retentionMonths,
    recordingDays: scheme.funder.recordingRetentionDays,
  }));
}
