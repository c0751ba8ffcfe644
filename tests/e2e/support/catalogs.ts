import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Catalogs } from "./raw-keys";

const localesFolder = fileURLToPath(new URL("../../../app/locales/", import.meta.url));

/** A language's catalogs as shipped, read from app/locales/<locale>/<namespace>.json. */
export function catalogsOf(locale: string): Catalogs {
  const folder = `${localesFolder}${locale}/`;
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith(".json"))
      .map((file) => [
        file.slice(0, -".json".length),
        JSON.parse(readFileSync(folder + file, "utf8")),
      ]),
  );
}
