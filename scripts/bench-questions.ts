/**
 * npm run bench:questions -- [--url URL] [--duration S] [--connections N] [--token JWT]
 * Latency of the contract's four questions through a running gateway (npm start), measured
 * with autocannon; prints requests/s, p50, p99 and errors per question. Asks as a KP2MI officer
 * with pii:read and a purpose (a token signed with this checkout's development secret) unless
 * --token is given, so the answers are whole and personal-data reads are audited as in use.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { GraphQLClient } from 'graphql-request';
import { contractQuestions, type BenchOperation, type Samples } from './bench/contract-questions';
import { devSecrets } from './lib/dev-secrets';
import { signToken } from './lib/tokens';
import { DEMO_PURPOSE } from './lib/demo-purposes';

async function samples(client: GraphQLClient): Promise<Samples> {
  const data = await client.request<{ workers: { edges: { node: { id: string } }[] }; countries: { code: string; activeWorkers: number }[] }>(
    '{ workers(first: 100, filter: { status: RETURNED }) { edges { node { id } } } countries { code activeWorkers } }',
  );
  return {
    workerIds: data.workers.edges.map((e) => e.node.id),
    countryCodes: data.countries.filter((c) => c.activeWorkers > 0).map((c) => c.code),
    years: [2022, 2023, 2024, 2025, 2026],
  };
}

function run(url: string, headers: Record<string, string>, operation: BenchOperation, duration: number, connections: number): Promise<autocannon.Result> {
  let n = 0;
  return autocannon({
    url,
    duration,
    connections,
    method: 'POST',
    headers,
    requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: operation.query, variables: operation.variables(n++) }) }) }],
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://localhost:4000/graphql' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '4' },
      token: { type: 'string' },
    },
  });
  const token =
    values.token ?? (await signToken({ secret: devSecrets().AUTH_JWT_SECRET, sub: 'bench-questions', ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', expiresIn: '1h' }));
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose-code': DEMO_PURPOSE.KP2MI, 'x-purpose': 'latency benchmark' };
  const client = new GraphQLClient(values.url, { headers });
  const operations = contractQuestions(await samples(client));
  // Each answer must be a whole answer: no errors, before anything is timed.
  for (const [n, operation] of operations.entries()) {
    const response = await fetch(values.url, { method: 'POST', headers, body: JSON.stringify({ query: operation.query, variables: operation.variables(n) }) });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(`${operation.name} answered with errors: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  console.log(`| question | requests/s | p50 ms | p99 ms | non-2xx | errors |\n|---|---|---|---|---|---|`);
  for (const operation of operations) {
    const result = await run(values.url, headers, operation, Number(values.duration), Number(values.connections));
    console.log(`| ${operation.name} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} | ${result.errors} |`);
  }
}

main().catch((err: unknown) => {
  console.error(`bench:questions failed: ${(err as Error).message}`);
  process.exit(1);
});
