import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SchemeDate } from "~/components/public/scheme-date";
import { TimeLeft } from "~/components/shared/time-left";

type QueueItem = {
  id: string;
  reference: string;
  pot: { text: string; locale: string };
  organisation: string | null;
  state: "to-do" | "draft" | "done";
};

/** The applications she was given, how many are done, and by when. */
export function ReviewerQueue({
  panelId,
  queue,
  deadline,
  timeZone,
  now,
}: {
  panelId: string;
  queue: QueueItem[];
  deadline: string | null;
  timeZone: string;
  /** When the page was made, so "days left" reads the same on server and browser. */
  now: string;
}) {
  const { t } = useTranslation("panels");
  const done = queue.filter((item) => item.state === "done").length;
  const pastDue = deadline !== null && new Date(deadline) <= new Date(now);
  return (
    <section className="stack" aria-labelledby="queue-title">
      <h2 id="queue-title">{t("queue.title")}</h2>
      {deadline ? (
        <p className={pastDue && done < queue.length ? "notice applying-warning" : undefined}>
          {t("queue.deadline")} <SchemeDate iso={deadline} timeZone={timeZone} withTime />
          {" · "}
          {pastDue ? t("queue.pastDue") : <TimeLeft closesAt={deadline} now={now} />}
        </p>
      ) : null}
      {queue.length === 0 ? (
        <p>{t("queue.empty")}</p>
      ) : (
        <>
          <p>
            <strong>{t("queue.progress", { done, total: queue.length })}</strong>
          </p>
          <ul className="stack card-list">
            {queue.map((item) => (
              <li key={item.id} className="card stack">
                <p>
                  <strong dir="ltr">{item.reference}</strong>{" "}
                  <span className={`applying-tag applying-tag--${stateTag[item.state]}`}>
                    {t(`queue.states.${item.state}`)}
                  </span>
                </p>
                <p lang={item.pot.locale}>{item.pot.text}</p>
                {item.organisation ? (
                  <p>
                    <bdi>{item.organisation}</bdi>
                  </p>
                ) : null}
                <p>
                  <Link to={`/panels/${panelId}/applications/${item.id}`}>
                    {t("queue.read")}
                    <span className="visually-hidden"> {item.reference}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={`/panels/${panelId}/conflicts`}>{t("queue.moreConflicts")}</Link>
      </p>
    </section>
  );
}

/** The applying pages' tags, so "to do", "draft saved" and "submitted" look the same everywhere. */
const stateTag = { "to-do": "not-started", draft: "in-progress", done: "complete" } as const;
