// Compiles the HTTP server (server/index.ts) to plain JavaScript beside the Remix build, so
// production runs on plain Node: no TypeScript loader in the process, which keeps memory down.
import { build } from "esbuild";

await build({
  entryPoints: ["server/index.ts"],
  outfile: "build/server.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
