import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((message) => message.line);
}

describe("layer boundaries (npm run lint)", () => {
  const domainFile = "app/domain/schemes/probe.ts";

  it.each([
    ['import { db } from "~/services/platform/db.server";', "a service"],
    ['import { PrismaClient } from "~/generated/client-sqlite/client";', "the database client"],
    ['import { Prisma } from "@prisma/client";', "Prisma"],
    ['import { json } from "@remix-run/node";', "Remix"],
    ['import { readFileSync } from "node:fs";', "a Node module"],
    ['import { useState } from "react";', "React"],
  ])("refuses domain code that imports %s (%s)", async (line) => {
    expect(await restrictedImports(domainFile, `${line}\nexport const probe = 1;\n`)).toEqual([1]);
  });

  it("lets domain code import other domain code and zod", async () => {
    const code =
      'import { z } from "zod";\nimport { formatMoney } from "~/domain/shared/money";\nexport const probe = [z, formatMoney];\n';
    expect(await restrictedImports(domainFile, code)).toEqual([]);
  });

  it("lets components import a service's types, not its code", async () => {
    const file = "app/components/schemes/probe.tsx";
    expect(
      await restrictedImports(
        file,
        'import type { Db } from "~/services/platform/db.server";\nexport type P = Db;\n',
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        file,
        'import { db } from "~/services/platform/db.server";\nexport const p = db;\n',
      ),
    ).toEqual([1]);
  });

  it("keeps routes to the require… entry points rather than a bare permission check", async () => {
    const file = "app/routes/fund.$funderId.probe.tsx";
    const bare =
      'import { requirePermission } from "~/services/access/permissions.server";\nexport const p = requirePermission;\n';
    const entry =
      'import { requireUser } from "~/services/access/permissions.server";\nexport const p = requireUser;\n';
    expect(await restrictedImports(file, bare)).toEqual([1]);
    expect(await restrictedImports(file, entry)).toEqual([]);
  });
});
