import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defaultNamespace, namespaces, type Namespace } from "./namespaces";

/**
 * Which translation namespaces a route's page can use in the browser: those named in the
 * route module and in every module it imports that reaches the browser (server-only
 * `*.server.ts` modules do not). Read from the source, so a route's `handle.i18n` can be
 * checked against it. Build-time tooling for tests, not used by the app.
 */
export function namespacesUsedBy(entryFile: string, appDir: string): Set<Namespace> {
  const used = new Set<Namespace>();
  const seen = new Set<string>();
  const queue = [resolve(entryFile)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    namespacesIn(source).forEach((namespace) => used.add(namespace));
    for (const specifier of runtimeImports(source)) {
      const target = resolveLocal(specifier, dirname(file), appDir);
      if (target && !/\.server\.tsx?$/.test(target) && !target.includes(`${join(appDir, "generated")}`)) queue.push(target);
    }
  }
  return used;
}

/** The namespaces a route declares in `export const handle = { i18n: [...] }`, or null. */
export function declaredNamespaces(routeSource: string): string[] | null {
  const match = /export const handle\b[^=]*=\s*\{\s*i18n:\s*\[([^\]]*)\]/.exec(routeSource);
  if (!match) return null;
  return [...match[1]!.matchAll(/"(\w+)"/g)].map((m) => m[1]!);
}

const known = new Set<string>(namespaces);
const isNamespace = (name: string): name is Namespace => known.has(name);

function namespacesIn(source: string): Namespace[] {
  const found: string[] = [];
  for (const match of source.matchAll(/useTranslation\(\s*(\)|"(\w+)"|\[([^\]]*)\])/g)) {
    if (match[1] === ")") found.push(defaultNamespace);
    if (match[2]) found.push(match[2]);
    if (match[3]) found.push(...[...match[3].matchAll(/"(\w+)"/g)].map((m) => m[1]!));
  }
  for (const match of source.matchAll(/["'`](\w+):[\w.$]/g)) found.push(match[1]!);
  for (const match of source.matchAll(/\bns[:=]\s*\{?\s*"(\w+)"/g)) found.push(match[1]!);
  if (/<Trans\b/.test(source)) found.push(defaultNamespace);
  return found.filter(isNamespace);
}

function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^"';]*?\sfrom\s+"([^"]+)"/gm)) {
    if (!match[2]) specifiers.push(match[3]!);
  }
  for (const match of source.matchAll(/^\s*import\s+"([^"]+)"/gm)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) specifiers.push(match[1]!);
  return specifiers;
}

function resolveLocal(specifier: string, fromDir: string, appDir: string): string | null {
  const base = specifier.startsWith("~/") ? join(appDir, specifier.slice(2)) : specifier.startsWith(".") ? resolve(fromDir, specifier) : null;
  if (!base || /\.(css|json|svg)(\?.*)?$/.test(base)) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")];
  return candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile()) ?? null;
}
