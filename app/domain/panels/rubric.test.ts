import { describe, expect, it } from "vitest";
import { parseForm } from "~/domain/shared/validation";
import { reviewTotal } from "./scores";
import {
  addCriterion,
  changeCriterion,
  changeTranslations,
  commentRequired,
  completeLanguages,
  moveCriterion,
  readCriteria,
  removeCriterion,
  rubricEditTarget,
  rubricProblems,
  scoringCriteria,
  translationCompleteness,
  weightShares,
  type CriterionInput,
  type RubricCriterion,
} from "./rubric";
import { criterionFormSchema, criterionTranslationsSchema } from "./rubric-form";

const need: CriterionInput = {
  title: "Need",
  guidance: "Who is this for?",
  weight: 30,
  scaleMin: 1,
  scaleMax: 3,
  commentRequiredAtOrBelow: 1,
  descriptors: { "1": "Weak", "2": "Fair", "3": "Strong" },
};

function built(...inputs: CriterionInput[]): RubricCriterion[] {
  let criteria: RubricCriterion[] = [];
  for (const input of inputs) {
    const result = addCriterion(criteria, input, "en");
    if (!result.ok) throw new Error(result.error.key);
    criteria = result.criteria;
  }
  return criteria;
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe("a rubric's criteria", () => {
  it("adds criteria with their own ids and texts in the writer's language", () => {
    const criteria = built(need, { ...need, title: "Plan", weight: 10 });
    expect(criteria.map((c) => c.id)).toEqual(["c1", "c2"]);
    expect(criteria[0]!.title).toEqual({ en: "Need" });
    expect(criteria[0]!.descriptors["2"]).toEqual({ en: "Fair" });
    expect(readCriteria(JSON.parse(JSON.stringify(criteria)))).toEqual(criteria);
  });

  it("is not usable without a criterion", () => {
    expect(rubricProblems([])).toEqual(["panels:rubric.errors.noCriteria"]);
    expect(rubricProblems(built(need))).toEqual([]);
  });

  it("keeps other languages when a criterion is changed in one, and drops points off the scale", () => {
    const [criterion] = built(need);
    const translated = changeTranslations([criterion!], "c1", {
      title: { en: "Need", es: "Necesidad" },
      guidance: {},
      descriptors: { "1": { en: "Weak", es: "Débil" }, "2": { en: "Fair" }, "3": { en: "Strong" } },
    });
    if (!translated.ok) throw new Error(translated.error.key);
    expect(translated.criteria[0]!.guidance).toBeUndefined();
    const changed = changeCriterion(
      translated.criteria,
      "c1",
      { ...need, title: "Need (changed)", scaleMax: 2, descriptors: { "1": "Poor", "2": "Good" } },
      "en",
    );
    if (!changed.ok) throw new Error(changed.error.key);
    expect(changed.criteria[0]!.title).toEqual({ en: "Need (changed)", es: "Necesidad" });
    expect(changed.criteria[0]!.descriptors).toEqual({
      "1": { en: "Poor", es: "Débil" },
      "2": { en: "Good" },
    });
  });

  it("refuses an id that is not in the rubric", () => {
    const criteria = built(need);
    const missing = {
      ok: false,
      error: { field: "id", key: "panels:rubric.errors.noSuchCriterion" },
    };
    expect(changeCriterion(criteria, "c9", need, "en")).toEqual(missing);
    expect(removeCriterion(criteria, "c9")).toEqual(missing);
    expect(moveCriterion(criteria, "c9", "up")).toEqual(missing);
  });

  it("moves and removes criteria, and stops at either end", () => {
    const criteria = built(need, { ...need, title: "Plan" }, { ...need, title: "Value" });
    const up = moveCriterion(criteria, "c3", "up");
    expect(up.ok && up.criteria.map((c) => c.id)).toEqual(["c1", "c3", "c2"]);
    const top = moveCriterion(criteria, "c1", "up");
    expect(top.ok && top.criteria.map((c) => c.id)).toEqual(["c1", "c2", "c3"]);
    const removed = removeCriterion(criteria, "c2");
    expect(removed.ok && removed.criteria.map((c) => c.id)).toEqual(["c1", "c3"]);
    const again = removed.ok ? addCriterion(removed.criteria, need, "en") : null;
    expect(again?.id).toBe("c4");
  });

  it("refuses a comment threshold outside the scale, even when built without the form", () => {
    const result = addCriterion([], { ...need, commentRequiredAtOrBelow: 7 }, "en");
    expect(result).toMatchObject({
      ok: false,
      error: {
        field: "commentRequiredAtOrBelow",
        key: "panels:rubric.errors.commentThresholdOutside",
      },
    });
  });

  it("maps to the scoring criteria and weighs a review", () => {
    const criteria = built(need, {
      ...need,
      title: "Plan",
      weight: 10,
      scaleMin: 0,
      scaleMax: 4,
      descriptors: { "0": "a", "1": "b", "2": "c", "3": "d", "4": "e" },
    });
    expect(scoringCriteria(criteria)).toEqual([
      { id: "c1", weight: 30, scaleMin: 1, scaleMax: 3 },
      { id: "c2", weight: 10, scaleMin: 0, scaleMax: 4 },
    ]);
    expect(reviewTotal(scoringCriteria(criteria), { c1: 3, c2: 0 })).toBe(75);
    expect(weightShares(criteria)).toEqual({ c1: 75, c2: 25 });
  });

  it("asks for a comment at or below the threshold only", () => {
    const [criterion] = built(need);
    expect(commentRequired(criterion!, 1)).toBe(true);
    expect(commentRequired(criterion!, 2)).toBe(false);
    const [noThreshold] = built({ ...need, commentRequiredAtOrBelow: null });
    expect(commentRequired(noThreshold!, 1)).toBe(false);
  });
});

describe("translation completeness", () => {
  it("counts every title, guidance and descriptor in each language", () => {
    const criteria = built(need);
    const es = changeTranslations(criteria, "c1", {
      title: { en: "Need", es: "Necesidad" },
      guidance: { en: "Who is this for?", es: "¿Para quién es?" },
      descriptors: {
        "1": { en: "Weak", es: "Débil" },
        "2": { en: "Fair", es: "Regular" },
        "3": { en: "Strong" },
      },
    });
    if (!es.ok) throw new Error(es.error.key);
    const byLocale = Object.fromEntries(
      translationCompleteness(es.criteria).map((c) => [c.locale, c]),
    );
    expect(byLocale.en).toMatchObject({ done: 5, total: 5, complete: true });
    expect(byLocale.es).toMatchObject({ done: 4, total: 5, complete: false });
    expect(byLocale.ar).toMatchObject({ done: 0, total: 5, complete: false });
    expect(completeLanguages(es.criteria)).toEqual(["en"]);
  });
});

describe("where an edit goes", () => {
  it("starts the first version, edits a version nobody has reviewed with, and copies a frozen one", () => {
    expect(rubricEditTarget(null)).toBe("first-version");
    expect(rubricEditTarget({ frozenAt: null, submittedReviews: 0 })).toBe("same-version");
    expect(rubricEditTarget({ frozenAt: new Date(), submittedReviews: 0 })).toBe("new-version");
    expect(rubricEditTarget({ frozenAt: null, submittedReviews: 1 })).toBe("new-version");
  });
});

describe("the criterion form", () => {
  const valid = {
    title: "Need",
    guidance: "",
    weight: "30",
    scaleMin: "1",
    scaleMax: "3",
    commentRequiredAtOrBelow: "",
    "descriptor.1": "Weak",
    "descriptor.2": "Fair",
    "descriptor.3": "Strong",
  };

  it("reads a criterion, in Persian digits too", () => {
    const result = parseForm(criterionFormSchema, form({ ...valid, weight: "۳۰" }));
    expect(result).toMatchObject({
      ok: true,
      data: { weight: 30, commentRequiredAtOrBelow: null },
    });
  });

  it.each([
    [{ weight: "0" }, "weight", "weightRange"],
    [{ weight: "101" }, "weight", "weightRange"],
    [{ scaleMin: "3", scaleMax: "3" }, "scaleMax", "scaleOrder"],
    [{ scaleMin: "0", scaleMax: "10" }, "scaleMax", "scaleTooLong"],
    [{ "descriptor.2": "" }, "descriptor.2", "descriptorRequired"],
    [{ commentRequiredAtOrBelow: "4" }, "commentRequiredAtOrBelow", "commentThresholdOutside"],
    [{ title: " " }, "title", "titleRequired"],
  ])("refuses %o on %s", (change, field, key) => {
    const result = parseForm(criterionFormSchema, form({ ...valid, ...change }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toEqual({ key: `panels:rubric.errors.${key}` });
  });

  it("asks for the descriptors of a wider scale", () => {
    const result = parseForm(criterionFormSchema, form({ ...valid, scaleMax: "5" }));
    expect(!result.ok && Object.keys(result.errors)).toEqual(["descriptor.4", "descriptor.5"]);
  });

  it("needs each text of the translations page in at least one language", () => {
    const schema = criterionTranslationsSchema({ scaleMin: 1, scaleMax: 2 }, "es");
    const result = parseForm(schema, form({ "title.ar": "الحاجة", "descriptor.1.en": "Weak" }));
    expect(!result.ok && result.errors).toEqual({
      "descriptor.2.es": { key: "panels:rubric.errors.descriptorRequired" },
    });
    const ok = parseForm(
      schema,
      form({ "title.ar": "الحاجة", "descriptor.1.en": "Weak", "descriptor.2.fa": "خوب" }),
    );
    expect(ok).toMatchObject({
      ok: true,
      data: { title: { ar: "الحاجة" }, descriptors: { "2": { fa: "خوب" } } },
    });
  });
});
