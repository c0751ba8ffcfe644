import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import type { Locale } from "~/domain/shared/locales";
import { sharedOptionsInstance } from "./translator";

/**
 * Rendering a route's page to HTML without Remix: what the loader and action gave is set on
 * `state` before each render. In the test file:
 *   const state = vi.hoisted(() => ({ data: {} as unknown, answer: undefined as unknown }));
 *   vi.mock("@remix-run/react", async () => (await import("…/page-render")).remixMock(state));
 */
export type PageState = { data: unknown; answer: unknown };

export function remixMock(state: PageState) {
  return {
    useLoaderData: () => state.data,
    useActionData: () => state.answer,
    useSearchParams: () => [new URLSearchParams()],
    useLocation: () => ({ pathname: "/", search: "" }),
    useRouteLoaderData: () => ({ funder: { id: "f1", name: "Riverside City Council" } }),
    Form: ({ children }: { children: ReactNode }) => createElement("form", null, children),
    Link: ({ children, to }: { children: ReactNode; to: string }) =>
      createElement("a", { href: to }, children),
  };
}

export function renderPage(
  state: PageState,
  locale: Locale,
  Page: () => ReactNode,
  data: unknown,
  answer?: unknown,
) {
  state.data = data;
  state.answer = answer;
  return renderToStaticMarkup(
    <I18nextProvider i18n={sharedOptionsInstance(locale)}>
      <Page />
    </I18nextProvider>,
  );
}
