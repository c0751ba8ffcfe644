import { useTranslation } from "react-i18next";
import { formatTime } from "~/domain/shared/dates";
import type { SaveStatus } from "./use-autosave";

/**
 * Says what autosave is doing, politely, so a screen reader hears it without losing her place.
 * Empty without JavaScript, where the buttons are the only way to save. `conflictText` says
 * what to do when a newer copy was saved elsewhere, in the words of the page's feature.
 */
export function AutosaveStatus({
  status,
  savedAt,
  conflictText,
}: {
  status: SaveStatus;
  savedAt: string | null;
  conflictText?: string;
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
            ? (conflictText ?? t("autosave.conflict"))
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
