import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MINISTRIES, ROLES, type Ministry, type Role } from '../identity';
import { MAX_PURPOSE_CODE, PURPOSE_CODE } from './purpose-code';

/**
 * The registry of lawful purposes (`schema/purposes.json`): the only purposes under which the
 * graph answers personal data. UU 27/2022 limits processing to specific, lawful purposes
 * (Pasal 16(2), 20(2)) and each MoU is put into effect by a cooperation agreement (PKS) that
 * fixes purposes and data elements, so a purpose here names its ministry, legal basis,
 * instrument, roles, fields and retention. Every subgraph loads and checks it at start.
 */

/** Pasal 20(2) UU 27/2022, by its letter. */
export const LEGAL_BASES = {
  a: { name: 'CONSENT', article: 'Pasal 20(2) huruf a', en: 'explicit consent for stated purposes' },
  b: { name: 'CONTRACT', article: 'Pasal 20(2) huruf b', en: 'performance of a contract with the data subject' },
  c: { name: 'LEGAL_OBLIGATION', article: 'Pasal 20(2) huruf c', en: "the controller's legal obligation" },
  d: { name: 'VITAL_INTEREST', article: 'Pasal 20(2) huruf d', en: "the data subject's vital interest" },
  e: { name: 'PUBLIC_TASK', article: 'Pasal 20(2) huruf e', en: "a task in the public interest, public service or the controller's statutory authority" },
  f: { name: 'LEGITIMATE_INTEREST', article: 'Pasal 20(2) huruf f', en: 'a legitimate interest' },
} as const;
export type LegalBasisLetter = keyof typeof LEGAL_BASES;
export type LegalBasis = (typeof LEGAL_BASES)[LegalBasisLetter]['name'];

/** Pasal 15(1) UU 27/2022: the only grounds on which some requests may be refused (never access or correction). */
export const REFUSAL_GROUNDS = {
  a: { name: 'DEFENCE_AND_SECURITY', article: 'Pasal 15(1) huruf a', en: 'national defence and security' },
  b: { name: 'LAW_ENFORCEMENT', article: 'Pasal 15(1) huruf b', en: 'law enforcement' },
  c: { name: 'STATE_ADMINISTRATION', article: 'Pasal 15(1) huruf c', en: 'the public interest in running the state' },
  d: { name: 'FINANCIAL_SUPERVISION', article: 'Pasal 15(1) huruf d', en: 'supervision of the financial sector, monetary policy, payment systems and financial-system stability' },
  e: { name: 'STATISTICS_AND_RESEARCH', article: 'Pasal 15(1) huruf e', en: 'statistics and scientific research' },
} as const;
export type RefusalGroundLetter = keyof typeof REFUSAL_GROUNDS;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[RefusalGroundLetter]['name'];

export const INSTRUMENT_KINDS = ['PKS', 'MOU', 'UU', 'PP', 'PERPRES', 'PERMEN'] as const;

export interface Instrument {
  kind: (typeof INSTRUMENT_KINDS)[number];
  number: string;
  /** First and last day in force (`YYYY-MM-DD`, Indonesian dates); `validUntil` null: no end. */
  validFrom: string;
  validUntil: string | null;
}

export interface Purpose {
  code: string;
  label: { id: string; en: string };
  ministry: Ministry;
  legalBasis: LegalBasisLetter;
  instrument: Instrument;
  roles: Role[];
  /** Schema coordinates of the personal fields it allows (`Worker.phone`). */
  fields: string[];
  /** Whether it allows `verifyWorker` (a match answer, never the data). */
  verification: boolean;
  /** The longest data processed for it may be kept. */
  retentionMonths: number;
  /** The law that obliges keeping the data for `retentionMonths` (legal basis c only): an erasure keeps it. */
  retentionDuty: string | null;
  /** When this purpose keeps data an erasure asked for, the Pasal 15(1) ground the ministry states. */
  erasureRefusalGround: RefusalGroundLetter | null;
}

export interface PurposeRegistry {
  version: string;
  purposes: Purpose[];
  byCode: ReadonlyMap<string, Purpose>;
}

export class PurposeRegistryError extends Error {
  constructor(file: string, problems: string[]) {
    super(`The purpose registry ${file} is not valid, so nothing starts:\n  - ${problems.join('\n  - ')}`);
    this.name = 'PurposeRegistryError';
  }
}

export const DEFAULT_PURPOSE_REGISTRY = path.join(__dirname, '..', '..', 'schema', 'purposes.json');

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COORDINATE = /^[A-Z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;

const isDate = (value: unknown): value is string => typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Checks one entry and says everything wrong with it, so a registry is fixed in one pass. */
function purposeProblems(raw: Record<string, unknown>, where: string): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(`${where}: ${message}`);
  };
  need(typeof raw.code === 'string' && PURPOSE_CODE.test(raw.code) && raw.code.length <= MAX_PURPOSE_CODE, '"code" must be upper-case letters, digits and dashes (at most 64), e.g. "ESDM-PELATIHAN-VOKASI"');
  const label = raw.label as Record<string, unknown> | undefined;
  need(isText(label?.id) && isText(label?.en), '"label" needs "id" (Indonesian) and "en" (English) text');
  need(MINISTRIES.includes(raw.ministry as Ministry), `"ministry" must be one of ${MINISTRIES.join(', ')}`);
  need(typeof raw.legalBasis === 'string' && raw.legalBasis in LEGAL_BASES, `"legalBasis" must be a letter of Pasal 20(2) UU 27/2022: ${Object.keys(LEGAL_BASES).join(', ')}`);
  const instrument = raw.instrument as Record<string, unknown> | undefined;
  need(INSTRUMENT_KINDS.includes(instrument?.kind as Instrument['kind']), `"instrument.kind" must be one of ${INSTRUMENT_KINDS.join(', ')}`);
  need(isText(instrument?.number), '"instrument.number" names the agreement or regulation (e.g. its PKS number)');
  need(isDate(instrument?.validFrom), '"instrument.validFrom" must be a date YYYY-MM-DD');
  need(instrument?.validUntil === null || isDate(instrument?.validUntil), '"instrument.validUntil" must be a date YYYY-MM-DD, or null when it has no end');
  if (isDate(instrument?.validFrom) && isDate(instrument?.validUntil)) need(instrument.validFrom <= instrument.validUntil, '"instrument.validUntil" is before its "validFrom"');
  need(Array.isArray(raw.roles) && raw.roles.length > 0 && raw.roles.every((role) => ROLES.includes(role as (typeof ROLES)[number])), `"roles" must list at least one of ${ROLES.join(', ')}`);
  need(Array.isArray(raw.fields) && raw.fields.every((field) => typeof field === 'string' && COORDINATE.test(field)), '"fields" must list schema coordinates such as "Worker.phone"');
  need(typeof raw.verification === 'boolean', '"verification" must be true or false (whether it allows verifyWorker)');
  need(Number.isInteger(raw.retentionMonths) && (raw.retentionMonths as number) > 0, '"retentionMonths" must be a whole number of months above 0');
  need(raw.retentionDuty === undefined || raw.retentionDuty === null || isText(raw.retentionDuty), '"retentionDuty" cites the law that obliges keeping the data, or is left out');
  if (isText(raw.retentionDuty)) need(raw.legalBasis === 'c', '"retentionDuty" needs legal basis c (a legal obligation)');
  const ground = raw.erasureRefusalGround;
  need(ground === undefined || ground === null || (typeof ground === 'string' && ground in REFUSAL_GROUNDS), `"erasureRefusalGround" must be a letter of Pasal 15(1): ${Object.keys(REFUSAL_GROUNDS).join(', ')}`);
  if (ground !== undefined && ground !== null) need(isText(raw.retentionDuty), '"erasureRefusalGround" needs a "retentionDuty": only kept data is refused');
  return problems;
}

/** Validates a parsed registry; `knownFields`, when given, are the personal fields the schemas mark. */
export function parsePurposeRegistry(json: unknown, file: string, knownFields?: ReadonlySet<string>): PurposeRegistry {
  const root = json as { version?: unknown; purposes?: unknown } | null;
  const problems: string[] = [];
  if (!root || typeof root !== 'object') throw new PurposeRegistryError(file, ['the file is not a JSON object']);
  if (!isText(root.version)) problems.push('"version" must name this version of the registry');
  if (!Array.isArray(root.purposes) || root.purposes.length === 0) problems.push('"purposes" must list at least one purpose');
  const purposes: Purpose[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of (Array.isArray(root.purposes) ? root.purposes : []).entries()) {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const where = `purposes[${index}]${typeof entry.code === 'string' ? ` (${entry.code})` : ''}`;
    const own = purposeProblems(entry, where);
    if (typeof entry.code === 'string') {
      if (seen.has(entry.code)) own.push(`${where}: the code is used twice`);
      seen.add(entry.code);
    }
    if (knownFields && Array.isArray(entry.fields)) {
      for (const field of entry.fields) if (typeof field === 'string' && !knownFields.has(field)) own.push(`${where}: "${field}" is not a personal field marked @personal in the subgraph schemas`);
    }
    problems.push(...own);
    if (own.length === 0) {
      const instrument = entry.instrument as Instrument;
      purposes.push({
        code: entry.code as string,
        label: entry.label as Purpose['label'],
        ministry: entry.ministry as Ministry,
        legalBasis: entry.legalBasis as LegalBasisLetter,
        instrument: { kind: instrument.kind, number: instrument.number, validFrom: instrument.validFrom, validUntil: instrument.validUntil ?? null },
        roles: entry.roles as Role[],
        fields: entry.fields as string[],
        verification: entry.verification as boolean,
        retentionMonths: entry.retentionMonths as number,
        retentionDuty: (entry.retentionDuty as string | undefined) ?? null,
        erasureRefusalGround: (entry.erasureRefusalGround as RefusalGroundLetter | undefined) ?? null,
      });
    }
  }
  if (problems.length > 0) throw new PurposeRegistryError(file, problems);
  return { version: root.version as string, purposes, byCode: new Map(purposes.map((purpose) => [purpose.code, purpose])) };
}

export function loadPurposeRegistry(file = DEFAULT_PURPOSE_REGISTRY, knownFields?: ReadonlySet<string>): PurposeRegistry {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PurposeRegistryError(file, [`it cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PurposeRegistryError(file, [`it is not JSON: ${(err as Error).message}`]);
  }
  return parsePurposeRegistry(json, file, knownFields);
}

/** Today in Indonesia's western time (WIB, UTC+7): the day an instrument's validity dates speak of. */
export function indonesianToday(now = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

export function inForce(purpose: Purpose, today: string): boolean {
  return purpose.instrument.validFrom <= today && (purpose.instrument.validUntil === null || today <= purpose.instrument.validUntil);
}

export const legalBasisOf = (purpose: Purpose) => LEGAL_BASES[purpose.legalBasis];
export const isLegalObligation = (purpose: Purpose) => purpose.legalBasis === 'c';
