import type { Actor } from "~/domain/access/permissions";

/**
 * The header's links for one signed-in person, from what she belongs to. Each link is there
 * only when it leads somewhere for her: "Your applications" for members of a group, the
 * funder dashboard for its staff, the panel for its members. Someone with several funders or
 * panels is sent to the page that lists them (My work for funders, /panels for panels), so
 * the header stays short on a phone.
 */

export type NavigationLink = {
  to: string;
  /** Translation key in the "common" namespace. */
  label:
    | "layout.applications"
    | "layout.funderDashboard"
    | "layout.funderDashboards"
    | "layout.panel"
    | "layout.panels";
};

export function navigationFor(
  actor: Pick<Actor, "funders" | "organisations" | "panels">,
): NavigationLink[] {
  const links: NavigationLink[] = [];
  if (actor.organisations.length > 0)
    links.push({ to: "/applications", label: "layout.applications" });
  const [funder, ...otherFunders] = actor.funders;
  if (funder) {
    links.push(
      otherFunders.length === 0
        ? { to: `/fund/${funder.funderId}`, label: "layout.funderDashboard" }
        : { to: "/my#funders", label: "layout.funderDashboards" },
    );
  }
  const [panel, ...otherPanels] = actor.panels;
  if (panel) {
    links.push(
      otherPanels.length === 0
        ? { to: `/panels/${panel.panelId}`, label: "layout.panel" }
        : { to: "/panels", label: "layout.panels" },
    );
  }
  return links;
}
