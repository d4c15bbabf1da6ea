import { percentile, type LoadResult } from './load';

/** What one gateway did under one workload (or one operation), summed over the rounds. */
export interface Measured {
  requests: number;
  seconds: number;
  errors: number;
  latencies: number[];
  gatewayCpuMs: number;
  subgraphsCpuMs: number;
  databaseCpuMs: number;
}

export interface Figures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  gatewayCpuMsPerRequest: number;
  subgraphsCpuMsPerRequest: number;
  databaseCpuMsPerRequest: number;
}

export const emptyMeasured = (): Measured => ({ requests: 0, seconds: 0, errors: 0, latencies: [], gatewayCpuMs: 0, subgraphsCpuMs: 0, databaseCpuMs: 0 });

export function add(into: Measured, load: Pick<LoadResult, 'requests' | 'seconds' | 'errors' | 'latencies'>, cpu: { gateway: number; subgraphs: number; database: number }): void {
  into.requests += load.requests;
  into.seconds += load.seconds;
  into.errors += load.errors;
  into.latencies.push(...load.latencies);
  into.gatewayCpuMs += cpu.gateway;
  into.subgraphsCpuMs += cpu.subgraphs;
  into.databaseCpuMs += cpu.database;
}

export function figures(m: Measured): Figures {
  const per = (ms: number) => (m.requests === 0 ? 0 : ms / m.requests);
  return {
    requestsPerSecond: m.seconds === 0 ? 0 : m.requests / m.seconds,
    p50Ms: percentile(m.latencies, 50),
    p99Ms: percentile(m.latencies, 99),
    errors: m.errors,
    requests: m.requests,
    gatewayCpuMsPerRequest: per(m.gatewayCpuMs),
    subgraphsCpuMsPerRequest: per(m.subgraphsCpuMs),
    databaseCpuMsPerRequest: per(m.databaseCpuMs),
  };
}

export interface FloorRow {
  operation: string;
  floorP50Ms: number;
  /** Sequential latency through each gateway over the same variables, by gateway name. */
  gatewaysP50Ms: Record<string, number>;
  fetches: number;
  waves: number;
}

export interface Report {
  startedAt: string;
  machine: { cpus: number; node: string };
  settings: Record<string, unknown>;
  dataset: Record<string, number>;
  gateways: { name: string; label: string; peakRssMb: number }[];
  notes: string[];
  mismatches: string[];
  workloads: Record<string, Record<string, Figures>>;
  operations: Record<string, Record<string, Figures>>;
  floor: FloorRow[];
}

const n1 = (value: number) => value.toFixed(1);
const n2 = (value: number) => value.toFixed(2);
const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : n2(a / b));

function table(title: string, rows: Record<string, Record<string, Figures>>, gatewayNames: string[]): string[] {
  // Ratios are ours (cache on, and off) over each peer.
  const peers = gatewayNames.filter((name) => !name.startsWith('ours'));
  const lines = [
    `### ${title}`,
    '',
    `| ${title === 'Workloads' ? 'workload' : 'operation'} | gateway | req/s | p50 ms | p99 ms | errors | gateway CPU ms/req | subgraphs CPU ms/req | database CPU ms/req | ${peers.map((p) => `ours/${p} req/s | ours/${p} CPU/req`).join(' | ')} |`,
    `|---|---|---|---|---|---|---|---|---|${peers.map(() => '---|---|').join('')}`,
  ];
  for (const [row, byGateway] of Object.entries(rows)) {
    for (const name of gatewayNames) {
      const f = byGateway[name];
      if (!f) continue;
      const ratios = peers.map((peer) => {
        const p = byGateway[peer];
        return name.startsWith('ours') && p ? `${ratio(f.requestsPerSecond, p.requestsPerSecond)} | ${ratio(f.gatewayCpuMsPerRequest, p.gatewayCpuMsPerRequest)}` : ' | ';
      });
      lines.push(
        `| ${row} | ${name} | ${n1(f.requestsPerSecond)} | ${n1(f.p50Ms)} | ${n1(f.p99Ms)} | ${f.errors} | ${n2(f.gatewayCpuMsPerRequest)} | ${n2(f.subgraphsCpuMsPerRequest)} | ${n2(f.databaseCpuMsPerRequest)} | ${ratios.join(' | ')} |`,
      );
    }
  }
  return [...lines, ''];
}

export function markdown(report: Report): string {
  const names = report.gateways.map((g) => g.name);
  const lines = [
    `## Gateway benchmark, ${report.startedAt}`,
    '',
    `Machine: ${report.machine.cpus} CPUs, Node ${report.machine.node}. Settings: ${Object.entries(report.settings).map(([k, v]) => `${k} ${String(v)}`).join(', ')}.`,
    `Dataset: ${Object.entries(report.dataset).map(([k, v]) => `${v} ${k}`).join(', ')}.`,
    '',
    '| gateway | peak RSS MB |',
    '|---|---|',
    ...report.gateways.map((g) => `| ${g.label} (${g.name}) | ${n1(g.peakRssMb)} |`),
    '',
    ...(report.notes.length ? ['Notes:', ...report.notes.map((note) => `- ${note}`), ''] : []),
    ...(report.mismatches.length ? ['**Mismatches:**', ...report.mismatches.map((m) => `- ${m}`), ''] : []),
    ...table('Workloads', report.workloads, names),
    ...table('Operations', report.operations, names),
    '### Floor: the subgraph fetches of each query plan, called directly (1 connection, p50)',
    '',
    `| operation | fetches | waves | floor ms | ${names.map((name) => `${name} ms | ${name} overhead ms`).join(' | ')} |`,
    `|---|---|---|---|${names.map(() => '---|---|').join('')}`,
    ...report.floor.map(
      (row) =>
        `| ${row.operation} | ${row.fetches} | ${row.waves} | ${n1(row.floorP50Ms)} | ${names.map((name) => `${n1(row.gatewaysP50Ms[name] ?? 0)} | ${n1((row.gatewaysP50Ms[name] ?? 0) - row.floorP50Ms)}`).join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** The lines a script reads, e.g. `<workload> throughput ours/hive: 2.31 (p99 ours 41 ms, hive 77 ms; cpu/req ours 1.2 ms, hive 4.9 ms)`. */
export function summaryLines(report: Report, mine: string, peer: string): string[] {
  return Object.entries(report.workloads).map(([workload, byGateway]) => {
    const ours = byGateway[mine];
    const other = byGateway[peer];
    if (!ours || !other) return `${workload} throughput ${mine}/${peer}: n/a`;
    return `${workload} throughput ${mine}/${peer}: ${ratio(ours.requestsPerSecond, other.requestsPerSecond)} (p99 ${mine} ${Math.round(ours.p99Ms)} ms, ${peer} ${Math.round(other.p99Ms)} ms; cpu/req ${mine} ${n1(ours.gatewayCpuMsPerRequest)} ms, ${peer} ${n1(other.gatewayCpuMsPerRequest)} ms)`;
  });
}

/**
 * Full documents against document ids, the same gateway asked both ways: `<workload> gateway
 * cpu/req full documents (ours) 0.362 ms, document ids (ours-ids) 0.355 ms: ids/full 0.98 (req/s
 * 1102.9, 1110.2)`. Three decimals: the difference is a hash of the text, a fraction of the whole.
 */
export function documentIdLines(report: Report, full: string, ids: string): string[] {
  return Object.entries(report.workloads).map(([workload, byGateway]) => {
    const f = byGateway[full];
    const i = byGateway[ids];
    if (!f || !i) return `${workload} gateway cpu/req ${ids}/${full}: n/a`;
    const ms = (value: number) => value.toFixed(3);
    return `${workload} gateway cpu/req full documents (${full}) ${ms(f.gatewayCpuMsPerRequest)} ms, document ids (${ids}) ${ms(i.gatewayCpuMsPerRequest)} ms: ids/full ${ratio(i.gatewayCpuMsPerRequest, f.gatewayCpuMsPerRequest)} (req/s ${n1(f.requestsPerSecond)}, ${n1(i.requestsPerSecond)})`;
  });
}
