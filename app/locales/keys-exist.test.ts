import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { namespaces } from "./namespaces";
import { resources } from "./resources";

const root = resolve(__dirname, "../..");
const sourceDirs = ["app", "emails"].map((dir) => join(root, dir));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "locales") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Follows "a.b.c" into a catalog; a key ending in "." (a template's fixed start) must lead to an object. */
function lookup(catalog: unknown, path: string): unknown {
  return path
    .split(".")
    .filter(Boolean)
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined,
      catalog,
    );
}

// A key followed by "${" is a template's fixed start; one followed by its closing quote but
// naming a group (const ERR = "organisations:errors") is a prefix the code adds to.
const pattern = new RegExp(`["'\`](${namespaces.join("|")}):([A-Za-z0-9_.]+)(\\$\\{|["'\`])?`, "g");
const references = sourceFiles(sourceDirs[0]!)
  .concat(sourceFiles(sourceDirs[1]!))
  .flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(pattern)].map((match) => ({
      file: file.slice(root.length + 1),
      namespace: match[1]!,
      key: match[2]!,
      isPrefix: match[3] === "${" || match[2]!.endsWith("."),
      mayBeGroup: match[3] !== undefined && match[3] !== "${",
    })),
  );

describe("translation keys named in the code", () => {
  it("finds the keys the code names", () => {
    expect(references.length).toBeGreaterThan(300);
  });

  it("every key exists in the English catalogs (a missing one would show as a raw key)", () => {
    const missing = references.filter(({ namespace, key, isPrefix, mayBeGroup }) => {
      const found = lookup(resources.en[namespace as keyof (typeof resources)["en"]], key);
      if (isPrefix) return !found || typeof found !== "object";
      if (mayBeGroup && found && typeof found === "object") return false;
      // Plural keys live as key_one, key_other.
      return (
        typeof found !== "string" &&
        typeof lookup(resources.en[namespace as never], `${key}_other`) !== "string"
      );
    });
    expect(missing.map(({ file, namespace, key }) => `${file}: ${namespace}:${key}`)).toEqual([]);
  });
});

/**
 * Keys written without a namespace belong to the namespace of the file's useTranslation()
 * ("common" when it names none). Emails and server code that call t() directly use "common".
 */
const plainCall = /\bt\(\s*["'`]([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)(\.?\$\{)?/g;
const plainReferences = sourceFiles(sourceDirs[0]!)
  .concat(sourceFiles(sourceDirs[1]!))
  .flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const declared = [...source.matchAll(/useTranslation\(\s*(?:"(\w+)")?\s*\)/g)].map(
      (m) => m[1] ?? "common",
    );
    // A component shared by several features (the members pages) is handed its namespace and
    // names them all in a "@namespaces a b" comment: each key must then exist in every one.
    const shared = /@namespaces ([\w ]+)/.exec(source)?.[1]?.trim().split(/\s+/);
    const candidates = declared.length ? [...new Set(declared)] : ["common"];
    return [...source.matchAll(plainCall)].flatMap((match) =>
      (shared ? shared.map((namespace) => [namespace]) : [candidates]).map((each) => ({
        file: file.slice(root.length + 1),
        key: match[1]!,
        isPrefix: match[2] !== undefined,
        candidates: each,
      })),
    );
  });

describe("translation keys named without a namespace", () => {
  it("finds them", () => {
    expect(plainReferences.length).toBeGreaterThan(200);
  });

  it("every one exists in a namespace its file uses (a missing one would show as a raw key)", () => {
    const missing = plainReferences.filter(({ key, isPrefix, candidates }) =>
      candidates.every((namespace) => {
        const catalog = resources.en[namespace as keyof (typeof resources)["en"]];
        const found = lookup(catalog, key);
        if (isPrefix) return !found || typeof found !== "object";
        return typeof found !== "string" && typeof lookup(catalog, `${key}_other`) !== "string";
      }),
    );
    expect(
      missing.map(({ file, key, candidates }) => `${file}: ${key} (in ${candidates.join(", ")})`),
    ).toEqual([]);
  });
});
