import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** A file served from memory: its bytes, gzipped once, and the validator a browser revalidates with. */
export interface StaticAsset {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  contentType: string;
  /** Headers of this asset alone (the page's Content-Security-Policy). */
  headers: Readonly<Record<string, string>>;
}

export function staticAsset(text: string, contentType: string, headers: Record<string, string> = {}): StaticAsset {
  const body = Buffer.from(text);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzip: gzipSync(body, { level: 9 }), etag, contentType, headers };
}

/** True when the request accepts gzip: named (or `*`) in `accept-encoding` without `q=0`. */
export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'] ?? '';
  return header.split(',').some((entry) => {
    const [name = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

function matchesEtag(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  return header !== undefined && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Answers GET or HEAD with the asset: 304 when the browser holds it, gzipped when accepted. */
export function sendAsset(req: IncomingMessage, res: ServerResponse, asset: StaticAsset, cacheControl: string): void {
  res.setHeader('cache-control', cacheControl);
  res.setHeader('etag', asset.etag);
  // The same URL answers gzip or identity: caches must keep the two apart.
  res.setHeader('vary', [res.getHeader('vary'), 'accept-encoding'].filter(Boolean).join(', '));
  res.setHeader('x-content-type-options', 'nosniff');
  for (const [name, value] of Object.entries(asset.headers)) res.setHeader(name, value);
  if (matchesEtag(req, asset.etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = acceptsGzip(req);
  const body = gzip ? asset.gzip : asset.body;
  res.statusCode = 200;
  res.setHeader('content-type', asset.contentType);
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
