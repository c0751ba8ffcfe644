import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormattedDate } from "~/components/shared/formatted-date";
import { CheckInAnswersList } from "~/components/monitoring/check-in-answers";
import { CheckInForm } from "~/components/monitoring/check-in-form";
import { CheckInHeading } from "~/components/monitoring/check-in-heading";
import { localeOf } from "~/services/platform/i18n.server";
import { addToConversation, saveCheckIn } from "~/services/monitoring/check-ins.server";
import { requireCheckIn } from "~/services/monitoring/check-in-access.server";
import { checkInPageData } from "~/services/monitoring/check-in-page.server";
import { selectionsOfCheckIn } from "~/services/msc/selections.server";
import { CheckInSelections } from "~/components/msc/check-in-selections";
import { readCheckInForm } from "~/services/monitoring/check-in-request.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await requireCheckIn(request, params, "view", "group");
  const locale = await localeOf(request);
  const [data, selections] = await Promise.all([
    checkInPageData(page, locale),
    selectionsOfCheckIn(page.checkIn.id, locale),
  ]);
  return { ...data, selections };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const page = await requireCheckIn(request, params, "edit", "group");
  const here = `/grants/${page.grant.id}/check-ins/${page.checkIn.id}`;
  const read = await readCheckInForm(request);
  if (!read.ok)
    throw new Response("Bad request", { status: read.reason === "too-large" ? 413 : 400 });
  const intent = String(read.form.get("intent") ?? "save");

  if (intent === "add-to-conversation") {
    const typed = String(read.form.get("groupAddition") ?? "");
    const added = await addToConversation(page, typed);
    if (added.ok) return redirect(`${here}?notice=added`);
    if (added.error === "not-conversation") throw new Response("Bad request", { status: 400 });
    // What she typed comes back into the box, so nothing is lost.
    return data(
      { outcome: "addition-invalid" as const, error: added.error, typed },
      { status: 400 },
    );
  }

  const result = await saveCheckIn(page, { ...read, autosave: false });
  switch (result.outcome) {
    case "bad-request":
      throw new Response("Bad request", { status: 400 });
    case "not-editable":
      return redirect(`${here}?notice=${result.sent ? "already-sent" : "not-open"}`);
    case "conflict":
      return data(result, { status: 409 });
    case "saved":
      if (Object.keys(result.errors).length > 0)
        return data({ outcome: "invalid" as const, errors: result.errors }, { status: 400 });
      if (intent === "check") return redirect(`${here}/check`);
      if (intent.startsWith("remove-file:")) return redirect(`${here}?notice=removed#photos-title`);
      return redirect(`${here}?notice=saved`);
  }
}

const notices = ["saved", "removed", "sent", "already-sent", "not-open", "added"] as const;

export default function CheckInPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation("monitoring");
  const notice = notices.find((n) => n === params.get("notice"));
  const additionError = actionData?.outcome === "addition-invalid" ? actionData.error : null;
  const typedAddition = actionData?.outcome === "addition-invalid" ? actionData.typed : null;
  const conversation = page.checkIn.kind === "CONVERSATION";
  return (
    <div className="narrow stack-large">
      <CheckInHeading page={page} />
      {notice ? (
        <p className={notice === "not-open" ? "notice notice--warning" : "notice"} role="status">
          {t(`notice.${notice}`)}
        </p>
      ) : null}
      {page.editable ? (
        <>
          <p>{t("form.intro")}</p>
          <CheckInForm />
        </>
      ) : (
        <div className="stack-large">
          {conversation ? (
            <p>
              {t(`conversation.loggedIntro.${page.checkIn.via ?? "call"}`, {
                name: page.checkIn.loggedBy ?? t("conversation.staff"),
              })}
            </p>
          ) : page.checkIn.submittedAt ? (
            <p>
              {t("sent.on")}{" "}
              <FormattedDate iso={page.checkIn.submittedAt} timeZone={page.timeZone} />
            </p>
          ) : (
            <p className="notice notice--warning">
              {t(`notOpen.${page.grantStatus}`, t("notOpen.other"))}
            </p>
          )}
          <CheckInAnswersList
            answers={page.draft.answers}
            storyConsent={page.draft.storyConsent}
            domain={page.draft.domain}
            domains={page.domains}
            numbers={page.numbers}
            files={page.files}
          />
          <CheckInSelections selections={page.selections} />
          {page.checkIn.reply ? (
            <section className="stack" aria-labelledby="reply-title">
              <h2 id="reply-title">{t("reply.title")}</h2>
              <p dir="auto" className="preserve-lines">
                {page.checkIn.reply}
              </p>
            </section>
          ) : null}
          {conversation ? (
            <section className="stack" aria-labelledby="addition-title">
              <h2 id="addition-title">{t("conversation.additionTitle")}</h2>
              {page.checkIn.groupAddition ? (
                <p dir="auto" className="preserve-lines">
                  {page.checkIn.groupAddition}
                </p>
              ) : null}
              <Form method="post" encType="multipart/form-data" className="stack">
                <div className={additionError ? "field field--error" : "field"}>
                  <label htmlFor="field-groupAddition">
                    {page.checkIn.groupAddition
                      ? t("conversation.changeAddition")
                      : t("conversation.addition")}
                  </label>
                  <p id="field-groupAddition-hint" className="field__hint">
                    {t("conversation.additionHint")}
                  </p>
                  {additionError ? (
                    <p id="field-groupAddition-error" className="field__error">
                      {t(additionError)}
                    </p>
                  ) : null}
                  <textarea
                    id="field-groupAddition"
                    name="groupAddition"
                    rows={5}
                    dir="auto"
                    defaultValue={typedAddition ?? page.checkIn.groupAddition ?? ""}
                    aria-describedby="field-groupAddition-hint"
                    aria-invalid={additionError ? true : undefined}
                  />
                </div>
                <button type="submit" name="intent" value="add-to-conversation" className="button">
                  {t("conversation.addButton")}
                </button>
              </Form>
            </section>
          ) : null}
        </div>
      )}
      <p>
        <Link to={`/grants/${page.grantId}`}>{t("backToGrant")}</Link>
      </p>
    </div>
  );
}
