import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './root';

/**
 * Secrets for local use: made once per checkout into the git-ignored `.data/`, so `npm start`
 * and `npm run token` agree without anyone typing a secret. Environment variables win, and a
 * deployment sets them (the gateway and subgraphs refuse to start without them).
 */
export interface DevSecrets {
  AUTH_JWT_SECRET: string;
  IDENTITY_SECRET: string;
}

const FILE = path.join(ROOT, '.data', 'dev-secrets.json');

export function devSecrets(env: NodeJS.ProcessEnv = process.env): DevSecrets {
  let stored: Partial<DevSecrets> = {};
  if (existsSync(FILE)) stored = JSON.parse(readFileSync(FILE, 'utf8')) as Partial<DevSecrets>;
  const secrets: DevSecrets = {
    AUTH_JWT_SECRET: stored.AUTH_JWT_SECRET ?? randomBytes(32).toString('base64url'),
    IDENTITY_SECRET: stored.IDENTITY_SECRET ?? randomBytes(32).toString('base64url'),
  };
  if (!stored.AUTH_JWT_SECRET || !stored.IDENTITY_SECRET) {
    mkdirSync(path.dirname(FILE), { recursive: true });
    writeFileSync(FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return { AUTH_JWT_SECRET: env.AUTH_JWT_SECRET || secrets.AUTH_JWT_SECRET, IDENTITY_SECRET: env.IDENTITY_SECRET || secrets.IDENTITY_SECRET };
}
