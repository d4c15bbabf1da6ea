import { percentile, type LoadResult } from './load';
import { add, emptyMeasured, figures, type Figures, type Measured } from './report';

/** One MAX_CONCURRENT_OPERATIONS of the sweep: operations executed at once, or null for no limit. */
export type Limit = number | null;

export const limitName = (limit: Limit): string => (limit === null ? 'none' : String(limit));

/** `1,2,4,none` as limits; `none` is required, since every figure is compared with it. */
export function parseLimits(text: string): Limit[] {
  const limits = text.split(',').map((piece) => {
    const word = piece.trim();
    if (word === 'none') return null;
    const value = Number(word);
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`--limits takes positive whole numbers and none; got "${word}"`);
    return value;
  });
  if (!limits.includes(null)) throw new Error('--limits must include none: each limit is compared with the gateway without one');
  if (new Set(limits).size !== limits.length) throw new Error(`--limits names a limit twice: "${text}"`);
  return limits;
}

/** One round of one limit: answers without errors per second, and the p99. */
export interface RoundFigures {
  answeredPerSecond: number;
  p99Ms: number;
}

/** A limit's load summed over the rounds, how much of it went through the queue, and each round apart. */
export interface LimitRun {
  limit: Limit;
  measured: Measured;
  /** Answers without errors: a failure answered fast (an open circuit breaker) must not count as throughput. */
  answered: number;
  queuedRequests: number;
  rounds: RoundFigures[];
}

export const emptyRun = (limit: Limit): LimitRun => ({ limit, measured: emptyMeasured(), answered: 0, queuedRequests: 0, rounds: [] });

/** Adds one round; `kept` names the operations answered before the queue. */
export function addRound(run: LimitRun, result: LoadResult, cpu: { gateway: number; subgraphs: number; database: number }, kept: Set<string>): void {
  add(run.measured, result, cpu);
  const answered = result.operations.reduce((sum, op) => sum + op.requests - op.errors, 0);
  run.answered += answered;
  run.queuedRequests += result.operations.filter((op) => !kept.has(op.name)).reduce((sum, op) => sum + op.requests, 0);
  run.rounds.push({ answeredPerSecond: answered / result.seconds, p99Ms: percentile(result.latencies, 99) });
}

export interface LimitFigures extends Figures {
  limit: string;
  /** Answers without errors per second over the whole run. */
  answeredPerSecond: number;
  /** Requests per second of the operations that wait for a turn: the rate at which the queue moves. */
  queuedRequestsPerSecond: number;
  rounds: RoundFigures[];
}

export function limitFigures(run: LimitRun): LimitFigures {
  const perSecond = (n: number) => (run.measured.seconds === 0 ? 0 : n / run.measured.seconds);
  return { limit: limitName(run.limit), ...figures(run.measured), answeredPerSecond: perSecond(run.answered), queuedRequestsPerSecond: perSecond(run.queuedRequests), rounds: run.rounds };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A limit against none, round by round: on a shared machine one disturbed round moves the sums, not the median. */
export interface RoundRatios {
  throughput: number[];
  p99: number[];
  medianThroughput: number;
  medianP99: number;
}

export function roundRatios(row: LimitFigures, base: LimitFigures): RoundRatios {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const throughput = row.rounds.map((r, i) => ratio(r.answeredPerSecond, base.rounds[i]!.answeredPerSecond));
  const p99 = row.rounds.map((r, i) => ratio(r.p99Ms, base.rounds[i]!.p99Ms));
  return { throughput, p99, medianThroughput: median(throughput), medianP99: median(p99) };
}

/** Throughput a limit may lose against no limit and still be recommended. */
export const THROUGHPUT_TOLERANCE = 0.05;
/** The queue wait past which a caller is better refused at once (503 with Retry-After), and its neighbours for comparison. */
export const TARGET_WAIT_SECONDS = 0.5;
export const TARGET_WAITS_SECONDS = [0.25, 0.5, 1];

export interface Recommendation {
  /**
   * Among the limits without errors whose answers per second, against none in the same round, have
   * a median within the tolerance: the one with the lowest median p99 against none. Null when none is.
   */
  limit: string | null;
  /** MAX_WAITING_OPERATIONS for each target wait: the queue's rate at that limit × the wait. */
  waiting: { targetWaitSeconds: number; maxWaitingOperations: number }[];
}

const none = (rows: LimitFigures[]) => rows.find((row) => row.limit === 'none')!;

/** Operations that may wait for their wait to stay under `seconds`: the k-th in line starts after about k ÷ the queue's rate. */
const waitingFor = (row: LimitFigures, seconds: number) => Math.max(1, Math.round(row.queuedRequestsPerSecond * seconds));

export function recommend(mix: LimitFigures[]): Recommendation {
  const base = none(mix);
  const candidates = mix
    .filter((row) => row.limit !== 'none' && row.answeredPerSecond > 0 && row.errors === 0)
    .map((row) => ({ row, ratios: roundRatios(row, base) }))
    .filter(({ ratios }) => ratios.medianThroughput >= 1 - THROUGHPUT_TOLERANCE);
  if (candidates.length === 0) return { limit: null, waiting: [] };
  const best = candidates.reduce((a, b) => (b.ratios.medianP99 < a.ratios.medianP99 ? b : a)).row;
  const waiting = TARGET_WAITS_SECONDS.map((t) => ({ targetWaitSeconds: t, maxWaitingOperations: waitingFor(best, t) }));
  return { limit: best.limit, waiting };
}

export interface LimitsReport {
  startedAt: string;
  machine: { cpus: number; node: string; loadAverage: number[]; roundsLoadAverage: { min: number; max: number } };
  settings: Record<string, unknown>;
  /** Operations answered from kept answers, which never wait for a turn. */
  keptOperations: string[];
  mix: LimitFigures[];
  gatewayBound: LimitFigures[];
  recommendation: Recommendation;
  notes: string[];
}

const n1 = (value: number) => value.toFixed(1);
const n2 = (value: number) => value.toFixed(2);
const times = (a: number, b: number) => (b === 0 ? 'n/a' : `${n2(a / b)}×`);
/** `0.87× (0.45 0.87 0.88 1.00)`: the median, then each round's ratio. */
const perRound = (ratios: number[], middle: number) => `${n2(middle)}× (${ratios.map(n2).join(' ')})`;

function table(workload: string, rows: LimitFigures[]): string[] {
  const base = none(rows);
  return [
    '| workload | MAX_CONCURRENT_OPERATIONS | answered/s | × none | × none by round: median (each) | queued req/s | p50 ms | p99 ms | × none | × none by round: median (each) | gateway CPU ms/req | × none | database CPU ms/req | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((f) => {
      const r = roundRatios(f, base);
      return `| ${workload} | ${f.limit} | ${n1(f.answeredPerSecond)} | ${times(f.answeredPerSecond, base.answeredPerSecond)} | ${perRound(r.throughput, r.medianThroughput)} | ${n1(f.queuedRequestsPerSecond)} | ${n1(f.p50Ms)} | ${n1(f.p99Ms)} | ${times(f.p99Ms, base.p99Ms)} | ${perRound(r.p99, r.medianP99)} | ${n2(f.gatewayCpuMsPerRequest)} | ${times(f.gatewayCpuMsPerRequest, base.gatewayCpuMsPerRequest)} | ${n2(f.databaseCpuMsPerRequest)} | ${f.errors} |`;
    }),
  ];
}

/** The one line a reader (or a script) takes away. */
export function recommendationLine(report: LimitsReport): string {
  const { limit, waiting } = report.recommendation;
  const tolerance = `${THROUGHPUT_TOLERANCE * 100}%`;
  const failed = [...report.mix, ...report.gatewayBound].filter((row) => row.errors > 0);
  // Said before anything else: throughput counts answers without errors, and a limit with errors is not recommended.
  const warning = failed.length ? `Requests failed (${failed.map((row) => `${row.errors} at ${row.limit}`).join(', ')}; not counted as answered, and no limit with failures is recommended). ` : '';
  if (limit === null) return `${warning}Recommendation: MAX_CONCURRENT_OPERATIONS=off: no limit kept the mix within ${tolerance} of the throughput without one (median of the rounds), without errors.`;
  const mix = report.mix.find((row) => row.limit === limit)!;
  const ratios = roundRatios(mix, none(report.mix));
  const target = waiting.find((w) => w.targetWaitSeconds === TARGET_WAIT_SECONDS)!;
  const light = report.gatewayBound.find((row) => row.limit === limit);
  const lightBase = report.gatewayBound.find((row) => row.limit === 'none');
  const lightRatios = light && lightBase ? roundRatios(light, lightBase) : undefined;
  const lightPart = lightRatios ? `; gateway-bound at ${limit}: answers/s ${n2(lightRatios.medianThroughput)}×, p99 ${n2(lightRatios.medianP99)}×` : '';
  return (
    `${warning}Recommendation: MAX_CONCURRENT_OPERATIONS=${limit} (the lowest mix p99 against none among the limits within ${tolerance} of its throughput, by the median of the rounds: answers/s ${n2(ratios.medianThroughput)}×, p99 ${n2(ratios.medianP99)}×), ` +
    `MAX_WAITING_OPERATIONS=${target.maxWaitingOperations} (${n1(mix.queuedRequestsPerSecond)} queued operations/s × ${TARGET_WAIT_SECONDS} s wait)${lightPart}.`
  );
}

export function limitsMarkdown(report: LimitsReport): string {
  const { recommendation, machine } = report;
  const lines = [
    `## Operation queue limits, ${report.startedAt}`,
    '',
    `Machine: ${machine.cpus} CPUs, Node ${machine.node}; load average (1 min) ${n2(machine.loadAverage[0]!)} at the start, ${n2(machine.roundsLoadAverage.min)}–${n2(machine.roundsLoadAverage.max)} after the rounds. Settings: ${Object.entries(report.settings).map(([k, v]) => `${k} ${String(v)}`).join(', ')}.`,
    `Answered from kept answers, before the queue (not counted in "queued req/s"): ${report.keptOperations.join(', ') || 'none'}.`,
    '',
    ...table('mix', report.mix),
    ...(report.gatewayBound.length ? table('gateway-bound', report.gatewayBound).slice(2) : []),
    '',
  ];
  if (recommendation.limit !== null) {
    // The same wait on the gateway-bound workload, whose queue moves many times faster: what one count means depends on what waits.
    const light = report.gatewayBound.find((row) => row.limit === recommendation.limit);
    lines.push(
      `MAX_WAITING_OPERATIONS at MAX_CONCURRENT_OPERATIONS=${recommendation.limit} for a target queue wait (queued req/s × the wait):`,
      '',
      `| target wait s | MAX_WAITING_OPERATIONS, mix |${light ? ' gateway-bound |' : ''}`,
      `|---|---|${light ? '---|' : ''}`,
      ...recommendation.waiting.map((w) => `| ${w.targetWaitSeconds} | ${w.maxWaitingOperations} |${light ? ` ${waitingFor(light, w.targetWaitSeconds)} |` : ''}`),
      '',
    );
  }
  if (report.notes.length) lines.push('Notes:', ...report.notes.map((note) => `- ${note}`), '');
  lines.push(recommendationLine(report));
  return lines.join('\n');
}
