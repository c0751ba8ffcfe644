import type { ActionFunctionArgs } from "@remix-run/node";
import { requirePanelApplication } from "~/services/panels/panel-application.server";
import { saveFromForm } from "~/services/panels/reviews.server";
import { autosaveAnswer } from "~/services/platform/autosave-answer.server";

/**
 * Autosave for the scoring page with JavaScript: the same draft save as its "Save and come
 * back later" button, answered as the application form's autosave is.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requirePanelApplication(request, params, "review");
  const form = await request.formData();
  form.set("intent", "autosave");
  const result = await saveFromForm(access, form);
  switch (result.outcome) {
    case "saved":
    case "conflict":
      return autosaveAnswer(result);
    case "invalid":
      return autosaveAnswer({ outcome: "bad-request" });
    default:
      // Submitted meanwhile, or no rubric yet: nothing for autosave to do.
      return autosaveAnswer({ outcome: "not-editable" });
  }
}
