import type { ConversationForm } from "~/domain/monitoring/conversation-form";
import type { SignedInUser } from "~/services/access/permissions.server";
import type { LoadedGrant } from "~/services/grants/grant-access.server";
import { completeAfterChange } from "~/services/grants/grant-completion.server";
import { audit } from "~/services/platform/audit.server";
import { db } from "~/services/platform/db.server";

/**
 * A call or a visit staff log in place of a written check-in. It is a check-in of kind
 * CONVERSATION, already "sent" when logged, that the group reads on its grant and can add to.
 */

export type ConversationInput = ConversationForm;

export async function logConversation(
  actor: SignedInUser,
  grant: LoadedGrant,
  input: ConversationInput,
) {
  const logged = await db().$transaction(async (tx) => {
    const last = await tx.checkIn.findFirst({
      where: { grantId: grant.id },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const replaced = input.replacesId
      ? await tx.checkIn.findFirst({
          where: {
            id: input.replacesId,
            grantId: grant.id,
            kind: "CHECK_IN",
            submittedAt: null,
          },
        })
      : null;
    const now = new Date();
    const data = {
      kind: "CONVERSATION" as const,
      dueOn: input.heldOn,
      answers: {
        ...input.answers,
        via: input.via,
        ...(input.domain === "other" ? { domain: "other" } : {}),
      },
      storyConsent: input.storyConsent,
      changeDomainId: input.domain && input.domain !== "other" ? input.domain : null,
      submittedAt: now,
      submittedById: actor.id,
      loggedById: actor.id,
    };
    // Taking a planned check-in's place: the group has nothing more to write for it.
    const checkIn = replaced
      ? await tx.checkIn.update({
          where: { id: replaced.id },
          data: { ...data, revision: { increment: 1 } },
        })
      : await tx.checkIn.create({
          data: { ...data, grantId: grant.id, position: (last?.position ?? -1) + 1 },
        });
    await audit(tx, {
      actorId: actor.id,
      action: "monitoring.conversation-logged",
      entity: { type: "CheckIn", id: checkIn.id },
      funderId: grant.funderId,
      detail: { grantId: grant.id, via: input.via, replaced: replaced?.id ?? null },
    });
    return checkIn;
  });
  // In place of the last check-in of a grant past its end and fully paid, it completes it.
  if (logged.submittedAt) await completeAfterChange(grant.id);
  return logged;
}
