import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/database";
import { startTestServer, type TestServer } from "../support/request-handler";

useTestDatabase();

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A raw HTTP request, so the body can be chunked, truncated or larger than it claims. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; chunks?: (string | Buffer)[] },
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.url);
    const req = httpRequest(
      url,
      {
        method: options.method ?? "POST",
        headers: { Origin: server.url, ...options.headers },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (chunk: Buffer) => parts.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(parts).toString("utf8"),
            headers: res.headers,
          }),
        );
      },
    );
    // A refused upload closes the connection while the body is still being written.
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error),
    );
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe("smoke", () => {
  it("answers the home page", async () => {
    const res = await send("/", { method: "GET" });
    expect(res.status).toBe(200);
  });
  it("posts language", async () => {
    const res = await send("/language", {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      chunks: ["lng=fr&redirectTo=/"],
    });
    expect(res.status).toBe(302);
  });
});
