import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "~/services/platform/env.server";

/**
 * The sign-in limits count per client address (req.ip). The server hands TRUST_PROXY to
 * express's "trust proxy"; these are the addresses that setting gives.
 */
const servers: ReturnType<express.Express["listen"]>[] = [];

async function serverTrusting(trustProxy: string | undefined) {
  const settings = parseConfig({ NODE_ENV: "test", DATA_DIR: "data", TRUST_PROXY: trustProxy });
  const app = express();
  app.set("trust proxy", settings.trustProxy);
  app.get("/", (req, res) => void res.send(req.ip));
  const server = app.listen(0, "127.0.0.1");
  servers.push(server);
  if (!server.listening) await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

async function ipSeen(url: string, forwardedFor?: string) {
  const response = await fetch(url, {
    headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {},
  });
  return response.text();
}

let direct = "";
let oneProxy = "";
let namedProxy = "";

beforeAll(async () => {
  direct = await serverTrusting(undefined);
  oneProxy = await serverTrusting("1");
  namedProxy = await serverTrusting("loopback");
});

afterAll(() => Promise.all(servers.map((server) => new Promise((done) => server.close(done)))));

describe("the client address the sign-in limits count", () => {
  it("ignores X-Forwarded-For by default, so a client cannot choose its own address", async () => {
    expect(await ipSeen(direct, "198.51.100.1")).toMatch(/127\.0\.0\.1$/);
    expect(await ipSeen(direct, "198.51.100.2")).toBe(await ipSeen(direct, "198.51.100.3"));
  });

  it("behind one proxy, takes the address that proxy saw, not one the client made up", async () => {
    expect(await ipSeen(oneProxy, "198.51.100.7")).toBe("198.51.100.7");
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the real address.
    expect(await ipSeen(oneProxy, "6.6.6.6, 198.51.100.7")).toBe("198.51.100.7");
  });

  it("with the proxy's address named, trusts only that hop", async () => {
    expect(await ipSeen(namedProxy, "6.6.6.6, 198.51.100.8")).toBe("198.51.100.8");
  });
});
