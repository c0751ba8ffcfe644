import { db } from "~/services/platform/db.server";
import { storage } from "~/services/platform/storage.server";

/**
 * Deletes files an application no longer uses: ones a save replaced with another file, and ones
 * kept for a save that was then refused (decision 0038). The row goes first, then the bytes, so
 * a file is never listed without them. A file with a staff summary is kept: the panel reads it.
 */
export async function deleteUnusedFiles(applicationId: string, fileIds: string[]) {
  if (fileIds.length === 0) return;
  const files = await db().storedFile.findMany({
    where: { applicationId, id: { in: fileIds }, summary: null },
    select: { id: true, storageKey: true },
  });
  if (files.length === 0) return;
  await db().storedFile.deleteMany({
    where: { id: { in: files.map((file) => file.id) }, summary: null },
  });
  for (const file of files) await storage().delete(file.storageKey);
}
