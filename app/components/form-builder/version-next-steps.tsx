import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/form-field";
import type { EditError } from "~/domain/forms/edit";
import type { FieldErrors } from "~/lib/validation";

type Status = "DRAFT" | "CONSULTATION" | "PUBLISHED" | "RETIRED";
type RoundOption = { id: string; name: { text: string }; usesThis: boolean };

type NextStepsProps = {
  status: Status;
  editable: boolean;
  /** What must be fixed before publishing (a draft only). */
  problems: EditError[];
  openSuggestions: number;
  suggestionsPath: string;
  rounds: RoundOption[];
  /** What the last "use for a round" try sent back. */
  roundErrors?: FieldErrors;
  roundValues?: Record<string, string>;
};

/**
 * "What happens next" for one version: what its status means, and the buttons that move it
 * on (consult, publish, copy into a new draft, use for a round).
 */
export function VersionNextSteps({
  status,
  editable,
  problems,
  openSuggestions,
  suggestionsPath,
  rounds,
  roundErrors,
  roundValues,
}: NextStepsProps) {
  const { t } = useTranslation();
  return (
    <section className="stack card" aria-labelledby="status-title" id="field-status">
      <h2 id="status-title">{t("forms:builder.nextTitle")}</h2>
      <p>{t(`forms:builder.statusExplained.${status}`)}</p>
      {openSuggestions > 0 ? (
        <p>
          <Link to={suggestionsPath}>
            {t("forms:builder.openSuggestions", { count: openSuggestions })}
          </Link>
        </p>
      ) : null}
      {problems.length > 0 ? (
        <div className="stack">
          <p>{t("forms:builder.beforePublishing")}</p>
          <ul className="link-list">
            {problems.map((problem, index) => (
              <li key={index}>{t(problem.key, problem.values)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="builder-actions">
        {status === "DRAFT" ? (
          <IntentButton intent="open-consultation" secondary>
            {t("forms:builder.openConsultation")}
          </IntentButton>
        ) : null}
        {editable ? (
          <IntentButton intent="publish">{t("forms:builder.publish")}</IntentButton>
        ) : (
          <IntentButton intent="new-draft" secondary>
            {t("forms:builder.newDraft")}
          </IntentButton>
        )}
      </div>
      {status === "PUBLISHED" ? (
        <RoundChoice rounds={rounds} errors={roundErrors} values={roundValues} />
      ) : null}
    </section>
  );
}

function IntentButton({
  intent,
  secondary,
  children,
}: {
  intent: string;
  secondary?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={secondary ? "button button--secondary" : "button"}>
        {children}
      </button>
    </Form>
  );
}

/** "Use this version for a round": offered for a published version only. */
function RoundChoice({
  rounds,
  errors,
  values,
}: {
  rounds: RoundOption[];
  errors?: FieldErrors;
  values?: Record<string, string>;
}) {
  const { t } = useTranslation();
  if (rounds.length === 0) return <p>{t("forms:builder.noRounds")}</p>;
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value="assign-round" />
      <Field
        name="roundId"
        label={t("forms:builder.useForRound")}
        hint={t("forms:builder.useForRoundHint")}
        errors={errors}
      >
        {(props) => (
          <select {...props} defaultValue={values?.roundId ?? ""}>
            <option value="">{t("forms:builder.chooseRound")}</option>
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {round.usesThis
                  ? t("forms:builder.roundUsesThis", { round: round.name.text })
                  : round.name.text}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button--secondary">
        {t("forms:builder.assign")}
      </button>
    </Form>
  );
}
