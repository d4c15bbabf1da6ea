import type { RunningStack } from './stack';

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
export function printWelcome(stack: RunningStack): void {
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
  for (const { title, query } of EXAMPLES) {
    lines.push(`  # ${title}`, `  curl -s ${stack.gatewayUrl} -H 'content-type: application/json' -d '${JSON.stringify({ query })}'`, '');
  }
  console.log(lines.join('\n'));
}
