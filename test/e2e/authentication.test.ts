import { spawnSync } from 'node:child_process';
import { SignJWT } from 'jose';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../../lib/identity';
import { ROOT } from '../../scripts/lib/root';
import { headersFor, type Caller } from './support/callers';
import { postGraphQL } from './support/clients';
import { stackInfo } from './support/stack-info';

const QUERY = { query: '{ countries { code } }' };
const officer: Caller = { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read' };

/** A valid token (issued two hours ago, expiring in three) but for the change; null leaves iat or exp out. */
async function tokenWith(change: { secret?: string; audience?: string; issuer?: string; issuedAt?: number | null; expiresIn?: string | number | null; claims?: Record<string, unknown> }): Promise<string> {
  const secret = new TextEncoder().encode(change.secret ?? stackInfo().jwtSecret);
  const jwt = new SignJWT({ ministry: 'KP2MI', roles: ['officer'], ...change.claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('someone')
    .setIssuer(change.issuer ?? 'satu-graf-pmi')
    .setAudience(change.audience ?? 'satu-graf-pmi');
  if (change.issuedAt !== null) jwt.setIssuedAt(change.issuedAt ?? Math.floor(Date.now() / 1000) - 7200);
  if (change.expiresIn !== null) jwt.setExpirationTime(change.expiresIn ?? '3h');
  return jwt.sign(secret);
}

async function refusal(headers: Record<string, string>, url = stackInfo().gatewayUrl) {
  const { status, body } = await postGraphQL(url, QUERY, headers);
  return { status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message as string, data: body.data };
}

describe('authentication at the gateway', () => {
  it('answers a caller with a valid token and an anonymous caller alike for public data', async () => {
    const withToken = await postGraphQL(stackInfo().gatewayUrl, QUERY, await headersFor(officer));
    const anonymous = await postGraphQL(stackInfo().gatewayUrl, QUERY);
    expect(withToken.status).toBe(200);
    expect(withToken.body.data.countries.length).toBeGreaterThan(30);
    expect(anonymous.body).toEqual(withToken.body);
  });

  it.each([
    ['signed with another secret (forged)', () => tokenWith({ secret: 'x'.repeat(40) }), /signature verification failed/],
    ['expired', () => tokenWith({ expiresIn: Math.floor(Date.now() / 1000) - 60 }), /"exp" claim timestamp check failed/],
    ['for another audience', () => tokenWith({ audience: 'someone-else' }), /unexpected "aud" claim value/],
    ['from another issuer', () => tokenWith({ issuer: 'someone-else' }), /unexpected "iss" claim value/],
    ['with a ministry the graph does not know', () => tokenWith({ claims: { ministry: 'KEMENKEU' } }), /ministry claim must be one of/],
    ['with a role the graph does not know', () => tokenWith({ claims: { roles: ['superuser'] } }), /roles claim must list/],
  ])('refuses a token %s with 401 UNAUTHENTICATED', async (_name, make, message) => {
    const result = await refusal({ authorization: `Bearer ${await make()}` });
    expect(result).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(result.message).toMatch(message);
  });

  it.each([
    ['without an expiry (exp)', () => tokenWith({ expiresIn: null }), 'The token has no expiry (exp); the gateway accepts only tokens that live at most 24h'],
    [
      'that lives 48 hours',
      () => {
        const now = Math.floor(Date.now() / 1000);
        return tokenWith({ issuedAt: now, expiresIn: now + 48 * 3600 });
      },
      'The token lives 48h (from iat to exp); the gateway accepts only tokens that live at most 24h',
    ],
  ])('refuses a token %s with 401 UNAUTHENTICATED and says why', async (_name, make, message) => {
    expect(await refusal({ authorization: `Bearer ${await make()}` })).toEqual({ status: 401, code: 'UNAUTHENTICATED', message, data: undefined });
  });

  it('refuses a token without iat that expires 48 hours from now', async () => {
    const exp = Math.floor(Date.now() / 1000) + 48 * 3600;
    expect(await refusal({ authorization: `Bearer ${await tokenWith({ issuedAt: null, expiresIn: exp })}` })).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: `The token expires at ${new Date(exp * 1000).toISOString()}, more than 24h from now; the gateway accepts only tokens that live at most 24h`,
      data: undefined,
    });
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await tokenWith({})).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const tampered = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'], scope: 'pii:read audit:read' })).toString('base64url');
    expect(await refusal({ authorization: `Bearer ${header}.${tampered}.${signature}` })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    expect(await refusal({ authorization: 'Basic dXNlcjpwYXNz' })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'The Authorization header must be "Bearer <token>"' });
  });

  it('refuses a caller who sends a gateway identity header of their own instead of a token', async () => {
    const forged = signIdentity({ sub: 'me', ministry: 'KP2MI', roles: ['service'], scopes: [], purpose: null }, 'not-the-secret');
    expect(await refusal({ [IDENTITY_HEADER]: forged })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: 'The identity header was refused' });
    const user = signIdentity({ sub: 'me', ministry: 'KP2MI', roles: ['admin'], scopes: ['pii:read'], purpose: null }, stackInfo().identitySecret);
    expect(await refusal({ [IDENTITY_HEADER]: user })).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('accepts the token printed by npm run token, alone on stdout', () => {
    const result = spawnSync('npm', ['run', '-s', 'token', '--', '--ministry', 'ESDM', '--role', 'officer', '--scope', 'pii:read'], {
      cwd: ROOT,
      env: { ...process.env, AUTH_JWT_SECRET: stackInfo().jwtSecret },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    return postGraphQL(stackInfo().gatewayUrl, QUERY, { authorization: `Bearer ${result.stdout.trim()}` }).then(({ status }) => expect(status).toBe(200));
  });

  it('will not make a token with npm run token that the gateway would refuse as too long-lived', () => {
    const result = spawnSync('npm', ['run', '-s', 'token', '--', '--ministry', 'ESDM', '--role', 'officer', '--expires', '2d'], {
      cwd: ROOT,
      // The default maximum, whatever this shell sets.
      env: { ...process.env, AUTH_JWT_SECRET: stackInfo().jwtSecret, AUTH_MAX_TOKEN_LIFETIME: '' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('token: --expires must be at most 24h: the gateway refuses tokens that live longer (AUTH_MAX_TOKEN_LIFETIME, default 24h)');
  });

  it('explains a bad npm run token invocation on stderr and exits 2', () => {
    const result = spawnSync('npm', ['run', '-s', 'token', '--', '--ministry', 'KEMENKEU', '--role', 'officer'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('token: --ministry must be one of KP2MI, ESDM, PERINDUSTRIAN, KOPERASI_UKM');
  });
});

describe('subgraphs trust only the gateway', () => {
  const identity: Identity = { sub: 'kp2mi-officer', ministry: 'KP2MI', roles: ['officer'], scopes: ['pii:read'], purpose: 'test' };
  const subgraph = () => stackInfo().subgraphUrls.kp2mi!;

  it('answers a request carrying the identity the gateway signs', async () => {
    const { status, body } = await postGraphQL(subgraph(), QUERY, { [IDENTITY_HEADER]: signIdentity(identity, stackInfo().identitySecret) });
    expect(status).toBe(200);
    expect(body.data.countries.length).toBeGreaterThan(30);
  });

  it.each([
    ['no identity', () => ({}), 'no identity from the gateway'],
    ['an identity signed with another secret', () => ({ [IDENTITY_HEADER]: signIdentity(identity, 'another secret') }), 'identity signature does not match'],
    ['an identity replayed after it expired', () => ({ [IDENTITY_HEADER]: signIdentity(identity, stackInfo().identitySecret, Date.now() - 120_000) }), 'identity has expired'],
    [
      'a tampered identity',
      () => {
        const [payload, signature] = signIdentity({ ...identity, roles: ['officer'] }, stackInfo().identitySecret).split('.');
        const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
        return { [IDENTITY_HEADER]: `${Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url')}.${signature}` };
      },
      'identity signature does not match',
    ],
    ['an unsigned identity', () => ({ [IDENTITY_HEADER]: Buffer.from(JSON.stringify(identity)).toString('base64url') }), 'malformed identity header'],
  ])('refuses a GraphQL request straight to a subgraph with %s', async (_name, headers, reason) => {
    for (const url of Object.values(stackInfo().subgraphUrls)) {
      const result = await refusal(headers(), url);
      expect(result).toEqual({ status: 401, code: 'UNAUTHENTICATED', message: `This subgraph answers only requests through the gateway: ${reason}`, data: undefined });
    }
  });

  it('keeps the health endpoints open', async () => {
    expect((await fetch(new URL('/health/ready', subgraph()))).status).toBe(200);
    expect((await fetch(new URL('/health/live', subgraph()))).status).toBe(200);
  });
});
