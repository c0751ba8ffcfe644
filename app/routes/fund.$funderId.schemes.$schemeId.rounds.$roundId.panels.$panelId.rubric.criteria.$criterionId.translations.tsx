import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalTextFields } from "~/components/forms/builder/local-text-fields";
import { CompletenessTable } from "~/components/panels/completeness-table";
import {
  FrozenNote,
  PanelCaption,
  RubricTrail,
  rubricPath,
} from "~/components/panels/rubric-layout";
import { ErrorSummary } from "~/components/shared/form-field";
import { changeTranslations, scalePoints, translationCompleteness } from "~/domain/panels/rubric";
import { criterionTranslationsSchema } from "~/domain/panels/rubric-form";
import { typedValues } from "~/domain/shared/form-values";
import type { Locale } from "~/domain/shared/locales";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { criterionIn, requireRubric } from "~/services/panels/rubric-pages.server";
import { editRubric } from "~/services/panels/rubric.server";

/** Every text of one criterion in every language, with how complete each language is. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, locale, criteria } = await requireRubric(request, params, "edit");
  const criterion = criterionIn(criteria, params.criterionId);
  return {
    page,
    locale,
    criterion,
    title: translated(criterion.title, locale),
    languages: translationCompleteness([criterion]),
  };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel, page, locale, criteria } = await requireRubric(request, params, "edit");
  const form = await request.formData();
  const id = params.criterionId ?? "";
  const scale = criteria.find((criterion) => criterion.id === id) ?? { scaleMin: 0, scaleMax: 0 };
  const parsed = parseForm(criterionTranslationsSchema(scale, locale), form);
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await editRubric(user, panel, {
    change: "translate",
    criterionId: id,
    apply: (current) => changeTranslations(current, id, parsed.data),
  });
  if (!result.ok)
    return data<ActionData>(
      { errors: { [result.error.field]: { key: result.error.key } }, values: typedValues(form) },
      { status: 400 },
    );
  const done = result.newVersion ? `new-version&version=${result.version}` : "saved";
  return redirect(`${rubricPath(page)}?done=${done}#criterion-${id}`);
}

export default function CriterionTranslations() {
  const { page, locale, criterion, title, languages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const values = actionData?.values;
  const errors = actionData?.errors;
  const note = (l: Locale) => (l === locale ? t("panels:rubric.translations.yourLanguage") : "");
  const texts = (
    name: string,
    legend: string,
    current: Record<string, string> | undefined,
    multiline = true,
  ) => (
    <LocalTextFields
      key={name}
      name={name}
      legend={legend}
      sourceLocale={locale}
      required={false}
      current={current}
      values={values}
      errors={errors}
      multiline={multiline}
      languageNote={note}
    />
  );
  return (
    <div className="stack-large schemes-page builder-narrow">
      <div className="stack">
        <RubricTrail page={page} inRubric />
        <h1>{t("panels:rubric.translations.criterionTitle")}</h1>
        <p className="lead" lang={title.locale}>
          {title.text}
        </p>
        <PanelCaption page={page} />
        <FrozenNote page={page} />
        <ErrorSummary errors={errors} />
        <p>{t("panels:rubric.translations.criterionIntro")}</p>
      </div>
      <CompletenessTable
        caption={t("panels:rubric.translations.criterionTitle")}
        rows={[{ key: criterion.id, label: t("panels:rubric.translations.whole"), languages }]}
      />
      <Form method="post" className="stack-large">
        {texts("title", t("panels:rubric.fields.title"), criterion.title, false)}
        {texts("guidance", t("panels:rubric.fields.guidance"), criterion.guidance)}
        {scalePoints(criterion).map((point) =>
          texts(
            `descriptor.${point}`,
            t("panels:rubric.score", { score: point }),
            criterion.descriptors[String(point)],
          ),
        )}
        <button type="submit" className="button">
          {t("panels:rubric.save")}
        </button>
      </Form>
    </div>
  );
}
