import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GrantHeading } from "~/components/monitoring/grant-heading";
import { FormattedDate } from "~/components/shared/formatted-date";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { checkInStatus } from "~/domain/monitoring/check-in-status";
import { dayInput, parseScheduleChange } from "~/domain/monitoring/schedule";
import { translated } from "~/domain/shared/translated-text";
import { can } from "~/domain/access/permissions";
import type { FieldErrors } from "~/domain/shared/validation";
import { grantResource } from "~/services/grants/grant-access.server";
import { requireGrant } from "~/services/grants/grant-access.server";
import { localeOf } from "~/services/platform/i18n.server";
import { readRequestForm } from "~/services/platform/request-form.server";
import { changeSchedule, grantCheckIns } from "~/services/monitoring/schedule.server";
import { TableShell } from "~/components/shared/table-shell";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

const formLimits = { maxParts: 20, maxFieldBytes: 1000, maxTotalBytes: 20_000 };

/** Staff choose how many check-ins a grant has and when: add one, move a date, remove one not sent. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, grant } = await requireGrant(request, params, "view");
  const locale = await localeOf(request);
  const now = new Date();
  const checkIns = await grantCheckIns(grant.id);
  const round = grant.application.pot.round;
  return {
    funderId: grant.funderId,
    grantId: grant.id,
    organisation: grant.application.organisation.name,
    scheme: translated(round.scheme.title, locale),
    timeZone: round.scheme.timeZone,
    startsOn: dayInput(grant.startsOn),
    endsOn: dayInput(grant.endsOn),
    canEdit: can(user, "edit", grantResource(grant)),
    checkIns: checkIns.map((checkIn) => ({
      id: checkIn.id,
      kind: checkIn.kind,
      dueOn: checkIn.dueOn.toISOString(),
      dueInput: dayInput(checkIn.dueOn),
      status: checkInStatus(checkIn, now),
      started: !!checkIn.answers && Object.keys(checkIn.answers as object).length > 0,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, grant } = await requireGrant(request, params, "edit");
  const posted = await readRequestForm(request, formLimits);
  if (!posted.ok) throw new Response("Bad request", { status: 400 });
  const all = await grantCheckIns(grant.id);
  const parsed = parseScheduleChange(posted.form, {
    startsOn: grant.startsOn,
    endsOn: grant.endsOn,
    totalCount: all.length,
  });
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const changed = await changeSchedule(user, grant, parsed.change);
  if (!changed.ok)
    return data(
      {
        errors: { [changed.field]: { key: changed.key } } as FieldErrors,
        values: {} as Record<string, string>,
      },
      { status: 409 },
    );
  return redirect(
    `/fund/${grant.funderId}/grants/${grant.id}/check-ins?notice=${parsed.change.kind}`,
  );
}

export default function GrantCheckInSchedule() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("monitoring");
  const errors = actionData?.errors ?? {};
  const notice = ["add", "move", "remove", "logged"].find((n) => n === params.get("notice"));
  const base = `/fund/${page.funderId}/grants/${page.grantId}`;
  return (
    <div className="stack-large">
      <GrantHeading
        organisation={page.organisation}
        scheme={page.scheme}
        title={t("schedule.title")}
      >
        <p>
          {t("schedule.period")}{" "}
          <FormattedDate iso={`${page.startsOn}T12:00:00Z`} timeZone={page.timeZone} />
          {" – "}
          <FormattedDate iso={`${page.endsOn}T12:00:00Z`} timeZone={page.timeZone} />
        </p>
      </GrantHeading>
      {notice ? (
        <p className="notice" role="status">
          {t(`schedule.notice.${notice}`)}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />
      <TableShell
        caption={t("schedule.title")}
        captionId="schedule-caption"
        captionHidden
        className="table"
        columns={[
          t("schedule.number"),
          t("schedule.due"),
          t("schedule.status"),
          page.canEdit ? t("schedule.actions") : null,
        ]}
      >
        {page.checkIns.map((checkIn, index) => {
          const open = checkIn.status !== "sent" && checkIn.status !== "conversation";
          const name = `dueOn.${checkIn.id}`;
          return (
            <tr key={checkIn.id}>
              <th scope="row">
                {checkIn.kind === "CONVERSATION"
                  ? t("heading.conversation")
                  : t("heading.checkIn", { number: index + 1 })}
              </th>
              <td>
                <FormattedDate iso={checkIn.dueOn} timeZone={page.timeZone} />
              </td>
              <td>{t(`status.${checkIn.status}`)}</td>
              {page.canEdit ? (
                <td>
                  {open ? (
                    <div className="stack">
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="checkInId" value={checkIn.id} />
                        <Field
                          name={name}
                          label={t("schedule.moveLabel", { number: index + 1 })}
                          errors={errors}
                        >
                          {(control) => (
                            <input
                              {...control}
                              type="date"
                              defaultValue={actionData?.values[name] ?? checkIn.dueInput}
                            />
                          )}
                        </Field>
                        <button
                          type="submit"
                          name="intent"
                          value="move"
                          className="button button--secondary"
                        >
                          {t("schedule.move")}
                        </button>
                      </Form>
                      {checkIn.started ? (
                        <p className="muted">{t("schedule.startedNote")}</p>
                      ) : (
                        <Form method="post">
                          <input type="hidden" name="checkInId" value={checkIn.id} />
                          <button
                            type="submit"
                            name="intent"
                            value="remove"
                            className="link-button"
                          >
                            {t("schedule.remove", { number: index + 1 })}
                          </button>
                        </Form>
                      )}
                    </div>
                  ) : null}
                </td>
              ) : null}
            </tr>
          );
        })}
      </TableShell>
      {page.canEdit ? (
        <Form method="post" className="stack">
          <h2>{t("schedule.addTitle")}</h2>
          <Field name="newDueOn" label={t("schedule.addLabel")} errors={errors}>
            {(control) => (
              <input {...control} type="date" defaultValue={actionData?.values.newDueOn ?? ""} />
            )}
          </Field>
          <button type="submit" name="intent" value="add" className="button">
            {t("schedule.add")}
          </button>
        </Form>
      ) : null}
      {page.canEdit ? (
        <p>
          <Link to={`${base}/conversations/new`}>{t("schedule.logConversation")}</Link>
        </p>
      ) : null}
    </div>
  );
}
