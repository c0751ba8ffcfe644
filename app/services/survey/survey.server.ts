import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/client-sqlite/client";
import { surveyResults } from "~/domain/survey/results";
import { answeredOnDay, type SurveyAnswers } from "~/domain/survey/survey-form";
import { db, isUniqueViolation } from "~/services/platform/db.server";

/**
 * The round's anonymous feedback survey. The receipt (this group answered this round) and the
 * answer are written together but share nothing: the answer has a random id (not one that
 * carries the time), only the day, and no group or person; no audit row names who answered,
 * since that row's time would point at the answer.
 */

export async function hasAnswered(roundId: string, organisationId: string): Promise<boolean> {
  const receipt = await db().feedbackReceipt.findUnique({
    where: { roundId_organisationId: { roundId, organisationId } },
  });
  return receipt !== null;
}

export async function answerSurvey(
  group: { roundId: string; organisationId: string },
  answers: SurveyAnswers,
  now: Date,
): Promise<{ ok: true } | { ok: false; reason: "already-answered" }> {
  try {
    await db().$transaction(async (tx) => {
      await tx.feedbackReceipt.create({ data: group });
      await tx.feedbackResponse.create({
        data: {
          id: randomUUID(),
          roundId: group.roundId,
          answers: answers as Prisma.InputJsonValue,
          answeredOn: answeredOnDay(now),
        },
      });
    });
    return { ok: true };
  } catch (error) {
    // A second answer from the same group (another member, or the form sent twice).
    if (isUniqueViolation(error)) return { ok: false, reason: "already-answered" };
    throw error;
  }
}

/** The round's results in aggregate, or how many answers there are so far. */
export async function roundSurveyResults(roundId: string, random: () => number = Math.random) {
  const responses = await db().feedbackResponse.findMany({
    where: { roundId },
    select: { answers: true },
  });
  return surveyResults(responses, random);
}
