import type { LoaderFunctionArgs } from "@remix-run/node";
import {
  can,
  consultationResource,
  formVersionResource,
  type Action,
} from "~/domain/access/permissions";
import { allQuestions } from "~/domain/forms/definition";
import { db } from "~/services/platform/db.server";
import { forbidden, refusal, requireUser } from "~/services/access/permissions.server";
import { parseDefinition, type SchemeRef } from "./form-versions.server";

/**
 * The ways into a form version for a page. Each loads the version under its parents in the
 * address and asks the policy; a version that is missing, of another scheme or funder, or
 * off-limits gets the same 403, so nobody can learn which versions exist. The scheme-level
 * form pages (the list of versions, the working group) use requireScheme(…, "edit").
 */

type Params = LoaderFunctionArgs["params"];

/** Staff in the form builder: the version of the scheme of the funder in the address. */
export async function requireFormVersion(
  request: Request,
  params: Params,
  action: Extract<Action, "view" | "edit">,
) {
  const user = await requireUser(request);
  const ref: SchemeRef = { funderId: params.funderId ?? "", schemeId: params.schemeId ?? "" };
  const found = await db().formVersion.findFirst({
    where: {
      id: params.versionId ?? "",
      schemeId: ref.schemeId,
      scheme: { funderId: ref.funderId },
    },
    include: { scheme: true },
  });
  if (!found) throw forbidden();
  const resource = formVersionResource(found, ref.funderId);
  if (!can(user, action, resource)) throw refusal(user, action, resource);
  const { scheme, ...version } = found;
  return {
    user,
    ref,
    scheme,
    version: { ...version, definition: parseDefinition(version.definition) },
  };
}

/** A working-group member reading a form (`view`) or commenting on it (`suggest`). */
export async function requireConsultation(
  request: Request,
  params: Params,
  action: Extract<Action, "view" | "suggest">,
) {
  const user = await requireUser(request);
  const version = await db().formVersion.findUnique({
    where: { id: params.versionId ?? "" },
    include: { scheme: { include: { funder: true } } },
  });
  if (!version || !can(user, action, consultationResource(version))) throw forbidden();
  return { user, version: { ...version, definition: parseDefinition(version.definition) } };
}

/** A part of a version in the builder; an id that is not in the form is the same 403. */
export async function requireFormSection(
  request: Request,
  params: Params,
  action: Extract<Action, "view" | "edit">,
) {
  const access = await requireFormVersion(request, params, action);
  const section = access.version.definition.sections.find((s) => s.id === params.sectionId);
  if (!section) throw forbidden();
  return { ...access, section };
}

/** A question of a version in the builder; an id that is not in the form is the same 403. */
export async function requireFormQuestion(
  request: Request,
  params: Params,
  action: Extract<Action, "view" | "edit">,
) {
  const access = await requireFormVersion(request, params, action);
  const question = allQuestions(access.version.definition).find((q) => q.id === params.questionId);
  if (!question) throw forbidden();
  return { ...access, question };
}
