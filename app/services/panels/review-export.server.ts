import type { TFunction } from "i18next";
import { can, type Actor } from "~/domain/access/permissions";
import { readCriteria, scoringCriteria } from "~/domain/panels/rubric";
import { reviewTotal } from "~/domain/panels/scores";
import type { CsvValue } from "~/domain/shared/csv";
import { toCsv } from "~/services/platform/csv.server";
import { minorDigits } from "~/domain/shared/money";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";
import { panelResource } from "./panels.server";
import { panelApplicationResources } from "./review-scope.server";

type Round = {
  id: string;
  pots: { id: string; name: unknown }[];
  scheme: { funderId: string; currency: string };
};

/**
 * A round's submitted reviews as a spreadsheet, one row per review, with the application's
 * decision beside it. Rows about an application the requester declared a conflict with are
 * left out, as everywhere else.
 */
export async function roundReviewsCsv(actor: Actor, round: Round, locale: Locale, t: TFunction) {
  const panels = (
    await db().panel.findMany({
      where: { roundId: round.id },
      orderBy: { createdAt: "asc" },
      include: { pots: { select: { potId: true } } },
    })
  ).filter((panel) => can(actor, "moderate", panelResource(panel.id, round.scheme.funderId)));
  const reviews = await db().review.findMany({
    where: { panelId: { in: panels.map((panel) => panel.id) }, status: "SUBMITTED" },
    orderBy: [{ application: { reference: "asc" } }, { submittedAt: "asc" }],
    include: {
      rubricVersion: { select: { criteria: true } },
      application: {
        select: {
          reference: true,
          potId: true,
          organisation: { select: { name: true } },
          decision: { select: { outcome: true, amountMinor: true, confirmedAt: true } },
        },
      },
    },
  });
  const allowed = new Set<string>();
  for (const panel of panels) {
    const scoped = { ...panel, round: { pots: round.pots, scheme: round.scheme } };
    const ids = reviews.filter((r) => r.panelId === panel.id).map((r) => r.applicationId);
    for (const [id, resource] of await panelApplicationResources(db(), scoped, ids))
      if (can(actor, "moderate", resource)) allowed.add(`${panel.id}:${id}`);
  }
  const rows = reviews.filter((review) => allowed.has(`${review.panelId}:${review.applicationId}`));
  const [users, members] = await Promise.all([
    db().user.findMany({
      where: { id: { in: [...new Set(rows.map((review) => review.userId))] } },
      select: { id: true, name: true },
    }),
    db().panelMember.findMany({
      where: { panelId: { in: panels.map((panel) => panel.id) } },
      select: { panelId: true, userId: true, role: true },
    }),
  ]);

  // One column per criterion of each panel, titled from the newest rubric version it appears in.
  const columns = new Map<string, string>();
  const severalPanels = new Set(rows.map((review) => review.panelId)).size > 1;
  for (const review of [...rows].reverse())
    for (const criterion of readCriteria(review.rubricVersion.criteria)) {
      const key = `${review.panelId}:${criterion.id}`;
      if (columns.has(key)) continue;
      const title = translated(criterion.title, locale).text;
      const panelName = panels.find((panel) => panel.id === review.panelId)!.name;
      columns.set(key, severalPanels ? `${panelName}: ${title}` : title);
    }
  const criterionKeys = [...columns.keys()];

  const digits = minorDigits(round.scheme.currency);
  const money = (minor: number | null) =>
    minor === null ? null : (minor / 10 ** digits).toFixed(digits);
  const yesNo = (yes: boolean) => t(yes ? "panels:export.yes" : "panels:export.no");
  const header = [
    t("panels:export.panel"),
    t("panels:export.pot"),
    t("panels:export.reference"),
    t("panels:export.group"),
    t("panels:export.reviewer"),
    t("panels:export.role"),
    ...criterionKeys.map((key) => columns.get(key)!),
    t("panels:export.total"),
    t("panels:export.recommendation"),
    t("panels:export.excluded"),
    t("panels:export.outcome"),
    t("panels:export.amount", { currency: round.scheme.currency }),
    t("panels:export.confirmed"),
  ];
  const body: CsvValue[][] = rows.map((review) => {
    const criteria = readCriteria(review.rubricVersion.criteria);
    const scores = (review.scores ?? {}) as Record<string, number>;
    const total = reviewTotal(scoringCriteria(criteria), scores);
    const role = members.find((m) => m.panelId === review.panelId && m.userId === review.userId);
    const decision = review.application.decision;
    const pot = round.pots.find((own) => own.id === review.application.potId);
    return [
      panels.find((panel) => panel.id === review.panelId)!.name,
      translated(pot?.name, locale).text,
      review.application.reference,
      review.application.organisation.name,
      users.find((user) => user.id === review.userId)?.name ?? "",
      role ? t(`roles.${role.role}`) : "",
      ...criterionKeys.map((key) => {
        const [panelId, criterionId] = key.split(":") as [string, string];
        return panelId === review.panelId ? (scores[criterionId] ?? null) : null;
      }),
      total === null ? null : Math.round(total * 10) / 10,
      review.recommendation ? t(`panels:export.recommendations.${review.recommendation}`) : null,
      yesNo(review.excludedAt !== null),
      decision ? t(`panels:moderation.outcomes.${decision.outcome}`) : null,
      money(decision?.amountMinor ?? null),
      decision ? yesNo(decision.confirmedAt !== null) : null,
    ];
  });
  await db().$transaction((tx) =>
    audit(tx, {
      actorId: actor.id,
      action: "panels.export-downloaded",
      entity: { type: "Round", id: round.id },
      funderId: round.scheme.funderId,
      detail: { rows: body.length },
    }),
  );
  return toCsv([header, ...body]);
}
