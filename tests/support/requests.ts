import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { startSession } from "~/services/platform/session.server";

export const BASE_URL = "http://localhost:3000";

type RequestOptions = {
  method?: string;
  form?: Record<string, string>;
  cookie?: string | null;
  headers?: Record<string, string>;
};

export function makeRequest(path: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("Cookie", options.cookie);
  const init: RequestInit = { method: options.method ?? (options.form ? "POST" : "GET"), headers };
  if (options.form) init.body = new URLSearchParams(options.form);
  return new Request(new URL(path, BASE_URL), init);
}

let ipCounter = 1;
/** A different client address per call keeps per-IP rate limits from leaking between tests. */
export function freshIp() {
  ipCounter += 1;
  return `203.0.113.${ipCounter % 250}`;
}

export function context(clientIp = freshIp()) {
  return { cspNonce: "test-nonce", clientIp, requestId: "test-request" };
}

/** Runs a loader or action the way Remix does; a thrown Response is returned, not raised. */
export async function run<T>(
  fn: (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<T>,
  request: Request,
  params: Record<string, string> = {},
  clientIp?: string,
): Promise<T | Response> {
  try {
    return await fn({ request, params, context: context(clientIp) });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

/** The cookie header a browser would send back after this response. */
export function cookiesFrom(response: Response, previous?: string | null): string {
  const jar = new Map<string, string>();
  for (const part of (previous ?? "").split("; ").filter(Boolean)) {
    const [name, ...value] = part.split("=");
    jar.set(name!, value.join("="));
  }
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const [name, ...value] = pair!.split("=");
    jar.set(name!, value.join("="));
  }
  return [...jar.entries()]
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}

export async function signedInCookie(userId: string): Promise<string> {
  const setCookie = await startSession(makeRequest("/"), userId);
  return setCookie.split(";")[0]!;
}

/** Remix's `data()` helper wraps results; this returns the payload and status either way. */
export function unwrap<T>(result: unknown): { data: T; status: number } {
  if (
    result &&
    typeof result === "object" &&
    "type" in result &&
    (result as { type: string }).type === "DataWithResponseInit"
  ) {
    const wrapped = result as unknown as { data: T; init?: { status?: number } };
    return { data: wrapped.data, status: wrapped.init?.status ?? 200 };
  }
  return { data: result as T, status: 200 };
}
