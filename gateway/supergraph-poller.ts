import type { Logger } from '../lib/logger';

/** A registry that has not answered by then is asked again at the next poll. */
const FETCH_TIMEOUT_MS = 10_000;

/** The URL as it may be logged: without credentials or query, where a registry's token may sit. */
export function shownUrl(url: string): string {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

function reasonOf(err: unknown): string {
  // fetch says "fetch failed" and keeps what happened (refused, not found, timed out) in `cause`.
  const { message, cause } = err as Error & { cause?: { message?: unknown; code?: unknown } };
  const why = cause?.message || cause?.code;
  return typeof why === 'string' ? `${message}: ${why}` : message;
}

/** The supergraph text at `url`; throws naming the URL (as shown) and what went wrong. */
export async function fetchSupergraph(url: string): Promise<string> {
  const target = new URL(url);
  const headers: Record<string, string> = {};
  // fetch refuses a URL holding credentials (and its error would log them): they are sent as
  // basic authentication instead, as curl does with the same URL.
  if (target.username !== '' || target.password !== '') {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(target.username)}:${decodeURIComponent(target.password)}`).toString('base64')}`;
    target.username = '';
    target.password = '';
  }
  let response: Response;
  try {
    response = await fetch(target, { headers, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (err) {
    throw new Error(`Cannot fetch the supergraph from ${shownUrl(url)}: ${reasonOf(err)}`);
  }
  if (!response.ok) throw new Error(`Cannot fetch the supergraph from ${shownUrl(url)}: it answered HTTP ${response.status}`);
  return response.text();
}

/**
 * Hands the text at `url` to `onText` every `intervalMs`, counted from the end of the previous
 * poll and of what `onText` did with it, so polls never overlap; returns how to stop. A failed
 * fetch is logged and the current supergraph keeps serving.
 */
export function pollSupergraph(url: string, intervalMs: number, onText: (text: string) => unknown, logger: Logger): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const poll = async () => {
    try {
      await onText(await fetchSupergraph(url));
    } catch (err) {
      logger.warn('supergraph not fetched, still serving the previous one', { reason: (err as Error).message });
    }
    if (!stopped) timer = setTimeout(poll, intervalMs);
  };
  timer = setTimeout(poll, intervalMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
