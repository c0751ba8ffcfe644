import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it, vi } from "vitest";
import { OnBehalfNote } from "~/components/applications/on-behalf-note";
import { sharedOptionsInstance } from "../../tests/support/translator";

const FSI = "\u2068";
const PDI = "\u2069";

const panel = vi.hoisted(() => ({
  name: "2027 review panel",
  round: { text: "دورة ربيع 2027", locale: "ar" },
  closesAt: "2026-11-30T17:00:00.000Z",
  closed: false,
  timeZone: "Europe/Dublin",
  members: [{ id: "m1", name: "Amina Haddad", role: "COMMUNITY_REVIEWER" }],
}));
vi.mock("@remix-run/react", () => ({ useLoaderData: () => panel }));
const { default: PanelPage } = await import("~/routes/panels.$panelId");

describe("values in translated sentences", () => {
  it("Persian prints counts in Persian digits, and still picks the plural from the count", () => {
    const t = sharedOptionsInstance("fa").t;
    expect(t("applications:tasks.progress", { done: 2, count: 5 })).toBe(
      `${FSI}۲${PDI} بخش از ${FSI}۵${PDI} بخش را تمام کرده‌اید.`,
    );
    expect(t("common:timeLeft.days", { count: 12 })).toContain("۱۲");
  });

  it("Arabic picks the dual and keeps its Latin digits", () => {
    const t = sharedOptionsInstance("ar").t;
    expect(t("applications:tasks.progress", { done: 1, count: 2 })).toBe(
      `أنهيتم ${FSI}1${PDI} من أصل جزأين.`,
    );
    expect(t("applications:tasks.progress", { done: 3, count: 11 })).toContain("جزءًا");
  });

  it("English plurals and numbers are unchanged, with no invisible marks around them", () => {
    const t = sharedOptionsInstance("en").t;
    expect(t("applications:tasks.progress", { done: 1, count: 1 })).toBe(
      "You have finished 1 of 1 part.",
    );
    expect(t("applications:tasks.progress", { done: 2, count: 5 })).toBe(
      "You have finished 2 of 5 parts.",
    );
  });

  it("isolates a Latin name inside Persian and an Arabic name inside English", () => {
    expect(
      sharedOptionsInstance("fa").t("applications:onBehalf.note", { funder: "Riverside Council" }),
    ).toContain(`${FSI}Riverside Council${PDI}`);
    expect(
      sharedOptionsInstance("en").t("applications:onBehalf.note", { funder: "بلدية النهر" }),
    ).toBe(`Entered by staff of ${FSI}بلدية النهر${PDI} on behalf of the group.`);
    expect(
      sharedOptionsInstance("en").t("applications:onBehalf.note", { funder: "Riverside Council" }),
    ).toBe("Entered by staff of Riverside Council on behalf of the group.");
  });
});

describe("pages in Arabic", () => {
  const render = (element: React.ReactElement) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={sharedOptionsInstance("ar")}>{element}</I18nextProvider>,
    );

  it("the panel page keeps a Latin panel name in its own order", () => {
    const html = render(<PanelPage />);
    expect(html).toContain("<h1><bdi>2027 review panel</bdi></h1>");
    expect(html).toContain("<bdi>Amina Haddad</bdi>");
    // The closing time says whose clock it is on, in words, and keeps the date in one piece.
    expect(html).toContain("30 نوفمبر 2026، الساعة 5 م بتوقيت دبلن");
  });

  it("a Latin funder name in a sentence is isolated without the page asking for it", () => {
    expect(render(<OnBehalfNote funderName="Riverside Council" />)).toContain(
      `${FSI}Riverside Council${PDI}`,
    );
  });
});
