import { Form, Link, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { loader as rootLoader } from "~/root";
import { LanguageSwitcher } from "./language-switcher";

export function SiteLayout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  const { t } = useTranslation();
  const location = useLocation();
  const user = data?.user ?? null;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      {data?.demoMode ? (
        <p className="demo-banner" role="note">
          {t("layout.demoBanner")} <Link to="/dev/mailbox">{t("layout.mailbox")}</Link>
        </p>
      ) : null}
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-name">
            {t("meta.siteName")}
          </Link>
          <nav aria-label={t("layout.mainNavigation")}>
            <ul className="nav-list">
              <li>
                <NavLink to="/" end>
                  {t("layout.home")}
                </NavLink>
              </li>
              <li>
                <NavLink to="/schemes">{t("layout.schemes")}</NavLink>
              </li>
              {user ? (
                <>
                  <li>
                    <NavLink to="/my">{t("layout.myWork")}</NavLink>
                  </li>
                  {(data?.navigation ?? []).map((link) => (
                    <li key={link.label}>
                      <NavLink to={link.to}>{t(link.label)}</NavLink>
                    </li>
                  ))}
                  <li>
                    <NavLink to="/account">{t("layout.account")}</NavLink>
                  </li>
                  <li>
                    <Form method="post" action="/sign-out">
                      <button type="submit" className="link-button">
                        {t("layout.signOut")}
                      </button>
                    </Form>
                  </li>
                </>
              ) : (
                <li>
                  <NavLink to={`/sign-in?redirectTo=${encodeURIComponent(location.pathname)}`}>
                    {t("layout.signIn")}
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        {user ? <p>{t("layout.signedInAs", { email: user.email })}</p> : null}
        <p>{t("layout.footer")}</p>
        <p>
          <Link to="/privacy">{t("layout.privacy")}</Link>
        </p>
      </footer>
    </>
  );
}
