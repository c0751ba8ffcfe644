import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

// The link is a secret: keep its page out of search engines.
export const invitationMeta: MetaFunction = () => [
  { title: "Withfund" },
  { name: "robots", content: "noindex" },
];

// Texts come from the inviting feature: @namespaces organisations panels teams

/**
 * An invitation link that no longer opens anything: why, in the inviting feature's words, and
 * the way to My work.
 */
export function InvitationClosed({
  namespace,
  state,
}: {
  namespace: "organisations" | "panels" | "teams";
  state: string;
}) {
  const { t } = useTranslation(namespace);
  return (
    <section className="narrow stack" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t(`invitation.${state}Title`)}</h1>
      <p>{t(`invitation.${state}Text`)}</p>
      <p>
        <Link to="/my">{t("invitation.goToMyWork")}</Link>
      </p>
    </section>
  );
}
