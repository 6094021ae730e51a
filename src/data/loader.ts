/**
 * Loading an indicator document from a property, a URL or an inline script, and the
 * page-wide request cache: many elements with the same `src` make one request, and a
 * caller that goes away (its `src` changed, or it was removed) stops waiting without
 * disturbing the others; the request itself is aborted when nobody waits for it.
 */
import { validateIndicator } from '../core/validate.js';
import { jsonErrorAt } from '../core/speech.js';
import type { ValidIndicator } from '../core/schema.js';
import type { ErrorCode, Failure as ElementFailure } from '../core/errors.js';

export type { ErrorCode };
/** Why a document could not be shown (kept under its first name: it is public API). */
export type LoadFailure = ElementFailure;

export type LoadOutcome =
  | { readonly ok: true; readonly doc: ValidIndicator }
  | { readonly ok: false; readonly failure: LoadFailure };

/** Default time to wait for a `src` response, in milliseconds (attribute `timeout`). */
export const DEFAULT_TIMEOUT = 10_000;
/** Bodies over this many bytes are refused: no indicator document needs more. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Parses (when a string) and validates a document given as a property or inline script. */
export function parseDocument(input: unknown): LoadOutcome {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      // The engine's message is English and differs between browsers: keep only where it stopped.
      const at = jsonErrorAt(errorText(error), input);
      return { ok: false, failure: { code: 'E_PARSE', params: at ? { line: at.line, column: at.column } : {} } };
    }
  }
  const result = validateIndicator(value);
  if (result.ok) return { ok: true, doc: result.value };
  return { ok: false, failure: { code: 'E_SCHEMA', params: { count: result.errors.length }, problems: result.errors } };
}

/**
 * Resolves `src` against the page. Only http: and https: URLs are loaded; anything
 * else (javascript:, data:, file:, a malformed URL) is `null`, and nothing is requested.
 */
export function resolveSrc(src: string, base: string): string | null {
  try {
    const url = new URL(src.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

class Failure extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.code);
  }
}

interface SharedRequest {
  readonly controller: AbortController;
  readonly body: Promise<string>;
  waiting: number;
  settled: boolean;
}

const requests = new Map<string, SharedRequest>();

/** How many distinct requests are in flight or cached (for tests and diagnostics). */
export function requestCacheSize(): number {
  return requests.size;
}

/** Forgets cached responses, so the next load of a URL requests it again. */
export function clearRequestCache(): void {
  for (const r of requests.values()) if (!r.settled) r.controller.abort();
  requests.clear();
}

function startRequest(url: string): SharedRequest {
  const controller = new AbortController();
  const shared: SharedRequest = { controller, body: Promise.resolve(''), waiting: 0, settled: false };
  const body = (async () => {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin', signal: controller.signal, headers: { accept: 'application/json' } });
    } catch (error) {
      throw new Failure({ code: 'E_FETCH', params: { detail: 'network' } });
    }
    if (!response.ok) throw new Failure({ code: 'E_FETCH', params: { detail: 'httpStatus', status: response.status } });
    return readCapped(response, controller);
  })();
  (shared as { body: Promise<string> }).body = body;
  body.then(
    () => {
      shared.settled = true;
    },
    () => {
      shared.settled = true;
      // Failures are not cached: the next element to ask tries again.
      if (requests.get(url) === shared) requests.delete(url);
    },
  );
  requests.set(url, shared);
  return shared;
}

async function readCapped(response: Response, controller: AbortController): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = new Failure({ code: 'E_FETCH', params: { detail: 'tooLarge', size: MAX_BYTES / 1024 / 1024 } });
  if (declared > MAX_BYTES) {
    controller.abort();
    throw tooLarge;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      controller.abort();
      throw tooLarge;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Loads and validates the document at `url` (already resolved by `resolveSrc`).
 * Resolves with the outcome; never rejects. When `signal` aborts, the promise
 * settles with `null` and the shared request is aborted if nobody else waits.
 */
export function loadUrl(url: string, signal: AbortSignal, timeout = DEFAULT_TIMEOUT): Promise<LoadOutcome | null> {
  const shared = requests.get(url) ?? startRequest(url);
  shared.waiting++;
  return new Promise<LoadOutcome | null>((resolve) => {
    let done = false;
    const finish = (outcome: LoadOutcome | null): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      shared.waiting--;
      if (shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
      resolve(outcome);
    };
    const onAbort = (): void => finish(null);
    const ms = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT;
    const timer = setTimeout(() => finish({ ok: false, failure: { code: 'E_TIMEOUT', params: { seconds: Math.round(ms / 100) / 10 } } }), ms);
    if (signal.aborted) {
      finish(null);
      return;
    }
    signal.addEventListener('abort', onAbort);
    shared.body.then(
      (text) => finish(parseDocument(text)),
      (error: unknown) => finish({ ok: false, failure: error instanceof Failure ? error.failure : { code: 'E_FETCH', params: { detail: 'network' } } }),
    );
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
