import { loadGatewayConfig } from '../../gateway/config';

const base = { AUTH_JWT_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'an identity secret for the test' };
const load = (env: Record<string, string>) => loadGatewayConfig([], { ...base, ...env });

describe('the gateway limit on operations at once', () => {
  it('is on by default, with the limits chosen by measurement (README, "Performance")', () => {
    expect(load({}).operations).toEqual({ limit: 8, maxWaiting: 100, maxWaitMs: 500, unreadyAfterMs: 2000 });
    expect(load({ MAX_CONCURRENT_OPERATIONS: '  ' }).operations).toEqual({ limit: 8, maxWaiting: 100, maxWaitMs: 500, unreadyAfterMs: 2000 });
  });

  it('is off with MAX_CONCURRENT_OPERATIONS=off (and the other two are not read)', () => {
    expect(load({ MAX_CONCURRENT_OPERATIONS: 'off', MAX_WAITING_OPERATIONS: 'ignored' }).operations).toBeNull();
    expect(load({ MAX_CONCURRENT_OPERATIONS: 'OFF' }).operations).toBeNull();
  });

  it('reads each setting', () => {
    expect(load({ MAX_CONCURRENT_OPERATIONS: '16' }).operations).toEqual({ limit: 16, maxWaiting: 100, maxWaitMs: 500, unreadyAfterMs: 2000 });
    expect(load({ MAX_CONCURRENT_OPERATIONS: '4', MAX_WAITING_OPERATIONS: '0', MAX_OPERATION_WAIT_MS: '250', OVERLOAD_UNREADY_AFTER_MS: '0' }).operations).toEqual({
      limit: 4,
      maxWaiting: 0,
      maxWaitMs: 250,
      unreadyAfterMs: 0,
    });
  });

  it('refuses a setting that is not a number in range, naming the variable', () => {
    expect(() => load({ MAX_CONCURRENT_OPERATIONS: '0' })).toThrow('MAX_CONCURRENT_OPERATIONS must be a positive integer; got "0"');
    expect(() => load({ MAX_WAITING_OPERATIONS: 'many' })).toThrow('MAX_WAITING_OPERATIONS must be a whole number from 0 to 100000; got "many"');
    expect(() => load({ MAX_OPERATION_WAIT_MS: '1.5' })).toThrow('MAX_OPERATION_WAIT_MS must be a whole number from 0 to 600000; got "1.5"');
    expect(() => load({ OVERLOAD_UNREADY_AFTER_MS: '-1' })).toThrow('OVERLOAD_UNREADY_AFTER_MS must be a whole number from 0 to 600000; got "-1"');
  });
});

describe('the longest lifetime of a bearer token', () => {
  it('is 24 hours unless AUTH_MAX_TOKEN_LIFETIME says otherwise', () => {
    expect(load({}).auth.maxTokenLifetimeSeconds).toBe(86_400);
    expect(load({ AUTH_MAX_TOKEN_LIFETIME: ' ' }).auth.maxTokenLifetimeSeconds).toBe(86_400);
  });

  it.each([
    ['90m', 5400],
    ['8h', 28_800],
    ['7d', 604_800],
    ['3600s', 3600],
  ])('reads AUTH_MAX_TOKEN_LIFETIME=%s as %i seconds, in either mode of verification', (value, seconds) => {
    expect(load({ AUTH_MAX_TOKEN_LIFETIME: value }).auth.maxTokenLifetimeSeconds).toBe(seconds);
    expect(loadGatewayConfig([], { IDENTITY_SECRET: base.IDENTITY_SECRET, AUTH_JWKS_URL: 'https://login.example.go.id/jwks.json', AUTH_MAX_TOKEN_LIFETIME: value }).auth).toMatchObject({
      mode: 'jwks',
      maxTokenLifetimeSeconds: seconds,
    });
  });

  it.each(['24', '1.5h', '-1h', '0h', '24 h', '1w', 'forever'])('refuses AUTH_MAX_TOKEN_LIFETIME=%s, naming the variable', (value) => {
    expect(() => load({ AUTH_MAX_TOKEN_LIFETIME: value })).toThrow(`AUTH_MAX_TOKEN_LIFETIME must be a duration such as 30m, 24h or 7d; got "${value}"`);
  });
});

describe("each subgraph's timeout and retries", () => {
  const names = ['kp2mi', 'esdm', 'koperasi-ukm'];
  const policy = (env: Record<string, string>) => loadGatewayConfig(names, { ...base, ...env }).subgraphPolicy;

  it('are 5 s and one retry unless SUBGRAPH_TIMEOUT_MS and SUBGRAPH_RETRIES say otherwise', () => {
    expect(policy({})('esdm')).toEqual({ timeoutMs: 5_000, retries: 1 });
    expect(policy({ SUBGRAPH_TIMEOUT_MS: '4000', SUBGRAPH_RETRIES: '2' })('kp2mi')).toEqual({ timeoutMs: 4000, retries: 2 });
  });

  it("are a subgraph's own with <PREFIX>_TIMEOUT_MS and <PREFIX>_RETRIES, 0 turning its retries off", () => {
    const of = policy({ SUBGRAPH_TIMEOUT_MS: '4000', ESDM_TIMEOUT_MS: '1500', KOPERASI_UKM_RETRIES: '0' });
    expect(['kp2mi', 'esdm', 'koperasi-ukm', 'a-newcomer'].map((name) => of(name))).toEqual([
      { timeoutMs: 4000, retries: 1 },
      { timeoutMs: 1500, retries: 1 },
      { timeoutMs: 4000, retries: 0 },
      { timeoutMs: 4000, retries: 1 },
    ]);
  });

  it('refuse values out of range, naming the variable', () => {
    expect(() => policy({ SUBGRAPH_RETRIES: '6' })).toThrow('SUBGRAPH_RETRIES must be a whole number from 0 to 5; got "6"');
    expect(() => policy({ ESDM_RETRIES: '-1' })).toThrow('ESDM_RETRIES must be a whole number from 0 to 5; got "-1"');
    expect(() => policy({ KP2MI_TIMEOUT_MS: '0' })).toThrow('KP2MI_TIMEOUT_MS must be a positive integer; got "0"');
  });
});
