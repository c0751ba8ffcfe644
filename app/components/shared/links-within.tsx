import { useNavigate } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * Plain links that still move within the app without reloading the page. A ranked table of a
 * hundred applications carries three hundred links; as `<Link>`s each would resolve its path
 * and set up its own handlers on every render, a large share of the server's work for the page.
 * Here the links are ordinary `<a href>` (they work before JavaScript has loaded, and with it
 * off), and one listener on the region sends a plain click through the app's router, as a
 * `<Link>` would. Clicks with a modifier key, other buttons, other windows, downloads and other
 * sites are left to the browser.
 */
export function LinksWithin({ children, className }: { children: ReactNode; className?: string }) {
  const region = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const follow = (event: MouseEvent) => {
      const path = pathWithinApp(event, element);
      if (path === null) return;
      event.preventDefault();
      navigate(path);
    };
    element.addEventListener("click", follow);
    return () => element.removeEventListener("click", follow);
  }, [navigate]);
  return (
    <div ref={region} className={className}>
      {children}
    </div>
  );
}

/** Where a click in `region` should go within the app, or null to leave it to the browser. */
export function pathWithinApp(event: MouseEvent, region: Element): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return null;
  const target = event.target instanceof Element ? event.target : null;
  const anchor = target?.closest("a[href]");
  if (!(anchor instanceof HTMLAnchorElement) || !region.contains(anchor)) return null;
  if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return null;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
