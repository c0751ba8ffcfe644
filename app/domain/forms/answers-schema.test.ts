import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  budgetRowProblem,
  validateAnswers,
  visibleQuestionIds,
  wordCount,
  type RawAnswers,
} from "./answers-schema";
import type { FormDefinition, Question } from "./definition";
import { formDefinitionSchema } from "./definition-schema";

const label = { en: "Question" };
const options = { currency: "EUR", potMaxMinor: 500_000 };

/** Text people really type: any script, right-to-left, emoji, combining marks. */
const humanText = fc
  .string({
    unit: fc.constantFrom(..."abc xyz مرحبا שלום привіт 😀👩🏽‍🤝‍👩🏿 é\u0301 ".split("")),
    minLength: 1,
    maxLength: 40,
  })
  .filter((s) => s.trim().length > 0);

type Case = {
  question: Question;
  arbitrary: (kind: "valid" | "invalid") => fc.Arbitrary<RawAnswers>;
};

const cases = (id: string, required: boolean): Case[] => [
  {
    question: { id, type: "shortText", label, required, maxLength: 50 },
    arbitrary: (kind) =>
      kind === "valid"
        ? humanText.map((t) => ({ [id]: t.slice(0, 50) }))
        : fc
            .string({ minLength: 51, maxLength: 80 })
            .filter((s) => s.trim().length > 50)
            .map((t) => ({ [id]: t })),
  },
  {
    question: { id, type: "longText", label, required, maxWords: 5, allowRecording: false },
    arbitrary: (kind) =>
      kind === "valid"
        ? fc
            .array(fc.constantFrom("word", "كلمة", "слово", "🙂"), { minLength: 1, maxLength: 5 })
            .map((w) => ({ [id]: w.join(" ") }))
        : fc
            .array(fc.constantFrom("word", "كلمة"), { minLength: 6, maxLength: 30 })
            .map((w) => ({ [id]: w.join(" ") })),
  },
  {
    question: { id, type: "number", label, required, min: 0, max: 1000 },
    arbitrary: (kind) =>
      kind === "valid"
        ? fc.integer({ min: 0, max: 1000 }).map((n) => ({ [id]: String(n) }))
        : fc
            .oneof(
              fc.integer({ min: 1001, max: 10 ** 9 }).map(String),
              fc.constantFrom("1.5", "ten", "1e3", "--1"),
            )
            .map((v) => ({ [id]: v })),
  },
  {
    question: { id, type: "money", label, required, maxMinor: 1_000_000 },
    arbitrary: (kind) =>
      kind === "valid"
        ? fc.integer({ min: 0, max: 10_000 }).map((n) => ({ [id]: String(n) }))
        : fc
            .oneof(
              fc.constantFrom("lots", "1.2.3", "12,34,56"),
              fc.integer({ min: 10_001, max: 10 ** 6 }).map(String),
            )
            .map((v) => ({ [id]: v })),
  },
  {
    question: { id, type: "date", label, required },
    arbitrary: (kind) =>
      kind === "valid"
        ? fc
            .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
            .map((d) => ({ [id]: d.toISOString().slice(0, 10) }))
        : fc
            .constantFrom("2027-02-30", "tomorrow", "31/12/2027", "2027-13-01")
            .map((v) => ({ [id]: v })),
  },
  {
    question: {
      id,
      type: "singleChoice",
      label,
      required,
      choices: [
        { value: "a", label },
        { value: "b", label },
      ],
    },
    arbitrary: (kind) =>
      (kind === "valid" ? fc.constantFrom("a", "b") : fc.constantFrom("c", "A", "a,b")).map(
        (v) => ({ [id]: v }),
      ),
  },
  {
    question: {
      id,
      type: "multipleChoice",
      label,
      required,
      choices: [
        { value: "a", label },
        { value: "b", label },
        { value: "c", label },
      ],
      maxChoices: 2,
    },
    arbitrary: (kind) =>
      kind === "valid"
        ? fc.subarray(["a", "b", "c"], { minLength: 1, maxLength: 2 }).map((v) => ({ [id]: v }))
        : fc
            .oneof(fc.constant(["a", "b", "c"]), fc.constant(["a", "zzz"]))
            .map((v) => ({ [id]: v })),
  },
  {
    question: { id, type: "yesNo", label, required },
    arbitrary: (kind) =>
      (kind === "valid" ? fc.constantFrom("yes", "no") : fc.constantFrom("maybe", "YES!", "1")).map(
        (v) => ({ [id]: v }),
      ),
  },
  {
    question: { id, type: "budgetTable", label, required, maxRows: 3, capAtPotMaximum: true },
    arbitrary: (kind) =>
      kind === "valid"
        ? fc
            .array(fc.tuple(humanText, fc.integer({ min: 0, max: 1000 })), {
              minLength: 1,
              maxLength: 3,
            })
            .map((rows) =>
              Object.fromEntries(
                rows.flatMap(([item, amount], i) => [
                  [`${id}.${i}.item`, item],
                  [`${id}.${i}.amount`, String(amount)],
                ]),
              ),
            )
        : fc.oneof(
            fc.constant({ [`${id}.0.item`]: "Rent", [`${id}.0.amount`]: "6000" }),
            fc.constant({ [`${id}.0.item`]: "", [`${id}.0.amount`]: "10" }),
            fc.constant({ [`${id}.0.item`]: "Food", [`${id}.0.amount`]: "a lot" }),
          ),
  },
];

const formOf = (questions: Question[]): FormDefinition =>
  formDefinitionSchema.parse({
    sourceLocale: "en",
    sections: [{ id: "about", title: label, questions }],
  });

const scenario = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 8 }),
      fc.boolean(),
      fc.constantFrom("valid", "invalid", "blank") as fc.Arbitrary<"valid" | "invalid" | "blank">,
    ),
    { minLength: 1, maxLength: 6 },
  )
  .chain((picks) => {
    const built = picks.map(([index, required, kind], position) => ({
      ...cases(`q${position}`, required)[index]!,
      kind,
    }));
    return fc
      .tuple(...built.map((c) => (c.kind === "blank" ? fc.constant({}) : c.arbitrary(c.kind))))
      .map((answers) => ({ built, raw: Object.assign({}, ...answers) as RawAnswers }));
  });

describe("answers validated from a form definition", () => {
  it("accepts exactly the valid answers and names every invalid one", () => {
    fc.assert(
      fc.property(scenario, ({ built, raw }) => {
        const result = validateAnswers(
          formOf(built.map((c) => c.question)),
          { ...raw, unknownField: "dropped" },
          options,
        );
        for (const { question, kind } of built) {
          const shouldFail = kind === "invalid" || (kind === "blank" && question.required);
          const error = result.ok ? undefined : result.errors[question.id];
          expect(Boolean(error), `${question.type} ${kind} required=${question.required}`).toBe(
            shouldFail,
          );
          if (error) expect(error.key).toMatch(/^forms:errors\./);
        }
        expect(result.answers).not.toHaveProperty("unknownField");
      }),
      { numRuns: 400 },
    );
  });

  it("never throws, whatever arrives", () => {
    const form = formOf(cases("x", true).map((c, i) => ({ ...c.question, id: `x${i}` })));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.dictionary(
            fc.constantFrom(
              "x0",
              "x1",
              "x2",
              "x3",
              "x4",
              "x5",
              "x6",
              "x7",
              "x8",
              "x8.0.item",
              "x8.0.amount",
              "__proto__",
              "constructor",
            ),
            fc.anything(),
          ),
          fc.constant({ x0: "a".repeat(200_000), x1: "word ".repeat(50_000) }),
        ),
        (raw) => {
          const result = validateAnswers(form, raw, options);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("conditional questions", () => {
  const form = formDefinitionSchema.parse({
    sourceLocale: "en",
    sections: [
      {
        id: "group",
        title: label,
        questions: [
          { id: "registered", type: "yesNo", label, required: true },
          {
            id: "number",
            type: "shortText",
            label,
            required: true,
            showIf: { questionId: "registered", anyOf: ["yes"] },
          },
          {
            id: "host",
            type: "shortText",
            label,
            required: true,
            showIf: { questionId: "registered", anyOf: ["no"] },
          },
        ],
      },
    ],
  });

  it("does not require a hidden question and drops its answer", () => {
    const result = validateAnswers(
      form,
      { registered: "no", host: "Community centre", number: "left over" },
      options,
    );
    expect(result).toEqual({ ok: true, answers: { registered: false, host: "Community centre" } });
  });

  it("requires a question once it is shown", () => {
    const result = validateAnswers(form, { registered: "yes" }, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.number?.key).toBe("forms:errors.required");
    expect(visibleQuestionIds(form, { registered: "yes" })).toEqual(
      new Set(["registered", "number"]),
    );
  });

  it("caps a budget at the pot's largest grant", () => {
    const budget = formOf([
      {
        id: "budget",
        type: "budgetTable",
        label,
        required: true,
        maxRows: 5,
        capAtPotMaximum: true,
      },
    ]);
    const result = validateAnswers(
      budget,
      {
        "budget.0.item": "Room hire",
        "budget.0.amount": "3000",
        "budget.1.item": "Childcare",
        "budget.1.amount": "2500",
      },
      options,
    );
    expect(!result.ok && result.errors.budget).toEqual({
      key: "forms:errors.budgetAboveMaximum",
      values: { total: { minor: 550_000 }, max: { minor: 500_000 } },
    });
  });

  it.each(["en", "ar", "fa", "uk", "es", "fr"])(
    "reads a budget as a %s reader writes it, amounts in any digits",
    (locale) => {
      const budget = formOf([
        {
          id: "budget",
          type: "budgetTable",
          label,
          required: true,
          maxRows: 5,
          capAtPotMaximum: false,
        },
      ]);
      const typed = {
        "budget.0.item": "Room hire",
        "budget.0.amount": "1.500,50",
        "budget.1.item": "Food",
        "budget.1.amount": "٨٠٠",
        "budget.2.item": "Childcare",
        "budget.2.amount": new Intl.NumberFormat(locale, {
          style: "currency",
          currency: "EUR",
        }).format(1200),
      };
      const result = validateAnswers(budget, typed, { ...options, locale });
      expect(result).toEqual({
        ok: true,
        answers: {
          budget: [
            { item: "Room hire", amountMinor: 150_050 },
            { item: "Food", amountMinor: 80_000 },
            { item: "Childcare", amountMinor: 120_000 },
          ],
        },
      });
    },
  );

  it("names the budget line that cannot be read", () => {
    const budget = formOf([
      {
        id: "budget",
        type: "budgetTable",
        label,
        required: true,
        maxRows: 5,
        capAtPotMaximum: false,
      },
    ]);
    expect(budgetRowProblem({ item: "", amount: "" }, options)).toBe("empty");
    expect(budgetRowProblem({ item: "", amount: "300" }, options)).toBe("item");
    expect(budgetRowProblem({ item: "Rent", amount: "lots" }, options)).toBe("amount");
    expect(
      budgetRowProblem({ item: "Rent", amount: "‏1,500.50 €" }, { ...options, locale: "ar" }),
    ).toBeNull();
    const result = validateAnswers(
      budget,
      {
        "budget.0.item": "Rent",
        "budget.0.amount": "300",
        "budget.1.item": "Food",
        "budget.1.amount": "lots",
      },
      options,
    );
    expect(!result.ok && result.errors.budget).toEqual({
      key: "forms:errors.budgetAmount",
      values: { item: "Food" },
    });
  });

  it("counts words in any script", () => {
    expect(wordCount("  نحن مجموعة  نساء ")).toBe(3);
    expect(wordCount("")).toBe(0);
  });
});
