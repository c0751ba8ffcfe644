import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CriterionFields, SCALE_STEP } from "~/components/panels/criterion-fields";
import {
  FrozenNote,
  PanelCaption,
  RubricTrail,
  rubricPath,
} from "~/components/panels/rubric-layout";
import { changeCriterion } from "~/domain/panels/rubric";
import { criterionFormSchema, criterionValues, textsElsewhere } from "~/domain/panels/rubric-form";
import { typedValues } from "~/domain/shared/form-values";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { criterionIn, requireRubric } from "~/services/panels/rubric-pages.server";
import { editRubric } from "~/services/panels/rubric.server";

/** One criterion's settings and its texts in the staff member's language. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, locale, criteria } = await requireRubric(request, params, "edit");
  const criterion = criterionIn(criteria, params.criterionId);
  return {
    page,
    locale,
    title: translated(criterion.title, locale),
    values: criterionValues(criterion, locale),
    elsewhere: textsElsewhere(criterion, locale),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel, page, locale } = await requireRubric(request, params, "edit");
  const form = await request.formData();
  if (form.get("intent") === SCALE_STEP)
    return data<ActionData>({ errors: {}, values: typedValues(form) });
  const parsed = parseForm(criterionFormSchema, form);
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const id = params.criterionId ?? "";
  const result = await editRubric(user, panel, {
    change: "change",
    criterionId: id,
    apply: (criteria) => changeCriterion(criteria, id, parsed.data, locale),
  });
  if (!result.ok)
    return data<ActionData>(
      { errors: { [result.error.field]: { key: result.error.key } }, values: typedValues(form) },
      { status: 400 },
    );
  const done = result.newVersion ? `new-version&version=${result.version}` : "saved";
  return redirect(`${rubricPath(page)}?done=${done}#criterion-${id}`);
}

export default function EditCriterion() {
  const { page, locale, title, values, elsewhere } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="stack-large schemes-page builder-narrow">
      <div className="stack">
        <RubricTrail page={page} inRubric />
        <h1>{t("panels:rubric.editTitle")}</h1>
        <p className="lead" lang={title.locale}>
          {title.text}
        </p>
        <PanelCaption page={page} />
        <FrozenNote page={page} />
      </div>
      <CriterionFields
        locale={locale}
        values={actionData?.values ?? values}
        elsewhere={elsewhere}
        errors={actionData?.errors}
        submitLabel={t("panels:rubric.save")}
      />
    </div>
  );
}
