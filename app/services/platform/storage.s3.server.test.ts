import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AwsClient } from "aws4fetch";
import S3rver from "s3rver";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, parseConfig, resetConfigForTests } from "./env.server";
import {
  LocalDiskStorage,
  ObjectStorageError,
  S3Storage,
  resetStorageForTests,
  storage,
  storageKeyFor,
} from "./storage.server";

/**
 * The S3 backend against a real S3-compatible server (s3rver, in this process, on a free port),
 * so requests go over HTTP exactly as they would to a funder's object store.
 *
 * s3rver checks that the access key id exists, but it does not verify AWS V4 signatures (that
 * part of it is unimplemented), so a wrong *secret* is not caught here. It is still worth it:
 * it checks the real protocol — URLs and path encoding, headers, bodies, status codes and S3's
 * XML errors — which a mocked fetch would only repeat back.
 */

const bucket = "withfund-test";
// s3rver's one built-in key pair.
const accessKeyId = "S3RVER";
const secretAccessKey = "S3RVER";
const region = "us-east-1";

let server: S3rver;
let directory: string;
let endpoint: string;
let s3: S3Storage;
/** Talks to the server directly, to see what the backend really stored. */
const raw = new AwsClient({ accessKeyId, secretAccessKey, region, service: "s3" });

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "withfund-s3-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  s3 = new S3Storage(endpoint, bucket, region, accessKeyId, secretAccessKey);
});

afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

function objectUrl(key: string) {
  return `${endpoint}/${bucket}/${key}`;
}

async function head(key: string) {
  const response = await raw.fetch(objectUrl(key), { method: "HEAD" });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    size: Number(response.headers.get("content-length")),
    etag: response.headers.get("etag")?.replace(/"/g, ""),
  };
}

async function rejection(promise: Promise<unknown>): Promise<ObjectStorageError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(ObjectStorageError);
  return error as ObjectStorageError;
}

describe("S3 storage against a real S3-compatible server", () => {
  it("reads back exactly the bytes it stored, with the right type and size", async () => {
    // Every byte value, then random bytes: nothing may be re-encoded on the way.
    const bytes = new Uint8Array([
      ...Array.from({ length: 256 }, (_, i) => i),
      ...randomBytes(300 * 1024),
    ]);
    const key = storageKeyFor("app123", "file456");
    expect(key).toBe("applications/app123/file456");

    await s3.put(key, bytes, "application/pdf");

    expect(await s3.get(key)).toEqual(bytes);
    const stored = await head(key);
    expect(stored).toMatchObject({ status: 200, type: "application/pdf", size: bytes.byteLength });
    // S3's ETag for a single PUT is the MD5 of the body: the server received these bytes.
    expect(stored.etag).toBe(createHash("md5").update(bytes).digest("hex"));
  });

  it("stores only the file's bytes when given a small Node Buffer (which shares a pooled ArrayBuffer)", async () => {
    const small = Buffer.from("a small text file");
    expect(small.buffer.byteLength).toBeGreaterThan(small.byteLength); // a view into Node's pool
    await s3.put("pooled/buffer.txt", small, "text/plain");

    expect(await head("pooled/buffer.txt")).toMatchObject({
      type: "text/plain",
      size: small.byteLength,
    });
    expect(new TextDecoder().decode((await s3.get("pooled/buffer.txt"))!)).toBe(
      "a small text file",
    );
  });

  it("stores a sub-range view of a larger array as just that range", async () => {
    const whole = new Uint8Array([9, 9, 1, 2, 3, 9, 9]);
    await s3.put("views/middle", whole.subarray(2, 5), "application/octet-stream");
    expect(await s3.get("views/middle")).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("replaces a file put again under the same key", async () => {
    await s3.put("replace/me", new Uint8Array([1, 2, 3]), "image/png");
    await s3.put("replace/me", new Uint8Array([4, 5]), "image/jpeg");
    expect(await s3.get("replace/me")).toEqual(new Uint8Array([4, 5]));
    expect(await head("replace/me")).toMatchObject({ type: "image/jpeg", size: 2 });
  });

  it("answers null for a key that was never stored, and deleting it is not an error", async () => {
    expect(await s3.get("applications/none/missing")).toBeNull();
    await expect(s3.delete("applications/none/missing")).resolves.toBeUndefined();
  });

  it("deletes a file", async () => {
    await s3.put("delete/me.pdf", new Uint8Array([37, 80, 68, 70]), "application/pdf");
    expect(await s3.get("delete/me.pdf")).not.toBeNull();

    await s3.delete("delete/me.pdf");

    expect(await s3.get("delete/me.pdf")).toBeNull();
    expect((await head("delete/me.pdf")).status).toBe(404);
    // A second delete of the same key is harmless.
    await expect(s3.delete("delete/me.pdf")).resolves.toBeUndefined();
  });

  it("round-trips every character the app's keys may contain", async () => {
    const key = "A-z_0.9/deep/er/file.name-with_all.chars";
    await s3.put(key, new Uint8Array([42]), "text/plain");
    expect(await s3.get(key)).toEqual(new Uint8Array([42]));
    expect((await head(key)).status).toBe(200);
  });

  it("refuses odd keys before sending anything, as the disk backend does", async () => {
    // An endpoint nothing listens on: a key that got as far as a request would fail differently.
    const nowhere = new S3Storage(
      "http://127.0.0.1:9",
      bucket,
      region,
      accessKeyId,
      secretAccessKey,
    );
    const disk = new LocalDiskStorage(join(directory, "disk"));
    const oddKeys = [
      "résumé.pdf",
      "файл",
      "with space.pdf",
      "applications/../../etc/passwd",
      "/absolute",
      "a/./b",
      "a//b",
      "trailing/",
      "percent%2Fslash",
      "query?x=1",
      "hash#frag",
      "back\\slash",
      "",
      "x".repeat(202),
    ];
    for (const key of oddKeys) {
      await expect(nowhere.put(key, new Uint8Array([1]), "text/plain"), key).rejects.toThrow(
        "Invalid storage key",
      );
      await expect(nowhere.get(key), key).rejects.toThrow("Invalid storage key");
      await expect(nowhere.delete(key), key).rejects.toThrow("Invalid storage key");
      await expect(disk.put(key, new Uint8Array([1])), key).rejects.toThrow("Invalid storage key");
      await expect(disk.get(key), key).rejects.toThrow("Invalid storage key");
    }
  });

  it("makes a wrong bucket a clear error, not a missing file", async () => {
    const wrong = new S3Storage(endpoint, "no-such-bucket", region, accessKeyId, secretAccessKey);

    const onGet = await rejection(wrong.get("applications/a/b"));
    expect(onGet).toMatchObject({ status: 404, code: "NoSuchBucket" });
    expect(onGet.message).toBe("Object storage failed to read a file (404 NoSuchBucket)");

    const onPut = await rejection(wrong.put("applications/a/b", new Uint8Array([1]), "text/plain"));
    expect(onPut).toMatchObject({ status: 404, code: "NoSuchBucket" });
    expect(onPut.message).toBe("Object storage refused the upload (404 NoSuchBucket)");

    expect(await rejection(wrong.delete("applications/a/b"))).toMatchObject({
      status: 404,
      code: "NoSuchBucket",
    });
  });

  it("makes unknown credentials a clear error", async () => {
    const stranger = new S3Storage(endpoint, bucket, region, "NOT-A-KEY", "whatever");
    const onPut = await rejection(stranger.put("creds/x", new Uint8Array([1]), "text/plain"));
    expect(onPut).toMatchObject({ status: 403, code: "InvalidAccessKeyId" });
    expect(onPut.message).toBe("Object storage refused the upload (403 InvalidAccessKeyId)");
    expect(await rejection(stranger.get("creds/x"))).toMatchObject({
      status: 403,
      code: "InvalidAccessKeyId",
    });
    expect(await rejection(stranger.delete("creds/x"))).toMatchObject({
      status: 403,
      code: "InvalidAccessKeyId",
    });
    expect((await head("creds/x")).status).toBe(404);
  });

  it("says so when the store cannot be reached at all", async () => {
    const down = new S3Storage("http://127.0.0.1:9", bucket, region, accessKeyId, secretAccessKey);
    const error = await rejection(down.get("applications/a/b"));
    expect(error.message).toBe("Object storage at http://127.0.0.1:9 could not be reached");
    expect(error.status).toBeNull();
  });
});

describe("choosing the backend from configuration", () => {
  const names = [
    "FILE_STORAGE",
    "S3_ENDPOINT",
    "S3_BUCKET",
    "S3_REGION",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
  ];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));

  afterEach(() => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    resetConfigForTests();
    resetStorageForTests();
  });

  const base = { NODE_ENV: "test", DATA_DIR: tmpdir() };
  const complete = {
    FILE_STORAGE: "s3",
    S3_ENDPOINT: "https://objects.example.org/",
    S3_BUCKET: "grants",
    S3_ACCESS_KEY_ID: "id",
    S3_SECRET_ACCESS_KEY: "secret",
  };

  it("reads the S3 settings, with a default region and no trailing slash on the endpoint", () => {
    expect(parseConfig({ ...base, ...complete }).storage).toEqual({
      kind: "s3",
      endpoint: "https://objects.example.org",
      bucket: "grants",
      region: "us-east-1",
      accessKeyId: "id",
      secretAccessKey: "secret",
    });
    expect(parseConfig({ ...base, ...complete, S3_REGION: "eu-west-2" }).storage).toMatchObject({
      region: "eu-west-2",
    });
  });

  it("names the missing or wrong S3 setting", () => {
    for (const name of [
      "S3_ENDPOINT",
      "S3_BUCKET",
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
    ] as const) {
      const env = { ...base, ...complete, [name]: undefined };
      expect(() => parseConfig(env)).toThrow(ConfigError);
      expect(() => parseConfig(env)).toThrow(`${name} is required when FILE_STORAGE is s3`);
    }
    expect(() => parseConfig({ ...base, ...complete, S3_ENDPOINT: "not a url" })).toThrow(
      /S3_ENDPOINT/,
    );
    expect(() => parseConfig({ ...base, FILE_STORAGE: "ftp" })).toThrow(/FILE_STORAGE/);
  });

  it("keeps files on disk by default, ignoring S3 settings", () => {
    expect(parseConfig({ ...base, S3_BUCKET: "grants" }).storage).toEqual({
      kind: "local",
      root: join(tmpdir(), "uploads"),
    });
    delete process.env.FILE_STORAGE;
    resetConfigForTests();
    resetStorageForTests();
    expect(storage()).toBeInstanceOf(LocalDiskStorage);
  });

  it("uses the configured S3 server when FILE_STORAGE is s3", async () => {
    Object.assign(process.env, {
      FILE_STORAGE: "s3",
      S3_ENDPOINT: `${endpoint}/`,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: accessKeyId,
      S3_SECRET_ACCESS_KEY: secretAccessKey,
    });
    resetConfigForTests();
    resetStorageForTests();

    const chosen = storage();
    expect(chosen).toBeInstanceOf(S3Storage);
    expect(storage()).toBe(chosen);
    const bytes = new TextEncoder().encode("through the configured backend");
    await chosen.put("configured/file.txt", bytes, "text/plain");
    expect(await raw.fetch(objectUrl("configured/file.txt")).then((r) => r.text())).toBe(
      "through the configured backend",
    );
    expect(await chosen.get("configured/file.txt")).toEqual(bytes);
  });
});
