import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import {
  FrozenNote,
  PanelCaption,
  RubricTrail,
  rubricPath,
} from "~/components/panels/rubric-layout";
import { ErrorSummary } from "~/components/shared/form-field";
import { removeCriterion } from "~/domain/panels/rubric";
import { translated } from "~/domain/shared/translated-text";
import type { FieldErrors } from "~/domain/shared/validation";
import { criterionIn, requireRubric } from "~/services/panels/rubric-pages.server";
import { editRubric } from "~/services/panels/rubric.server";

/** Asks before a criterion leaves the rubric. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, locale, criteria } = await requireRubric(request, params, "edit");
  const criterion = criterionIn(criteria, params.criterionId);
  return { page, title: translated(criterion.title, locale) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel, page } = await requireRubric(request, params, "edit");
  const id = params.criterionId ?? "";
  const result = await editRubric(user, panel, {
    change: "remove",
    criterionId: id,
    apply: (criteria) => removeCriterion(criteria, id),
  });
  if (!result.ok) {
    const errors: FieldErrors = { [result.error.field]: { key: result.error.key } };
    return data({ errors }, { status: 400 });
  }
  const done = result.newVersion ? `new-version&version=${result.version}` : "removed";
  return redirect(`${rubricPath(page)}?done=${done}`);
}

export default function RemoveCriterion() {
  const { page, title } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="stack-large schemes-page builder-narrow">
      <div className="stack">
        <RubricTrail page={page} inRubric />
        <h1>{t("panels:rubric.removeTitle")}</h1>
        <p className="lead" lang={title.locale}>
          {title.text}
        </p>
        <PanelCaption page={page} />
        <FrozenNote page={page} />
        <ErrorSummary errors={actionData?.errors} />
        <p>{t("panels:rubric.removeWarning")}</p>
      </div>
      <Form method="post" className="builder-actions">
        <button type="submit" className="button button--warning">
          {t("panels:rubric.removeSubmit")}
        </button>
        <Link to={rubricPath(page)}>{t("panels:rubric.keep")}</Link>
      </Form>
    </div>
  );
}
