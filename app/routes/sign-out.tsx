import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endAllSessions, endSession } from "~/services/platform/session.server";
import { getUser } from "~/services/access/permissions.server";

export async function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.clone().formData();
  const user = await getUser(request);
  const cookie =
    form.get("everywhere") === "yes" && user
      ? await endAllSessions(user.id)
      : await endSession(request);
  return redirect("/", { headers: { "Set-Cookie": cookie } });
}
