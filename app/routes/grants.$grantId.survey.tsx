import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ScaleFieldset } from "~/components/survey/scale-fieldset";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { commentMaxLength, surveyQuestions, surveySchema } from "~/domain/survey/survey-form";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requireGrant } from "~/services/grants/grant-access.server";
import { localeOf } from "~/services/platform/i18n.server";
import { answerSurvey, hasAnswered } from "~/services/survey/survey.server";

/**
 * The round's anonymous feedback survey, for the group: once per group and round, kept apart
 * from the group and from whoever filled it in.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { grant } = await requireGrant(request, params, "view");
  const locale = await localeOf(request);
  const round = grant.application.pot.round;
  return {
    round: translated(round.name, locale),
    scheme: translated(round.scheme.title, locale),
    answered: await hasAnswered(round.id, grant.organisationId),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { grant } = await requireGrant(request, params, "edit");
  const form = await request.formData();
  const parsed = parseForm(surveySchema, form);
  if (!parsed.ok) return data<ActionData>(parsed, { status: 400 });
  const group = { roundId: grant.application.pot.round.id, organisationId: grant.organisationId };
  const result = await answerSurvey(group, parsed.data, new Date());
  if (!result.ok)
    return data<ActionData>(
      { errors: { form: { key: "survey:form.errors.alreadyAnswered" } }, values: {} },
      { status: 400 },
    );
  return redirect(`/grants/${grant.id}/survey?answered=1`);
}

export default function Survey() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("survey");
  const values = actionData?.values ?? {};
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <h1>{t("form.title")}</h1>
        <p className="muted">
          <span lang={page.scheme.locale}>{page.scheme.text}</span>
          {" · "}
          <span lang={page.round.locale}>{page.round.text}</span>
        </p>
      </div>
      {page.answered ? (
        <p role="status" className="notice">
          {searchParams.get("answered") ? t("form.thanks") : t("form.alreadyAnswered")}
        </p>
      ) : (
        <>
          <div className="stack">
            <p>{t("form.intro")}</p>
            <p>{t("form.anonymous")}</p>
          </div>
          <ErrorSummary errors={actionData?.errors} />
          <Form method="post" className="stack" noValidate>
            {surveyQuestions.map((question) => (
              <ScaleFieldset
                key={question}
                question={question}
                value={values[question]}
                errors={actionData?.errors}
              />
            ))}
            <Field
              name="comment"
              label={t("form.comment")}
              hint={t("form.commentHint", { max: commentMaxLength })}
              errors={actionData?.errors}
            >
              {(props) => (
                <textarea {...props} rows={5} dir="auto" defaultValue={values.comment ?? ""} />
              )}
            </Field>
            <button type="submit" className="button">
              {t("form.send")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
