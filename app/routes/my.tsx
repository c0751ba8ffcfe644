import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PotAndGroup } from "~/components/applications/pot-and-group";
import { StatusText } from "~/components/applications/status-text";
import { FunderText } from "~/components/public/funder-text";
import { TimeLeft } from "~/components/shared/time-left";
import { formatSchemeDate } from "~/domain/shared/dates";
import { localeOf } from "~/services/platform/i18n.server";
import { myWork } from "~/services/accounts/my-work.server";
import { requireUser } from "~/services/access/permissions.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return myWork(user, await localeOf(request));
}

type Work = ReturnType<typeof useLoaderData<typeof loader>>;

function Memberships({
  id,
  title,
  items,
  href,
}: {
  id: string;
  title: string;
  items: { id: string; name: string; role: string; closed?: boolean }[];
  href: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="link-list">
        {items.map((item) => (
          <li key={item.id}>
            {item.closed ? (
              <span dir="auto">{item.name}</span>
            ) : (
              <Link to={href(item.id)} dir="auto">
                {item.name}
              </Link>
            )}{" "}
            <span className="muted">
              {t("myWork.role", { role: t(`roles.${item.role}`) })}
              {item.closed ? ` · ${t("myWork.funderDeactivated")}` : null}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function MyWork() {
  const work = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const belongsNowhere = work.funders.length + work.organisations.length + work.panels.length === 0;
  return (
    <div className="stack-large">
      <h1>{t("myWork.title")}</h1>
      {work.isPlatformAdmin ? (
        <p className="notice">
          {t("roles.PLATFORM_ADMIN")}: <Link to="/admin">{t("admin:home.link")}</Link>
        </p>
      ) : null}
      {belongsNowhere && !work.isPlatformAdmin && work.invitations.length === 0 ? (
        <p>{t("myWork.nothingYet")}</p>
      ) : null}

      <Drafts work={work} />
      <Invitations work={work} />
      <Sent work={work} />

      <Memberships
        id="groups"
        title={t("myWork.organisations")}
        items={work.organisations}
        href={(id) => `/organisations/${id}`}
      />
      {work.offerGroupProfile ? (
        <p>
          <Link to="/organisations/new">{t("organisations:createLink")}</Link>
        </p>
      ) : null}
      {work.grants.count > 0 ? (
        <section className="stack" aria-labelledby="grants-title">
          <h2 id="grants-title">{t("grants:list.title")}</h2>
          <p>
            <Link to="/grants">{t("grants:list.link", { count: work.grants.count })}</Link>
            {work.grants.offered > 0 ? (
              <>
                {" "}
                <strong>{t("grants:list.toAccept", { count: work.grants.offered })}</strong>
              </>
            ) : null}
          </p>
        </section>
      ) : null}
      {work.inWorkingGroup ? (
        <p>
          <Link to="/consultations">{t("forms:consultations.title")}</Link>
        </p>
      ) : null}
      <Memberships
        id="funders"
        title={t("myWork.funders")}
        items={work.funders}
        href={(id) => `/fund/${id}`}
      />
      <Memberships
        id="panels"
        title={t("myWork.panels")}
        items={work.panels}
        href={(id) => `/panels/${id}`}
      />
    </div>
  );
}

/** Unsent applications, soonest deadline first, each with its one next step. */
function Drafts({ work }: { work: Work }) {
  const { t, i18n } = useTranslation("applications");
  if (work.organisations.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t("work.draftsTitle")}</h2>
      {work.drafts.length === 0 ? (
        <p>
          {t("work.noDrafts")} <Link to="/schemes">{t("list.findScheme")}</Link>
        </p>
      ) : (
        <ul className="applying-list">
          {work.drafts.map((draft) => {
            const { next } = draft;
            return (
              <li key={draft.id} className="card">
                <h3 className="applying-list__title">
                  <FunderText text={draft.scheme} />
                </h3>
                <dl className="applying-facts">
                  <PotAndGroup pot={draft.pot} organisation={draft.organisation} />
                  <div>
                    <dt>{t("work.closes")}</dt>
                    <dd>
                      {formatSchemeDate(draft.closesAt, i18n.language, draft.timeZone, true)}
                      {" · "}
                      <strong>
                        <TimeLeft closesAt={draft.closesAt} now={work.now} />
                      </strong>
                    </dd>
                  </div>
                </dl>
                <p>
                  <Link className="button" to={next.to}>
                    {next.ready
                      ? t("work.reviewAndSend")
                      : t("work.continue", { count: next.total, done: next.done })}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Invitations({ work }: { work: Work }) {
  const { t, i18n } = useTranslation("applications");
  if (work.invitations.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t("work.invitationsTitle")}</h2>
      <ul className="applying-list">
        {work.invitations.map((invitation) => {
          const { organisation } = invitation;
          return (
            <li key={invitation.id} className="card">
              <p>
                {invitation.inviter
                  ? t("work.invitation", { inviter: invitation.inviter, organisation })
                  : t("work.invitationNoInviter", { organisation })}
              </p>
              <p className="muted">
                {t("common:myWork.role", { role: t(`common:roles.${invitation.role}`) })}
              </p>
              <p>
                {t("work.invitationHow", {
                  email: invitation.email,
                  date: formatSchemeDate(invitation.expiresAt, i18n.language, "UTC", false),
                })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Sent({ work }: { work: Work }) {
  const { t } = useTranslation("applications");
  if (work.sent.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="sent-title">
      <h2 id="sent-title">{t("work.sentTitle")}</h2>
      <ul className="applying-list">
        {work.sent.map((application) => (
          <li key={application.id} className="card">
            <h3 className="applying-list__title">
              <Link to={`/applications/${application.id}`}>
                <FunderText text={application.scheme} />
              </Link>
            </h3>
            <p className="muted">
              <FunderText text={application.pot} /> ·{" "}
              <span dir="auto">{application.organisation}</span>
            </p>
            <p>
              <StatusText status={application.status} timeZone={application.timeZone} />
            </p>
          </li>
        ))}
      </ul>
      {work.moreSent > 0 ? (
        <p>
          <Link to="/applications">{t("work.seeAll")}</Link>
        </p>
      ) : null}
    </section>
  );
}
