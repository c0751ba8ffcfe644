import { useTranslation } from "react-i18next";
import { isolate } from "~/domain/shared/bidi";
import type { MembersPageKind } from "./form-parts";

// Texts come from the page's feature: @namespaces organisations teams
/** Says what was just done on the members page, naming the person and role in the sentence. */
export function DoneNotice({
  kind,
  done,
}: {
  kind: MembersPageKind;
  done?: { key: string; values: Record<string, string> };
}) {
  const { t } = useTranslation(kind.namespace);
  if (!done) return null;
  const values = Object.fromEntries(
    Object.entries(done.values).map(([name, value]) => [
      name,
      name === "role" ? t(`common:roles.${value}`) : isolate(value),
    ]),
  );
  return (
    <p role="status" className="notice">
      {t(done.key, values)}
    </p>
  );
}
