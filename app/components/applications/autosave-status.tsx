import { useTranslation } from "react-i18next";
import { formatTime } from "~/domain/shared/dates";
import type { SaveStatus } from "./use-answer-form";

/**
 * Says what autosave is doing, politely, so a screen reader hears it without losing her place.
 * Empty without JavaScript, where the buttons are the only way to save.
 */
export function AutosaveStatus({
  status,
  savedAt,
}: {
  status: SaveStatus;
  savedAt: string | null;
}) {
  const { t, i18n } = useTranslation("applications");
  // Her own clock: the save happened where she is.
  const time = savedAt ? formatTime(savedAt, i18n.language) : "";
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
    <p
      className={`applying-autosave applying-autosave--${status}`}
      aria-live="polite"
      role="status"
    >
      {text}
    </p>
  );
}
