import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ErasureBlocker } from "~/domain/privacy/erasure";
import { isolate } from "~/domain/shared/bidi";

/** What she must hand over first, each with where to do it. */
export function ErasureBlockers({ blockers }: { blockers: ErasureBlocker[] }) {
  const { t } = useTranslation("privacy");
  return (
    <section className="notice stack" role="alert" aria-labelledby="blockers-title">
      <h2 id="blockers-title">{t("erasure.blockedTitle")}</h2>
      <p>{t("erasure.blockedIntro")}</p>
      <ul className="stack">
        {blockers.map((blocker) => (
          <li
            key={
              blocker.kind === "only-owner"
                ? blocker.organisationId
                : blocker.kind === "last-admin"
                  ? blocker.funderId
                  : blocker.kind
            }
          >
            {blocker.kind === "only-owner" ? (
              <>
                {t("erasure.onlyOwner", { group: isolate(blocker.name) })}{" "}
                <Link to={`/organisations/${blocker.organisationId}/members`}>
                  {t("erasure.onlyOwnerLink")}
                </Link>
              </>
            ) : blocker.kind === "last-admin" ? (
              t("erasure.lastAdmin", { funder: isolate(blocker.name) })
            ) : (
              t("erasure.lastPlatformAdmin")
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
