import type { Ministry } from '../../../lib/identity';

/** Where the running test stack is, handed from globalSetup to the test files through the environment. */
export interface StackInfo {
  gatewayUrl: string;
  mongodbUri: string;
  subgraphUrls: Record<string, string>;
  /** Temporary folder holding the database files and each process's log. */
  dir: string;
  /** The stack's secrets, made for this run: tests sign tokens (and forge identities) with them. */
  jwtSecret: string;
  identitySecret: string;
  /** Headers of the caller most tests use: a KP2MI admin with `pii:read` and a stated purpose. */
  defaultHeaders: Record<string, string>;
  /** Headers of an officer of each ministry (with `pii:read` and a purpose): the ones who write its data. */
  officerHeaders: Record<Ministry, Record<string, string>>;
}

/** Small enough to seed in a second, large enough for several pages of 100. */
export const E2E_WORKERS = 600;

const VARIABLE = 'SATU_GRAF_E2E_STACK';

export function writeStackInfo(info: StackInfo): void {
  process.env[VARIABLE] = JSON.stringify(info);
}

export function stackInfo(): StackInfo {
  const raw = process.env[VARIABLE];
  if (!raw) throw new Error(`${VARIABLE} is not set: end-to-end tests run under the e2e project's globalSetup`);
  return JSON.parse(raw) as StackInfo;
}
