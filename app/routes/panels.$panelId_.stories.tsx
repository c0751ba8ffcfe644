import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectionForm, type SelectionAnswer } from "~/components/msc/selection-form";
import { DomainStories } from "~/components/msc/domain-stories";
import { ErrorSummary } from "~/components/shared/form-field";
import { MachineTranslationToggle } from "~/components/shared/machine-translation";
import { PanelBackLink } from "~/components/panels/panel-page-heading";
import { can } from "~/domain/access/permissions";
import { selectionSchema } from "~/domain/msc/selection";
import { otherDomain, storyFields } from "~/domain/msc/stories";
import { translated } from "~/domain/shared/translated-text";
import { parseForm } from "~/domain/shared/validation";
import { isMscEnabled } from "~/services/msc/msc-round.server";
import { draftReasonTranslation, recordSelection } from "~/services/msc/selections.server";
import { readsAsStaff, storiesPage } from "~/services/msc/stories.server";
import { panelResource, requirePanel } from "~/services/panels/panels.server";
import { localeOf } from "~/services/platform/i18n.server";
import { translationsForPage } from "~/services/platform/machine-translation.server";

/**
 * The round's Most Significant Change selection: the panel's members and the funder's staff
 * read the stories of each domain; the chair or staff choose the most significant one and say
 * why, and the reason goes back to the group in its language.
 */

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, panel } = await requirePanel(request, params, "view");
  const locale = await localeOf(request);
  const membership = panel.members.find((member) => member.userId === user.id);
  const asStaff = readsAsStaff(user, panel.round.scheme.funderId);
  // Members say which groups they are close to before they read anything, as in review.
  const mustDeclare = !asStaff && membership !== undefined && !membership.conflictsCheckedAt;
  const enabled = await isMscEnabled(panel.roundId);
  const page = enabled && !mustDeclare ? await storiesPage(panel, user) : null;
  const choose = new URL(request.url).searchParams.get("choose");
  const stories = page ? page.byDomain.flatMap((group) => group.stories) : [];
  const written = stories.flatMap((story) =>
    storyFields
      .filter((field) => story[field] !== "")
      .map((field) => ({ id: story.id, field, text: story[field], language: story.language })),
  );
  const { machineTranslation, translations } = await translationsForPage(request, {
    texts: written.map(({ text, language }) => ({ text, language })),
    readerLocale: locale,
    actorId: user.id,
    purpose: "msc-stories",
    entity: { type: "Round", id: panel.roundId },
    funderId: panel.round.scheme.funderId,
  });
  const translatedOf = (storyId: string) =>
    Object.fromEntries(
      written.flatMap((text, index) =>
        text.id === storyId ? [[text.field, translations[index] ?? null]] : [],
      ),
    );
  return {
    machineTranslation,
    panelId: panel.id,
    name: panel.name,
    round: translated(panel.round.name, locale),
    locale,
    enabled,
    mustDeclare,
    mayChoose: can(user, "decide", panelResource(panel.id, panel.round.scheme.funderId)),
    choosing: page?.byDomain.some((group) => group.domainId === choose && !group.selection)
      ? choose
      : null,
    domains: page
      ? page.byDomain.map((group) => {
          const domain = page.domains.find((candidate) => candidate.id === group.domainId);
          return {
            ...group,
            stories: group.stories.map((story) => ({
              ...story,
              translated: translatedOf(story.id),
            })),
            name: domain ? translated(domain.name, locale) : null,
          };
        })
      : [],
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, panel } = await requirePanel(request, params, "decide");
  const form = await request.formData();
  const parsed = parseForm(selectionSchema, form);
  const fail = (answer: SelectionAnswer) => data(answer, { status: 400 });
  if (!parsed.ok) return fail({ errors: parsed.errors, values: parsed.values });
  const values = Object.fromEntries(
    [...form.entries()].flatMap(([key, value]) =>
      typeof value === "string" ? [[key, value]] : [],
    ),
  );
  const refused = (field: string, reason: string) =>
    fail({ errors: { [field]: { key: `msc:select.errors.${reason}` } }, values });

  if (parsed.data.intent === "draft-translation") {
    const draft = await draftReasonTranslation(panel, user, parsed.data);
    if (!draft.ok)
      return refused(
        draft.reason === "not-a-story" || draft.reason === "wrong-domain" ? "checkInId" : "reason",
        draft.reason,
      );
    return data<SelectionAnswer>({
      errors: {},
      values: { ...values, groupReason: draft.text, machineDraft: draft.text },
      draftLanguage: draft.language,
    });
  }
  const result = await recordSelection(panel, user, parsed.data);
  if (!result.ok) return refused("checkInId", result.reason);
  const domain = parsed.data.domainId === otherDomain ? otherDomain : parsed.data.domainId;
  return redirect(`/panels/${panel.id}/stories?chosen=1#domain-${domain}`);
}

export default function Stories() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("msc");
  return (
    <div className="narrow stack-large">
      <div className="stack">
        <PanelBackLink panelId={page.panelId} panelName={page.name} />
        <h1>{t("stories.title")}</h1>
        <p className="muted" lang={page.round.locale}>
          {page.round.text}
        </p>
        {searchParams.get("chosen") ? (
          <p role="status" className="notice">
            {t("stories.chosen")}
          </p>
        ) : null}
        <p>{t("stories.intro")}</p>
      </div>
      {!page.enabled ? <p>{t("stories.notEnabled")}</p> : null}
      {/* A refusal for a domain whose form is no longer open (chosen meanwhile) shows here. */}
      {page.choosing ? null : <ErrorSummary errors={answer?.errors} />}
      <MachineTranslationToggle view={page.machineTranslation} />
      {page.mustDeclare ? (
        <p className="notice">
          {t("stories.declareFirst")}{" "}
          <Link to={`/panels/${page.panelId}/conflicts`}>{t("stories.declareLink")}</Link>
        </p>
      ) : null}
      {page.domains.map((group) =>
        page.choosing === group.domainId ? (
          <SelectionForm
            key={group.domainId}
            domain={group}
            locale={page.locale}
            answer={answer}
            view={page.machineTranslation}
          />
        ) : (
          <DomainStories
            key={group.domainId}
            domain={group}
            mayChoose={page.mayChoose}
            view={page.machineTranslation}
          />
        ),
      )}
    </div>
  );
}
