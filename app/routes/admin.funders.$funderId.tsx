import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { LocaleOptions } from "~/components/shared/locale-options";
import { inviteAdminSchema, renameFunderSchema } from "~/domain/admin/funder-form";
import { isolate } from "~/domain/shared/bidi";
import { readMembersForm } from "~/domain/shared/members-form";
import { teamMembersForm } from "~/domain/teams/team-form";
import { changeTeam } from "~/services/teams/team-changes.server";
import { isLocale, localeNames } from "~/domain/shared/locales";
import { fieldError, parseForm, type FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import { requirePlatformAdmin } from "~/services/admin/admin-access.server";
import {
  funderForAdmin,
  inviteFunderAdmin,
  renameFunder,
  setFunderActive,
} from "~/services/admin/funders.server";

/** One funder, for the platform administrator: its name, whether it is active, its admins. */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

const notices = [
  "created",
  "renamed",
  "deactivated",
  "reactivated",
  "invited",
  "resent",
  "revoked",
] as const;
type Notice = (typeof notices)[number];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  const found = await funderForAdmin(params.funderId ?? "");
  if (!found) throw forbidden();
  const { funder, members, invitations } = found;
  const search = new URL(request.url).searchParams;
  const notice = search.get("notice");
  return {
    /** Deactivating closes every page of the funder at once: she says yes on a page of its own. */
    confirmingDeactivation: search.get("confirm") === "deactivate" && !funder.deactivatedAt,
    funder: {
      id: funder.id,
      name: funder.name,
      slug: funder.slug,
      language: isLocale(funder.defaultLocale) ? localeNames[funder.defaultLocale] : "",
      defaultLocale: funder.defaultLocale,
      currency: funder.currency,
      timeZone: funder.timeZone,
      deactivatedAt: funder.deactivatedAt?.toISOString() ?? null,
    },
    members: members.map((member) => ({
      id: member.id,
      name: member.user.name || member.user.email,
      email: member.user.email,
      role: member.role,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
    })),
    notice: notices.includes(notice as Notice) ? (notice as Notice) : null,
  };
}

/** What can be done with an invitation nobody answered: the funder's team page offers the same. */
const invitationActions = [
  { intent: "resend", label: "teams:members.resendTo", style: "button--secondary" },
  { intent: "revoke", label: "teams:members.revoke", style: "button--warning" },
] as const;

type ActionData = { intent: string; errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePlatformAdmin(request);
  const funderId = params.funderId ?? "";
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const back = (notice: Notice) => redirect(`/admin/funders/${funderId}?notice=${notice}`);
  const refused = (errors: FieldErrors, values: Record<string, string>) =>
    data<ActionData>({ intent, errors, values }, { status: 400 });
  switch (intent) {
    case "rename": {
      const parsed = parseForm(renameFunderSchema, form);
      if (!parsed.ok) return refused(parsed.errors, parsed.values);
      if (!(await renameFunder({ funderId, name: parsed.data.name, actorId: user.id })))
        throw forbidden();
      return back("renamed");
    }
    case "deactivate":
    case "reactivate": {
      const active = intent === "reactivate";
      if (!active && form.get("confirmed") !== "yes")
        return redirect(`/admin/funders/${funderId}?confirm=deactivate`);
      // Already in that state (a second click, another tab): the page shows it as it is.
      await setFunderActive({ funderId, active, actorId: user.id });
      return back(active ? "reactivated" : "deactivated");
    }
    case "invite-admin": {
      const parsed = parseForm(inviteAdminSchema, form);
      if (!parsed.ok) return refused(parsed.errors, parsed.values);
      const inviter = { id: user.id, name: user.name, email: user.email };
      const result = await inviteFunderAdmin({ funderId, ...parsed.data, inviter });
      if (result.ok) return back("invited");
      if (result.reason === "not-found") throw forbidden();
      const key =
        result.reason === "already-member"
          ? "admin:errors.alreadyMember"
          : "admin:errors.alreadyInvited";
      return refused({ email: fieldError(key, { email: parsed.data.email }) }, parsed.data);
    }
    case "resend":
    case "revoke": {
      // The same change as on the funder's own team page, for the invitation nobody answered.
      const read = readMembersForm(form, teamMembersForm);
      if (!read?.ok) throw new Response("Bad request", { status: 400 });
      const outcome = await changeTeam(user, funderId, read.change);
      if ("leaveTo" in outcome) throw redirect(outcome.leaveTo);
      if (outcome.ok) return back(intent === "resend" ? "resent" : "revoked");
      return refused(outcome.reply.errors ?? {}, {});
    }
    default:
      throw new Response("Bad request", { status: 400 });
  }
}

export default function AdminFunder() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const { funder } = page;
  const errors = answer?.errors;
  const values = answer?.values ?? {};
  const isolatedErrors =
    errors &&
    Object.fromEntries(
      Object.entries(errors).map(([name, error]) => [
        name,
        { ...error, values: { email: isolate(String(error.values?.email ?? "")) } },
      ]),
    );
  if (page.confirmingDeactivation)
    return (
      <div className="narrow stack">
        <p>
          <Link to=".">{t("funder.confirmBack")}</Link>
        </p>
        <h1 dir="auto">{t("funder.confirmTitle", { funder: isolate(funder.name) })}</h1>
        <p>{t("funder.confirmText", { count: page.members.length })}</p>
        <p>{t("funder.deactivateText")}</p>
        <Form method="post" action="." className="button-group">
          <input type="hidden" name="intent" value="deactivate" />
          <input type="hidden" name="confirmed" value="yes" />
          <button type="submit" className="button button--warning">
            {t("funder.confirmYes")}
          </button>
          <Link to="." className="button button--secondary" role="button">
            {t("funder.confirmNo")}
          </Link>
        </Form>
      </div>
    );
  return (
    <div className="stack-large">
      <div className="stack">
        <p>
          <Link to="/admin/funders">{t("funder.back")}</Link>
        </p>
        <h1 dir="auto">{funder.name}</h1>
        {page.notice ? (
          <p role="status" className="notice">
            {t(`funder.notice.${page.notice}`)}
          </p>
        ) : null}
        <ErrorSummary errors={isolatedErrors} />
        <dl className="stack">
          <div>
            <dt>{t("funder.status")}</dt>
            <dd>
              {funder.deactivatedAt ? (
                <>
                  {t("funder.deactivatedSince")} <FormattedDateTime iso={funder.deactivatedAt} />
                </>
              ) : (
                t("funders.active")
              )}
            </dd>
          </div>
          <div>
            <dt>{t("funder.language")}</dt>
            <dd>{funder.language}</dd>
          </div>
          <div>
            <dt>{t("funder.currency")}</dt>
            <dd dir="ltr">{funder.currency}</dd>
          </div>
          <div>
            <dt>{t("funder.timeZone")}</dt>
            <dd dir="ltr">{funder.timeZone}</dd>
          </div>
        </dl>
      </div>

      <section className="narrow stack" aria-labelledby="rename-title">
        <h2 id="rename-title">{t("funder.renameTitle")}</h2>
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="rename" />
          <Field
            name="name"
            label={t("funder.name")}
            errors={answer?.intent === "rename" ? errors : undefined}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                dir="auto"
                maxLength={200}
                defaultValue={answer?.intent === "rename" ? values.name : funder.name}
              />
            )}
          </Field>
          <button type="submit" className="button button--secondary">
            {t("funder.rename")}
          </button>
        </Form>
      </section>

      <section className="narrow stack" aria-labelledby="admins-title">
        <h2 id="admins-title">{t("funder.teamTitle")}</h2>
        {page.members.length === 0 ? <p>{t("funder.noTeam")}</p> : null}
        <ul>
          {page.members.map((member) => (
            <li key={member.id}>
              <span dir="auto">{member.name}</span> (<span dir="ltr">{member.email}</span>) ·{" "}
              {t(`common:roles.${member.role}`)}
            </li>
          ))}
        </ul>
        {page.invitations.length > 0 ? (
          <>
            <h3>{t("funder.invitationsTitle")}</h3>
            <ul>
              {page.invitations.map((invitation) => (
                <li key={invitation.id} className="stack">
                  <p>
                    <span dir="ltr">{invitation.email}</span> ·{" "}
                    {t(`common:roles.${invitation.role}`)} · {t("funder.expires")}{" "}
                    <FormattedDateTime iso={invitation.expiresAt} />
                  </p>
                  <div className="org-actions">
                    {invitationActions.map(({ intent, label, style }) => (
                      <Form method="post" key={intent}>
                        <input type="hidden" name="intent" value={intent} />
                        <input type="hidden" name="invitationId" value={invitation.id} />
                        <button type="submit" className={`button ${style}`}>
                          {t(label, { email: isolate(invitation.email) })}
                        </button>
                      </Form>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="invite-admin" />
          <h3>{t("funder.inviteTitle")}</h3>
          <p>{t("funder.inviteIntro")}</p>
          <Field
            name="email"
            label={t("funder.email")}
            errors={answer?.intent === "invite-admin" ? isolatedErrors : undefined}
          >
            {(props) => (
              <input
                {...props}
                type="email"
                inputMode="email"
                autoComplete="off"
                dir="ltr"
                defaultValue={answer?.intent === "invite-admin" ? values.email : undefined}
              />
            )}
          </Field>
          <Field
            name="locale"
            label={t("funder.inviteLanguage")}
            errors={answer?.intent === "invite-admin" ? errors : undefined}
          >
            {(props) => (
              <select {...props} defaultValue={values.locale ?? funder.defaultLocale}>
                <LocaleOptions />
              </select>
            )}
          </Field>
          <button type="submit" className="button">
            {t("funder.invite")}
          </button>
        </Form>
      </section>

      <section className="narrow stack" aria-labelledby="status-title">
        <h2 id="status-title">
          {funder.deactivatedAt ? t("funder.reactivateTitle") : t("funder.deactivateTitle")}
        </h2>
        <p>{funder.deactivatedAt ? t("funder.reactivateText") : t("funder.deactivateText")}</p>
        {funder.deactivatedAt ? (
          <Form method="post">
            <input type="hidden" name="intent" value="reactivate" />
            <button type="submit" className="button">
              {t("funder.reactivate", { funder: isolate(funder.name) })}
            </button>
          </Form>
        ) : (
          <Link
            to="?confirm=deactivate#status-title"
            className="button button--warning"
            role="button"
          >
            {t("funder.deactivate", { funder: isolate(funder.name) })}
          </Link>
        )}
      </section>
    </div>
  );
}
