import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";

const nobody = { funders: [], organisations: [], panels: [] };

describe("header links", () => {
  it("offer nothing extra to someone who belongs to nothing yet", () => {
    expect(navigationFor(nobody)).toEqual([]);
  });

  it("offer a group member her applications, and nobody else", () => {
    expect(
      navigationFor({ ...nobody, organisations: [{ organisationId: "o1", role: "MEMBER" }] }),
    ).toEqual([{ to: "/applications", label: "layout.applications" }]);
    const staff = navigationFor({ ...nobody, funders: [{ funderId: "f1", role: "VIEWER" }] });
    expect(staff.map((link) => link.label)).not.toContain("layout.applications");
  });

  it("take staff of one funder straight to its dashboard, and staff of several to My work", () => {
    expect(
      navigationFor({ ...nobody, funders: [{ funderId: "f1", role: "PROGRAMME_OFFICER" }] }),
    ).toEqual([{ to: "/fund/f1", label: "layout.funderDashboard" }]);
    const two = [
      { funderId: "f1", role: "ADMIN" as const },
      { funderId: "f2", role: "VIEWER" as const },
    ];
    expect(navigationFor({ ...nobody, funders: two })).toEqual([
      { to: "/my#funders", label: "layout.funderDashboards" },
    ]);
  });

  it("take a panel member to her panel, or to the list of her panels when she sits on several", () => {
    expect(navigationFor({ ...nobody, panels: [{ panelId: "p1", role: "CHAIR" }] })).toEqual([
      { to: "/panels/p1", label: "layout.panel" },
    ]);
    const two = [
      { panelId: "p1", role: "CHAIR" as const },
      { panelId: "p2", role: "MEMBER" as const },
    ];
    expect(navigationFor({ ...nobody, panels: two })).toEqual([
      { to: "/panels", label: "layout.panels" },
    ]);
  });
});
