import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { FormattedDateTime } from "~/components/shared/formatted-date";
import { can } from "~/domain/access/permissions";
import { readableByPanelStatuses, MAX_COMMENT_LENGTH } from "~/domain/panels/moderation";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { addPanelComment, panelComments } from "~/services/panels/comments.server";
import { requirePanelApplication } from "~/services/panels/panel-application.server";

/**
 * Notes on one application for the panel and the funder's staff. Applicants never see them,
 * and neither does a member who declared a conflict with the application.
 */

const commentSchema = z.object({
  body: z
    .string({ required_error: "panels:comments.errors.empty" })
    .trim()
    .min(1, "panels:comments.errors.empty")
    .max(MAX_COMMENT_LENGTH, "panels:comments.errors.tooLong"),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel, application, resource } = await requirePanelApplication(
    request,
    params,
    "view",
    readableByPanelStatuses,
  );
  return {
    panel: { id: panel.id, name: panel.name },
    application: {
      id: application.id,
      reference: application.reference,
      potId: application.potId,
    },
    timeZone: panel.round.scheme.timeZone,
    maxLength: MAX_COMMENT_LENGTH,
    canComment: can(user, "comment", resource),
    canModerate: can(user, "moderate", resource),
    comments: await panelComments(panel.id, application.id),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel, application, resource } = await requirePanelApplication(
    request,
    params,
    "comment",
    readableByPanelStatuses,
  );
  const parsed = parseForm(commentSchema, await request.formData());
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await addPanelComment(user, resource, panel.round.scheme.funderId, parsed.data.body);
  return redirect(`/panels/${panel.id}/applications/${application.id}/comments?added=1`);
}

export default function PanelCommentsPage() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  return (
    <div className="stack-large">
      <p>
        {page.canModerate ? (
          <Link to={`/panels/${page.panel.id}/pots/${page.application.potId}`}>
            {t("panels:comments.backToModeration")}
          </Link>
        ) : (
          <Link to={`/panels/${page.panel.id}`}>
            <bdi>{page.panel.name}</bdi>
          </Link>
        )}
      </p>
      <h1>
        {t("panels:comments.titleLabel")} <bdi dir="ltr">{page.application.reference}</bdi>
      </h1>
      <p>{t("panels:comments.intro")}</p>
      {searchParams.get("added") ? (
        <p role="status" className="notice">
          {t("panels:comments.added")}
        </p>
      ) : null}
      {page.comments.length === 0 ? <p>{t("panels:comments.none")}</p> : null}
      <ol className="stack card-list" aria-label={t("panels:comments.title")}>
        {page.comments.map((comment) => (
          <li key={comment.id} className="card stack">
            <p className="muted">
              <bdi>{comment.author ?? t("panels:comments.someone")}</bdi> ·{" "}
              {comment.role === "STAFF" ? t("panels:comments.staff") : t(`roles.${comment.role}`)} ·{" "}
              <FormattedDateTime iso={comment.createdAt} timeZone={page.timeZone} />
            </p>
            <p className="comment-body" dir="auto">
              {comment.body}
            </p>
          </li>
        ))}
      </ol>
      {page.canComment ? (
        <Form method="post" className="stack" noValidate>
          <ErrorSummary errors={answer?.errors} />
          <Field
            name="body"
            label={t("panels:comments.add")}
            hint={t("panels:comments.hint", { count: page.maxLength })}
            errors={answer?.errors}
          >
            {(props) => <textarea {...props} rows={5} defaultValue={answer?.values.body ?? ""} />}
          </Field>
          <p>
            <button type="submit" className="button">
              {t("panels:comments.submit")}
            </button>
          </p>
        </Form>
      ) : null}
    </div>
  );
}
