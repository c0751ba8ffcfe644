import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GrantSections } from "~/components/grants/grant-details";
import {
  StaffActionLinks,
  StaffChangeForm,
  staffIntents,
} from "~/components/grants/grant-staff-forms";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { requireGrant } from "~/services/grants/grant-access.server";
import { grantPage } from "~/services/grants/grant-pages.server";
import { grantStaffAction } from "~/services/grants/grant-staff-actions.server";
import { localeOf } from "~/services/platform/i18n.server";

/** A grant for the funder's staff: the same facts as the group sees, and the changes to make. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireGrant(request, params, "view");
  return grantPage(access, await localeOf(request));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireGrant(request, params, "edit");
  const result = await grantStaffAction(access, await request.formData(), await localeOf(request));
  if ("done" in result)
    return redirect(`/fund/${params.funderId}/grants/${access.grant.id}?saved=${result.done}`);
  return data(result.answer, { status: result.status });
}

export default function StaffGrant() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("grants");
  const [search] = useSearchParams();
  const base = `/fund/${funder.id}/grants/${page.grant.id}`;
  const chosen = staffIntents.find((intent) => intent === (answer?.intent ?? search.get("do")));
  const saved = staffIntents.find((intent) => intent === search.get("saved"));
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          { to: `/fund/${funder.id}`, label: funder.name },
          { to: `/fund/${funder.id}/grants`, label: t("staff.listTitle") },
        ]}
      />
      <div className="stack">
        <h1 dir="auto">{t("page.title", { organisation: page.organisation.name })}</h1>
        {saved ? (
          <p className="notice" role="status">
            {t(`staff.saved.${saved}`)}
          </p>
        ) : null}
      </div>
      {page.canEdit ? (
        chosen ? (
          <StaffChangeForm page={page} intent={chosen} answer={answer} base={base} />
        ) : (
          <section className="stack" aria-labelledby="actions-title">
            <h2 id="actions-title">{t("staff.actions")}</h2>
            <StaffActionLinks base={base} page={page} />
          </section>
        )
      ) : null}
      <GrantSections
        page={{ ...page, as: "staff" }}
        staffBase={`/fund/${funder.id}`}
        checkInActions={
          page.canEdit ? (
            <p>
              <Link to={`${base}/check-ins`}>{t("monitoring:schedule.title")}</Link>
            </p>
          ) : null
        }
      />
      <p>
        <Link to={`/fund/${funder.id}/schemes/${page.scheme.id}/rounds/${page.round.id}/ledger`}>
          {t("schemes:ledger.link")}
        </Link>
      </p>
    </div>
  );
}
