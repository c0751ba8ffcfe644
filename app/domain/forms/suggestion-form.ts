import { z } from "zod";

/**
 * What a working-group member posts about a form in consultation. The "about" choice posts
 * "question:<id>", "section:<id>" or "" for the whole form. Messages are "forms" translation
 * keys.
 */

export const suggestionKinds = ["COMMENT", "REWORDING", "NEW_QUESTION"] as const;

export const suggestionSchema = z.object({
  about: z.string().max(100).default(""),
  kind: z.enum(suggestionKinds, { message: "forms:consult.errors.kind" }),
  text: z
    .string()
    .trim()
    .min(1, "forms:consult.errors.textRequired")
    .max(4000, "forms:consult.errors.textTooLong"),
  showName: z.literal("on").optional(),
});

export function suggestionTarget(about: string) {
  const [type, id = null] = about.split(":");
  return { sectionId: type === "section" ? id : null, questionId: type === "question" ? id : null };
}

/**
 * What the form starts with after she follows a link ("?about=…"): "new:<section>" asks for
 * a new question in that section, "question:<id>" suggests rewording it. What she typed
 * before an error wins over both.
 */
export function suggestionDefaults(
  aboutParam: string,
  typed?: { about?: string; kind?: string },
): { about: string; kind: string } {
  const newQuestion = aboutParam.startsWith("new:");
  return {
    about: typed?.about ?? (newQuestion ? `section:${aboutParam.slice(4)}` : aboutParam),
    kind:
      typed?.kind ??
      (newQuestion ? "NEW_QUESTION" : aboutParam.startsWith("question:") ? "REWORDING" : "COMMENT"),
  };
}
