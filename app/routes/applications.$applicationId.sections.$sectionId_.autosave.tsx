import type { ActionFunctionArgs } from "@remix-run/node";
import { requireApplication } from "~/services/applications/application-pages.server";
import { sectionFormLimits } from "~/services/applications/answer-form.server";
import { localeOf } from "~/services/platform/i18n.server";
import { saveSectionPage } from "~/services/applications/section-save.server";
import { autosaveAnswer } from "~/services/platform/autosave-answer.server";
import { readRequestForm } from "~/services/platform/request-form.server";

/**
 * Autosave for a section page with JavaScript: the same save as the page's own form, without
 * marking the section complete, answered as plain JSON so the browser can tell "saved" from
 * "someone else saved first" from "try again" without leaving the page. It never carries files.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const page = await requireApplication(request, params, "edit");
  const posted = await readRequestForm(request, sectionFormLimits);
  if (!posted.ok) return autosaveAnswer({ outcome: "bad-request" });
  const result = await saveSectionPage(page, {
    read: { form: posted.form, uploads: [], tooLarge: [] },
    sectionId: params.sectionId ?? "",
    locale: await localeOf(request),
    reportMissing: false,
    autosave: true,
  });
  return autosaveAnswer(result);
}
