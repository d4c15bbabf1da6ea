import type { ReloadAttempt } from './soak-supergraph';

/** One process's memory at the end of a row: RSS, and for a Node process the JS heap used after a full collection. */
export interface ProcessMemory {
  name: string;
  rssMb: number;
  heapMb?: number;
}

export interface SoakRow {
  /** Minutes since the steady load started, at the end of this row. */
  endMinute: number;
  seconds: number;
  requests: number;
  errors: number;
  reqPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  reloads: number;
  /** The first few failed answers of the row. */
  failures: string[];
  /** The machine's 1-minute load average at the row's end: a busy machine explains slow rows. */
  loadAverage: number;
  memory: ProcessMemory[];
}

/**
 * When a process's heap is said to grow: what the verdict lines and the README state. The first
 * minute is the warm-up (caches, planned documents and the JIT fill up), so it is left out.
 */
export const TREND_RULE = { warmupMinutes: 1, minRows: 3, slopeMbPerMinute: 1, growthPercent: 10 };

export const TREND_RULE_TEXT =
  `heap used after a full GC, least-squares slope over the rows after the first ${TREND_RULE.warmupMinutes} minute (warm-up); ` +
  `GROWING when the slope is above ${TREND_RULE.slopeMbPerMinute} MB/min and the fitted growth over those rows above ${TREND_RULE.growthPercent}% of the fitted start ` +
  `(at least ${TREND_RULE.minRows} rows needed, else "too short to judge"); RSS is shown beside it, not judged`;

export interface Trend {
  name: string;
  /** Rows the slope is fitted over. */
  rows: number;
  heapSlopeMbPerMinute?: number;
  heapGrowthPercent?: number;
  heapFirstMb?: number;
  heapLastMb?: number;
  rssSlopeMbPerMinute?: number;
  rssFirstMb: number;
  rssLastMb: number;
  /** undefined: too few rows to judge, or no heap (the database). */
  growing?: boolean;
}

/** Least-squares line through the points: its slope, and its value at the first and last x. */
function fit(points: [number, number][]): { slope: number; start: number; end: number } {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const sxx = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / sxx;
  const at = (x: number) => meanY + slope * (x - meanX);
  return { slope, start: at(points[0]![0]), end: at(points.at(-1)![0]) };
}

export function trend(rows: SoakRow[], name: string): Trend {
  const memory = (row: SoakRow) => row.memory.find((m) => m.name === name)!;
  const judged = rows.filter((row) => row.endMinute > TREND_RULE.warmupMinutes + 1e-9);
  const result: Trend = { name, rows: judged.length, rssFirstMb: memory(rows[0]!).rssMb, rssLastMb: memory(rows.at(-1)!).rssMb };
  const heap = memory(rows[0]!).heapMb !== undefined;
  if (heap) Object.assign(result, { heapFirstMb: memory(rows[0]!).heapMb, heapLastMb: memory(rows.at(-1)!).heapMb });
  if (judged.length < TREND_RULE.minRows) return result;
  result.rssSlopeMbPerMinute = fit(judged.map((row) => [row.endMinute, memory(row).rssMb])).slope;
  if (!heap) return result;
  const line = fit(judged.map((row) => [row.endMinute, memory(row).heapMb!]));
  result.heapSlopeMbPerMinute = line.slope;
  result.heapGrowthPercent = ((line.end - line.start) / line.start) * 100;
  result.growing = line.slope > TREND_RULE.slopeMbPerMinute && result.heapGrowthPercent > TREND_RULE.growthPercent;
  return result;
}

const mb = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));
const signed = (value: number, digits: number) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

/** One row per minute (or per `--row-seconds`): traffic, reloads, and each process's RSS / heap after GC. */
export function markdownTable(rows: SoakRow[]): string {
  const names = rows[0]!.memory.map((m) => m.name);
  const header = ['minute', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'reloads', 'load avg', ...names.map((name) => `${name} MB${rows[0]!.memory.find((m) => m.name === name)!.heapMb === undefined ? ' RSS' : ' RSS / heap'}`)];
  const lines = rows.map((row) =>
    [
      row.endMinute.toFixed(row.endMinute % 1 === 0 ? 0 : 2),
      row.reqPerSecond.toFixed(1),
      row.p50Ms.toFixed(0),
      row.p99Ms.toFixed(0),
      String(row.errors),
      String(row.reloads),
      row.loadAverage.toFixed(1),
      ...row.memory.map((m) => (m.heapMb === undefined ? mb(m.rssMb) : `${mb(m.rssMb)} / ${mb(m.heapMb)}`)),
    ].join(' | '),
  );
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...lines.map((line) => `| ${line} |`)].join('\n');
}

/** One line per process: its verdict, the heap's first and last value, slope and growth, and the RSS beside it. */
export function verdictLine(t: Trend): string {
  const rss = `RSS ${mb(t.rssFirstMb)} → ${mb(t.rssLastMb)} MB${t.rssSlopeMbPerMinute === undefined ? '' : ` (${signed(t.rssSlopeMbPerMinute, 2)} MB/min)`}`;
  if (t.heapFirstMb === undefined) return `${t.name}: not judged (no JS heap); ${rss}`;
  const heap = `heap after GC ${mb(t.heapFirstMb)} → ${mb(t.heapLastMb)} MB`;
  if (t.growing === undefined) return `${t.name}: too short to judge (${t.rows} rows after the warm-up, ${TREND_RULE.minRows} needed); ${heap}; ${rss}`;
  const fitted = `${signed(t.heapSlopeMbPerMinute!, 2)} MB/min, ${signed(t.heapGrowthPercent!, 1)}% over ${t.rows} rows`;
  return `${t.name}: ${t.growing ? 'GROWING' : 'flat'} (${fitted}); ${heap}; ${rss}`;
}

export interface SoakTotals {
  requests: number;
  errors: number;
  /** Reloads confirmed in the gateway's /health/ready. */
  reloads: number;
  failedReloads: number;
  reloadMsMean: number;
  reloadMsMax: number;
  /** `supergraph reloaded` and `supergraph refused` lines in the gateway's log. */
  loggedReloads: number;
  loggedRefusals: number;
  /** Rows whose throughput was under 90% of the target rate. */
  rowsBehindTarget: number;
}

export function soakTotals(rows: SoakRow[], reloads: ReloadAttempt[], gatewayLog: string, rate: number): SoakTotals {
  const confirmed = reloads.flatMap((r) => (r.ms === undefined ? [] : [r.ms]));
  return {
    requests: rows.reduce((sum, row) => sum + row.requests, 0),
    errors: rows.reduce((sum, row) => sum + row.errors, 0),
    reloads: confirmed.length,
    failedReloads: reloads.length - confirmed.length,
    reloadMsMean: confirmed.length ? confirmed.reduce((sum, ms) => sum + ms, 0) / confirmed.length : 0,
    reloadMsMax: Math.max(0, ...confirmed),
    loggedReloads: gatewayLog.split('"msg":"supergraph reloaded"').length - 1,
    loggedRefusals: gatewayLog.split('"msg":"supergraph refused').length - 1,
    rowsBehindTarget: rows.filter((row) => row.reqPerSecond < 0.9 * rate).length,
  };
}

export interface SoakSummary {
  reloadEverySeconds: number;
  capacityLine: string;
  rate: number;
  rows: SoakRow[];
  trends: Trend[];
  totals: SoakTotals;
  /** Processes that exited during the run, and how. */
  crashed: string[];
  failed: boolean;
  strict: boolean;
}

/** The printed report: heading, capacity, the table, the rule and a verdict per process, the totals and the run's verdict. */
export function reportLines(s: SoakSummary): string[] {
  const minutes = s.rows.at(-1)!.endMinute;
  const growing = s.trends.filter((t) => t.growing).map((t) => t.name);
  const { totals } = s;
  return [
    `## Soak: ${minutes.toFixed(2)} min at ${s.rate} req/s, the supergraph swapped every ${s.reloadEverySeconds} s`,
    '',
    s.capacityLine,
    '',
    markdownTable(s.rows),
    '',
    `Trend rule: ${TREND_RULE_TEXT}.`,
    '',
    ...s.trends.map((t) => `- ${verdictLine(t)}`),
    '',
    `Totals: ${totals.requests} requests (${(totals.requests / (minutes * 60)).toFixed(1)} req/s), ${totals.errors} errors; ` +
      `${totals.reloads} reloads confirmed in /health/ready (mean ${totals.reloadMsMean.toFixed(0)} ms, max ${totals.reloadMsMax.toFixed(0)} ms from the rename), ${totals.failedReloads} failed; ` +
      `the gateway logged ${totals.loggedReloads} reloads and ${totals.loggedRefusals} refusals.`,
    `Load: target ${s.rate} req/s, ${totals.rowsBehindTarget} of ${s.rows.length} rows below 90% of it` +
      (totals.rowsBehindTarget ? ' (a connection sends at most one request a second, so answers slower than a second hold the rate back: the system was slower than at capacity)' : '') +
      '.',
    ...s.crashed.map((line) => `Stopped early: ${line}.`),
    `Verdict: ${s.failed ? 'FAILED (errors, failed reloads or a process that exited)' : 'no errors'}; ${growing.length ? `heap growing: ${growing.join(', ')}` : 'no heap growth flagged'}${s.strict ? ' (--strict: growth fails the run)' : ''}.`,
  ];
}
