// npm run bench:weight — what a phone downloads for a page: JavaScript and CSS (gzip), read
// from the production build's asset manifest. Budget for the application form page:
// 120 KB of JavaScript and 25 KB of CSS, gzipped. Prints a table and writes JSON to
// bench/results/page-weight.json. Figures, not a pass/fail test. The JavaScript total counts
// the code and the page language's translation chunk (downloaded once for every page).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

type RouteAssets = {
  id: string;
  parentId?: string;
  module: string;
  imports?: string[];
  css?: string[];
};
type Manifest = {
  entry: { module: string; imports: string[] };
  routes: Record<string, RouteAssets>;
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const serverBuild = join(root, "build", "server", "index.js");
const budgets = { js: 120 * 1024, css: 25 * 1024 };

const pages: { name: string; routeId: string }[] = [
  {
    name: "Application form (a section)",
    routeId: "routes/applications.$applicationId.sections.$sectionId",
  },
  { name: "Check your answers", routeId: "routes/applications.$applicationId.check" },
  { name: "Home", routeId: "routes/_index" },
  { name: "Sign in", routeId: "routes/sign-in._index" },
  { name: "Scheme page", routeId: "routes/schemes.$slug._index" },
  { name: "Can we apply? checker", routeId: "routes/schemes.$slug.check" },
];

function gzipSize(publicPath: string) {
  const file = join(root, "build", "client", publicPath.replace(/^\//, ""));
  return gzipSync(readFileSync(file), { level: 9 }).byteLength;
}

/** The stylesheet linked from the root route (imported with ?url, so not in the route's css list). */
function sharedCss() {
  return readdirSync(join(root, "build", "client", "assets"))
    .filter((file) => file.endsWith(".css"))
    .map((file) => `/assets/${file}`);
}

/**
 * The translation catalogs the browser fetches: one chunk per language (vite.config.ts), the
 * same for every page; measured for the language whose chunk is largest.
 */
function catalogChunk(): { language: string; bytes: number } {
  const chunks = readdirSync(join(root, "build", "client", "assets"))
    .map((file) => /^locale-([a-z]{2})-[\w-]+\.js$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ language: match[1]!, bytes: gzipSize(`/assets/${match[0]}`) }));
  if (chunks.length === 0)
    throw new Error("No locale-<language> chunks in the build: see vite.config.ts");
  return chunks.reduce((largest, chunk) => (chunk.bytes > largest.bytes ? chunk : largest));
}

function assetsFor(manifest: Manifest, routeId: string) {
  const js = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
  const css = new Set<string>(sharedCss());
  for (
    let route: RouteAssets | undefined = manifest.routes[routeId];
    route;
    route = route.parentId ? manifest.routes[route.parentId] : undefined
  ) {
    js.add(route.module);
    route.imports?.forEach((file) => js.add(file));
    route.css?.forEach((file) => css.add(file));
  }
  return { js: [...js], css: [...css] };
}

async function main() {
  if (!existsSync(serverBuild))
    throw new Error("The production build is missing: run npm run build first");
  const build = (await import(pathToFileURL(serverBuild).href)) as { assets: Manifest };
  const catalogs = catalogChunk();
  const rows = pages
    .filter((page) => build.assets.routes[page.routeId])
    .map((page) => {
      const assets = assetsFor(build.assets, page.routeId);
      const code = assets.js.reduce((sum, file) => sum + gzipSize(file), 0);
      const css = assets.css.reduce((sum, file) => sum + gzipSize(file), 0);
      return {
        page: page.name,
        route: page.routeId,
        codeGzipBytes: code,
        catalogGzipBytes: catalogs.bytes,
        catalogLanguage: catalogs.language,
        jsGzipBytes: code + catalogs.bytes,
        cssGzipBytes: css,
        jsFiles: assets.js.length,
        withinBudget: code + catalogs.bytes <= budgets.js && css <= budgets.css,
      };
    });
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`page weight (gzip) — budget: JS ${kb(budgets.js)}, CSS ${kb(budgets.css)}`);
  console.table(
    rows.map((row) => ({
      page: row.page,
      code: kb(row.codeGzipBytes),
      catalogs: `${kb(row.catalogGzipBytes)} (${row.catalogLanguage}, every page of the language)`,
      "js total": kb(row.jsGzipBytes),
      css: kb(row.cssGzipBytes),
      "within budget": row.withinBudget ? "yes" : "NO",
    })),
  );
  const missing = pages
    .filter((page) => !build.assets.routes[page.routeId])
    .map((page) => page.routeId);
  if (missing.length) console.log(`not in this build: ${missing.join(", ")}`);
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  writeFileSync(
    join(root, "bench", "results", "page-weight.json"),
    JSON.stringify({ measuredAt: new Date().toISOString(), budgets, rows }, null, 2) + "\n",
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
