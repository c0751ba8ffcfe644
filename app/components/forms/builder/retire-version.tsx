import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/domain/shared/validation";

type RetireProps = {
  status: string;
  version: number;
  /** The page's own address: where "keep it" leads, and where `?retire=confirm` asks first. */
  here: string;
  confirming: boolean;
  /** What the last retire or un-retire try sent back, shown next to its button. */
  errors?: FieldErrors;
};

/**
 * Stopping the use of a published version (after a confirmation that says what it does), or
 * bringing a retired one back. Works without JavaScript: the confirmation is a page state.
 */
export function RetireVersion({ status, version, here, confirming, errors }: RetireProps) {
  const { t } = useTranslation();
  const error = errors?.retire;
  const refusal = error ? (
    <p id="field-retire-error" className="field__error">
      {t(error.key, error.values)}
    </p>
  ) : null;

  if (status === "RETIRED") {
    return (
      <section className="stack card" aria-labelledby="retire-title" id="field-retire">
        <h2 id="retire-title">{t("forms:builder.retire.unretireTitle")}</h2>
        <p>{t("forms:builder.retire.unretireIntro")}</p>
        {refusal}
        <Form method="post">
          <input type="hidden" name="intent" value="unretire" />
          <button
            type="submit"
            className="button button--secondary"
            aria-describedby={error ? "field-retire-error" : undefined}
          >
            {t("forms:builder.retire.unretire")}
          </button>
        </Form>
      </section>
    );
  }
  if (status !== "PUBLISHED") return null;

  return (
    <section className="stack card" aria-labelledby="retire-title" id="field-retire">
      <h2 id="retire-title">{t("forms:builder.retire.title")}</h2>
      {confirming || error ? (
        <div className="stack applying-confirm">
          <p>{t("forms:builder.retire.confirm", { version })}</p>
          {refusal}
          <Form method="post" className="builder-actions">
            <input type="hidden" name="intent" value="retire" />
            <button
              type="submit"
              className="button button--warning"
              aria-describedby={error ? "field-retire-error" : undefined}
            >
              {t("forms:builder.retire.yes")}
            </button>
            <Link to={here}>{t("forms:builder.retire.no")}</Link>
          </Form>
        </div>
      ) : (
        <>
          <p>{t("forms:builder.retire.intro")}</p>
          <p>
            <Link to={`${here}?retire=confirm#field-retire`}>
              {t("forms:builder.retire.start")}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
