import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Plan = {
  applications: {
    id: string;
    reference: string;
    added: string[];
    shortfall?: { assigned: number; needed: number; reasons: string[] };
  }[];
  loads: { name: string; load: number }[];
  added: number;
};

/** The planner's proposal, shown in full before anything is saved. */
export function PlanPreview({
  plan,
  fingerprint,
  changed,
}: {
  plan: Plan;
  fingerprint: string;
  changed: boolean;
}) {
  const { t } = useTranslation();
  const shortfalls = plan.applications.filter((application) => application.shortfall);
  return (
    <section className="stack card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t("panels:assignments.proposalTitle")}</h2>
      {changed ? (
        <p role="alert" className="notice">
          {t("panels:assignments.changedMeanwhile")}
        </p>
      ) : null}
      <p>{t("panels:assignments.proposalAdds", { count: plan.added })}</p>
      <ul className="stack card-list">
        {plan.applications
          .filter((application) => application.added.length > 0)
          .map((application) => (
            <li key={application.id}>
              {t("common:labelled", { label: application.reference })}{" "}
              {application.added.map((name, index) => (
                <span key={index}>
                  {index > 0 ? ", " : null}
                  <bdi>{name}</bdi>
                </span>
              ))}
            </li>
          ))}
      </ul>
      {shortfalls.length > 0 ? (
        <div className="stack">
          <h3>{t("panels:assignments.shortfallsTitle")}</h3>
          <ul className="stack card-list">
            {shortfalls.map((application) => (
              <li key={application.id}>
                {t("common:labelled", { label: application.reference })}{" "}
                {t("panels:assignments.reviewersOf", {
                  assigned: application.shortfall!.assigned,
                  needed: application.shortfall!.needed,
                })}
                <ul>
                  {application.shortfall!.reasons.map((reason) => (
                    <li key={reason}>{t(`panels:assignments.reasons.${reason}`)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>{t("panels:assignments.loadsTitle")}</h3>
      <ul>
        {plan.loads.map((member, index) => (
          <li key={index}>
            {t("common:labelled", { label: member.name })}{" "}
            {t("panels:assignments.applicationsCount", { count: member.load })}
          </li>
        ))}
      </ul>
      <Form method="post">
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="fingerprint" value={fingerprint} />
        <button type="submit" className="button">
          {t("panels:assignments.save")}
        </button>
      </Form>
    </section>
  );
}
