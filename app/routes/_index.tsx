import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { demoPeople } from "../../prisma/seed/demo-people";
import { config, listensOnLoopbackOnly } from "~/services/platform/env.server";
import { db } from "~/services/platform/db.server";
import { getUser } from "~/services/access/permissions.server";

export const meta: MetaFunction = () => [
  { title: "Withfund" },
  { name: "description", content: "Community integration grants, run with migrant communities." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (!config().demoMode) return { signedIn: Boolean(user), demoPeople: [] };
  // Demo sign-in offers the platform admin only on a server nobody else can reach.
  const existing = await db().user.findMany({
    where: {
      email: { in: demoPeople.map((person) => person.email) },
      ...(listensOnLoopbackOnly(config()) ? {} : { isPlatformAdmin: false }),
    },
    select: { id: true, email: true },
  });
  const ids = new Map(existing.map((row) => [row.email, row.id]));
  return {
    signedIn: Boolean(user),
    demoPeople: demoPeople
      .filter((person) => ids.has(person.email))
      .map((person) => ({ ...person, id: ids.get(person.email)! })),
  };
}

export default function Home() {
  const { signedIn, demoPeople } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack-large">
      <section className="hero stack">
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.intro")}</p>
        <p>
          <Link className="button button--secondary" to="/schemes">
            {t("public:home.seeSchemes")}
          </Link>
        </p>
        {signedIn ? null : (
          <p>
            <Link className="button" to="/sign-in">
              {t("home.getStarted")}
            </Link>
          </p>
        )}
      </section>
      <section className="cards" aria-label={t("meta.tagline")}>
        <div className="card">
          <h2>{t("home.forGroups")}</h2>
          <p>{t("home.forGroupsText")}</p>
        </div>
        <div className="card">
          <h2>{t("home.forPanels")}</h2>
          <p>{t("home.forPanelsText")}</p>
        </div>
        <div className="card">
          <h2>{t("home.forFunders")}</h2>
          <p>{t("home.forFundersText")}</p>
        </div>
      </section>
      {demoPeople.length > 0 ? (
        <section className="stack" aria-labelledby="demo-title">
          <h2 id="demo-title">{t("demo.title")}</h2>
          <p>{t("demo.intro")}</p>
          <ul className="demo-people">
            {demoPeople.map((person) => (
              <li key={person.id} className="card">
                <Form method="post" action="/demo/sign-in" reloadDocument>
                  <input type="hidden" name="userId" value={person.id} />
                  <p className="demo-people__name">{person.name}</p>
                  <p className="demo-people__role">
                    {t(`demo.roles.${person.role}`, person.roleValues)}
                  </p>
                  <button type="submit" className="button button--secondary">
                    {t("demo.signInAs", { name: person.name })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
