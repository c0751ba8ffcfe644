import { useTranslation } from "react-i18next";

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

/** The roles a members page offers, named as everywhere else (common:roles). */
export function RoleOptions({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`common:roles.${role}`)}
        </option>
      ))}
    </>
  );
}

/** Which feature's texts a members page speaks with, and which roles it offers. */
export type MembersPageKind = { namespace: "organisations" | "teams"; roles: readonly string[] };
