import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MoveButtons } from "~/components/shared/move-buttons";
import { z } from "zod";
import { CriterionView } from "~/components/panels/criterion-view";
import {
  FrozenNote,
  PanelCaption,
  RubricTrail,
  rubricPath,
} from "~/components/panels/rubric-layout";
import { ErrorSummary } from "~/components/shared/form-field";
import { moveCriterion, rubricProblems, weightShares } from "~/domain/panels/rubric";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { requireRubric } from "~/services/panels/rubric-pages.server";
import { editRubric } from "~/services/panels/rubric.server";

/** The panel's rubric as reviewers will see it, with the staff's changes beside each criterion. */

const moveSchema = z.object({
  id: z.string().min(1, "panels:rubric.errors.noSuchCriterion"),
  direction: z.enum(["up", "down"]),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { page, criteria, locale } = await requireRubric(request, params, "view");
  return {
    page,
    locale,
    criteria,
    shares: weightShares(criteria),
    problems: rubricProblems(criteria),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel, page } = await requireRubric(request, params, "edit");
  const parsed = parseForm(moveSchema, await request.formData());
  if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });
  const { id, direction } = parsed.data;
  const result = await editRubric(user, panel, {
    change: "move",
    criterionId: id,
    apply: (criteria) => moveCriterion(criteria, id, direction),
  });
  if (!result.ok) {
    const errors: FieldErrors = { [result.error.field]: { key: result.error.key } };
    return data({ errors }, { status: 400 });
  }
  const done = result.newVersion ? `new-version&version=${result.version}` : "moved";
  return redirect(`${rubricPath(page)}?done=${done}#criterion-${id}`);
}

export default function Rubric() {
  const { page, locale, criteria, shares, problems } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const done = search.get("done");
  const base = rubricPath(page);
  return (
    <div className="stack-large schemes-page">
      <div className="stack">
        <RubricTrail page={page} />
        <h1>{t("panels:rubric.title")}</h1>
        <PanelCaption page={page} />
        {page.version !== null ? (
          <p className="muted">{t("panels:rubric.versionLine", { version: page.version })}</p>
        ) : null}
        {done === "new-version" ? (
          <p role="status" className="notice">
            {t("panels:rubric.done.newVersion", {
              version: Number(search.get("version")),
              previous: Number(search.get("version")) - 1,
            })}
          </p>
        ) : done ? (
          <p role="status" className="notice">
            {done === "removed" ? t("panels:rubric.done.removed") : t("panels:rubric.done.saved")}
          </p>
        ) : null}
        <FrozenNote page={page} />
        <ErrorSummary errors={actionData?.errors} />
        <p>{t("panels:rubric.intro")}</p>
        {problems.map((problem) => (
          <p key={problem} className="notice">
            {t(problem)}
          </p>
        ))}
        <ul className="builder-tabs">
          <li>
            <Link to={`${base}/preview`}>{t("panels:rubric.preview.link")}</Link>
          </li>
          <li>
            <Link to={`${base}/translations`}>{t("panels:rubric.translations.link")}</Link>
          </li>
        </ul>
      </div>

      {criteria.map((criterion) => {
        const name = translated(criterion.title, locale).text;
        return (
          <CriterionView
            key={criterion.id}
            criterion={criterion}
            share={shares[criterion.id] ?? 0}
            locale={locale}
          >
            {page.canEdit ? (
              <div className="builder-actions">
                <Link to={`${base}/criteria/${criterion.id}`}>
                  {t("panels:rubric.change")}
                  <span className="visually-hidden">: {name}</span>
                </Link>
                <Link to={`${base}/criteria/${criterion.id}/translations`}>
                  {t("panels:rubric.translate")}
                  <span className="visually-hidden">: {name}</span>
                </Link>
                <Link to={`${base}/criteria/${criterion.id}/remove`}>
                  {t("panels:rubric.remove")}
                  <span className="visually-hidden">: {name}</span>
                </Link>
                {criteria.length > 1 ? (
                  <MoveButtons intent="move" id={criterion.id} name={name} />
                ) : null}
              </div>
            ) : null}
          </CriterionView>
        );
      })}

      {page.canEdit ? (
        <p>
          <Link to={`${base}/criteria/new`} className="button">
            {t("panels:rubric.add")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
