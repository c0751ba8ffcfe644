import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { IdentityMentionsNotice } from "~/components/panels/identity-mentions-notice";
import { InvitePanelMember } from "~/components/panels/invite-panel-member";
import { PanelMembers, PanelInvitations } from "~/components/panels/panel-members";
import { PanelSummary } from "~/components/panels/panel-summary";
import { ModerationLinks } from "~/components/panels/moderation-links";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { Warnings } from "~/components/schemes/notices";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { invitationSchema, inviteSchema, roleSchema } from "~/domain/panels/members-form";
import { coveredPotIds } from "~/domain/panels/panel-settings";
import { isLocale, localeNames } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { invitationLimitErrorKey } from "~/domain/shared/invitation-limits";
import { fieldError, parseForm, type FieldErrors } from "~/domain/shared/validation";
import {
  invitePanelMember,
  openPanelInvitations,
  resendPanelInvitation,
  revokePanelInvitation,
  type PanelInviteResult,
} from "~/services/panels/panel-invitations.server";
import { changeMemberRole } from "~/services/panels/panel-members.server";
import { identityMentionsOnPanel } from "~/services/panels/identity-warnings.server";
import { panelWarnings } from "~/services/panels/panel-setup.server";
import { requireRoundPanel } from "~/services/panels/panels.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, scheme, panel, locale, canManage, canEditPanel } = await requireRoundPanel(
    request,
    params,
    "view",
  );
  const potIds = panel.pots.map((pot) => pot.potId);
  const potName = (potId: string) =>
    translated(round.pots.find((pot) => pot.id === potId)?.name, locale);
  const invitations = canManage ? await openPanelInvitations(panel.id) : [];
  const now = new Date();
  return {
    scheme: { id: scheme.id, title: translated(scheme.title, locale), timeZone: scheme.timeZone },
    round: { id: round.id, name: translated(round.name, locale) },
    panel: {
      id: panel.id,
      name: panel.name,
      allPots: potIds.length === 0,
      pots: coveredPotIds(
        potIds,
        round.pots.map((pot) => pot.id),
      ).map(potName),
      moderated: coveredPotIds(
        potIds,
        round.pots.map((pot) => pot.id),
      ).map((potId) => ({ id: potId, name: potName(potId) })),
      reviewsNeeded: panel.reviewsNeeded,
      communityReviewerRequired: panel.communityReviewerRequired,
      blindReview: panel.blindReview,
      reviewDeadline: panel.reviewDeadline?.toISOString() ?? null,
      disagreementThreshold: panel.disagreementThreshold,
      communityRanking: panel.communityRanking,
    },
    warnings: await panelWarnings({ ...panel, potIds }, round, locale),
    identityMentions: await identityMentionsOnPanel(panel),
    members: panel.members.map((member) => ({
      id: member.id,
      name: member.user.name || member.user.email,
      email: member.user.email,
      role: member.role,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      language: isLocale(invitation.locale) ? localeNames[invitation.locale] : invitation.locale,
      expiresAt: invitation.expiresAt.toISOString(),
      expired: invitation.expiresAt <= now,
    })),
    canManage,
    canEditPanel,
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

const refused = (field: string, key: string, values: Record<string, string>) =>
  data<ActionData>({ errors: { [field]: fieldError(key) }, values }, { status: 400 });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, round, scheme, panel } = await requireRoundPanel(
    request,
    params,
    "manage-members",
  );
  const here = `/fund/${funderId}/schemes/${scheme.id}/rounds/${round.id}/panels/${panel.id}`;
  const form = await request.formData();
  const intent = form.get("intent");
  const ref = { id: panel.id, funderId };

  if (intent === "invite") {
    const result = parseForm(inviteSchema, form);
    if (!result.ok)
      return data<ActionData>({ errors: result.errors, values: result.values }, { status: 400 });
    const invited = await invitePanelMember({
      panelId: panel.id,
      funderId,
      inviter: user,
      ...result.data,
    });
    if (!invited.ok)
      return refused("email", panelInviteErrorKey(invited), {
        ...result.data,
        intent: "invite",
      });
    return redirect(`${here}?done=invited`);
  }

  if (intent === "role") {
    const result = parseForm(roleSchema, form);
    if (!result.ok || !(await changeMemberRole(user, ref, result.data.memberId, result.data.role)))
      return refused("members", "panels:members.errors.memberGone", {});
    return redirect(`${here}?done=role`);
  }

  const result = parseForm(invitationSchema, form);
  if (!result.ok) return refused("invitations", "panels:members.errors.invitationGone", {});
  const input = { panelId: panel.id, funderId, invitationId: result.data.invitationId };
  if (result.data.intent === "resend") {
    const resent = await resendPanelInvitation({ ...input, inviter: user });
    if (!resent.ok && resent.reason === "limited")
      return refused("invitations", invitationLimitErrorKey(resent.limit), {});
    if (!resent.ok) return refused("invitations", "panels:members.errors.invitationGone", {});
    return redirect(`${here}?done=resent`);
  }
  const done = await revokePanelInvitation({ ...input, actorId: user.id });
  if (!done) return refused("invitations", "panels:members.errors.invitationGone", {});
  return redirect(`${here}?done=revoked`);
}

function panelInviteErrorKey(refusal: Exclude<PanelInviteResult, { ok: true }>) {
  return refusal.reason === "limited"
    ? invitationLimitErrorKey(refusal.limit)
    : `panels:members.errors.${refusal.reason}`;
}

export default function PanelSetupPage() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { funder } = useFunder();
  const { t } = useTranslation("panels");
  const base = `/fund/${funder.id}/schemes/${page.scheme.id}/rounds/${page.round.id}`;
  const here = `${base}/panels/${page.panel.id}`;
  const done = searchParams.get("done");
  return (
    <div className="stack-large schemes-page panels-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, page.scheme),
          { to: base, label: page.round.name.text, lang: page.round.name.locale },
          { to: `${base}/panels`, label: t("setup.listTitle") },
        ]}
      />
      <div className="stack">
        <h1>
          <bdi>{page.panel.name}</bdi>
        </h1>
        {done ? (
          <p role="status" className="notice">
            {t(`setup.done.${done}`, { defaultValue: t("setup.done.default") })}
          </p>
        ) : null}
      </div>
      <ErrorSummary errors={answer?.errors} />
      <Warnings warnings={page.warnings} />
      <IdentityMentionsNotice panelId={page.panel.id} applications={page.identityMentions} />
      <PanelSummary panel={page.panel} timeZone={page.scheme.timeZone} />
      {page.canEditPanel ? (
        <p>
          <Link to={`${here}/settings`} className="button button--secondary">
            {t("setup.change")}
          </Link>
        </p>
      ) : null}
      <nav className="stack" aria-labelledby="panel-work-title">
        <h2 id="panel-work-title">{t("setup.workTitle")}</h2>
        <ul className="link-list">
          <li>
            <Link to={`${here}/rubric`}>{t("rubric.title")}</Link>
          </li>
          <li>
            <Link to={`${here}/assignments`}>{t("assignments.title")}</Link>
          </li>
        </ul>
      </nav>
      <ModerationLinks panelId={page.panel.id} pots={page.panel.moderated} />
      <PanelMembers members={page.members} canManage={page.canManage} here={here} />
      {page.canManage ? (
        <>
          <section className="stack" aria-labelledby="invite-title">
            <h2 id="invite-title">{t("members.inviteTitle")}</h2>
            <InvitePanelMember
              values={answer?.values.intent === "invite" ? answer.values : {}}
              errors={answer?.values.intent === "invite" ? answer.errors : undefined}
            />
          </section>
          <PanelInvitations invitations={page.invitations} />
        </>
      ) : null}
    </div>
  );
}
