import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const messages: Record<number, { title: string; text: string }> = {
  400: { title: "errors.badRequestTitle", text: "errors.badRequestText" },
  403: { title: "errors.forbiddenTitle", text: "errors.forbiddenText" },
  404: { title: "errors.notFoundTitle", text: "errors.notFoundText" },
};

/** A funder a platform administrator deactivated: its people are told so, not just refused. */
const funderDeactivated = {
  title: "errors.funderDeactivatedTitle",
  text: "errors.funderDeactivatedText",
};

/** What a person sees when a page fails: plain words, a way home, never a stack trace. */
export function ErrorPage({ status, deactivated }: { status: number; deactivated?: boolean }) {
  const { t } = useTranslation();
  const message = deactivated
    ? funderDeactivated
    : (messages[status] ?? { title: "errors.serverTitle", text: "errors.serverText" });
  return (
    <section className="stack" aria-labelledby="error-title">
      <h1 id="error-title">{t(message.title)}</h1>
      <p>{t(message.text)}</p>
      <p>
        <Link to="/">{t("errors.backHome")}</Link>
      </p>
    </section>
  );
}
