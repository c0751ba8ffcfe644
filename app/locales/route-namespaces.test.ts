import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultNamespace } from "./namespaces";
import { declaredNamespaces, namespacesUsedBy } from "./route-namespaces";

const appDir = resolve(__dirname, "..");
const routeFiles = readdirSync(join(appDir, "routes")).filter((file) => file.endsWith(".tsx") && !file.includes(".test."));

describe("translation catalogs a page downloads", () => {
  it("the root layout needs only the common catalog, which every page loads", () => {
    expect([...namespacesUsedBy(join(appDir, "root.tsx"), appDir)]).toEqual([defaultNamespace]);
  });

  it.each(routeFiles)("%s declares exactly the catalogs its page uses", (file) => {
    const path = join(appDir, "routes", file);
    const used = [...namespacesUsedBy(path, appDir)].filter((namespace) => namespace !== defaultNamespace).sort();
    const declared = (declaredNamespaces(readFileSync(path, "utf8")) ?? []).slice().sort();
    expect(declared).toEqual(used);
  });
});

describe("finding the catalogs a module uses", () => {
  it("follows imports into components but not into server-only modules", () => {
    const used = namespacesUsedBy(join(appDir, "routes", "applications.$applicationId.sections.$sectionId.tsx"), appDir);
    // The answer errors ("applicationForm:errors.*") come from the shared answers schema.
    expect(used).toContain("applicationForm");
    expect(used).toContain("applying");
    // The form builder's catalog, and the server's email texts, stay off the applicant's phone.
    expect(used).not.toContain("forms");
    expect(used).not.toContain("emails");
  });

  it("reads a route's declared catalogs", () => {
    expect(declaredNamespaces('export const handle: TranslationHandle = { i18n: ["forms", "schemes"] };')).toEqual(["forms", "schemes"]);
    expect(declaredNamespaces("export const meta = () => [];")).toBeNull();
  });
});
