import { useTranslation } from "react-i18next";
import { RadioGroup } from "~/components/public/radio-group";
import type { ShareConsent } from "~/domain/outcomes/consent";
import { shareConsents } from "~/domain/monitoring/check-in-form";
import type { FieldErrors } from "~/domain/shared/validation";

/** How far something may be shared: funder only, the funder's reports, or public. */
export function ConsentChoice({
  name,
  legend,
  hint,
  value,
  errors,
}: {
  name: string;
  legend: string;
  hint?: string;
  value: ShareConsent | null;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation("monitoring");
  return (
    <RadioGroup
      name={name}
      legend={legend}
      hint={hint}
      value={value ?? undefined}
      errors={errors}
      options={shareConsents.map((consent) => ({ value: consent, label: t(`consent.${consent}`) }))}
    />
  );
}
