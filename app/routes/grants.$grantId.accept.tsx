import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConditionsText } from "~/components/grants/grant-details";
import { ErrorSummary } from "~/components/shared/form-field";
import { acceptSchema } from "~/domain/grants/grant-forms";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import { requireGrant } from "~/services/grants/grant-access.server";
import { acceptGrant } from "~/services/grants/grant-changes.server";
import { grantPage } from "~/services/grants/grant-pages.server";
import { localeOf } from "~/services/platform/i18n.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

/** The group reads its grant's conditions and accepts them: a box to tick and a button. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireGrant(request, params, "edit");
  const page = await grantPage(access, await localeOf(request));
  return {
    grant: { id: page.grant.id, status: page.grant.status },
    organisation: page.organisation,
    conditions: page.conditions,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, grant } = await requireGrant(request, params, "edit");
  const form = await request.formData();
  const parsed = parseForm(acceptSchema, form);
  if (!parsed.ok) return data<{ errors: FieldErrors }>({ errors: parsed.errors }, { status: 400 });
  const conditionsId = String(form.get("conditionsId") ?? "") || null;
  const result = await acceptGrant(user, {
    grantId: grant.id,
    conditionsId,
    locale: await localeOf(request),
  });
  if (result.ok)
    return redirect(`/grants/${grant.id}?accepted=${result.already ? "again" : "yes"}`);
  if (result.reason === "forbidden") throw forbidden();
  const key =
    result.reason === "closed"
      ? "grants:errors.acceptClosed"
      : result.reason === "conditions-changed"
        ? "grants:errors.conditionsChanged"
        : "grants:errors.conflict";
  return data<{ errors: FieldErrors }>({ errors: { agree: { key } } }, { status: 409 });
}

export default function AcceptGrant() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation("grants");
  const error = answer?.errors.agree;
  const open = page.grant.status === "OFFERED";
  return (
    <div className="stack-large">
      <p>
        <Link to={`/grants/${page.grant.id}`}>{t("accept.back")}</Link>
      </p>
      <div className="stack">
        <h1>{t("accept.title")}</h1>
        <p dir="auto">{t("accept.intro", { organisation: page.organisation.name })}</p>
        <ErrorSummary errors={answer?.errors} />
      </div>
      <section className="stack card" aria-labelledby="conditions-title">
        <h2 id="conditions-title">{t("conditions.title")}</h2>
        <ConditionsText conditions={page.conditions} />
      </section>
      {open ? (
        <Form method="post" className="stack">
          <input type="hidden" name="conditionsId" value={page.conditions?.id ?? ""} />
          <div className={error ? "field field--error" : "field"}>
            {error ? (
              <p id="field-agree-error" className="field__error">
                {t(error.key, error.values)}
              </p>
            ) : null}
            <div className="org-checkbox">
              <input
                type="checkbox"
                id="field-agree"
                name="agree"
                value="yes"
                aria-describedby={error ? "field-agree-error" : undefined}
                aria-invalid={error ? true : undefined}
              />
              <label htmlFor="field-agree">{t("accept.agree")}</label>
            </div>
          </div>
          <p>
            <button type="submit" className="button">
              {t("accept.button")}
            </button>
          </p>
        </Form>
      ) : (
        <p className="notice">
          {page.grant.status === "ACTIVE" ? t("accept.already") : t("errors.acceptClosed")}
        </p>
      )}
    </div>
  );
}
