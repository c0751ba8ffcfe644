import { request as httpRequest } from "node:http";
import { crc32 } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as uploadAction } from "~/routes/applications.$applicationId.files";
import { action as autosaveAction } from "~/routes/applications.$applicationId.sections.$sectionId_.autosave";
import { checkUpload } from "~/services/platform/uploads.server";
import { db } from "~/services/platform/db.server";
import { storage } from "~/services/platform/storage.server";
import { useTestDatabase } from "../support/database";
import { makeRequest, run, unwrap } from "../support/requests";
import { askForALetter, location, multipart, pdf, postSection, started } from "../support/applying";
import { startTestServer, type TestServer } from "../support/request-handler";

/** Request size limits (security finding F4, decision 0038). */

useTestDatabase();

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Sent = { status: number; body: string };

/** A raw HTTP request, so a body can be chunked (no length) or declare more than is sent. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; chunks?: (string | Buffer)[] },
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(path, server.url),
      { method: options.method ?? "POST", headers: { Origin: server.url, ...options.headers } },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (chunk: Buffer) => parts.push(chunk));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString("utf8") });
          req.destroy();
        });
      },
    );
    // A refused body may be cut off while it is still being written; the answer still comes.
    req.on("error", (error: NodeJS.ErrnoException) =>
      ["EPIPE", "ECONNRESET"].includes(error.code ?? "") ? undefined : reject(error),
    );
    for (const chunk of options.chunks ?? []) req.write(chunk);
    // A body that declares more than is ever sent: the answer must come from the headers alone.
    if (options.headers?.["Content-Length"] && !options.chunks) req.flushHeaders();
    else req.end();
  });
}

const form = { "Content-Type": "application/x-www-form-urlencoded" };
const bigForm = `locale=fr&redirectTo=/&filler=${"x".repeat(300 * 1024)}`;

describe("the body limit before the app reads a request", () => {
  it("refuses a form over 256 KB with a page in every language, by its declared length", async () => {
    const refused = await send("/language", {
      headers: { ...form, "Content-Length": String(Buffer.byteLength(bigForm)) },
      chunks: [bigForm],
    });
    expect(refused.status).toBe(413);
    expect(refused.body).toContain("This is too large to send");
    expect(refused.body).toContain('lang="ar" dir="rtl"');
    expect(refused.body).toContain("Це завелике, щоб надіслати");
  });

  it("counts a chunked body, which declares no length, and refuses it past the limit", async () => {
    const chunks = Array.from({ length: 40 }, () => "x".repeat(10 * 1024));
    const refused = await send("/language", {
      headers: form,
      chunks: ["locale=fr&filler=", ...chunks],
    });
    expect(refused.status).toBe(413);
  });

  it("hands a chunked form within the limit to the page whole", async () => {
    const sent = await send("/language", {
      headers: form,
      chunks: ["locale=fr", "&redirectTo=", "/schemes"],
    });
    expect(sent.status).toBe(302);
  });

  it("refuses bodies that are not forms, and files where no page takes them, without a 500", async () => {
    const json = await send("/language", {
      headers: { "Content-Type": "application/json" },
      chunks: ['{"locale":"fr"}'],
    });
    expect(json.status).toBe(415);
    const untyped = await send("/sign-in", { chunks: ["email=a@example.org"] });
    expect(untyped.status).toBe(415);
    const files = await send("/language", {
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      chunks: ['--x\r\nContent-Disposition: form-data; name="locale"\r\n\r\nfr\r\n--x--\r\n'],
    });
    expect(files.status).toBe(415);
  });

  it("lets a section page take files up to 100 MB, and refuses more before reading it", async () => {
    const declared = (path: string, megabytes: number) =>
      send(path, {
        headers: {
          "Content-Type": "multipart/form-data; boundary=x",
          "Content-Length": String(megabytes * 1024 * 1024),
        },
      });
    const section = "/applications/some-id/sections/group";
    expect((await declared(section, 101)).status).toBe(413);
    expect((await declared(`${section}.data`, 101)).status).toBe(413);
    // A megabyte is far more than a page without files takes.
    expect((await declared("/language", 1)).status).toBe(413);
  });
});

async function withPapers() {
  const setup = await started();
  await askForALetter(setup.form.id);
  return setup;
}

const uploadLetter = (id: string, cookie: string, filename = "letter.pdf") =>
  run(
    uploadAction,
    multipart(
      `/applications/${id}/files?question=letter&kind=file`,
      cookie,
      {},
      {
        name: "file",
        filename,
        bytes: pdf,
        type: "application/pdf",
      },
    ),
    { applicationId: id },
  );

describe("what a draft keeps", () => {
  it("stores only the section's own answers, each no longer than its kind can be", async () => {
    const { id, cookies } = await started();
    const saved = await run(
      autosaveAction,
      makeRequest(`/applications/${id}/sections/group/autosave`, {
        cookie: cookies.amina,
        form: {
          revision: "0",
          "q.about": "We cook together.",
          "q.about.anything": "x".repeat(50_000),
          "q.nothing": "not a question",
          "q.registered": "y".repeat(10_000),
        },
      }),
      { applicationId: id, sectionId: "group" },
    );
    expect((saved as Response).status).toBe(200);
    const { answers } = await db().application.findUniqueOrThrow({ where: { id } });
    expect(Object.keys(answers as object).sort()).toEqual(["about", "registered"]);
    expect((answers as Record<string, string>).registered).toHaveLength(200);
  });

  it("refuses a section form with more than 1,000 fields instead of reading them all", async () => {
    const { id, cookies } = await started();
    const fields = Object.fromEntries(
      Array.from({ length: 1001 }, (_, i) => [`q.about.${i}`, "x"]),
    );
    const result = await postSection(id, "group", cookies.amina, { ...fields, revision: "0" });
    expect((result as Response).status).toBe(400);
  });
});

describe("files an application holds", () => {
  it("deletes the file a new upload replaces: its row and its bytes", async () => {
    const { id, cookies } = await withPapers();
    await uploadLetter(id, cookies.amina, "first.pdf");
    const first = await db().storedFile.findFirstOrThrow({ where: { applicationId: id } });
    expect(location(await uploadLetter(id, cookies.amina, "second.pdf"))).toContain(
      "#field-q.letter",
    );
    const files = await db().storedFile.findMany({ where: { applicationId: id } });
    expect(files.map((file) => file.originalName)).toEqual(["second.pdf"]);
    const { answers } = await db().application.findUniqueOrThrow({ where: { id } });
    expect((answers as Record<string, string>).letter).toBe(files[0]!.id);
    expect(await storage().get(first.storageKey)).toBeNull();
  });

  it("refuses a 31st file, with a translated message by the field, but still lets one be replaced", async () => {
    const { id, cookies } = await withPapers();
    await uploadLetter(id, cookies.amina);
    await db().storedFile.createMany({
      data: Array.from({ length: 29 }, (_, i) => ({
        applicationId: id,
        questionId: "other",
        storageKey: `applications/${id}/filler-${i}`,
        mimeType: "application/pdf",
        sizeBytes: 1000,
        originalName: `filler-${i}.pdf`,
      })),
    });
    // Replacing the letter keeps the count at 30.
    expect(location(await uploadLetter(id, cookies.amina, "again.pdf"))).toContain(
      "#field-q.letter",
    );
    // A 31st file, for a question without one yet, is refused.
    await db().application.update({ where: { id }, data: { answers: {} } });
    const refused = unwrap<{ errors: { file: { key: string; values: Record<string, string> } } }>(
      await uploadLetter(id, cookies.amina, "more.pdf"),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.file).toEqual({
      key: "applications:files.errors.quota",
      values: { files: "30", size: expect.stringMatching(/250/) },
    });
    expect(await db().storedFile.count({ where: { applicationId: id } })).toBe(30);
  });

  it("refuses a file that would take the application past 250 MB in all", async () => {
    const { id, cookies } = await withPapers();
    await db().storedFile.create({
      data: {
        applicationId: id,
        questionId: "other",
        storageKey: `applications/${id}/large`,
        mimeType: "video/mp4",
        sizeBytes: 250 * 1024 * 1024 - 10,
        originalName: "film.mp4",
      },
    });
    const refused = unwrap<{ errors: { file: { key: string } } }>(
      await uploadLetter(id, cookies.amina),
    );
    expect(refused.data.errors.file.key).toBe("applications:files.errors.quota");
  });
});

/** A PNG header claiming width × height pixels: enough for the image library to judge its size. */
function pngClaiming(width: number, height: number) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", Buffer.from([0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01])),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

describe("photos", () => {
  it("refuses a picture of 100 million pixels (an image bomb) with its own reason", async () => {
    const bomb = pngClaiming(10_000, 10_000);
    expect(await checkUpload(bomb, { accept: ["image/png"], maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      reason: "too-many-pixels",
    });
  });
});
