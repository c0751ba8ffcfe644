import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Per-request Content-Security-Policy nonce for inline scripts. */
    cspNonce: string;
    /** The client's address as seen by the server (behind a trusted proxy, the forwarded one). */
    clientIp: string;
    /** This request's id, sent back in X-Request-Id and carried by every log line about it. */
    requestId: string;
  }
}
