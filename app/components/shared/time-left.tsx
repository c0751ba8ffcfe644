import { useTranslation } from "react-i18next";
import { timeLeft } from "~/domain/schemes/deadlines";

/** "12 days left", "5 hours left": how long until a closing time, counted from when the page was made. */
export function TimeLeft({ closesAt, now }: { closesAt: string; now: string }) {
  const { t } = useTranslation();
  const left = timeLeft(new Date(closesAt), new Date(now));
  if (left.unit === "lessThanHour" || left.unit === "closed")
    return <>{t(`timeLeft.${left.unit}`)}</>;
  return <>{t(`timeLeft.${left.unit}`, { count: left.count })}</>;
}
