import { IdentityError, signIdentity, verifyIdentity, type Identity } from '../../lib/identity';

const identity: Identity = { sub: 'esdm-officer', ministry: 'ESDM', roles: ['officer'], scopes: ['pii:read'], purpose: 'enrollment check' };
const secret = 'a shared secret of the gateway and subgraphs';
const now = Date.UTC(2026, 10, 28, 12, 0, 0);

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(IdentityError);
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('the identity the gateway signs for subgraphs', () => {
  it('round-trips within its minute', () => {
    expect(verifyIdentity(signIdentity(identity, secret, now), secret, now + 59_000)).toEqual(identity);
  });

  it('is refused after its minute', () => {
    expect(reason(() => verifyIdentity(signIdentity(identity, secret, now), secret, now + 61_000))).toBe('identity has expired');
  });

  it('is refused with another secret, when tampered, malformed or missing', () => {
    const header = signIdentity(identity, secret, now);
    expect(reason(() => verifyIdentity(header, 'another secret', now))).toBe('identity signature does not match');
    const [payload, signature] = header.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const raised = Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url');
    expect(reason(() => verifyIdentity(`${raised}.${signature}`, secret, now))).toBe('identity signature does not match');
    expect(reason(() => verifyIdentity(payload, secret, now))).toBe('malformed identity header');
    expect(reason(() => verifyIdentity(`${header}.extra`, secret, now))).toBe('malformed identity header');
    expect(reason(() => verifyIdentity(undefined, secret, now))).toBe('no identity from the gateway');
  });
});
