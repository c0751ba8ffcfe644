import { useTranslation } from "react-i18next";
import type { SaveStatus } from "./use-answer-form";

/**
 * Says what autosave is doing, politely, so a screen reader hears it without losing her place.
 * Empty without JavaScript, where the buttons are the only way to save.
 */
export function AutosaveStatus({ status, savedAt }: { status: SaveStatus; savedAt: string | null }) {
  const { t, i18n } = useTranslation("applying");
  const time = savedAt ? new Intl.DateTimeFormat(i18n.language, { hour: "2-digit", minute: "2-digit" }).format(new Date(savedAt)) : "";
  const text =
    status === "saving"
      ? t("autosave.saving")
      : status === "saved"
        ? t("autosave.saved", { time })
        : status === "failed"
          ? t("autosave.failed")
          : status === "conflict"
            ? t("autosave.conflict")
            : "";
  return (
    <p className={`applying-autosave applying-autosave--${status}`} aria-live="polite" role="status">
      {text}
    </p>
  );
}
