import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FunderText } from "~/components/public/funder-text";
import { Reference } from "~/components/shared/reference";
import type { Heading } from "~/services/applications/application-pages.server";
import { OnBehalfNote } from "./on-behalf-note";
import { StatusText } from "./status-text";

/**
 * The top of every page of one application: where it belongs (scheme, pot, group), the page's
 * own title, its status, and the note when staff entered it for the group.
 */
export function ApplicationHeading({
  heading,
  title,
  onBehalfOf,
  backToTasks = false,
}: {
  heading: Heading;
  title: React.ReactNode;
  /** The funder's name when staff entered the application on the group's behalf. */
  onBehalfOf: string | null;
  backToTasks?: boolean;
}) {
  const { t } = useTranslation("applications");
  return (
    <div className="stack">
      {backToTasks ? (
        <p>
          <Link to={`/applications/${heading.id}`}>{t("nav.backToTasks")}</Link>
        </p>
      ) : null}
      <p className="muted applying-context">
        <FunderText text={heading.scheme} /> · <FunderText text={heading.pot} /> ·{" "}
        <span dir="auto">{heading.organisation}</span>
      </p>
      <h1>{title}</h1>
      <p>
        {t("tasks.statusLabel")} <StatusText status={heading.status} timeZone={heading.timeZone} />
      </p>
      <p>
        {t("tasks.referenceLabel")} <Reference value={heading.reference} />
      </p>
      {onBehalfOf !== null ? <OnBehalfNote funderName={onBehalfOf} /> : null}
    </div>
  );
}
