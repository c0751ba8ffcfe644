import { describe, expect, it } from "vitest";
import { loader as tasksLoader } from "~/routes/applications.$applicationId._index";
import { action as autosaveAction } from "~/routes/applications.$applicationId.sections.$sectionId_.autosave";
import { loader as checkLoader } from "~/routes/applications.$applicationId.check";
import { db } from "~/services/platform/db.server";
import {
  askForALetter,
  budgetFields,
  groupFields,
  location,
  pdf,
  postSection,
  started,
} from "../support/applying";
import { useTestDatabase } from "../support/database";
import { makeRequest, run, unwrap } from "../support/requests";

useTestDatabase();

/**
 * A part's state on the task list and on check your answers follows its saved answers,
 * whichever way they were saved.
 */
describe("where a part stands", () => {
  const states = async (id: string, cookie: string) =>
    unwrap<{ sections: { id: string; state: string }[] }>(
      await run(tasksLoader, makeRequest(`/applications/${id}`, { cookie }), { applicationId: id }),
    ).data.sections.map((s) => s.state);
  const autosave = (
    id: string,
    sectionId: string,
    cookie: string,
    fields: Record<string, string>,
  ) =>
    run(
      autosaveAction,
      makeRequest(`/applications/${id}/sections/${sectionId}/autosave`, {
        cookie,
        form: { ...fields, intent: "autosave" },
      }),
      { applicationId: id, sectionId },
    );

  it("is complete once every answer is saved and valid, however it was saved, and unfinished again when one goes", async () => {
    const { id, cookies } = await started();
    await autosave(id, "group", cookies.amina, {
      "q.about": groupFields["q.about"],
      revision: "0",
    });
    expect(await states(id, cookies.amina)).toEqual(["in-progress", "not-started"]);
    // She answered the last question and left: autosave kept it, and that is the whole part.
    await autosave(id, "group", cookies.amina, { ...groupFields, revision: "1" });
    expect(await states(id, cookies.amina)).toEqual(["complete", "not-started"]);
    await postSection(id, "money", cookies.amina, {
      ...budgetFields,
      revision: "0",
      intent: "later",
    });
    expect(await states(id, cookies.amina)).toEqual(["complete", "complete"]);
    // Saying the group is registered brings up a question that is not answered yet.
    await autosave(id, "group", cookies.amina, {
      ...groupFields,
      "q.registered": "yes",
      revision: "2",
    });
    expect(await states(id, cookies.amina)).toEqual(["in-progress", "complete"]);
  });

  it("reads amounts as an Arabic page shows them (direction marks, Arabic-Indic digits, the euro sign), so the part is complete", async () => {
    const { id, cookies } = await started();
    const arabic = new Intl.NumberFormat("ar", { style: "currency", currency: "EUR" }).format(
      1500.5,
    );
    const response = await postSection(id, "money", cookies.amina, {
      "q.budget.0.item": "إيجار القاعة",
      "q.budget.0.amount": arabic,
      "q.budget.1.item": "طعام",
      "q.budget.1.amount": "١٬٢٠٠٫٥٠",
      revision: "0",
      intent: "continue",
    });
    expect(location(response)).toBe(`/applications/${id}?notice=saved`);
    expect(await states(id, cookies.amina)).toEqual(["not-started", "complete"]);
  });

  it("never takes a file id the page made up for a saved file, so a part with no file stays unfinished", async () => {
    const { id, cookies, form } = await started();
    await askForALetter(form.id);
    // A browser that marked a chosen but unsent file as answered, then autosaved.
    await autosave(id, "papers", cookies.amina, { "q.letter": "chosen-file", revision: "0" });
    expect((await db().application.findUniqueOrThrow({ where: { id } })).answers).toEqual({});
    expect(await states(id, cookies.amina)).toEqual(["not-started"]);
    // A file really sent with the page is kept, and the id the page then carries is kept with it.
    await postSection(
      id,
      "papers",
      cookies.amina,
      { revision: "1", intent: "later" },
      { name: "q.letter", filename: "letter.pdf", bytes: pdf, type: "application/pdf" },
    );
    const kept = (
      (await db().application.findUniqueOrThrow({ where: { id } })).answers as Record<
        string,
        string
      >
    ).letter;
    expect(kept).toMatch(/^[0-9a-f]{32}$/);
    await autosave(id, "papers", cookies.amina, { "q.letter": kept!, revision: "2" });
    expect(
      (
        (await db().application.findUniqueOrThrow({ where: { id } })).answers as Record<
          string,
          string
        >
      ).letter,
    ).toBe(kept);
    expect(await states(id, cookies.amina)).toEqual(["complete"]);
  });

  it("names each unfinished part on check your answers, in the reader's language", async () => {
    const { id, cookies } = await started();
    await postSection(id, "money", cookies.amina, {
      ...budgetFields,
      revision: "0",
      intent: "later",
    });
    await autosave(id, "group", cookies.amina, { "q.about": "Half", revision: "0" });
    const check = (query: string) =>
      run(
        checkLoader,
        makeRequest(`/applications/${id}/check${query}`, { cookie: cookies.amina }),
        { applicationId: id },
      );
    const english = unwrap<{ incomplete: { id: string; title: { text: string } }[] }>(
      await check(""),
    );
    expect(english.data.incomplete).toEqual([
      { id: "group", title: expect.objectContaining({ text: "Your group" }) },
    ]);
    const arabic = unwrap<{ incomplete: { id: string; title: { text: string } }[] }>(
      await check("?lng=ar"),
    );
    expect(arabic.data.incomplete).toEqual([
      { id: "group", title: expect.objectContaining({ text: "مجموعتكم" }) },
    ]);
  });
});
