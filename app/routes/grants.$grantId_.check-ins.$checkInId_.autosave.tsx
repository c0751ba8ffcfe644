import type { ActionFunctionArgs } from "@remix-run/node";
import { saveCheckIn } from "~/services/monitoring/check-ins.server";
import { requireCheckIn } from "~/services/monitoring/check-in-access.server";
import { checkInFormLimits } from "~/services/monitoring/check-in-request.server";
import { autosaveAnswer } from "~/services/platform/autosave-answer.server";
import { readRequestForm } from "~/services/platform/request-form.server";

/**
 * Autosave for a check-in with JavaScript: the same save as the page's own form, answered as
 * JSON so the page can tell "saved" from "saved elsewhere first" from "try again". It never
 * carries files.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const page = await requireCheckIn(request, params, "edit", "group");
  const posted = await readRequestForm(request, checkInFormLimits);
  if (!posted.ok) return autosaveAnswer({ outcome: "bad-request" });
  const result = await saveCheckIn(page, {
    form: posted.form,
    uploads: [],
    tooLarge: [],
    autosave: true,
  });
  if (result.outcome === "not-editable") return autosaveAnswer({ outcome: "not-editable" });
  return autosaveAnswer(result);
}
