import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ChoiceFieldset } from "~/components/panels/choice-fieldset";
import { ErrorSummary, Field } from "~/components/shared/form-field";
import { conflictKinds } from "~/domain/panels/review-scope";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import {
  confirmConflictsChecked,
  conflictsPage,
  declareConflict,
} from "~/services/panels/conflicts.server";
import { requirePanelMember } from "~/services/panels/panels.server";

/**
 * Before she reads anything, a panel member says which of the groups that applied she is close
 * to. The names appear here even when the panel reviews blind: she cannot declare otherwise.
 */

const required = (key: string) => ({ required_error: key, invalid_type_error: key });
const declareSchema = z.object({
  organisationId: z
    .string(required("panels:conflicts.errors.organisation"))
    .min(1, "panels:conflicts.errors.organisation"),
  kind: z.enum(conflictKinds, { message: "panels:conflicts.errors.kind" }),
  note: z
    .string()
    .trim()
    .max(1000, "panels:conflicts.errors.noteTooLong")
    .optional()
    .transform((note) => note || undefined),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel } = await requirePanelMember(request, params);
  return { panelId: panel.id, name: panel.name, ...(await conflictsPage(panel, user.id)) };
}

type ActionData = { errors: FieldErrors; values: Record<string, string> };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel } = await requirePanelMember(request, params);
  const form = await request.formData();
  if (form.get("intent") === "none") {
    await confirmConflictsChecked(panel, user.id);
    return redirect(`/panels/${panel.id}?conflicts=checked`);
  }
  const parsed = parseForm(declareSchema, form);
  if (!parsed.ok)
    return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await declareConflict(panel, user.id, parsed.data);
  if (!result.ok)
    return data<ActionData>(
      {
        errors: { organisationId: { key: `panels:conflicts.errors.${result.reason}` } },
        values: { kind: parsed.data.kind, note: parsed.data.note ?? "" },
      },
      { status: 400 },
    );
  return redirect(`/panels/${panel.id}/conflicts?declared=1`);
}

export default function Conflicts() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const undeclared = page.organisations.filter((organisation) => !organisation.declared);
  const declared = page.organisations.filter((organisation) => organisation.declared);
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <p>
          <Link to={`/panels/${page.panelId}`}>
            <bdi>{page.name}</bdi>
          </Link>
        </p>
        <h1>{t("panels:conflicts.title")}</h1>
        <p>{t("panels:conflicts.intro")}</p>
        <p>{t("panels:conflicts.namesOnlyHere")}</p>
      </div>
      {page.checkedAt ? (
        <p role="status" className="notice">
          {t("panels:conflicts.checked")}
        </p>
      ) : null}

      {declared.length > 0 ? (
        <section className="stack" aria-labelledby="declared-title">
          <h2 id="declared-title">{t("panels:conflicts.declaredTitle")}</h2>
          <ul className="stack card-list">
            {declared.map((organisation) => (
              <li key={organisation.id} className="card">
                <p>
                  <strong>
                    <bdi>{organisation.name}</bdi>
                  </strong>
                </p>
                <p>{t(`panels:conflicts.kinds.${organisation.declared!.kind}.label`)}</p>
                {organisation.declared!.note ? (
                  <p dir="auto">{organisation.declared!.note}</p>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="muted">{t("panels:conflicts.cannotWithdraw")}</p>
        </section>
      ) : null}

      {page.organisations.length === 0 ? <p>{t("panels:conflicts.noApplicants")}</p> : null}

      {undeclared.length > 0 ? (
        <section className="stack card" aria-labelledby="declare-title">
          <h2 id="declare-title">{t("panels:conflicts.declareTitle")}</h2>
          <ErrorSummary errors={actionData?.errors} />
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="declare" />
            <ChoiceFieldset
              name="organisationId"
              legend={t("panels:conflicts.organisation")}
              choices={undeclared.map((organisation) => ({
                value: organisation.id,
                label: <bdi>{organisation.name}</bdi>,
              }))}
              value={actionData?.values.organisationId}
              errors={actionData?.errors}
            />
            <ChoiceFieldset
              name="kind"
              legend={t("panels:conflicts.kind")}
              choices={conflictKinds.map((kind) => ({
                value: kind,
                label: t(`panels:conflicts.kinds.${kind}.label`),
                hint: t(`panels:conflicts.kinds.${kind}.hint`),
              }))}
              value={actionData?.values.kind}
              errors={actionData?.errors}
            />
            <Field
              name="note"
              label={t("panels:conflicts.note")}
              hint={t("panels:conflicts.noteHint")}
              errors={actionData?.errors}
            >
              {(props) => (
                <textarea {...props} rows={3} dir="auto" defaultValue={actionData?.values.note} />
              )}
            </Field>
            <button type="submit" className="button">
              {t("panels:conflicts.declare")}
            </button>
          </Form>
        </section>
      ) : null}

      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="none" />
        <button type="submit" className="button button--secondary">
          {declared.length > 0 ? t("panels:conflicts.noOthers") : t("panels:conflicts.noneAtAll")}
        </button>
      </Form>
    </div>
  );
}
