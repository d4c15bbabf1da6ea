/**
 * npm run token -- --ministry KP2MI --role officer [--scope "pii:read"] [--sub NAME] [--expires 8h]
 * Prints a development token, alone on stdout, signed with AUTH_JWT_SECRET (or this checkout's
 * development secret, the one `npm start` uses).
 */
import { parseArgs } from 'node:util';
import { MINISTRIES, ROLES, type Ministry, type Role } from '../lib/identity';
import { devSecrets } from './lib/dev-secrets';
import { signToken } from './lib/tokens';

function fail(message: string): never {
  console.error(`token: ${message}`);
  console.error('Usage: npm run token -- --ministry KP2MI --role officer [--role admin] [--scope "pii:read audit:read"] [--sub NAME] [--expires 8h]');
  process.exit(2);
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
  if (!/^\d+[smhd]$/.test(values.expires)) fail('--expires must be a duration such as 30m, 8h or 7d');
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
