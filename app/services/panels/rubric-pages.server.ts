import type { LoaderFunctionArgs } from "@remix-run/node";
import { can, type Action } from "~/domain/access/permissions";
import { translated } from "~/domain/shared/translated-text";
import { requireRoundPanel } from "./panels.server";
import { latestRubric } from "./rubric.server";

/**
 * What every rubric page starts from: the panel under its round, its latest rubric, and where
 * the page sits (funder › scheme › round), in the reader's language.
 */
export async function requireRubric(
  request: Request,
  params: LoaderFunctionArgs["params"],
  action: Action,
) {
  const access = await requireRoundPanel(request, params, action);
  const { user, funderId, locale, scheme, round, panel } = access;
  const rubric = await latestRubric(panel.id);
  return {
    user,
    locale,
    funderId,
    panel: { id: panel.id, funderId },
    rubric,
    criteria: rubric?.criteria ?? [],
    page: {
      funderId,
      schemeId: scheme.id,
      roundId: round.id,
      panelId: panel.id,
      panelName: panel.name,
      schemeTitle: translated(scheme.title, locale),
      roundName: translated(round.name, locale),
      canEdit: can(user, "edit", { type: "funder", funderId }),
      version: rubric?.version ?? null,
      frozen: rubric?.frozen ?? false,
    },
  };
}

/** The criterion the address names; a criterion that is not (or no longer) there is a 404. */
export function criterionIn<C extends { id: string }>(
  criteria: C[],
  criterionId: string | undefined,
) {
  const criterion = criteria.find((candidate) => candidate.id === criterionId);
  if (!criterion) throw new Response("Not found", { status: 404 });
  return criterion;
}
