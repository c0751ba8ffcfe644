import { useTranslation } from "react-i18next";
import { FunderText } from "~/components/public/funder-text";
import { FormattedDate } from "~/components/shared/formatted-date";
import type { CheckInStatus } from "~/domain/monitoring/check-in-status";
import type { ShownText } from "~/domain/monitoring/views";

type Heading = {
  heading: { organisation: string; scheme: ShownText };
  timeZone: string;
  checkIn: { kind: string; number: number; dueOn: string; status: CheckInStatus };
};

/** Whose check-in, which one, and when it is due, above every page of it. */
export function CheckInHeading({ page }: { page: Heading }) {
  const { t } = useTranslation("monitoring");
  const conversation = page.checkIn.kind === "CONVERSATION";
  return (
    <header className="stack">
      <p className="muted">
        <bdi>{page.heading.organisation}</bdi> · <FunderText text={page.heading.scheme} />
      </p>
      <h1>
        {conversation
          ? t("heading.conversation")
          : t("heading.checkIn", { number: page.checkIn.number })}
      </h1>
      <p>
        {conversation ? t("heading.heldOn") : t("heading.dueOn")}{" "}
        <FormattedDate iso={page.checkIn.dueOn} timeZone={page.timeZone} />
        {conversation ? null : (
          <>
            {" · "}
            <span className={`status status--${page.checkIn.status}`}>
              {t(`status.${page.checkIn.status}`)}
            </span>
          </>
        )}
      </p>
    </header>
  );
}
