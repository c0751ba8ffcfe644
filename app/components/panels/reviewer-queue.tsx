import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SchemeDate } from "~/components/public/scheme-date";

type QueueItem = {
  id: string;
  reference: string;
  pot: { text: string; locale: string };
  organisation: string | null;
  state: "to-do" | "draft" | "done";
};

/** The applications she was given, each marked to do, draft or done. */
export function ReviewerQueue({
  panelId,
  queue,
  deadline,
  timeZone,
}: {
  panelId: string;
  queue: QueueItem[];
  deadline: string | null;
  timeZone: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="queue-title">
      <h2 id="queue-title">{t("panels:queue.title")}</h2>
      {deadline ? (
        <p>
          {t("panels:queue.deadline")} <SchemeDate iso={deadline} timeZone={timeZone} withTime />
        </p>
      ) : null}
      {queue.length === 0 ? (
        <p>{t("panels:queue.empty")}</p>
      ) : (
        <>
          <p className="muted">{t("panels:queue.openingSoon")}</p>
          <ul className="stack card-list">
            {queue.map((item) => (
              <li key={item.id} className="card">
                <p>
                  <strong dir="ltr">{item.reference}</strong>{" "}
                  <span className="muted">{t(`panels:queue.states.${item.state}`)}</span>
                </p>
                <p lang={item.pot.locale}>{item.pot.text}</p>
                {item.organisation ? (
                  <p>
                    <bdi>{item.organisation}</bdi>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={`/panels/${panelId}/conflicts`}>{t("panels:queue.moreConflicts")}</Link>
      </p>
    </section>
  );
}
