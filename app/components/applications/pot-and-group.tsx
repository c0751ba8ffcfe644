import { useTranslation } from "react-i18next";
import { FunderText, type Text } from "~/components/public/funder-text";

/** Which pot an application asks and which group is asking: the first facts of every list of applications. */
export function PotAndGroup({ pot, organisation }: { pot: Text; organisation: string }) {
  const { t } = useTranslation("applications");
  return (
    <>
      <div>
        <dt>{t("list.pot")}</dt>
        <dd>
          <FunderText text={pot} />
        </dd>
      </div>
      <div>
        <dt>{t("list.group")}</dt>
        <dd dir="auto">{organisation}</dd>
      </div>
    </>
  );
}
