import { useTranslation } from "react-i18next";
import { memberRoles } from "~/domain/organisations/members-form";

/** What a small form posts besides its button: its intent and the record it is about. */
export function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

export function RoleOptions() {
  const { t } = useTranslation();
  return (
    <>
      {memberRoles.map((role) => (
        <option key={role} value={role}>
          {t(`common:roles.${role}`)}
        </option>
      ))}
    </>
  );
}
