import { randomInt } from "node:crypto";
import {
  REFERENCE_CODE_LENGTH,
  newReference,
  referencePrefix,
  referenceYear,
} from "~/domain/applications/reference";

const ATTEMPTS = 8;

function isReferenceTaken(error: unknown) {
  if (
    !(error instanceof Error) ||
    !("code" in error) ||
    (error as { code: unknown }).code !== "P2002"
  )
    return false;
  // Through the driver adapters the constraint is named in meta, in one shape or another.
  return JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes("reference");
}

/**
 * Runs `create` with a new reference for an application in this scheme and round, and again
 * with another one when the database says it is taken: the unique constraint, not a lookup
 * beforehand, is what keeps two applications started in the same instant apart. After a few
 * clashes the code grows by a character, so a crowded scheme and year cannot trap it.
 */
export async function withNewReference<T>(
  where: { schemeSlug: string; closesAt: Date; timeZone: string },
  create: (reference: string) => Promise<T>,
): Promise<T> {
  const prefix = referencePrefix(where.schemeSlug);
  const year = referenceYear(where.closesAt, where.timeZone);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const length = REFERENCE_CODE_LENGTH + (attempt < ATTEMPTS / 2 ? 0 : 1);
    try {
      return await create(newReference({ prefix, year, length }, randomInt));
    } catch (error) {
      if (!isReferenceTaken(error)) throw error;
    }
  }
  throw new Error("No free application reference after several tries.");
}
