import { validateAnswers, type RawAnswers, type SchemaOptions } from "../forms/answers-schema";
import type { FormDefinition } from "../forms/definition";

export type SectionState = "not-started" | "in-progress" | "complete";

/**
 * Each part's state on the task list, read from the answers as they are saved, however they
 * were saved (autosave, "Save for later", "Save and continue", an upload). A part is complete
 * when its saved answers are all there and valid; a question that another part's answer
 * brings into view makes it unfinished again. `confirmed` holds the parts once saved as
 * complete, so a part with nothing to answer (every question optional or hidden) can be
 * complete without an answer in it.
 */
export function sectionStatesOf(
  definition: FormDefinition,
  raw: RawAnswers,
  options: Omit<SchemaOptions, "sectionIds">,
  confirmed: ReadonlySet<string>,
): { id: string; state: SectionState }[] {
  const keys = Object.keys(raw);
  return definition.sections.map((section) => {
    const started = section.questions.some((q) =>
      keys.some((key) => key === q.id || key.startsWith(`${q.id}.`)),
    );
    const valid = validateAnswers(definition, raw, { ...options, sectionIds: [section.id] }).ok;
    const state: SectionState =
      valid && (started || confirmed.has(section.id))
        ? "complete"
        : started
          ? "in-progress"
          : "not-started";
    return { id: section.id, state };
  });
}
