import { createServer, type Server } from "node:http";

/**
 * A stand-in for a LibreTranslate-compatible service, for the browser tests: it answers
 * `POST /translate` by marking each text with its target language, so a test can tell the
 * translation from the original. It listens on 127.0.0.1 only.
 */
export async function startTranslatorStandIn(): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  const server: Server = createServer((request, response) => {
    if (request.method !== "POST" || !request.url?.startsWith("/translate")) {
      response.writeHead(404).end();
      return;
    }
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const { q, target } = JSON.parse(body) as { q: string | string[]; target: string };
      const mark = (text: string) => `[${target}] ${text}`;
      const translatedText = Array.isArray(q) ? q.map(mark) : mark(q);
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ translatedText }));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
