/**
 * Typed reading of environment variables. Every process has one config module built
 * on these helpers, so a bad or missing value fails at start with the variable's name.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = NodeJS.ProcessEnv;

export function optionalString(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function requiredString(env: Env, name: string, hint: string): string {
  const value = optionalString(env, name);
  if (value === undefined) throw new ConfigError(`${name} is not set: ${hint}`);
  return value;
}

export function port(env: Env, name: string, fallback: number): number {
  const raw = optionalString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a TCP port number (0-65535); got "${raw}"`);
  }
  return value;
}

export function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = optionalString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive integer; got "${raw}"`);
  return value;
}

/** A count that may be zero (`0` turns something off), at most `max`. */
export function count(env: Env, name: string, fallback: number, max: number): number {
  const raw = optionalString(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) throw new ConfigError(`${name} must be a whole number from 0 to ${max}; got "${raw}"`);
  return value;
}

export function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optionalString(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}"`);
}

export function url(env: Env, name: string, fallback: string): string {
  const raw = optionalString(env, name) ?? fallback;
  try {
    return new URL(raw).toString();
  } catch {
    throw new ConfigError(`${name} must be an absolute URL; got "${raw}"`);
  }
}

export function stringList(env: Env, name: string, fallback: string[]): string[] {
  const raw = optionalString(env, name);
  if (raw === undefined) return fallback;
  return raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
}
