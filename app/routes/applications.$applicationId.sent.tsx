import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OnBehalfNote } from "~/components/applications/on-behalf-note";
import { FunderText } from "~/components/public/funder-text";
import { Reference } from "~/components/shared/reference";
import { formatSchemeDate } from "~/domain/shared/dates";
import { isLocale, localeNames } from "~/domain/shared/locales";
import { isolate } from "~/domain/shared/bidi";
import {
  applicationPeople,
  headingOf,
  receiptOf,
  requireApplication,
} from "~/services/applications/application-pages.server";
import { localeOf } from "~/services/platform/i18n.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { application, access } = await requireApplication(request, params, "view");
  if (application.status === "DRAFT" || !application.submittedAt)
    throw redirect(`/applications/${application.id}`);
  const [locale, people, receipt] = await Promise.all([
    localeOf(request),
    applicationPeople(application, access),
    receiptOf(application.id, access),
  ]);
  return {
    heading: headingOf(application, locale),
    onBehalf: application.enteredOnBehalfById !== null,
    funderName: people.funderName,
    reference: application.reference,
    submittedAt: application.submittedAt.toISOString(),
    decisionAt: application.pot.round.decisionAt?.toISOString() ?? null,
    receipt: receipt
      ? { to: receipt.to, language: isLocale(receipt.locale) ? localeNames[receipt.locale] : null }
      : null,
  };
}

export default function Sent() {
  const page = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("applications");
  const { heading } = page;
  const when = (iso: string, withTime: boolean) =>
    formatSchemeDate(iso, i18n.language, heading.timeZone, withTime);
  return (
    <div className="narrow stack-large">
      <div className="applying-sent stack" role="status">
        <h1>{t("sent.title")}</h1>
        <p className="applying-sent__reference">
          {t("sent.reference")}{" "}
          <strong>
            <Reference value={page.reference} />
          </strong>
        </p>
      </div>
      {page.onBehalf ? <OnBehalfNote funderName={page.funderName} /> : null}
      <dl className="summary-list">
        <div>
          <dt>{t("sent.scheme")}</dt>
          <dd>
            <FunderText text={heading.scheme} /> · <FunderText text={heading.pot} />
          </dd>
        </div>
        <div>
          <dt>{t("sent.group")}</dt>
          <dd dir="auto">{heading.organisation}</dd>
        </div>
        <div>
          <dt>{t("sent.sentOn")}</dt>
          <dd>
            <time dateTime={page.submittedAt}>{when(page.submittedAt, true)}</time>
          </dd>
        </div>
      </dl>
      {page.receipt ? (
        <p>
          {page.receipt.language
            ? t("sent.emailIn", {
                email: isolate(page.receipt.to),
                language: page.receipt.language,
              })
            : t("sent.email", { email: isolate(page.receipt.to) })}
        </p>
      ) : null}
      <section className="stack" aria-labelledby="next">
        <h2 id="next">{t("sent.nextTitle")}</h2>
        <p>{t("sent.next")}</p>
        <p>
          {page.decisionAt
            ? t("sent.decisionBy", { date: when(page.decisionAt, false) })
            : t("sent.decisionLater")}
        </p>
        <p>{t("sent.readOnly")}</p>
      </section>
      <ul className="link-list">
        <li>
          <Link to={`/applications/${heading.id}/check`}>{t("sent.readAnswers")}</Link>
        </li>
        <li>
          <Link to="/applications">{t("sent.allApplications")}</Link>
        </li>
      </ul>
    </div>
  );
}
