import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckInCodingForms } from "~/components/outcomes/check-in-coding";
import { CheckInStory } from "~/components/outcomes/check-in-story";
import { Breadcrumbs } from "~/components/schemes/breadcrumbs";
import { useFunder } from "~/components/schemes/use-funder";
import { ErrorSummary } from "~/components/shared/form-field";
import { FormattedDate } from "~/components/shared/formatted-date";
import { replyForm } from "~/domain/outcomes/coding";
import { parseForm, type FieldErrors } from "~/domain/shared/validation";
import { isolate } from "~/domain/shared/bidi";
import {
  replyToGroup,
  setHighlights,
  tagCheckIn,
} from "~/services/outcomes/check-in-reading.server";
import { checkInPage } from "~/services/outcomes/check-in-page.server";
import { requireCheckIn } from "~/services/monitoring/check-in-access.server";
import { localeOf } from "~/services/platform/i18n.server";

/**
 * One check-in as staff read it: the group's story in its own language (a machine translation
 * one link away), photos with the consent each carries, the recording, light numbers and the
 * domain of change. Admins and programme officers tag it with themes, mark highlights where
 * the group's consent allows, and reply to the group.
 */

export const meta: MetaFunction = () => [{ title: "Withfund" }];

const done = ["tagged", "highlighted", "replied"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCheckIn(request, params, "view", "staff");
  const page = await checkInPage(request, access, await localeOf(request));
  const notice = new URL(request.url).searchParams.get("done");
  return {
    ...page,
    canEdit: access.canEdit,
    notice: done.find((value) => value === notice) ?? null,
  };
}

export type CodingActionData = { errors: FieldErrors; values: Record<string, string> };

const refused = (key: string, values: Record<string, string> = {}, status = 409) =>
  data<CodingActionData>(
    { errors: { form: { key: `outcomes:reading.errors.${key}` } }, values },
    { status },
  );

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, checkIn } = await requireCheckIn(request, params, "edit", "staff");
  const form = await request.formData();
  const here = `/fund/${checkIn.grant.funderId}/check-ins/${checkIn.id}`;
  const now = new Date();
  switch (form.get("intent")) {
    case "tag": {
      const themeIds = form.getAll("themeId").map(String);
      const tagged = await tagCheckIn(user, checkIn, themeIds);
      return tagged.ok ? redirect(`${here}?done=tagged#themes`) : refused(tagged.reason);
    }
    case "highlight": {
      const wanted = { story: form.get("story") === "yes", quote: form.get("quote") === "yes" };
      const marked = await setHighlights(user, checkIn, wanted, now);
      return marked.ok ? redirect(`${here}?done=highlighted#highlights`) : refused(marked.reason);
    }
    case "reply": {
      const parsed = parseForm(replyForm, form);
      if (!parsed.ok)
        return data<CodingActionData>(
          { errors: parsed.errors, values: parsed.values },
          { status: 400 },
        );
      const replied = await replyToGroup(user, checkIn, parsed.data.reply, now);
      return replied.ok
        ? redirect(`${here}?done=replied#reply`)
        : refused(replied.reason, { reply: parsed.data.reply });
    }
    default:
      return refused("unknownIntent", {}, 400);
  }
}

export default function CheckInReadingPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { funder } = useFunder();
  const { t } = useTranslation("outcomes");
  const { checkIn, grant } = page;
  return (
    <div className="stack-large narrow">
      <Breadcrumbs
        items={[
          { to: `/fund/${funder.id}`, label: funder.name },
          { to: `/fund/${funder.id}/check-ins`, label: t("reading.listTitle") },
        ]}
      />
      <div className="stack">
        <h1>
          {t(checkIn.conversation ? "reading.conversationTitle" : "reading.title", {
            group: isolate(grant.group),
          })}
        </h1>
        <dl className="outcomes-facts">
          <dt>{t("reading.grant")}</dt>
          <dd>
            <bdi dir="ltr">{grant.reference}</bdi> ·{" "}
            <span lang={grant.scheme.locale}>{grant.scheme.text}</span> ·{" "}
            <span lang={grant.round.locale}>{grant.round.text}</span>
          </dd>
          <dt>{t("reading.due")}</dt>
          <dd>
            <FormattedDate iso={checkIn.dueOn} timeZone={grant.timeZone} />
          </dd>
          <dt>{t("reading.sent")}</dt>
          <dd>
            {checkIn.sentAt ? (
              <FormattedDate iso={checkIn.sentAt} timeZone={grant.timeZone} />
            ) : (
              t("reading.notSent")
            )}
          </dd>
          {checkIn.domain ? (
            <>
              <dt>{t("reading.domain")}</dt>
              <dd lang={checkIn.domain.locale}>{checkIn.domain.text}</dd>
            </>
          ) : null}
        </dl>
      </div>

      {page.notice ? (
        <p className="notice" role="status">
          {t(`reading.notices.${page.notice}`)}
        </p>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />

      {checkIn.sent ? (
        <>
          <CheckInStory page={page} />
          <CheckInCodingForms page={page} canEdit={page.canEdit} actionData={actionData} />
        </>
      ) : (
        <p className="notice">{t("reading.notSentYet")}</p>
      )}
    </div>
  );
}
