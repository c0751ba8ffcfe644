import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OnBehalfNote } from "~/components/applications/on-behalf-note";
import { PotAndGroup } from "~/components/applications/pot-and-group";
import { StatusText } from "~/components/applications/status-text";
import { FunderText } from "~/components/public/funder-text";
import { Reference } from "~/components/shared/reference";
import { translated } from "~/domain/shared/translated-text";
import { applicationsOf, statusViewOf } from "~/services/applications/application-pages.server";
import { localeOf } from "~/services/platform/i18n.server";
import { requireUser } from "~/services/access/permissions.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [locale, applications] = await Promise.all([localeOf(request), applicationsOf(user)]);
  const now = new Date();
  return {
    applications: applications.map((application) => ({
      id: application.id,
      reference: application.reference,
      scheme: translated(application.pot.round.scheme.title, locale),
      pot: translated(application.pot.name, locale),
      organisation: application.organisation.name,
      status: statusViewOf(application, now),
      timeZone: application.pot.round.scheme.timeZone,
      draft: application.status === "DRAFT",
      onBehalfOf: application.enteredOnBehalfById ? application.pot.round.scheme.funder.name : null,
    })),
    hasGroups: user.organisations.length > 0,
  };
}

export default function YourApplications() {
  const { applications, hasGroups } = useLoaderData<typeof loader>();
  const { t } = useTranslation("applications");
  return (
    <div className="stack-large">
      <h1>{t("list.title")}</h1>
      {applications.length === 0 ? (
        <div className="stack">
          <p>{t("list.none")}</p>
          <p>
            <Link to="/schemes">{t("list.findScheme")}</Link>
          </p>
          {!hasGroups ? (
            <p>
              <Link to="/organisations/new">{t("start.createGroup")}</Link>
            </p>
          ) : null}
        </div>
      ) : (
        <ul className="applying-list">
          {applications.map((application) => (
            <li key={application.id} className="card">
              <h2 className="applying-list__title">
                <Link to={`/applications/${application.id}`}>
                  <FunderText text={application.scheme} />
                </Link>
              </h2>
              <dl className="applying-facts">
                <PotAndGroup pot={application.pot} organisation={application.organisation} />
                <div>
                  <dt>{t("list.reference")}</dt>
                  <dd>
                    <Reference value={application.reference} />
                  </dd>
                </div>
                <div>
                  <dt>{t("list.status")}</dt>
                  <dd>
                    <StatusText status={application.status} timeZone={application.timeZone} />
                  </dd>
                </div>
              </dl>
              {application.onBehalfOf !== null ? (
                <OnBehalfNote funderName={application.onBehalfOf} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
