import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "~/domain/shared/locales";
import type { MachineTranslationView } from "~/domain/shared/machine-translation";
import { sharedOptionsInstance } from "../../../tests/support/translator";

const here = vi.hoisted(() => ({ pathname: "/schemes/riverside/forms/1", search: "?lng=ar" }));
vi.mock("@remix-run/react", () => ({
  useLocation: () => here,
  Link: ({ to, children }: { to: string; children: React.ReactNode }) => (
    <a href={to}>{children}</a>
  ),
}));
const { MachineTranslationToggle, TranslatableText } = await import("./machine-translation");

function render(node: React.ReactNode, locale: Locale = "en") {
  return renderToStaticMarkup(
    <I18nextProvider i18n={sharedOptionsInstance(locale)}>{node}</I18nextProvider>,
  );
}

const offered: MachineTranslationView = { target: "en", active: false, failure: null };
const showing: MachineTranslationView = { target: "en", active: true, failure: null };

describe("the translation link", () => {
  it("is not there at all without a translation service", () => {
    expect(render(<MachineTranslationToggle view={null} />)).toBe("");
  });

  it("offers the reader's language as a plain link that keeps the rest of the address", () => {
    const html = render(<MachineTranslationToggle view={offered} />);
    expect(html).toContain('href="/schemes/riverside/forms/1?lng=ar&amp;translate=en"');
    expect(html).toMatch(/Show in .*English.* \(machine translation\)/);
  });

  it("names the language in the reader's own language", () => {
    const html = render(
      <MachineTranslationToggle view={{ target: "ar", active: false, failure: null }} />,
      "ar",
    );
    expect(html).toContain("العربية");
    expect(html).toContain("ترجمة آلية");
  });

  it("while translations show, explains them and links back to the originals only", () => {
    const html = render(<MachineTranslationToggle view={showing} />);
    expect(html).toContain("A machine translated these texts");
    expect(html).toContain('href="/schemes/riverside/forms/1?lng=ar"');
    expect(html).toContain("Show originals only");
  });

  it.each([
    ["unavailable", "is not answering"],
    ["timed-out", "took too long"],
    ["bad-response", "could not read"],
    ["not-configured", "not set up"],
  ] as const)("says plainly why there is no translation (%s)", (failure, words) => {
    const html = render(
      <MachineTranslationToggle view={{ target: "en", active: true, failure }} />,
    );
    expect(html).toContain('role="status"');
    expect(html).toContain(words);
    expect(html).toContain("shown as they were written");
  });
});

describe("a translatable text", () => {
  it("shows the translation labelled, in its language, with the original behind 'Show original'", () => {
    const html = render(
      <TranslatableText original="مرحبا" lang="ar" translation="Hello" view={showing} />,
    );
    expect(html).toContain("Machine translated");
    expect(html).toMatch(/<blockquote lang="en" dir="auto">Hello<\/blockquote>/);
    expect(html).toMatch(
      /<details[^>]*><summary>Show original<\/summary><blockquote lang="ar" dir="auto">مرحبا<\/blockquote><\/details>/,
    );
  });

  it("shows the original alone, without a label, when there is no translation", () => {
    for (const html of [
      render(<TranslatableText original="مرحبا" lang="ar" translation={null} view={showing} />),
      render(<TranslatableText original="مرحبا" lang="ar" translation="Hello" view={offered} />),
    ]) {
      expect(html).toBe('<blockquote lang="ar" dir="auto">مرحبا</blockquote>');
    }
  });
});
