import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { Pager } from "~/components/shared/pager";
import { ErrorSummary } from "~/components/shared/form-field";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requirePlatformAdmin } from "~/services/admin/admin-access.server";
import {
  failedEmails,
  RETRY_ALL_LIMIT,
  retryAllFailedEmails,
  retryFailedEmail,
} from "~/services/outbox/failed-emails.server";
import { TableShell } from "~/components/shared/table-shell";

/**
 * Emails the mail worker gave up on, for platform admins: to whom, which email, what the mail
 * server said, and a way to try again. Never the subject or body (decision 0041).
 */

const pageSchema = z.coerce.number().int().min(1).catch(1);
const countSchema = z.coerce.number().int().min(0).nullable().catch(null);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformAdmin(request);
  const search = new URL(request.url).searchParams;
  const page = pageSchema.parse(search.get("page") ?? 1);
  const list = await failedEmails(page);
  return {
    page,
    pages: list.pages,
    total: list.total,
    retryAllLimit: RETRY_ALL_LIMIT,
    retried: countSchema.parse(search.get("retried")),
    notFailed: search.has("not-failed"),
    emails: list.emails.map((email) => ({
      id: email.id,
      to: email.to,
      template: email.known ? email.template : null,
      templateName: email.template,
      error: email.lastError,
      attempts: email.attempts,
      createdAt: email.createdAt.toISOString(),
      failedAt: email.updatedAt.toISOString(),
    })),
  };
}

/** Buttons only: "retry" names its email; "retry-all" needs nothing more. */
const actionSchema = z
  .object({
    intent: z.enum(["retry", "retry-all"], { message: "outbox:errors.choose" }),
    emailId: z.string().optional(),
  })
  .refine((form) => form.intent === "retry-all" || Boolean(form.emailId), {
    message: "outbox:errors.choose",
    path: ["emailId"],
  });

type ActionData = { errors: FieldErrors };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePlatformAdmin(request);
  const parsed = parseForm(actionSchema, await request.formData());
  if (!parsed.ok) return data<ActionData>({ errors: parsed.errors }, { status: 400 });
  if (parsed.data.intent === "retry-all") {
    const count = await retryAllFailedEmails(user);
    return redirect(`/admin/outbox?retried=${count}`);
  }
  // A missing email and one no longer FAILED get the same answer: nothing to retry.
  const outcome = await retryFailedEmail(user, parsed.data.emailId ?? "");
  return redirect(outcome.ok ? "/admin/outbox?retried=1" : "/admin/outbox?not-failed");
}

export default function Outbox() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("outbox");
  return (
    <div className="stack-large">
      <div className="stack">
        <h1 id="outbox-title">{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      <ErrorSummary errors={actionData?.errors} />
      {page.retried !== null ? (
        <p className="notice" role="status">
          {page.retried === 1 ? t("retriedOne") : t("retriedMany", { count: page.retried })}
        </p>
      ) : null}
      {page.notFailed ? (
        <p className="notice" role="status">
          {t("notFailed")}
        </p>
      ) : null}
      {page.total === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{t("total", { count: page.total })}</p>
          <Form method="post" className="stack">
            <p className="muted">{t("retryAllHint", { limit: page.retryAllLimit })}</p>
            <div>
              <button type="submit" name="intent" value="retry-all" className="button">
                {t("retryAll")}
              </button>
            </div>
          </Form>
          <TableShell
            caption={t("caption")}
            captionHidden
            labelledBy="outbox-title"
            columns={[
              t("columns.to"),
              t("columns.email"),
              t("columns.error"),
              t("columns.attempts"),
              t("columns.written"),
              t("columns.failed"),
              <span key="action" className="visually-hidden">
                {t("columns.action")}
              </span>,
            ]}
          >
            {page.emails.map((email) => (
              <tr key={email.id}>
                <td>
                  <bdi dir="ltr">{email.to}</bdi>
                </td>
                <td>
                  {email.template ? (
                    t(`templates.${email.template}`)
                  ) : (
                    <bdi dir="ltr">{email.templateName}</bdi>
                  )}
                </td>
                <td>
                  {email.error ? (
                    <bdi dir="ltr" lang="en">
                      {email.error}
                    </bdi>
                  ) : (
                    t("noError")
                  )}
                </td>
                <td>{email.attempts}</td>
                <td>
                  <FormattedDateTime iso={email.createdAt} />
                </td>
                <td>
                  <FormattedDateTime iso={email.failedAt} />
                </td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="emailId" value={email.id} />
                    <button type="submit" name="intent" value="retry" className="button">
                      {t("retry")}
                      <span className="visually-hidden">
                        {" "}
                        <bdi dir="ltr">{email.to}</bdi>
                      </span>
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </TableShell>
          <Pager
            page={page.page}
            pages={page.pages}
            href={(target) => `/admin/outbox?page=${target}`}
          />
        </>
      )}
    </div>
  );
}
