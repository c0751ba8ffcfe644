import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type Logger } from "pino";
import { logLevelOf } from "./env.server";
import { redactPaths, scrubText } from "./log-redaction.server";

/**
 * The one logger: JSON lines on standard output, one per event, with the request id of the
 * request being answered. Personal data never goes in: known fields are redacted wherever they
 * appear, and email addresses are blanked out of error messages and stacks.
 */

type RequestScope = { reqId: string };

type LogState = { logger: Logger; requests: AsyncLocalStorage<RequestScope> };

// The HTTP server (server/) and the Remix build are bundled separately and each get a copy of
// this module; a process-wide slot keeps one logger and one request scope between them.
const slot = Symbol.for("withfund.log");
const holder = globalThis as typeof globalThis & { [slot]?: LogState };

function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error) as Record<string, unknown>;
  for (const key of ["message", "stack"]) {
    if (typeof serialized[key] === "string") serialized[key] = scrubText(serialized[key]);
  }
  return serialized;
}

function createState(
  level: string = logLevelOf(process.env),
  destination?: pino.DestinationStream,
): LogState {
  const requests = new AsyncLocalStorage<RequestScope>();
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: { err: serializeError, error: serializeError },
    // A line logged by the request logger's child already carries its request id.
    mixin: (_object, _level, self) => {
      const scope = requests.getStore();
      return scope && !("reqId" in self.bindings()) ? { reqId: scope.reqId } : {};
    },
  };
  return { logger: destination ? pino(options, destination) : pino(options), requests };
}

function state(): LogState {
  holder[slot] ??= createState();
  return holder[slot];
}

/** The logger. Pass data as the first argument and a fixed message as the second. */
export function log(): Logger {
  return state().logger;
}

/** Everything logged while `next` runs (and what it awaits) carries this request id. */
export function withRequestId<T>(reqId: string, next: () => T): T {
  return state().requests.run({ reqId }, next);
}

/** The id of the request being answered, for code that hands it on (the error page, a job). */
export function currentRequestId(): string | undefined {
  return state().requests.getStore()?.reqId;
}

/**
 * The HTTP request being answered, as an object that lives exactly as long as it: a key for
 * what may be worked out once per request. Undefined outside a request (jobs, tests).
 */
export function currentRequestScope(): object | undefined {
  return state().requests.getStore();
}

/** A line-logging function for code that reports progress as sentences (startup, migrations). */
export function logLine(component: string) {
  return (line: string) => log().info({ component }, scrubText(line));
}

/**
 * Tests: from now on every line (debug and up) is collected in `lines` instead of printed,
 * until `stop()`. Loggers made before the call (a request logger) keep writing where they did.
 */
export function captureLogsForTests() {
  const lines: string[] = [];
  const previous = holder[slot];
  holder[slot] = createState("debug", { write: (line: string) => void lines.push(line) });
  return {
    lines,
    stop: () => {
      holder[slot] = previous;
    },
  };
}
