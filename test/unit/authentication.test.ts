import { SignJWT } from 'jose';
import { createAuthenticator, formatDuration, type AuthConfig } from '../../gateway/authentication';

const SECRET = 'a secret of at least thirty-two characters';
const HOUR = 3600;
const config = (maxTokenLifetimeSeconds = 24 * HOUR): AuthConfig => ({ mode: 'secret', secret: SECRET, issuer: 'satu-graf-pmi', audience: 'satu-graf-pmi', maxTokenLifetimeSeconds });
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A token with valid claims and the given iat and exp (seconds; null leaves the claim out). */
function token(times: { iat: number | null; exp: number | null }): Promise<string> {
  const jwt = new SignJWT({ ministry: 'ESDM', roles: ['officer'], scope: 'pii:read' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('esdm-officer')
    .setIssuer('satu-graf-pmi')
    .setAudience('satu-graf-pmi');
  if (times.iat !== null) jwt.setIssuedAt(times.iat);
  if (times.exp !== null) jwt.setExpirationTime(times.exp);
  return jwt.sign(new TextEncoder().encode(SECRET));
}

async function refusal(authenticate: ReturnType<typeof createAuthenticator>, bearer: string) {
  const error = await authenticate(`Bearer ${bearer}`).then(
    () => undefined,
    (err: unknown) => err as { message: string; extensions: Record<string, unknown> },
  );
  expect(error).toBeDefined();
  return { message: error!.message, extensions: error!.extensions };
}

const IDENTITY = { sub: 'esdm-officer', ministry: 'ESDM', roles: ['officer'], scopes: ['pii:read'] };
const UNAUTHENTICATED = { code: 'UNAUTHENTICATED', http: { status: 401 } };

describe('the lifetime of bearer tokens', () => {
  it('refuses a token without exp', async () => {
    expect(await refusal(createAuthenticator(config()), await token({ iat: nowSeconds(), exp: null }))).toEqual({
      message: 'The token has no expiry (exp); the gateway accepts only tokens that live at most 24h',
      extensions: UNAUTHENTICATED,
    });
  });

  it.each([
    ['an hour, with iat', (now: number) => ({ iat: now, exp: now + HOUR })],
    ['exactly the maximum, with iat', (now: number) => ({ iat: now, exp: now + 24 * HOUR })],
    ['a day issued 23 hours ago', (now: number) => ({ iat: now - 23 * HOUR, exp: now + HOUR })],
    ['an hour, without iat', (now: number) => ({ iat: null, exp: now + HOUR })],
    ['the maximum from now, without iat', (now: number) => ({ iat: null, exp: now + 24 * HOUR })],
  ])('accepts a token that lives %s', async (_name, times) => {
    expect(await createAuthenticator(config())(`Bearer ${await token(times(nowSeconds()))}`)).toEqual(IDENTITY);
  });

  it('refuses a lifetime above the maximum by exp - iat, even when little of it is left', async () => {
    const iat = nowSeconds() - 47 * HOUR;
    expect(await refusal(createAuthenticator(config()), await token({ iat, exp: iat + 48 * HOUR }))).toEqual({
      message: 'The token lives 48h (from iat to exp); the gateway accepts only tokens that live at most 24h',
      extensions: UNAUTHENTICATED,
    });
  });

  it('refuses a token without iat that expires more than the maximum from now', async () => {
    const exp = nowSeconds() + 48 * HOUR;
    expect(await refusal(createAuthenticator(config()), await token({ iat: null, exp }))).toEqual({
      message: `The token expires at ${new Date(exp * 1000).toISOString()}, more than 24h from now; the gateway accepts only tokens that live at most 24h`,
      extensions: UNAUTHENTICATED,
    });
  });

  it('refuses a token whose iat lies in the future to shorten its stated lifetime', async () => {
    const iat = nowSeconds() + 30 * 24 * HOUR;
    const { message } = await refusal(createAuthenticator(config()), await token({ iat, exp: iat + HOUR }));
    expect(message).toBe(`The token expires at ${new Date((iat + HOUR) * 1000).toISOString()}, more than 24h from now; the gateway accepts only tokens that live at most 24h`);
  });

  it('applies the configured maximum', async () => {
    const authenticate = createAuthenticator(config(HOUR + 30 * 60));
    const now = nowSeconds();
    expect(await authenticate(`Bearer ${await token({ iat: now, exp: now + HOUR })}`)).toEqual(IDENTITY);
    expect((await refusal(authenticate, await token({ iat: now, exp: now + 2 * HOUR }))).message).toBe(
      'The token lives 2h (from iat to exp); the gateway accepts only tokens that live at most 1h30m',
    );
  });

  it('still refuses an expired token as before', async () => {
    const now = nowSeconds();
    expect((await refusal(createAuthenticator(config()), await token({ iat: now - 2 * HOUR, exp: now - 60 }))).message).toMatch(/"exp" claim timestamp check failed/);
  });
});

describe('formatDuration', () => {
  it.each([
    [86_400, '24h'],
    [5400, '1h30m'],
    [172_799, '47h59m59s'],
    [45, '45s'],
    [604_800, '168h'],
  ])('writes %i seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
