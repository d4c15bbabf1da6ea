/**
 * npm run token -- --ministry KP2MI --role officer [--scope "pii:read"] [--sub NAME] [--expires 8h]
 * Prints a development token, alone on stdout, signed with AUTH_JWT_SECRET (or this checkout's
 * development secret, the one `npm start` uses). `--expires` is at most the gateway's
 * AUTH_MAX_TOKEN_LIFETIME (24h unless set).
 */
import { parseArgs } from 'node:util';
import { formatDuration } from '../gateway/authentication';
import { DEFAULT_MAX_TOKEN_LIFETIME, maxTokenLifetimeSeconds, parseDuration } from '../gateway/config';
import { ConfigError } from '../lib/env';
import { MINISTRIES, ROLES, type Ministry, type Role } from '../lib/identity';
import { devSecrets } from './lib/dev-secrets';
import { signToken } from './lib/tokens';

function fail(message: string): never {
  console.error(`token: ${message}`);
  console.error('Usage: npm run token -- --ministry KP2MI --role officer [--role admin] [--scope "pii:read audit:read"] [--sub NAME] [--expires 8h]');
  process.exit(2);
}

/** The gateway's maximum as this environment sets it (AUTH_MAX_TOKEN_LIFETIME, else the default). */
function maxTokenLifetime(): number {
  try {
    return maxTokenLifetimeSeconds(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ministry: { type: 'string' },
      role: { type: 'string', multiple: true },
      scope: { type: 'string', default: '' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
  });
  const ministry = values.ministry?.toUpperCase().replace('-', '_');
  if (!ministry || !MINISTRIES.includes(ministry as Ministry)) fail(`--ministry must be one of ${MINISTRIES.join(', ')}`);
  const roles = values.role ?? [];
  if (roles.length === 0 || !roles.every((role) => ROLES.includes(role as (typeof ROLES)[number]))) fail(`--role must be one of ${ROLES.join(', ')}`);
  const lifetime = parseDuration(values.expires);
  if (lifetime === undefined) fail('--expires must be a duration such as 30m, 8h or 1d');
  // The gateway refuses a token that lives longer than its maximum: do not make one.
  const most = maxTokenLifetime();
  if (lifetime > most) fail(`--expires must be at most ${formatDuration(most)}: the gateway refuses tokens that live longer (AUTH_MAX_TOKEN_LIFETIME, default ${DEFAULT_MAX_TOKEN_LIFETIME})`);
  const token = await signToken({
    secret: devSecrets().AUTH_JWT_SECRET,
    sub: values.sub ?? `${ministry.toLowerCase()}-${roles[0]}`,
    ministry: ministry as Ministry,
    roles: roles as Role[],
    scope: values.scope,
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

void main();
