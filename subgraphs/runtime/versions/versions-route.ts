import type { Connection } from 'mongoose';
import { HttpError } from '../../../lib/http/http-error';
import type { RouteHandler } from '../../../lib/http/server';
import { IDENTITY_HEADER, IdentityError, verifyIdentity } from '../../../lib/identity';
import { allVersions } from './collection-versions';

/** Where the gateway reads a subgraph's write versions, beside its GraphQL endpoint. */
export const VERSIONS_PATH = '/versions';

/**
 * `GET /versions`: every collection's write version, `{ "versions": { "<collection>": "<version>" } }`,
 * read from the database for each request (a replica keeps none: another may have written).
 * The gateway asks before it sends a kept public answer again; like GraphQL, only with the
 * identity it signs.
 */
export function versionsRoute(connection: Connection, identitySecret: string): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'GET') throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${VERSIONS_PATH} answers GET only`, {}, { allow: 'GET' });
    const header = req.headers[IDENTITY_HEADER];
    try {
      verifyIdentity(Array.isArray(header) ? header[0] : header, identitySecret);
    } catch (err) {
      if (!(err instanceof IdentityError)) throw err;
      throw new HttpError(401, 'UNAUTHENTICATED', `This subgraph answers only requests through the gateway: ${err.message}`);
    }
    const body = JSON.stringify({ versions: await allVersions(connection) });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  };
}
