import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import { sharedOptionsInstance } from "../../../tests/support/translator";
import { ThemeChart, ThemeTable, fitLabel, type ChartSeries } from "./outcome-charts";

function render(node: React.ReactNode, locale: Locale = "en") {
  return renderToStaticMarkup(
    <I18nextProvider i18n={sharedOptionsInstance(locale)}>{node}</I18nextProvider>,
  );
}

const groups = [
  { key: "2026-Q1", label: "Q1 2026" },
  { key: "2026-Q2", label: "Q2 2026" },
];
const series: ChartSeries[] = [
  { id: "t1", name: { text: "Confidence", locale: "en" }, counts: [3, 5], total: 8 },
  { id: "t2", name: { text: "Мова", locale: "uk" }, counts: [0, 2], total: 2 },
];

const chart = (direction: "ltr" | "rtl", locale: Locale = "en") =>
  render(
    <ThemeChart
      id="over-time"
      title="Check-ins per theme"
      description="A bar per theme"
      groups={groups}
      series={series}
      direction={direction}
    />,
    locale,
  );

describe("a theme chart", () => {
  it("is an SVG image named by its title and description, drawn without a browser", () => {
    const html = chart("ltr");
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="over-time-title over-time-desc"/,
    );
    expect(html).toContain('<title id="over-time-title">Check-ins per theme</title>');
    expect(html).toContain('<desc id="over-time-desc">A bar per theme</desc>');
    expect(html).toContain("Q2 2026");
  });

  it("tells themes apart by pattern as well as colour, and writes each count on its bar", () => {
    const html = chart("ltr");
    expect(html).toContain('fill="url(#over-time-pattern-0)"');
    expect(html).toContain('fill="url(#over-time-pattern-1)"');
    expect(html).toMatch(/<pattern id="over-time-pattern-1"[^>]*>.*<path/);
    expect(html).toMatch(/>5<\/text>/);
    expect(html).toContain('<span lang="uk">Мова</span>');
  });

  it("runs right to left in Arabic: the first period on the right, the count axis on the right", () => {
    const ltr = chart("ltr");
    const rtl = chart("rtl", "ar");
    const firstBarX = (html: string) =>
      Number(/<rect[^>]* x="([\d.]+)"[^>]*fill="url\(#over-time-pattern-0\)"/.exec(html)![1]);
    expect(firstBarX(rtl)).toBeGreaterThan(firstBarX(ltr));
    expect(rtl).toContain('direction="rtl"');
  });

  it("says so when nothing was tagged", () => {
    const html = render(
      <ThemeChart
        id="empty"
        title="t"
        description="d"
        groups={groups}
        series={[]}
        direction="ltr"
      />,
    );
    expect(html).toContain("No tagged check-ins in this period.");
  });
});

describe("a theme table", () => {
  it("has a caption and headers scoped to their columns and rows", () => {
    const html = render(
      <ThemeTable id="per-period" caption="Per period" groups={groups} series={series} />,
    );
    expect(html).toContain('<caption id="per-period-caption">Per period</caption>');
    // A keyboard can scroll the table on a phone: the box takes focus, named by the caption.
    expect(html).toContain('role="region" aria-labelledby="per-period-caption" tabindex="0"');
    expect(html).toContain('<th scope="col">Q1 2026</th>');
    expect(html).toContain('<th scope="row" lang="en">Confidence</th>');
    expect(html).toMatch(/<td class="numeric">8<\/td>/);
  });
});

describe("numbers in a Persian chart and table", () => {
  it("are written in Persian digits", () => {
    const html = render(<ThemeTable id="c" caption="c" groups={groups} series={series} />, "fa");
    expect(html).toContain("۸");
    expect(html).not.toMatch(/<td class="numeric">8<\/td>/);
  });
});

describe("a label under a bar group", () => {
  it("is cut to its band's room, so long pot names never run into each other", () => {
    expect(fitLabel("Q1 2026", 86, 11)).toBe("Q1 2026");
    const cut = fitLabel("Grupos de base de mujeres migrantes en Convocatoria 2025", 86, 11);
    expect(cut).toBe("Grupos de ba…");
    expect(cut.length).toBeLessThanOrEqual(Math.floor(86 / 6.6));
  });
});
