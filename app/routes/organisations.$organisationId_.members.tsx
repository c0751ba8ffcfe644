import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/form-field";
import { FormattedDateTime } from "~/components/formatted-date";
import { isLocale, localeNames, supportedLocales } from "~/domain/locales";
import { isolate } from "~/lib/bidi";
import { fieldError, parseForm, type FieldErrors } from "~/lib/validation";
import { localeOf } from "~/services/i18n.server";
import { inviteMember, pendingInvitations, resendInvitation, revokeInvitation } from "~/services/invitations.server";
import { changeMemberRole, removeMember } from "~/services/organisation-members.server";
import { loadOrganisation, organisationScope } from "~/services/organisations.server";
import { forbidden, requirePermission } from "~/services/permissions.server";
import type { TranslationHandle } from "~/locales/namespaces";

export const handle: TranslationHandle = { i18n: ["organisations"] };

const ERR = "organisations:errors";
const roles = ["OWNER", "MEMBER"] as const;

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, `${ERR}.emailInvalid`).email(`${ERR}.emailInvalid`).default(""),
  role: z.enum(roles, { message: `${ERR}.roleInvalid` }),
  locale: z.enum(supportedLocales, { message: `${ERR}.languageInvalid` }),
});
const invitationSchema = z.object({ invitationId: z.string().min(1).max(100) });
const roleSchema = z.object({ memberId: z.string().min(1).max(100), role: z.enum(roles, { message: `${ERR}.roleInvalid` }) });
const memberSchema = z.object({ memberId: z.string().min(1).max(100) });

const scopeOf = (organisationId: string) => () => organisationScope(organisationId);

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const organisationId = params.organisationId ?? "";
  const user = await requirePermission(request, "manage-members", scopeOf(organisationId));
  const [organisation, invitations, locale] = await Promise.all([
    loadOrganisation(organisationId),
    pendingInvitations(organisationId),
    localeOf(request),
  ]);
  if (!organisation) throw forbidden();
  return {
    id: organisation.id,
    name: organisation.name,
    members: organisation.members.map((member) => ({
      id: member.id,
      name: member.user.name || member.user.email,
      email: member.user.email,
      role: member.role,
      isYou: member.userId === user.id,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      language: isLocale(invitation.locale) ? localeNames[invitation.locale] : invitation.locale,
      expiresAt: invitation.expiresAt.toISOString(),
    })),
    // The invitation email is written in the inviter's language unless she picks another.
    defaultLocale: locale,
  };
}

type Done = { key: string; values: Record<string, string> };
type ActionData = {
  intent: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
  done?: Done;
  /** Set when the address already has a link waiting, so the page can offer to resend it. */
  resendInvitationId?: string;
};

const refused = (payload: ActionData) => data<ActionData>(payload, { status: 400 });
const invitationGone = (intent: string) => refused({ intent, errors: { invitations: fieldError(`${ERR}.invitationGone`) } });
const memberGone = (intent: string) => refused({ intent, errors: { people: fieldError(`${ERR}.memberGone`) } });

export async function action({ request, params }: ActionFunctionArgs) {
  const organisationId = params.organisationId ?? "";
  const user = await requirePermission(request, "manage-members", scopeOf(organisationId));
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const inviter = { id: user.id, name: user.name, email: user.email };

  switch (intent) {
    case "invite": {
      const parsed = parseForm(inviteSchema, form);
      if (!parsed.ok) return refused({ intent, errors: parsed.errors, values: parsed.values });
      const { email } = parsed.data;
      const result = await inviteMember({ organisationId, inviter, ...parsed.data });
      if (result.ok) {
        return data<ActionData>({ intent, done: { key: "members.invited", values: { email } } });
      }
      const values = { email, role: parsed.data.role, locale: parsed.data.locale };
      if (result.reason === "already-invited") {
        return refused({
          intent,
          values,
          errors: { email: fieldError(`${ERR}.alreadyInvited`, { email }) },
          resendInvitationId: result.invitationId,
        });
      }
      if (result.reason === "already-member") {
        return refused({ intent, values, errors: { email: fieldError(`${ERR}.alreadyMember`, { email }) } });
      }
      throw forbidden();
    }
    case "resend": {
      const parsed = parseForm(invitationSchema, form);
      if (!parsed.ok) return invitationGone(intent);
      const result = await resendInvitation({ organisationId, invitationId: parsed.data.invitationId, inviter });
      if (result.ok) return data<ActionData>({ intent, done: { key: "members.resent", values: { email: result.email } } });
      if (result.reason === "already-member") {
        return refused({ intent, errors: { invitations: fieldError(`${ERR}.alreadyMemberNoEmail`) } });
      }
      return invitationGone(intent);
    }
    case "revoke": {
      const parsed = parseForm(invitationSchema, form);
      const revoked = parsed.ok && (await revokeInvitation({ organisationId, invitationId: parsed.data.invitationId, actorId: user.id }));
      if (!revoked) return invitationGone(intent);
      return data<ActionData>({ intent, done: { key: "members.revoked", values: {} } });
    }
    case "change-role": {
      const parsed = parseForm(roleSchema, form);
      if (!parsed.ok) return memberGone(intent);
      const { memberId, role } = parsed.data;
      const result = await changeMemberRole({ organisationId, memberId, role, actorId: user.id });
      if (!result.ok) {
        if (result.reason === "not-found") return memberGone(intent);
        return refused({ intent, errors: { [`member-${memberId}`]: fieldError(`${ERR}.lastOwnerDemote`, { name: result.name }) } });
      }
      // Someone who steps down can no longer manage members, so she goes back to the profile.
      if (result.userId === user.id && role !== "OWNER" && !user.isPlatformAdmin) {
        throw redirect(`/organisations/${organisationId}?notice=saved`);
      }
      return data<ActionData>({ intent, done: { key: "members.roleChanged", values: { name: result.name, role } } });
    }
    case "remove": {
      const parsed = parseForm(memberSchema, form);
      if (!parsed.ok) return memberGone(intent);
      const { memberId } = parsed.data;
      const result = await removeMember({ organisationId, memberId, actorId: user.id });
      if (!result.ok) {
        if (result.reason === "not-found") return memberGone(intent);
        return refused({ intent, errors: { [`member-${memberId}`]: fieldError(`${ERR}.lastOwnerRemove`, { name: result.name }) } });
      }
      if (result.userId === user.id && !user.isPlatformAdmin) throw redirect("/my");
      return data<ActionData>({ intent, done: { key: "members.removed", values: { name: result.name } } });
    }
    default:
      throw new Response("Bad request", { status: 400 });
  }
}

/** Names and addresses typed in any script keep their own direction inside a sentence. */
function isolatedValues<T extends Record<string, { values?: Record<string, unknown> }>>(entries: T | undefined): T | undefined {
  if (!entries) return undefined;
  const isolateAll = (values?: Record<string, unknown>) =>
    values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "string" ? isolate(value) : value]));
  return Object.fromEntries(Object.entries(entries).map(([name, entry]) => [name, { ...entry, values: isolateAll(entry.values) }])) as T;
}

function Hidden({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

// Every answer redraws the forms from what the server says, as a page load without
// JavaScript would: a refused role change must not leave its select showing the new role.
const answers = new WeakMap<object, number>();
let answerCount = 0;
function answerVersion(answer: object | undefined): number {
  if (!answer) return 0;
  if (!answers.has(answer)) answers.set(answer, ++answerCount);
  return answers.get(answer)!;
}

export default function OrganisationMembers() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const version = answerVersion(actionData);
  const { t } = useTranslation("organisations");
  const errors = isolatedValues(actionData?.errors);
  const inviteValues = actionData?.intent === "invite" ? actionData.values : undefined;
  const done = actionData?.done;
  const roleName = (role: string) => t(`common:roles.${role}`);
  const doneValues = Object.fromEntries(
    Object.entries(done?.values ?? {}).map(([name, value]) => [name, name === "role" ? roleName(value) : isolate(value)]),
  );
  return (
    <div className="stack-large">
      <div className="stack">
        <h1>{t("members.title", { organisation: isolate(page.name) })}</h1>
        <p>
          <Link to={`/organisations/${page.id}`}>{t("members.back")}</Link>
        </p>
      </div>
      {done ? (
        <p role="status" className="notice">
          {t(done.key, doneValues)}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />

      <section className="stack narrow" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("members.inviteTitle")}</h2>
        <p>{t("members.inviteIntro")}</p>
        {actionData?.resendInvitationId ? (
          <Form method="post" className="notice stack">
            <Hidden fields={{ intent: "resend", invitationId: actionData.resendInvitationId }} />
            <p>{t("members.resendOffer", { email: isolate(inviteValues?.email ?? "") })}</p>
            <button type="submit" className="button">
              {t("members.resend")}
            </button>
          </Form>
        ) : null}
        <Form method="post" className="stack" noValidate key={`invite-${version}`}>
          <input type="hidden" name="intent" value="invite" />
          <Field name="email" label={t("members.email")} hint={t("members.emailHint")} errors={errors}>
            {(props) => (
              <input {...props} type="email" inputMode="email" autoComplete="off" dir="ltr" required defaultValue={inviteValues?.email} />
            )}
          </Field>
          <Field name="role" label={t("members.role")} hint={t("members.roleHint")} errors={errors}>
            {(props) => (
              <select {...props} defaultValue={inviteValues?.role ?? "MEMBER"}>
                {roles.map((role) => (
                  <option key={role} value={role}>
                    {roleName(role)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="locale" label={t("members.language")} hint={t("members.languageHint")} errors={errors}>
            {(props) => (
              <select {...props} defaultValue={inviteValues?.locale ?? page.defaultLocale}>
                {supportedLocales.map((locale) => (
                  <option key={locale} value={locale} lang={locale}>
                    {localeNames[locale]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button">
            {t("members.sendInvitation")}
          </button>
        </Form>
      </section>

      <section className="stack" aria-labelledby="people-title">
        <h2 id="people-title">
          <span id="field-people">{t("members.peopleTitle")}</span>
        </h2>
        <ul className="org-cards">
          {page.members.map((member) => {
            const errorKey = `member-${member.id}`;
            const error = errors?.[errorKey];
            return (
              <li key={member.id} className="card">
                <p>
                  <strong dir="auto">{member.name}</strong> {member.isYou ? <span className="muted">{t("members.you")}</span> : null}
                </p>
                <p className="muted">
                  <span dir="ltr">{member.email}</span>
                </p>
                <Form method="post" className="org-inline-form" key={`role-${version}`}>
                  <Hidden fields={{ intent: "change-role", memberId: member.id }} />
                  <label htmlFor={`field-${errorKey}`}>{t("members.roleFor", { name: isolate(member.name) })}</label>
                  <select
                    id={`field-${errorKey}`}
                    name="role"
                    defaultValue={member.role}
                    aria-describedby={error ? `field-${errorKey}-error` : undefined}
                    aria-invalid={error ? true : undefined}
                  >
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {roleName(role)}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="button button--secondary">
                    {t("members.changeRole")}
                  </button>
                </Form>
                {error ? (
                  <p id={`field-${errorKey}-error`} className="field__error">
                    {t(error.key, error.values)}
                  </p>
                ) : null}
                <Form method="post">
                  <Hidden fields={{ intent: "remove", memberId: member.id }} />
                  <button type="submit" className="button button--warning">
                    {t("members.remove", { name: isolate(member.name) })}
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="stack" aria-labelledby="invitations-title">
        <h2 id="invitations-title">
          <span id="field-invitations">{t("members.pendingTitle")}</span>
        </h2>
        {page.invitations.length === 0 ? <p>{t("members.noPending")}</p> : null}
        <ul className="org-cards">
          {page.invitations.map((invitation) => (
            <li key={invitation.id} className="card">
              <p>
                <strong dir="ltr">{invitation.email}</strong>
              </p>
              <p>{t("members.invitedAs", { role: roleName(invitation.role) })}</p>
              <p>{t("members.emailLanguage", { language: invitation.language })}</p>
              <p>
                {t("members.expires")} <FormattedDateTime iso={invitation.expiresAt} />
              </p>
              <div className="org-actions">
                <Form method="post">
                  <Hidden fields={{ intent: "resend", invitationId: invitation.id }} />
                  <button type="submit" className="button button--secondary">
                    {t("members.resendTo", { email: isolate(invitation.email) })}
                  </button>
                </Form>
                <Form method="post">
                  <Hidden fields={{ intent: "revoke", invitationId: invitation.id }} />
                  <button type="submit" className="button button--warning">
                    {t("members.revoke", { email: isolate(invitation.email) })}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
