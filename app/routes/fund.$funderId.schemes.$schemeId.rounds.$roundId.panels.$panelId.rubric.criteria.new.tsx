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
import { addCriterion } from "~/domain/panels/rubric";
import { criterionFormSchema, criterionValues } from "~/domain/panels/rubric-form";
import { typedValues } from "~/domain/shared/form-values";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requireRubric } from "~/services/panels/rubric-pages.server";
import { editRubric } from "~/services/panels/rubric.server";

/** A new criterion, written in the staff member's language; translations come afterwards. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, locale } = await requireRubric(request, params, "edit");
  return { page, locale, values: criterionValues(undefined, locale) };
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
  let added = "";
  const result = await editRubric(user, panel, {
    change: "add",
    apply: (criteria) => {
      const outcome = addCriterion(criteria, parsed.data, locale);
      added = outcome.id;
      return outcome;
    },
  });
  if (!result.ok)
    return data<ActionData>(
      { errors: { [result.error.field]: { key: result.error.key } }, values: typedValues(form) },
      { status: 400 },
    );
  const done =
    result.newVersion && result.version > 1 ? `new-version&version=${result.version}` : "saved";
  return redirect(`${rubricPath(page)}?done=${done}#criterion-${added}`);
}

export default function NewCriterion() {
  const { page, locale, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="stack-large schemes-page builder-narrow">
      <div className="stack">
        <RubricTrail page={page} inRubric />
        <h1>{t("panels:rubric.newTitle")}</h1>
        <PanelCaption page={page} />
        <FrozenNote page={page} />
      </div>
      <CriterionFields
        locale={locale}
        values={actionData?.values ?? values}
        elsewhere={{}}
        errors={actionData?.errors}
        submitLabel={t("panels:rubric.addSubmit")}
      />
    </div>
  );
}
