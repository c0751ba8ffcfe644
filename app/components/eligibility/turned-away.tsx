import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FunderText, type Text } from "~/components/public/funder-text";
import { isolate } from "~/domain/shared/bidi";
import { ToldSentence } from "./screening-form";

export type TurnedAway = {
  reason: string;
  note: string | null;
  otherPots: { potId: string; href: string; pot: Text; scheme: Text }[];
  help: Text | null;
};

/** On the group's own page: why its application stopped at screening, and where it can go next. */
export function TurnedAwayNotice({ turnedAway }: { turnedAway: TurnedAway }) {
  const { t } = useTranslation();
  return (
    <section className="stack card" aria-labelledby="turned-away-title">
      <h2 id="turned-away-title">{t("eligibility:screening.applicant.title")}</h2>
      <p>{t("eligibility:screening.applicant.intro")}</p>
      <ToldSentence reason={turnedAway.reason} note={turnedAway.note} />
      <h3>{t("eligibility:screening.applicant.nextTitle")}</h3>
      {turnedAway.otherPots.length > 0 ? (
        <>
          <p>{t("eligibility:screening.applicant.otherPots")}</p>
          <ul>
            {turnedAway.otherPots.map((other) => (
              <li key={other.potId}>
                <Link to={other.href}>
                  {t("eligibility:screening.applicant.otherPot", {
                    pot: isolate(other.pot.text),
                    scheme: isolate(other.scheme.text),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t("eligibility:screening.applicant.laterRounds")}</p>
      {turnedAway.help ? (
        <>
          <h3>{t("eligibility:screening.applicant.helpTitle")}</h3>
          <FunderText as="p" text={turnedAway.help} />
        </>
      ) : null}
    </section>
  );
}
