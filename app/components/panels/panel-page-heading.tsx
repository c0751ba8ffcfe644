import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The way back to the panel, above the heading of every page a panel member opens from it. */
export function PanelBackLink({ panelId, panelName }: { panelId: string; panelName: string }) {
  return (
    <p>
      <Link to={`/panels/${panelId}`}>
        <bdi>{panelName}</bdi>
      </Link>
    </p>
  );
}

/** The top of a page about one of the panel's applications, with the way to read it. */
export function PanelApplicationHeading({
  panelId,
  panelName,
  applicationId,
  title,
  reference,
}: {
  panelId: string;
  panelName: string;
  applicationId: string;
  title: string;
  reference: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PanelBackLink panelId={panelId} panelName={panelName} />
      <h1>
        {title} <bdi dir="ltr">{reference}</bdi>
      </h1>
      <p>
        <Link to={`/panels/${panelId}/applications/${applicationId}`}>
          {t("panels:review.readApplication")}
        </Link>
      </p>
    </>
  );
}
