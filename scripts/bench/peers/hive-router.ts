import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { authConfig } from '../../../gateway/config';
import { IDENTITY_HEADER } from '../../../lib/identity';

const IDENTITY_EXPRESSION = readFileSync(path.join(__dirname, 'hive-router-identity.vrl'), 'utf8');

/**
 * Hive Router's configuration for the benchmark, doing the same work as ours: its JWT plugin
 * verifies the same bearer tokens (the shared HS256 secret as a JWKS `oct` key, the same issuer
 * and audience), and a header rule signs the same identity for every subgraph fetch
 * (hive-router-identity.vrl). Everything else is its default. JSON is YAML, so the file is
 * written as JSON; the secrets stay in the environment.
 */
export function hiveRouterConfig(port: number, supergraphPath: string, configDir: string, env: NodeJS.ProcessEnv): { args: string[]; env: NodeJS.ProcessEnv } {
  const auth = authConfig(env);
  if (auth.mode !== 'secret') throw new Error('the benchmark signs its tokens with AUTH_JWT_SECRET');
  const jwksPath = path.join(configDir, 'hive-router-jwks.json');
  writeFileSync(jwksPath, JSON.stringify({ keys: [{ kty: 'oct', alg: 'HS256', use: 'sig', k: Buffer.from(auth.secret, 'utf8').toString('base64url') }] }));
  const config = {
    log: { level: 'error' },
    supergraph: { source: 'file', path: supergraphPath },
    http: { host: '127.0.0.1', port, graphql_endpoint: '/graphql' },
    jwt: {
      enabled: true,
      require_authentication: false,
      allowed_algorithms: ['HS256'],
      issuers: [auth.issuer],
      audiences: [auth.audience],
      jwks_providers: [{ source: 'file', path: jwksPath }],
    },
    headers: { all: { request: [{ insert: { name: IDENTITY_HEADER, expression: IDENTITY_EXPRESSION } }] } },
  };
  const configPath = path.join(configDir, 'hive-router.yaml');
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  return { args: [], env: { ROUTER_CONFIG_FILE_PATH: configPath } };
}
