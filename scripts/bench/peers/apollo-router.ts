import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity, type Identity } from '../../../lib/identity';

/**
 * Why Apollo Router cannot do ours' work on its own, said in the report: without a GraphOS
 * licence it refuses a configuration with JWT authentication (`authentication.router`) or a
 * coprocessor, and its Rhai scripts have SHA-256 of a string but no HMAC, so they can neither
 * verify the bearer token nor sign the identity. It is fed the identity pre-signed by the
 * benchmark and passes it on: it does less work per request than ours and Hive Router.
 */
export const APOLLO_ROUTER_LESS_WORK =
  'Apollo Router does less work than ours: without a GraphOS licence it refuses JWT authentication and coprocessors, and its Rhai has no HMAC, so it is sent the identity pre-signed by the benchmark and only passes it on to the subgraphs';

/**
 * The same supergraph without `@requiresScopes`, which Apollo Router serves only with a GraphOS
 * licence; the subgraphs check the same scopes themselves, from the signed identity.
 */
export function withoutRequiresScopes(sdl: string): string {
  return sdl
    .replace(/^\s*@link\(url: "https:\/\/specs\.apollo\.dev\/requiresScopes\/[^"]*"[^)]*\)\n/m, '')
    .replace(/^directive @requiresScopes\(.*\n/m, '')
    .replace(/^scalar requiresScopes__Scope\n/m, '')
    .replace(/ @requiresScopes\(scopes: \[\[[^\]]*\]\]\)/g, '');
}

/** Apollo Router's configuration for the benchmark: ours' supergraph without `@requiresScopes`, the identity header passed on, subgraph errors shown as ours shows them. */
export function apolloRouterConfig(port: number, supergraphPath: string, configDir: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const stripped = withoutRequiresScopes(readFileSync(supergraphPath, 'utf8'));
  if (stripped.includes('requiresScopes')) throw new Error('the benchmark could not remove @requiresScopes from the supergraph for Apollo Router');
  const strippedPath = path.join(configDir, 'apollo-router-supergraph.graphql');
  writeFileSync(strippedPath, stripped);
  const config = {
    supergraph: { listen: `127.0.0.1:${port}`, path: '/graphql', introspection: false },
    health_check: { enabled: false },
    homepage: { enabled: false },
    include_subgraph_errors: { all: true },
    headers: { all: { request: [{ propagate: { named: IDENTITY_HEADER } }] } },
  };
  const configPath = path.join(configDir, 'apollo-router.yaml');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  return { args: ['--supergraph', strippedPath, '--config', configPath, '--log', 'error'], env: { APOLLO_TELEMETRY_DISABLED: 'true' } };
}

/**
 * The headers a request to Apollo Router carries: the caller's, and the identity ours would sign
 * for the caller they name (the benchmark's own token, read without checking it), valid for a
 * minute, so signed again for every measurement.
 */
export function withPreSignedIdentity(headers: Record<string, string>, identitySecret: string): Record<string, string> {
  const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  let identity: Identity = ANONYMOUS;
  if (token) {
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { sub: string; ministry: Identity['ministry']; roles: Identity['roles']; scope?: string };
    identity = { sub: claims.sub, ministry: claims.ministry, roles: claims.roles, scopes: (claims.scope ?? '').split(' ').filter(Boolean), purpose: headers['x-purpose'] ?? null, purposeCode: headers['x-purpose-code'] ?? null };
  }
  return { ...headers, [IDENTITY_HEADER]: signIdentity(identity, identitySecret) };
}
