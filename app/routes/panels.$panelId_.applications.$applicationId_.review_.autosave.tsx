import type { ActionFunctionArgs } from "@remix-run/node";
import { requirePanelApplication } from "~/services/panels/panel-application.server";
import { saveFromForm } from "~/services/panels/reviews.server";

/**
 * Autosave for the scoring page with JavaScript: the same draft save as its "Save and come
 * back later" button, answered as JSON as the application form's autosave is, so the page can
 * tell "saved" from "saved elsewhere meanwhile" from "try again" without leaving it.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requirePanelApplication(request, params, "review");
  const form = await request.formData();
  form.set("intent", "autosave");
  const result = await saveFromForm(access, form);
  switch (result.outcome) {
    case "saved":
      return Response.json({
        outcome: "autosaved",
        revision: result.revision,
        savedAt: result.savedAt,
      });
    case "conflict":
      return Response.json({ outcome: "conflict", revision: result.revision }, { status: 409 });
    case "invalid":
      return Response.json({ outcome: "bad-request" }, { status: 400 });
    case "submitted":
    case "not-editable":
    case "no-rubric":
      return Response.json({ outcome: "not-editable" }, { status: 409 });
  }
}
