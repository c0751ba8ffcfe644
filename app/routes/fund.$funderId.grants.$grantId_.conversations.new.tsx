import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GrantHeading } from "~/components/monitoring/grant-heading";
import { StoryField } from "~/components/monitoring/story-field";
import { ConsentChoice } from "~/components/monitoring/consent-choice";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { RadioGroup } from "~/components/public/radio-group";
import { FormattedDate } from "~/components/shared/formatted-date";
import { otherDomain, textFields, type TextField } from "~/domain/monitoring/check-in-form";
import { parseConversation } from "~/domain/monitoring/conversation-form";
import { dayInput } from "~/domain/monitoring/schedule";
import { translated } from "~/domain/shared/translated-text";
import { isShareConsent } from "~/domain/monitoring/check-in-form";
import { requireGrant } from "~/services/grants/grant-access.server";
import { localeOf } from "~/services/platform/i18n.server";
import { readRequestForm } from "~/services/platform/request-form.server";
import { roundAsks } from "~/services/monitoring/check-ins.server";
import { logConversation } from "~/services/monitoring/conversations.server";
import { grantCheckIns } from "~/services/monitoring/schedule.server";
import { checkInFormLimits } from "~/services/monitoring/check-in-request.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

/** Staff log a call or visit in place of a check-in; the group sees it and can add to it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { grant } = await requireGrant(request, params, "edit");
  const locale = await localeOf(request);
  const round = grant.application.pot.round;
  const asks = await roundAsks(round.id);
  const open = (await grantCheckIns(grant.id)).filter(
    (c) => c.kind === "CHECK_IN" && !c.submittedAt,
  );
  return {
    funderId: grant.funderId,
    grantId: grant.id,
    organisation: grant.application.organisation.name,
    scheme: translated(round.scheme.title, locale),
    timeZone: round.scheme.timeZone,
    today: dayInput(new Date()),
    open: open.map((c) => ({ id: c.id, dueOn: c.dueOn.toISOString() })),
    domains: asks.domains.map((d) => ({ id: d.id, name: translated(d.name, locale) })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, grant } = await requireGrant(request, params, "edit");
  const posted = await readRequestForm(request, checkInFormLimits);
  if (!posted.ok) throw new Response("Bad request", { status: 400 });
  const asks = await roundAsks(grant.application.pot.round.id);
  const parsed = parseConversation(posted.form, {
    domainIds: asks.domains.map((d) => d.id),
    now: new Date(),
  });
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await logConversation(user, grant, parsed.conversation);
  return redirect(`/fund/${grant.funderId}/grants/${grant.id}/check-ins?notice=logged`);
}

/** The story's fields; "what was said" takes the place of the first. */
const storyFields = textFields.filter((field) => field !== "whatHappened");

export default function NewConversation() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("monitoring");
  const errors = actionData?.errors ?? {};
  const values = actionData?.values ?? {};
  const area = (field: TextField, label: string, rows: number) => (
    <StoryField field={field} label={label} rows={rows} value={values[field]} errors={errors} />
  );
  return (
    <div className="narrow stack-large">
      <GrantHeading
        organisation={page.organisation}
        scheme={page.scheme}
        title={t("conversation.newTitle")}
      >
        <p>{t("conversation.newIntro")}</p>
      </GrantHeading>
      <ErrorSummary errors={errors} />
      <Form method="post" className="stack-large" noValidate>
        <RadioGroup
          name="via"
          legend={t("conversation.via")}
          value={values.via ?? "call"}
          errors={errors}
          options={(["call", "visit"] as const).map((via) => ({
            value: via,
            label: t(`conversation.viaOption.${via}`),
          }))}
        />
        <Field name="heldOn" label={t("conversation.heldOn")} errors={errors}>
          {(control) => (
            <input {...control} type="date" defaultValue={values.heldOn ?? page.today} />
          )}
        </Field>
        {page.open.length > 0 ? (
          <div className="field">
            <label htmlFor="field-replaces">{t("conversation.replaces")}</label>
            <select id="field-replaces" name="replaces" defaultValue={values.replaces ?? ""}>
              <option value="">{t("conversation.replacesNone")}</option>
              {page.open.map((open, index) => (
                <option key={open.id} value={open.id}>
                  {t("conversation.replacesOption", { number: index + 1 })}
                </option>
              ))}
            </select>
            <p className="field__hint">
              {page.open.map((open, index) => (
                <span key={open.id}>
                  {t("conversation.replacesOption", { number: index + 1 })}:{" "}
                  <FormattedDate iso={open.dueOn} timeZone={page.timeZone} />{" "}
                </span>
              ))}
            </p>
          </div>
        ) : null}
        {area("whatHappened", t("conversation.said"), 6)}
        {storyFields.map((field) => (
          <div key={field}>{area(field, t(`form.${field}.label`), 3)}</div>
        ))}
        {page.domains.length > 0 ? (
          <div className="field">
            <label htmlFor="field-domain">{t("form.domain.label")}</label>
            <select id="field-domain" name="domain" defaultValue={values.domain ?? ""}>
              <option value="">{t("conversation.noDomain")}</option>
              {page.domains.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name.text}
                </option>
              ))}
              <option value={otherDomain}>{t("form.domain.other")}</option>
            </select>
          </div>
        ) : null}
        <ConsentChoice
          name="storyConsent"
          legend={t("conversation.storyConsent")}
          value={isShareConsent(values.storyConsent) ? values.storyConsent : null}
          errors={errors}
        />
        <button type="submit" className="button">
          {t("conversation.save")}
        </button>
      </Form>
    </div>
  );
}
