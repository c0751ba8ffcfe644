import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/shared/form-field";
import type { EditError } from "~/domain/forms/edit";
import type { VersionStatus } from "~/domain/forms/version-lifecycle";
import type { FieldErrors } from "~/domain/shared/validation";

type RoundOption = { id: string; name: { text: string }; usesThis: boolean };

type NextStepsProps = {
  status: VersionStatus;
  editable: boolean;
  /** What must be fixed before publishing (a draft only). */
  problems: EditError[];
  openSuggestions: number;
  suggestionsPath: string;
  version: number;
  /** "Publish this version" was pressed: say what publishing does and ask again. */
  confirmingPublish: boolean;
  /** The version page, where "not now" leads. */
  here: string;
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
  version,
  confirmingPublish,
  here,
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
      {editable && confirmingPublish ? (
        <PublishConfirmation
          status={status}
          version={version}
          openSuggestions={openSuggestions}
          here={here}
        />
      ) : (
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
      )}
      {status === "PUBLISHED" ? (
        <RoundChoice rounds={rounds} errors={roundErrors} values={roundValues} />
      ) : null}
    </section>
  );
}

/**
 * The second step of publishing: what it does, then "Yes, publish" or "Not now". A page state
 * rather than window.confirm, so it reads the same with JavaScript off and to a screen reader.
 */
function PublishConfirmation({
  status,
  version,
  openSuggestions,
  here,
}: {
  status: VersionStatus;
  version: number;
  openSuggestions: number;
  here: string;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Where the button was pressed, the question replaces it; move focus there so it is read.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="stack applying-confirm" id="publish-confirm">
      <h3 ref={heading} tabIndex={-1}>
        {t("forms:builder.publishConfirm.title", { version })}
      </h3>
      <ul className="schemes-plain-list">
        <li>{t("forms:builder.publishConfirm.frozen")}</li>
        {status === "CONSULTATION" ? (
          <li>{t("forms:builder.publishConfirm.consultationEnds")}</li>
        ) : null}
        {openSuggestions > 0 ? (
          <li>{t("forms:builder.openSuggestions", { count: openSuggestions })}</li>
        ) : null}
        <li>{t("forms:builder.publishConfirm.rounds")}</li>
      </ul>
      <Form method="post" className="builder-actions">
        <input type="hidden" name="intent" value="publish" />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {t("forms:builder.publishConfirm.yes", { version })}
        </button>
        <Link to={here}>{t("forms:builder.publishConfirm.no")}</Link>
      </Form>
    </div>
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
