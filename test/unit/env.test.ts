import { shutdownSettings } from '../../lib/service';
import { boolean, ConfigError, optionalString, port, positiveInt, requiredString, stringList, url } from '../../lib/env';

/** The error a config helper throws, so its class and message can be asserted together. */
function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError, nothing was thrown');
}

describe('optionalString', () => {
  it('trims a value and treats unset or blank as undefined', () => {
    expect(optionalString({ NAME: '  kp2mi  ' }, 'NAME')).toBe('kp2mi');
    expect(optionalString({}, 'NAME')).toBeUndefined();
    expect(optionalString({ NAME: '   ' }, 'NAME')).toBeUndefined();
  });
});

describe('requiredString', () => {
  it('returns the trimmed value', () => {
    expect(requiredString({ MONGODB_URI: ' mongodb://localhost:27017 ' }, 'MONGODB_URI', 'hint')).toBe('mongodb://localhost:27017');
  });

  it.each([[{}], [{ MONGODB_URI: '' }], [{ MONGODB_URI: '  ' }]])('names the variable and the hint when it is missing (%p)', (env) => {
    const err = configErrorOf(() => requiredString(env, 'MONGODB_URI', 'start FerretDB with npm run db'));
    expect(err.name).toBe('ConfigError');
    expect(err.message).toBe('MONGODB_URI is not set: start FerretDB with npm run db');
  });
});

describe('port', () => {
  it('reads a port and falls back when unset', () => {
    expect(port({ KP2MI_PORT: '4101' }, 'KP2MI_PORT', 4001)).toBe(4101);
    expect(port({ KP2MI_PORT: '0' }, 'KP2MI_PORT', 4001)).toBe(0);
    expect(port({ KP2MI_PORT: '65535' }, 'KP2MI_PORT', 4001)).toBe(65535);
    expect(port({}, 'KP2MI_PORT', 4001)).toBe(4001);
    expect(port({ KP2MI_PORT: ' ' }, 'KP2MI_PORT', 4001)).toBe(4001);
  });

  it.each(['65536', '-1', '40.5', 'http'])('rejects %p', (raw) => {
    expect(configErrorOf(() => port({ KP2MI_PORT: raw }, 'KP2MI_PORT', 4001)).message).toBe(
      `KP2MI_PORT must be a TCP port number (0-65535); got "${raw}"`,
    );
  });
});

describe('positiveInt', () => {
  it('reads a positive integer and falls back when unset', () => {
    expect(positiveInt({ BODY_LIMIT: '1048576' }, 'BODY_LIMIT', 10)).toBe(1_048_576);
    expect(positiveInt({ BODY_LIMIT: '1' }, 'BODY_LIMIT', 10)).toBe(1);
    expect(positiveInt({}, 'BODY_LIMIT', 10)).toBe(10);
  });

  it.each(['0', '-5', '2.5', 'many'])('rejects %p', (raw) => {
    expect(configErrorOf(() => positiveInt({ BODY_LIMIT: raw }, 'BODY_LIMIT', 10)).message).toBe(
      `BODY_LIMIT must be a positive integer; got "${raw}"`,
    );
  });
});

describe('boolean', () => {
  it.each(['1', 'true', 'TRUE', 'yes', 'on', ' On '])('reads %p as true', (raw) => {
    expect(boolean({ FLAG: raw }, 'FLAG', false)).toBe(true);
  });

  it.each(['0', 'false', 'False', 'no', 'off'])('reads %p as false', (raw) => {
    expect(boolean({ FLAG: raw }, 'FLAG', true)).toBe(false);
  });

  it('falls back when unset or blank', () => {
    expect(boolean({}, 'FLAG', true)).toBe(true);
    expect(boolean({ FLAG: '' }, 'FLAG', false)).toBe(false);
  });

  it('rejects anything else, naming the variable', () => {
    expect(configErrorOf(() => boolean({ FLAG: 'maybe' }, 'FLAG', false)).message).toBe('FLAG must be true or false; got "maybe"');
  });
});

describe('url', () => {
  it('reads an absolute URL and falls back when unset', () => {
    expect(url({ KP2MI_URL: 'http://kp2mi.internal:4001/graphql' }, 'KP2MI_URL', 'http://localhost:4001/graphql')).toBe(
      'http://kp2mi.internal:4001/graphql',
    );
    expect(url({}, 'KP2MI_URL', 'http://localhost:4001/graphql')).toBe('http://localhost:4001/graphql');
  });

  it('normalizes the URL the way WHATWG URL prints it', () => {
    expect(url({ KP2MI_URL: 'HTTP://Example.COM' }, 'KP2MI_URL', 'http://localhost/')).toBe('http://example.com/');
  });

  it('rejects a relative URL, naming the variable', () => {
    expect(configErrorOf(() => url({ KP2MI_URL: '/graphql' }, 'KP2MI_URL', 'http://localhost:4001/graphql')).message).toBe(
      'KP2MI_URL must be an absolute URL; got "/graphql"',
    );
  });
});

describe('stringList', () => {
  it('splits on commas, trims and drops empty items', () => {
    expect(stringList({ ORIGINS: ' http://a.test, ,http://b.test,' }, 'ORIGINS', [])).toEqual(['http://a.test', 'http://b.test']);
  });

  it('falls back when unset or blank', () => {
    expect(stringList({}, 'ORIGINS', ['http://localhost:4000'])).toEqual(['http://localhost:4000']);
    expect(stringList({ ORIGINS: '  ' }, 'ORIGINS', ['http://localhost:4000'])).toEqual(['http://localhost:4000']);
  });
});

describe('how a process shuts down', () => {
  it('serves on for no delay and waits 10 s for in-flight requests unless SHUTDOWN_DELAY_MS and SHUTDOWN_TIMEOUT_MS say otherwise', () => {
    expect(shutdownSettings({})).toEqual({ delayMs: 0, timeoutMs: 10_000 });
    expect(shutdownSettings({ SHUTDOWN_DELAY_MS: '5000', SHUTDOWN_TIMEOUT_MS: '30000' })).toEqual({ delayMs: 5000, timeoutMs: 30_000 });
  });

  it('refuses values it cannot use, naming the variable', () => {
    expect(() => shutdownSettings({ SHUTDOWN_DELAY_MS: '-1' })).toThrow('SHUTDOWN_DELAY_MS must be a whole number from 0 to 600000; got "-1"');
    expect(() => shutdownSettings({ SHUTDOWN_TIMEOUT_MS: '0' })).toThrow('SHUTDOWN_TIMEOUT_MS must be a positive integer; got "0"');
  });
});
