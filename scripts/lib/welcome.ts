import type { RunningStack } from './stack';
import { DATA_SUBJECT_PURPOSE, DEMO_PURPOSE } from './demo-purposes';
import { signToken } from './tokens';

/** One development token per role, for the explorer's Headers tab or curl (valid for 8 hours). */
const DEMO_IDENTITIES = [
  { role: 'officer', ministry: 'KP2MI', scope: 'pii:read', purposeCode: DEMO_PURPOSE.KP2MI },
  { role: 'analyst', ministry: 'KP2MI', scope: '', purposeCode: null },
  { role: 'admin', ministry: 'KP2MI', scope: 'pii:read audit:read', purposeCode: DATA_SUBJECT_PURPOSE },
] as const;

const EXAMPLES = [
  {
    title: 'The newest workers and where they come from',
    query: '{ workers(first: 3) { totalCount edges { node { fullName status province { name } } } } }',
  },
  {
    title: 'Destination countries and the training centres of ESDM and Perindustrian',
    query: '{ countries { code name } esdmTrainingCenters { name city } bdiTrainingCenters { name city } }',
  },
];

/** What a user needs once everything is up: where things are and something to try. */
export async function printWelcome(stack: RunningStack, jwtSecret: string): Promise<void> {
  const lines = [
    '',
    'Satu Graf PMI is running. Press Ctrl-C to stop everything.',
    '',
    `  Gateway and explorer   ${stack.gatewayUrl}`,
    `  Gateway health         ${new URL('/health/ready', stack.gatewayUrl)}`,
    ...Object.entries(stack.subgraphUrls).map(([name, url]) => `  Subgraph ${name.padEnd(13)} ${url}`),
    `  Database               ${stack.mongodbUri}${stack.database ? ' (embedded FerretDB)' : ''}`,
    '',
    'Try:',
  ];
  const officer = await signToken({ secret: jwtSecret, sub: 'kp2mi-officer', ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', expiresIn: '8h' });
  for (const { title, query } of EXAMPLES) {
    lines.push(`  # ${title}`, `  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' -H 'authorization: Bearer ${officer}' -d '${JSON.stringify({ query })}'`, '');
  }
  lines.push('Tokens, one per role (paste into the explorer\'s Headers tab):');
  for (const { role, ministry, scope, purposeCode } of DEMO_IDENTITIES) {
    const token = await signToken({ secret: jwtSecret, sub: `${ministry.toLowerCase()}-${role}`, ministry, roles: [role], scope, expiresIn: '8h' });
    const headers = { Authorization: `Bearer ${token}`, ...(purposeCode ? { 'X-Purpose-Code': purposeCode } : {}) };
    lines.push(`  # ${ministry} ${role}${scope ? ` (scope: ${scope})` : ''}`, `  ${JSON.stringify(headers)}`, '');
  }
  lines.push('Writes need an officer or admin of the ministry that owns the data, e.g. npm run token -- --ministry ESDM --role officer');
  console.log(lines.join('\n'));
}
