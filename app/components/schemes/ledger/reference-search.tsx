import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import { Reference } from "~/components/shared/reference";
import { REFERENCE_EXAMPLE } from "~/domain/applications/reference";
import { isolate } from "~/domain/shared/bidi";
import { PotAndStatus } from "./ledger-applications";
import type { FieldErrors } from "~/domain/shared/validation";

type Text = { text: string; locale: string };

export type ReferenceSearchResult = {
  typed: string;
  errors?: FieldErrors;
  found: {
    id: string;
    reference: string;
    organisation: string;
    status: string;
    potName: Text;
    roundName: Text;
    /** Where its money is recorded: this page's card, or the ledger of its own round. */
    ledgerLink: string | null;
  } | null;
} | null;

/**
 * Staff find an application from the reference someone reads out on the phone. A GET form, so
 * it works without JavaScript and the result can be shared as a link.
 */
export function ReferenceSearch({ search }: { search: ReferenceSearchResult }) {
  const { t } = useTranslation("schemes");
  const found = search?.found;
  return (
    <section className="stack" aria-labelledby="find-title">
      <h2 id="find-title">{t("ledger.find.title")}</h2>
      <Form
        method="get"
        className="stack reference-search"
        role="search"
        aria-labelledby="find-title"
      >
        <Field
          name="reference"
          label={t("ledger.find.label")}
          hint={t("ledger.find.hint", { example: isolate(REFERENCE_EXAMPLE) })}
          errors={search?.errors}
        >
          {(props) => (
            <input
              {...props}
              type="search"
              dir="ltr"
              defaultValue={search?.typed}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
            />
          )}
        </Field>
        <p>
          <button type="submit" className="button button--secondary">
            {t("ledger.find.button")}
          </button>
        </p>
      </Form>
      {search && !search.errors ? (
        found ? (
          <div className="card stack" role="status">
            <h3>
              <Reference value={found.reference} /> · <span dir="auto">{found.organisation}</span>
            </h3>
            <dl className="summary-list">
              <div>
                <dt>{t("ledger.find.round")}</dt>
                <dd lang={found.roundName.locale}>{found.roundName.text}</dd>
              </div>
              <PotAndStatus potName={found.potName} status={found.status} />
            </dl>
            <ul className="link-list">
              <li>
                <Link to={`/applications/${found.id}`}>{t("ledger.find.open")}</Link>
              </li>
              {found.ledgerLink ? (
                <li>
                  <Link to={found.ledgerLink}>{t("ledger.find.money")}</Link>
                </li>
              ) : null}
            </ul>
          </div>
        ) : (
          <p role="status">{t("ledger.find.notFound", { reference: isolate(search.typed) })}</p>
        )
      ) : null}
    </section>
  );
}
