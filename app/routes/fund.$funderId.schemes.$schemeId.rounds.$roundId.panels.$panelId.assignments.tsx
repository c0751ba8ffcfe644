import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ApplicationsTable, MembersTable } from "~/components/panels/assignment-tables";
import { PlanPreview } from "~/components/panels/plan-preview";
import { Breadcrumbs, schemeCrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { translated } from "~/domain/shared/translated-text";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { forbidden } from "~/services/access/permissions.server";
import { boardView, planView } from "~/services/panels/assignment-page.server";
import {
  addReviewer,
  assignmentBoard,
  awaitingScreening,
  proposePlan,
  removeReviewer,
  savePlan,
} from "~/services/panels/assignments.server";
import { requireRoundPanel } from "~/services/panels/panels.server";
import { db } from "~/services/platform/db.server";

/** Staff share a panel's applications out among its members, by plan or by hand. */

const changeSchema = z.object({
  intent: z.enum(["add", "remove"]),
  applicationId: z.string().min(1),
  userId: z.string({ required_error: "panels:assignments.errors.chooseReviewer" }).min(1, {
    message: "panels:assignments.errors.chooseReviewer",
  }),
});
const saveSchema = z.object({ fingerprint: z.string().min(1) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, locale, canEditPanel } = await requireRoundPanel(request, params, "view");
  const [board, toScreen] = await Promise.all([
    assignmentBoard(db(), panel),
    awaitingScreening(db(), panel),
  ]);
  return {
    panel: {
      id: panel.id,
      name: panel.name,
      reviewsNeeded: panel.reviewsNeeded,
      communityReviewerRequired: panel.communityReviewerRequired,
    },
    scheme: { id: panel.round.scheme.id, title: translated(panel.round.scheme.title, locale) },
    round: { id: panel.round.id, name: translated(panel.round.name, locale) },
    canEdit: canEditPanel,
    awaitingScreening: toScreen,
    ...boardView(panel, board, locale),
  };
}

type ActionData = {
  errors?: FieldErrors;
  plan?: ReturnType<typeof planView>;
  fingerprint?: string;
  changed?: boolean;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel } = await requireRoundPanel(request, params, "edit");
  const form = await request.formData();
  const intent = form.get("intent");
  const here = new URL(request.url).pathname;
  const proposal = async (changed: boolean) => {
    const { board, plan, fingerprint } = await proposePlan(panel);
    return data<ActionData>({ plan: planView(panel, board, plan), fingerprint, changed });
  };
  if (intent === "plan") return proposal(false);
  if (intent === "save") {
    const parsed = parseForm(saveSchema, form);
    if (!parsed.ok) return proposal(false);
    const saved = await savePlan(user, panel, parsed.data.fingerprint);
    return saved.ok ? redirect(`${here}?saved=plan`) : proposal(true);
  }
  const parsed = parseForm(changeSchema, form);
  const applicationId = String(form.get("applicationId") ?? "");
  const field = `reviewer-${applicationId}`;
  if (!parsed.ok)
    return data<ActionData>(
      { errors: { [field]: { key: "panels:assignments.errors.chooseReviewer" } } },
      { status: 400 },
    );
  const change = parsed.data.intent === "add" ? addReviewer : removeReviewer;
  const result = await change(user, panel, parsed.data.applicationId, parsed.data.userId);
  if (result.ok) return redirect(`${here}?saved=${parsed.data.intent}`);
  if (result.reason === "forbidden") throw forbidden();
  return data<ActionData>(
    { errors: { [field]: { key: `panels:assignments.errors.${result.reason}` } } },
    { status: 400 },
  );
}

export default function Assignments() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { funder } = useFunder();
  const { t } = useTranslation();
  const notChecked = page.members.filter((member) => !member.conflictsChecked);
  const saved = search.get("saved");
  return (
    <div className="stack-large schemes-page">
      <Breadcrumbs
        items={[
          ...schemeCrumbs(funder, page.scheme),
          {
            to: `/fund/${funder.id}/schemes/${page.scheme.id}/rounds/${page.round.id}`,
            label: page.round.name.text,
            lang: page.round.name.locale,
          },
        ]}
      />
      <div className="stack">
        <h1>{t("panels:assignments.title")}</h1>
        <p>
          <bdi>{page.panel.name}</bdi>
        </p>
        <p>
          {t("panels:assignments.needed", { count: page.panel.reviewsNeeded })}
          {page.panel.communityReviewerRequired
            ? ` ${t("panels:assignments.communityRequired")}`
            : null}
        </p>
      </div>
      {saved && ["plan", "add", "remove"].includes(saved) ? (
        <p role="status" className="notice">
          {t(`panels:assignments.saved.${saved}`)}
        </p>
      ) : null}
      {page.awaitingScreening > 0 ? (
        <div className="schemes-warning" role="note">
          <p>{t("panels:assignments.awaitingScreening", { count: page.awaitingScreening })}</p>
          <p>
            <Link
              to={`/fund/${funder.id}/schemes/${page.scheme.id}/rounds/${page.round.id}/screening`}
            >
              {t("panels:assignments.screeningLink")}
            </Link>
          </p>
        </div>
      ) : null}
      {notChecked.length > 0 ? (
        <div className="schemes-warning" role="note">
          <p className="schemes-warning__title">{t("panels:assignments.notCheckedTitle")}</p>
          <p>{t("panels:assignments.notChecked", { count: notChecked.length })}</p>
        </div>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />

      <MembersTable members={page.members} />

      {page.canEdit ? (
        actionData?.plan && actionData.fingerprint ? (
          <PlanPreview
            plan={actionData.plan}
            fingerprint={actionData.fingerprint}
            changed={actionData.changed ?? false}
          />
        ) : (
          <section className="stack card" aria-labelledby="plan-title">
            <h2 id="plan-title">{t("panels:assignments.planTitle")}</h2>
            <p>{t("panels:assignments.planIntro")}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="plan" />
              <button type="submit" className="button">
                {t("panels:assignments.share")}
              </button>
            </Form>
          </section>
        )
      ) : null}

      <ApplicationsTable
        applications={page.applications}
        members={page.members}
        needed={page.panel.reviewsNeeded}
        canEdit={page.canEdit}
        errors={actionData?.errors}
      />
    </div>
  );
}
