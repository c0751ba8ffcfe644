import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SchemeDate } from "~/components/public/scheme-date";
import { translated } from "~/domain/shared/translated-text";
import { roundHasClosed } from "~/domain/schemes/round-phase";
import { localeOf } from "~/services/platform/i18n.server";
import { requirePanel } from "~/services/panels/panels.server";
import { reviewerQueue } from "~/services/panels/queue.server";
import { ReviewerQueue } from "~/components/panels/reviewer-queue";
import { ModerationLinks } from "~/components/panels/moderation-links";
import { moderatedPots } from "~/services/panels/moderation.server";
import { PanelStoriesLink } from "~/components/msc/msc-links";
import { isMscEnabled } from "~/services/msc/msc-round.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel } = await requirePanel(request, params, "view");
  const locale = await localeOf(request);
  const membership = panel.members.find((member) => member.userId === user.id);
  return {
    id: panel.id,
    conflictsJustChecked: new URL(request.url).searchParams.get("conflicts") === "checked",
    member: membership
      ? {
          conflictsChecked: membership.conflictsCheckedAt !== null,
          queue: await reviewerQueue(panel, user, locale),
        }
      : null,
    moderation: membership?.role === "CHAIR" ? await moderatedPots(panel, locale) : null,
    mscStories: await isMscEnabled(panel.roundId),
    reviewDeadline: panel.reviewDeadline?.toISOString() ?? null,
    now: new Date().toISOString(),
    name: panel.name,
    round: translated(panel.round.name, locale),
    closesAt: panel.round.closesAt.toISOString(),
    closed: roundHasClosed(panel.round, new Date()),
    timeZone: panel.round.scheme.timeZone,
    members: panel.members.map((member) => ({
      id: member.id,
      name: member.user.name ?? member.user.email,
      role: member.role,
    })),
  };
}

export default function PanelPage() {
  const panel = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack-large">
      {/* Panel names are typed in any script: "2027 review panel" must not read "review panel 2027" in Persian. */}
      <h1>
        <bdi>{panel.name}</bdi>
      </h1>
      <p>
        {t("panel.roundLabel")} <span lang={panel.round.locale}>{panel.round.text}</span>
      </p>
      {panel.conflictsJustChecked ? (
        <p role="status" className="notice">
          {t("panels:queue.conflictsSaved")}
        </p>
      ) : null}
      {panel.member && !panel.member.conflictsChecked ? (
        <section className="stack card" aria-labelledby="conflicts-first-title">
          <h2 id="conflicts-first-title">{t("panels:queue.conflictsFirstTitle")}</h2>
          <p>{t("panels:queue.conflictsFirst")}</p>
          <p>
            <Link className="button" to={`/panels/${panel.id}/conflicts`}>
              {t("panels:queue.declare")}
            </Link>
          </p>
        </section>
      ) : null}
      {panel.member?.conflictsChecked ? (
        <ReviewerQueue
          panelId={panel.id}
          queue={panel.member.queue}
          deadline={panel.reviewDeadline}
          timeZone={panel.timeZone}
          now={panel.now}
        />
      ) : null}
      {panel.moderation ? <ModerationLinks panelId={panel.id} pots={panel.moderation} /> : null}
      {panel.mscStories && panel.member?.conflictsChecked !== false ? (
        <PanelStoriesLink panelId={panel.id} />
      ) : null}
      <section className="stack" aria-labelledby="panel-next-title">
        <h2 id="panel-next-title">{t("panel.nextTitle")}</h2>
        <p>
          {panel.closed ? t("panel.roundClosed") : t("panel.roundCloses")}{" "}
          <SchemeDate iso={panel.closesAt} timeZone={panel.timeZone} withTime />
        </p>
        <p>{t("panel.nextBody")}</p>
      </section>
      <section className="stack" aria-labelledby="panel-members-title">
        <h2 id="panel-members-title">{t("panel.members")}</h2>
        <ul className="link-list">
          {panel.members.map((member) => (
            <li key={member.id}>
              <bdi>{member.name}</bdi>
              <span className="muted"> · {t(`roles.${member.role}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
