import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { BuilderTrail } from "~/components/forms/builder/version-nav";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { localeNames, supportedLocales } from "~/domain/shared/locales";
import { LocaleOptions } from "~/components/shared/locale-options";
import { translated } from "~/domain/shared/translated-text";
import { isolate } from "~/domain/shared/bidi";
import { invitationLimitErrorKey } from "~/domain/shared/invitation-limits";
import { fieldError, parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requireScheme } from "~/services/schemes/scheme-access.server";
import {
  inviteWorkingGroupMember,
  revokeWorkingGroupMember,
  workingGroupMembers,
} from "~/services/forms/working-group.server";
import { ScrollRegion } from "~/components/schemes/scroll-region";

/**
 * The community working group of a scheme: who is in it, who is invited, and inviting more.
 * Each invitation is written in the language the person reads best. Staff can take someone out
 * of the group, or cancel an invitation she has not used.
 */

const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .max(254, "forms:workingGroup.errors.email")
    .email("forms:workingGroup.errors.email"),
  locale: z.enum(supportedLocales, { message: "forms:workingGroup.errors.language" }),
});

const revokeSchema = z.object({ intent: z.literal("revoke"), memberId: z.string().min(1) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, funderId, locale } = await requireScheme(request, params, "edit");
  const ref = { funderId, schemeId: scheme.id };
  return {
    ref,
    schemeTitle: translated(scheme.title, locale),
    members: await workingGroupMembers(scheme.id),
  };
}

type ActionData = {
  errors?: FieldErrors;
  values?: Record<string, string>;
  invited?: string;
  revoked?: true;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, funderId, scheme } = await requireScheme(request, params, "edit");
  const ref = { funderId, schemeId: scheme.id };
  const form = await request.formData();
  if (form.get("intent") === "revoke") {
    const revoke = parseForm(revokeSchema, form);
    const done =
      revoke.ok &&
      (await revokeWorkingGroupMember({
        actorId: user.id,
        ...ref,
        memberId: revoke.data.memberId,
      }));
    if (!done)
      return data<ActionData>(
        { errors: { members: fieldError("forms:workingGroup.errors.memberGone") } },
        { status: 400 },
      );
    return data<ActionData>({ revoked: true });
  }
  const parsed = parseForm(inviteSchema, form);
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await inviteWorkingGroupMember({
    actor: user,
    ...ref,
    email: parsed.data.email,
    locale: parsed.data.locale,
  });
  if (!result.ok) {
    const key =
      result.reason === "limited"
        ? invitationLimitErrorKey(result.limit)
        : result.reason === "already-member"
          ? "forms:workingGroup.errors.alreadyMember"
          : "forms:workingGroup.errors.alreadyInvited";
    return data<ActionData>(
      {
        errors: { email: { key } },
        values: { email: parsed.data.email, locale: parsed.data.locale },
      },
      { status: 400 },
    );
  }
  return data<ActionData>({ invited: result.email });
}

export default function WorkingGroup() {
  const { ref, schemeTitle, members } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <div className="stack-large builder-page">
      <div className="stack">
        <BuilderTrail schemeId={ref.schemeId} schemeTitle={schemeTitle} inForms />
        <h1>{t("forms:workingGroup.title")}</h1>
        <p>{t("forms:workingGroup.intro")}</p>
      </div>
      <ErrorSummary errors={actionData?.errors} />

      <section id="field-members" className="stack" aria-labelledby="members-title">
        <h2 id="members-title">{t("forms:workingGroup.members")}</h2>
        {actionData?.errors?.members ? (
          <p className="field__error">{t(actionData.errors.members.key)}</p>
        ) : null}
        {actionData?.revoked ? (
          <p role="status" className="notice">
            {t("forms:workingGroup.revoked")}
          </p>
        ) : null}
        {members.length === 0 ? (
          <p>{t("forms:workingGroup.none")}</p>
        ) : (
          <ScrollRegion labelledBy="members-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("forms:workingGroup.person")}</th>
                  <th scope="col">{t("forms:workingGroup.language")}</th>
                  <th scope="col">{t("forms:workingGroup.state")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("forms:workingGroup.change")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.id}>
                    <td dir="auto">
                      {member.user?.name ? (
                        <>
                          {member.user.name}
                          <br />
                        </>
                      ) : null}
                      <span dir="ltr">{member.email}</span>
                    </td>
                    <td lang={member.locale}>
                      {localeNames[member.locale as keyof typeof localeNames] ?? member.locale}
                    </td>
                    <td>{t(`forms:workingGroup.states.${member.state}`)}</td>
                    <td>
                      {member.canRevoke ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="revoke" />
                          <input type="hidden" name="memberId" value={member.id} />
                          <button type="submit" className="button button--secondary">
                            {t(
                              member.state === "accepted"
                                ? "forms:workingGroup.remove"
                                : "forms:workingGroup.cancelInvitation",
                            )}
                            <span className="visually-hidden">
                              {" "}
                              {isolate(member.user?.name || member.email)}
                            </span>
                          </button>
                        </Form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section className="stack card" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("forms:workingGroup.inviteTitle")}</h2>
        <p>{t("forms:workingGroup.inviteIntro")}</p>
        {actionData?.invited ? (
          <p role="status" className="notice">
            {t("forms:workingGroup.invited", { email: isolate(actionData.invited) })}
          </p>
        ) : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <Field name="email" label={t("forms:workingGroup.email")} errors={actionData?.errors}>
            {(props) => (
              <input
                {...props}
                type="email"
                autoComplete="off"
                dir="ltr"
                defaultValue={actionData?.values?.email}
              />
            )}
          </Field>
          <Field
            name="locale"
            label={t("forms:workingGroup.inviteLanguage")}
            hint={t("forms:workingGroup.inviteLanguageHint")}
            errors={actionData?.errors}
          >
            {(props) => (
              <select {...props} defaultValue={actionData?.values?.locale ?? i18n.language}>
                <LocaleOptions />
              </select>
            )}
          </Field>
          <button type="submit" className="button">
            {t("forms:workingGroup.invite")}
          </button>
        </Form>
      </section>
    </div>
  );
}
