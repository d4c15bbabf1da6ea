import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { freePort } from '../../scripts/lib/ports';
import { startStack, type RunningStack } from '../../scripts/lib/stack';
import { signToken } from '../../scripts/lib/tokens';
import { seed } from '../../scripts/seed/seed';
import { MINISTRIES } from '../../lib/identity';
import { E2E_WORKERS, writeStackInfo, type StackInfo } from './support/stack-info';
import { DATA_SUBJECT_PURPOSE, DEMO_PURPOSE } from '../../scripts/lib/demo-purposes';

/**
 * One real stack for all end-to-end tests: FerretDB on a free port with a temporary data
 * folder, the four subgraph processes and the gateway on free ports, seeded with demo data.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'satu-graf-e2e-'));
  const log = (line: string) => process.stderr.write(`[e2e] ${line}\n`);
  const subgraphPorts: Record<string, number> = {};
  for (const s of SUBGRAPHS) subgraphPorts[s.name] = await freePort();
  // A MONGODB_URI of the developer's would be used by the stack: tests always get their own database.
  const secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), IDENTITY_SECRET: randomBytes(32).toString('base64url') };
  // The tests read many people's personal data as one caller; the bulk limit has its own test.
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', PII_READS_PER_HOUR: '1000000', ...secrets };
  delete env.MONGODB_URI;
  for (const s of SUBGRAPHS) delete env[`${s.envPrefix}_MONGODB_URI`];
  const stack: RunningStack = await startStack({
    env,
    dataDir: path.join(dir, 'db'),
    gatewayPort: await freePort(),
    subgraphPorts,
    logDir: dir,
    log,
    beforeServices: (mongodbUri) => seed({ mongodbUri, env, workers: E2E_WORKERS, reset: false, log: () => undefined, progress: false }).then(() => undefined),
  });
  log(`stack up: gateway ${stack.gatewayUrl}, database ${stack.mongodbUri}, logs in ${dir}`);
  (globalThis as { e2eStack?: RunningStack }).e2eStack = stack;
  writeStackInfo({
    gatewayUrl: stack.gatewayUrl,
    mongodbUri: stack.mongodbUri,
    subgraphUrls: stack.subgraphUrls,
    dir,
    jwtSecret: secrets.AUTH_JWT_SECRET,
    identitySecret: secrets.IDENTITY_SECRET,
    defaultHeaders: {
      authorization: `Bearer ${await signToken({ secret: secrets.AUTH_JWT_SECRET, sub: 'e2e-tests', ministry: 'KP2MI', roles: ['admin'], scope: 'pii:read audit:read', expiresIn: '4h' })}`,
      'x-purpose-code': DATA_SUBJECT_PURPOSE,
      'x-purpose': 'automated end-to-end test',
    },
    officerHeaders: Object.fromEntries(
      await Promise.all(
        MINISTRIES.map(async (ministry) => [
          ministry,
          {
            authorization: `Bearer ${await signToken({ secret: secrets.AUTH_JWT_SECRET, sub: `e2e-${ministry.toLowerCase()}-officer`, ministry, roles: ['officer'], scope: 'pii:read', expiresIn: '4h' })}`,
            'x-purpose-code': DEMO_PURPOSE[ministry],
            'x-purpose': 'automated end-to-end test',
          },
        ]),
      ),
    ) as StackInfo['officerHeaders'],
  });
}
