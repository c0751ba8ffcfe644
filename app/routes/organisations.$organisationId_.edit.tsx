import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganisationProfileForm } from "~/components/organisations/organisation-profile-form";
import {
  profileFormSchema,
  profileFormValues,
  profileOf,
} from "~/domain/organisations/organisation-profile";
import { parseForm } from "~/domain/shared/validation";
import {
  loadOrganisation,
  requireOrganisation,
  updateOrganisation,
} from "~/services/organisations/organisations.server";
import { forbidden } from "~/services/access/permissions.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

// The trailing underscore in this file's name keeps the URL under /organisations/:id while
// showing the form on its own page rather than inside the profile page.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { organisationId } = await requireOrganisation(request, params, "edit");
  const organisation = await loadOrganisation(organisationId);
  if (!organisation) throw forbidden();
  return {
    id: organisation.id,
    name: organisation.name,
    values: profileFormValues(profileOf(organisation)),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, organisationId } = await requireOrganisation(request, params, "edit");
  const result = parseForm(profileFormSchema, await request.formData());
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const changes = await updateOrganisation(user.id, organisationId, result.data);
  if (!changes) throw forbidden();
  return redirect(`/organisations/${organisationId}?notice=saved`);
}

export default function EditOrganisation() {
  const organisation = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("organisations");
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <h1>{t("edit.title")}</h1>
        <p dir="auto">{organisation.name}</p>
      </div>
      <OrganisationProfileForm
        values={actionData?.values ?? organisation.values}
        errors={actionData?.errors}
        submitLabel={t("edit.submit")}
      >
        <Link to={`/organisations/${organisation.id}`}>{t("edit.cancel")}</Link>
      </OrganisationProfileForm>
    </div>
  );
}
