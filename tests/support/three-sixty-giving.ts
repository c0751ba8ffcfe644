import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

/**
 * A validator for 360Giving packages built from the official schemas kept in
 * tests/fixtures/360giving (never fetched at test time). The package schema refers to the grant
 * schema by its published address, so the local copy is registered under that address. The
 * schemas carry their own annotation keywords (weight, rollUp), which Ajv is told to accept.
 */

const fixtures = path.join(process.cwd(), "tests/fixtures/360giving");
const grantSchemaAddress =
  "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/master/schema/360-giving-schema.json";

const read = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), "utf8"));

function build() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(read("360-giving-schema.json"), grantSchemaAddress);
  return ajv.compile(read("360-giving-package-schema.json"));
}

let validator: ReturnType<typeof build> | undefined;
let deiValidator: ReturnType<typeof build> | undefined;

/** The schema's errors for a package, or an empty list when it validates. */
export function threeSixtyGivingErrors(data: unknown): string[] {
  validator ??= build();
  if (validator(data)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The DEI Extension schema's errors for one grant (its deiDetails), or an empty list. */
export function deiExtensionErrors(grant: unknown): string[] {
  if (!deiValidator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    deiValidator = ajv.compile(read("dei-extension-schema.json"));
  }
  if (deiValidator(grant)) return [];
  return (deiValidator.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The codes the DEI Extension's closed codelists allow (ThreeSixtyGiving/360-dei codelists/). */
export const deiCodes = {
  askedStatus: ["AS100", "AS101", "AS200", "AS201"],
  replyStatus: ["RS100", "RS200", "RS201", "RS202", "RS203"],
  availableOptions: ["AO100", "AO101", "AO102", "AO200", "AO201", "AO300", "AO301"],
};
