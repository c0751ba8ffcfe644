import { can, type Actor, type PanelApplicationResource } from "~/domain/access/permissions";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";

/** The panel's notes on one application, oldest first, with who wrote them and as what. */
export async function panelComments(panelId: string, applicationId: string) {
  const comments = await db().panelComment.findMany({
    where: { panelId, applicationId },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  const userIds = [...new Set(comments.map((comment) => comment.userId))];
  const [users, members] = await Promise.all([
    db().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db().panelMember.findMany({
      where: { panelId, userId: { in: userIds } },
      select: { userId: true, role: true },
    }),
  ]);
  return comments.map((comment) => ({
    id: comment.id,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    // Staff see members' names only, never their addresses; a nameless account is "someone".
    author: users.find((user) => user.id === comment.userId)?.name ?? null,
    role: members.find((member) => member.userId === comment.userId)?.role ?? ("STAFF" as const),
  }));
}

/** Adds a note for the panel; asks the policy again so no caller can skip the check. */
export async function addPanelComment(
  actor: Actor,
  resource: PanelApplicationResource,
  funderId: string,
  body: string,
) {
  if (!can(actor, "comment", resource)) return { ok: false as const };
  await db().$transaction(async (tx) => {
    const comment = await tx.panelComment.create({
      data: {
        panelId: resource.panelId,
        applicationId: resource.applicationId,
        userId: actor.id,
        body,
      },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "panels.comment-added",
      entity: { type: "PanelComment", id: comment.id },
      funderId,
      detail: { panelId: resource.panelId, applicationId: resource.applicationId },
    });
  });
  return { ok: true as const };
}
