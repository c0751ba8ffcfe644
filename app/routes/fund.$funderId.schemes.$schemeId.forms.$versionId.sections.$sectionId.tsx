import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LocalTextFields } from "~/components/forms/builder/local-text-fields";
import { versionPath } from "~/components/forms/builder/paths";
import { BuilderTrail } from "~/components/forms/builder/version-nav";
import { ErrorSummary } from "~/components/shared/form-field";
import { textIn } from "~/domain/forms/definition";
import { replaceSectionTexts } from "~/domain/forms/edit";
import { sectionFormSchema } from "~/domain/forms/question-form";
import { isEditable } from "~/domain/forms/version-lifecycle";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { editDraft } from "~/services/forms/form-versions.server";
import { requireFormSection } from "~/services/forms/form-access.server";
import { localeOf } from "~/services/platform/i18n.server";

/** A section's heading and introduction, in every language. */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scheme, ref, version, section } = await requireFormSection(request, params, "view");
  const locale = await localeOf(request);
  return {
    ref,
    schemeTitle: translated(scheme.title, locale),
    version: { id: version.id, version: version.version },
    editable: isEditable(version.status),
    sourceLocale: version.definition.sourceLocale,
    section: { id: section.id, title: section.title, description: section.description },
    heading: textIn(section.title, locale, version.definition.sourceLocale),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { ref, user, version, section } = await requireFormSection(request, params, "edit");
  const parsed = parseForm(
    sectionFormSchema(version.definition.sourceLocale),
    await request.formData(),
  );
  if (!parsed.ok)
    return data<{ errors: FieldErrors; values: Record<string, string> }>(
      { errors: parsed.errors, values: parsed.values },
      { status: 400 },
    );
  const result = await editDraft(
    user,
    ref,
    version.id,
    (definition) => replaceSectionTexts(definition, section.id, parsed.data),
    {
      change: "edit-section",
      id: section.id,
    },
  );
  if (!result.ok) {
    const key = result.reason === "invalid" ? result.error.key : "forms:builder.errors.notEditable";
    return data(
      {
        errors: { [`title.${version.definition.sourceLocale}`]: { key } } as FieldErrors,
        values: undefined,
      },
      { status: 400 },
    );
  }
  return redirect(
    // Back on the version page, "Add a question" starts in this part.
    `${versionPath(ref.funderId, ref.schemeId, version.id)}?done=saved&addTo=${section.id}#section-${section.id}`,
  );
}

export default function EditSection() {
  const { ref, schemeTitle, version, editable, sourceLocale, section, heading } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="stack-large builder-page">
      <div className="stack">
        <BuilderTrail schemeId={ref.schemeId} schemeTitle={schemeTitle} inForms />
        <p>
          <Link to={versionPath(ref.funderId, ref.schemeId, version.id)}>
            {t("forms:nav.backToVersion", { version: version.version })}
          </Link>
        </p>
        <h1>{editable ? t("forms:section.editTitle") : t("forms:section.viewTitle")}</h1>
        {heading.text ? (
          <p className="lead" lang={heading.locale}>
            {heading.text}
          </p>
        ) : null}
        {!editable ? <p className="notice">{t("forms:builder.frozen")}</p> : null}
        <ErrorSummary errors={actionData?.errors} />
      </div>
      {editable ? (
        <p>
          <Link
            to={`${versionPath(ref.funderId, ref.schemeId, version.id)}?addTo=${section.id}#add-question`}
          >
            {t("forms:builder.addQuestionHere")}
          </Link>
        </p>
      ) : null}
      <Form method="post" className="stack-large">
        <fieldset className="stack-large builder-fieldset" disabled={!editable}>
          <LocalTextFields
            name="title"
            legend={t("forms:section.title")}
            sourceLocale={sourceLocale}
            required
            current={section.title}
            values={actionData?.values}
            errors={actionData?.errors}
          />
          <LocalTextFields
            name="description"
            legend={t("forms:section.description")}
            hint={t("forms:section.descriptionHint")}
            sourceLocale={sourceLocale}
            required={false}
            current={section.description}
            values={actionData?.values}
            errors={actionData?.errors}
            multiline
          />
          {editable ? (
            <button type="submit" className="button">
              {t("forms:section.save")}
            </button>
          ) : null}
        </fieldset>
      </Form>
    </div>
  );
}
