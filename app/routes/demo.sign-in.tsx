import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { demoPeople } from "../../prisma/seed/demo-people";
import { parseForm } from "~/domain/shared/validation";
import { db } from "~/services/platform/db.server";
import { config, listensOnLoopbackOnly } from "~/services/platform/env.server";
import { signedInRedirect } from "~/services/platform/sign-in.server";

const schema = z.object({ userId: z.string().min(1) });

export async function loader() {
  return redirect("/");
}

/**
 * Signs in as a demo person without a code. Exists only in demo mode, and only for the demo
 * people: it can never be used to become a real account. The platform admin is offered only
 * when the server listens on this computer alone: on an address others can reach, anyone
 * could otherwise run the platform.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (!config().demoMode) throw new Response("Not found", { status: 404 });
  const result = parseForm(schema, await request.formData());
  if (!result.ok) throw new Response("Bad request", { status: 400 });
  const user = await db().user.findUnique({ where: { id: result.data.userId } });
  if (
    !user ||
    !demoPeople.some((person) => person.email === user.email) ||
    (user.isPlatformAdmin && !listensOnLoopbackOnly(config()))
  ) {
    throw new Response("Not found", { status: 404 });
  }
  return signedInRedirect(request, user.id, "/my", { secondFactor: "skip" });
}
