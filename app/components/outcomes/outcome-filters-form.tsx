import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import type { OutcomeFilterValues } from "~/domain/outcomes/outcome-filters";
import type { FieldErrors } from "~/domain/shared/validation";

type Named = { id: string; text: string; locale: string };
export type FilterChoices = {
  schemes: Named[];
  rounds: (Named & { scheme: string })[];
  pots: (Named & { round: string })[];
};

/**
 * Scheme, round, pot and period, as a GET form: the filtered view works without JavaScript and
 * its address can be bookmarked or sent to a colleague. Every round and pot is listed with the
 * scheme or round it belongs to, so the choice is clear without scripts narrowing the lists.
 */
export function OutcomeFiltersForm({
  action,
  values,
  errors,
  choices,
  showGrouping = true,
}: {
  action: string;
  values: OutcomeFilterValues;
  errors: FieldErrors;
  choices: FilterChoices;
  showGrouping?: boolean;
}) {
  const { t } = useTranslation("outcomes");
  return (
    <section className="card stack outcomes-filters" aria-labelledby="outcomes-filters-title">
      <h2 id="outcomes-filters-title">{t("views.filters.title")}</h2>
      <Form method="get" action={action} className="outcomes-filters__form">
        <Field name="scheme" label={t("views.filters.scheme")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={values.scheme}>
              <option value="">{t("views.filters.allSchemes")}</option>
              {choices.schemes.map((scheme) => (
                <option key={scheme.id} value={scheme.id} lang={scheme.locale}>
                  {scheme.text}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="round" label={t("views.filters.round")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={values.round}>
              <option value="">{t("views.filters.allRounds")}</option>
              {choices.rounds.map((round) => (
                <option key={round.id} value={round.id}>
                  {t("views.filters.inside", { name: round.text, parent: round.scheme })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="pot" label={t("views.filters.pot")} errors={errors}>
          {(props) => (
            <select {...props} defaultValue={values.pot}>
              <option value="">{t("views.filters.allPots")}</option>
              {choices.pots.map((pot) => (
                <option key={pot.id} value={pot.id}>
                  {t("views.filters.inside", { name: pot.text, parent: pot.round })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="from"
          label={t("views.filters.from")}
          hint={t("views.filters.monthHint")}
          errors={errors}
        >
          {(props) => (
            <input {...props} type="month" defaultValue={values.from} placeholder="2026-01" />
          )}
        </Field>
        <Field
          name="to"
          label={t("views.filters.to")}
          hint={t("views.filters.monthHint")}
          errors={errors}
        >
          {(props) => (
            <input {...props} type="month" defaultValue={values.to} placeholder="2026-12" />
          )}
        </Field>
        {showGrouping ? (
          <Field name="per" label={t("views.filters.per")} errors={errors}>
            {(props) => (
              <select {...props} defaultValue={values.per}>
                <option value="quarter">{t("views.filters.perQuarter")}</option>
                <option value="month">{t("views.filters.perMonth")}</option>
              </select>
            )}
          </Field>
        ) : (
          <input type="hidden" name="per" value={values.per} />
        )}
        <div className="outcomes-filters__actions">
          <button type="submit" className="button">
            {t("views.filters.apply")}
          </button>
        </div>
      </Form>
    </section>
  );
}
