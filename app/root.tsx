import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/shared/error-page";
import { FUNDER_DEACTIVATED } from "~/domain/access/permissions";
import { SiteLayout } from "~/components/shared/site-layout";
import { useNonce } from "~/components/shared/nonce";
import { LanguageProvider, useTranslations } from "~/components/shared/translations";
import { isLocale, textDirection, type Locale } from "~/domain/shared/locales";
import { navigationFor } from "~/domain/accounts/navigation";
import { config } from "~/services/platform/env.server";
import { localeCookie, localeOf } from "~/services/platform/i18n.server";
import { getUser } from "~/services/access/permissions.server";
import stylesheet from "~/styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Every page has a title; routes with their own meta replace it. */
export const meta: MetaFunction = () => [{ title: "Withfund" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [locale, user] = await Promise.all([localeOf(request), getUser(request)]);
  const payload = {
    locale,
    demoMode: config().demoMode,
    user: user ? { email: user.email, name: user.name } : null,
    navigation: user ? navigationFor(user) : [],
  };
  // A shared link in another language (?lng=ar) becomes the visitor's choice, so the next
  // page she opens from it stays in that language.
  const requested = new URL(request.url).searchParams.get("lng");
  if (isLocale(requested) && requested === locale) {
    return data(payload, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
  }
  return payload;
}

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

/**
 * The root loader decides the page's language; the document and every text on it follow that
 * one value, so a language change applies everywhere at once, however the page was reached.
 */
export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRootData();
  const { fallbackLocale } = useTranslations();
  const locale: Locale = data?.locale ?? fallbackLocale;
  return (
    <LanguageProvider locale={locale}>
      <Document locale={locale}>{children}</Document>
    </LanguageProvider>
  );
}

function Document({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <SiteLayout>
      <Outlet />
    </SiteLayout>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const deactivated =
    isRouteErrorResponse(error) &&
    (error.data === FUNDER_DEACTIVATED || error.statusText === FUNDER_DEACTIVATED);
  // The server logs its errors (entry.server.tsx); this tells a developer in the browser.
  if (!isRouteErrorResponse(error) && typeof document !== "undefined") console.error(error);
  return (
    <SiteLayout>
      <ErrorPage status={status} deactivated={deactivated} />
      <p className="visually-hidden">{t("meta.siteName")}</p>
    </SiteLayout>
  );
}
