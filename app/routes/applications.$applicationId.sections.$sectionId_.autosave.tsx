import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApplication } from "~/services/applications/application-pages.server";
import { localeOf } from "~/services/platform/i18n.server";
import { saveSectionPage } from "~/services/applications/section-save.server";

/**
 * Autosave for a section page with JavaScript: the same save as the page's own form, without
 * marking the section complete, answered as plain JSON so the browser can tell "saved" from
 * "someone else saved first" from "try again" without leaving the page.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const page = await requireApplication(request, params, "edit");
  const read = { form: await request.formData(), uploads: [], tooLarge: [] };
  const result = await saveSectionPage(page, {
    read,
    sectionId: params.sectionId ?? "",
    locale: await localeOf(request),
    reportMissing: false,
    autosave: true,
  });
  switch (result.outcome) {
    case "saved":
      return Response.json({
        outcome: "autosaved",
        revision: result.revision,
        savedAt: result.savedAt,
      });
    case "conflict":
      return Response.json({ outcome: "conflict", revision: result.revision }, { status: 409 });
    case "not-editable":
      return Response.json({ outcome: "not-editable" }, { status: 409 });
    case "forbidden":
      return Response.json({ outcome: "forbidden" }, { status: 403 });
    case "bad-request":
      return Response.json({ outcome: "bad-request" }, { status: 400 });
  }
}
