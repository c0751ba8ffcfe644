import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErasureBlockers } from "~/components/privacy/erasure-blockers";
import { ErasureConsequences } from "~/components/privacy/erasure-consequences";
import type { ErasureBlocker } from "~/domain/privacy/erasure";
import { requireUser } from "~/services/access/permissions.server";
import { endSession } from "~/services/platform/session.server";
import { blockersFor, eraseAccount } from "~/services/privacy/erasure.server";

export const meta: MetaFunction = () => [{ title: "Withfund" }];

/** "Delete my account": what happens, what must be handed over first, then the button. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { blockers: await blockersFor(user.id) };
}

type ActionData = { blockers: ErasureBlocker[] };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  if (form.get("intent") !== "erase") throw new Response("Bad request", { status: 400 });
  const erased = await eraseAccount(user.id);
  if (!erased.ok) return data<ActionData>({ blockers: erased.blockers }, { status: 409 });
  return redirect("/privacy?erased=1", {
    headers: { "Set-Cookie": await endSession(request) },
  });
}

export default function DeleteAccount() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("privacy");
  const blockers = actionData?.blockers ?? page.blockers;
  return (
    <div className="narrow stack-large">
      <p>
        <Link to="/account">{t("erasure.back")}</Link>
      </p>
      <h1>{t("erasure.title")}</h1>
      {blockers.length > 0 ? (
        <ErasureBlockers blockers={blockers} />
      ) : (
        <>
          <ErasureConsequences />
          <Form method="post" className="applying-actions">
            <input type="hidden" name="intent" value="erase" />
            <button
              type="submit"
              className="button button--warning"
              disabled={navigation.state === "submitting"}
            >
              {t("erasure.confirm")}
            </button>
            <Link to="/account">{t("erasure.cancel")}</Link>
          </Form>
        </>
      )}
    </div>
  );
}
