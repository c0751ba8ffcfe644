import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganisationProfileForm } from "~/components/organisations/organisation-profile-form";
import {
  defaultIncomeCurrency,
  profileFormSchema,
} from "~/domain/organisations/organisation-profile";
import { parseForm } from "~/domain/shared/validation";
import { createOrganisation } from "~/services/organisations/organisations.server";
import { requireUser } from "~/services/access/permissions.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = parseForm(profileFormSchema, await request.formData());
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  const organisation = await createOrganisation(user.id, result.data);
  return redirect(`/organisations/${organisation.id}?notice=created`);
}

export default function NewOrganisation() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("organisations");
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <h1>{t("new.title")}</h1>
        <p>{t("new.intro")}</p>
      </div>
      <OrganisationProfileForm
        values={actionData?.values ?? { incomeCurrency: defaultIncomeCurrency }}
        errors={actionData?.errors}
        submitLabel={t("new.submit")}
      />
    </div>
  );
}
