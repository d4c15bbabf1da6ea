import { loadGatewayConfig } from '../../gateway/config';

const base = { AUTH_JWT_SECRET: 'a'.repeat(32), IDENTITY_SECRET: 'an identity secret for the test' };
const load = (env: Record<string, string>) => loadGatewayConfig([], { ...base, ...env });

describe('the gateway limit on operations at once', () => {
  it('is off when MAX_CONCURRENT_OPERATIONS is unset or blank', () => {
    expect(load({}).operations).toBeNull();
    expect(load({ MAX_CONCURRENT_OPERATIONS: '  ', MAX_WAITING_OPERATIONS: 'ignored' }).operations).toBeNull();
  });

  it('reads the limit, with 1000 waiting unless MAX_WAITING_OPERATIONS says otherwise', () => {
    expect(load({ MAX_CONCURRENT_OPERATIONS: '4' }).operations).toEqual({ maxConcurrent: 4, maxWaiting: 1000 });
    expect(load({ MAX_CONCURRENT_OPERATIONS: '4', MAX_WAITING_OPERATIONS: '20' }).operations).toEqual({ maxConcurrent: 4, maxWaiting: 20 });
  });

  it('refuses a limit that is not a positive integer, naming the variable', () => {
    expect(() => load({ MAX_CONCURRENT_OPERATIONS: '0' })).toThrow('MAX_CONCURRENT_OPERATIONS must be a positive integer; got "0"');
    expect(() => load({ MAX_CONCURRENT_OPERATIONS: '4', MAX_WAITING_OPERATIONS: 'many' })).toThrow('MAX_WAITING_OPERATIONS must be a positive integer; got "many"');
  });
});
