import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

type Domain = { id: string; name: { text: string; locale: string } };

/** The round's domains of change, then "any other change", which every round has. */
export function DomainList({ domains, canEdit }: { domains: Domain[]; canEdit: boolean }) {
  const { t } = useTranslation("msc");
  return (
    <section className="stack" aria-labelledby="msc-domains" id="field-domains" tabIndex={-1}>
      <h2 id="msc-domains">{t("domains.listTitle")}</h2>
      <ol className="stack card-list">
        {domains.map((domain) => (
          <li key={domain.id} className="card button-group">
            <span lang={domain.name.locale} dir="auto">
              {domain.name.text}
            </span>
            {canEdit ? (
              <>
                <Link to={`?edit=${domain.id}#domain-form`}>
                  {t("domains.rename")}
                  <span className="visually-hidden">: {domain.name.text}</span>
                </Link>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="domainId" value={domain.id} />
                  <button type="submit" className="button button--secondary">
                    {t("domains.remove")}
                    <span className="visually-hidden">: {domain.name.text}</span>
                  </button>
                </Form>
              </>
            ) : null}
          </li>
        ))}
        <li className="card">
          <span>{t("domains.other")}</span>
        </li>
      </ol>
    </section>
  );
}
