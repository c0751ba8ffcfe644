import { useTranslation } from "react-i18next";

/** Shown on every page of an application that staff entered for a group, so nobody mistakes who wrote it. */
export function OnBehalfNote({ funderName }: { funderName: string }) {
  const { t } = useTranslation("applications");
  return (
    <p className="notice applying-on-behalf" role="note">
      {t("onBehalf.note", { funder: funderName })}
    </p>
  );
}
