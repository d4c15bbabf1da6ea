/**
 * One ministry's record of processing (Pasal 31 UU 27/2022), with the headings of GDPR Art. 30(1),
 * the usual template while the implementing regulation does not fix the content: controller,
 * purposes, data subjects, personal data, recipients, retention, transfers abroad, security.
 */
import type { Ministry } from '../../lib/identity';
import { PERSONAL_DATA_CATEGORIES } from '../../lib/privacy/categories';
import { legalBasisOf, REFUSAL_GROUNDS, type Instrument, type Purpose, type PurposeRegistry } from '../../lib/privacy/purposes';
import type { HeldField } from '../lib/personal-data-marks';
import { CONTROLLERS } from './controllers';
import { generatedNotice } from './layout';
import { code, table } from './markdown';
import { SECURITY_MEASURES } from './security-measures';

export interface RecordInput {
  registry: PurposeRegistry;
  held: readonly HeldField[];
}

/**
 * An instrument's validity as dates, not as "in force today": the record then changes only when the
 * registry or the schemas do, and the graph itself refuses a purpose outside its dates.
 */
export function validity(instrument: Instrument): string {
  return `valid from ${instrument.validFrom} ${instrument.validUntil === null ? 'with no end date' : `to ${instrument.validUntil}`}`;
}

const categoryName = (category: HeldField['category']) => `${PERSONAL_DATA_CATEGORIES[category].en} — *${PERSONAL_DATA_CATEGORIES[category].id}*`;
const codes = (values: readonly string[]) => values.map(code).join(', ');

function purposeSection(purpose: Purpose): string[] {
  const basis = legalBasisOf(purpose);
  const { kind, number } = purpose.instrument;
  return [
    `### ${code(purpose.code)}`,
    '',
    `- **Purpose:** ${purpose.label.id} (*${purpose.label.en}*)`,
    `- **Legal basis:** ${basis.article} (letter ${code(purpose.legalBasis)}): ${basis.en}`,
    `- **Instrument:** ${number} (${kind}), ${validity(purpose.instrument)}`,
    `- **Personal data it allows:** ${purpose.fields.length > 0 ? codes(purpose.fields) : 'none'}`,
    `- **Roles:** ${purpose.roles.join(', ')}; **verification without disclosure** (a match answer only): ${purpose.verification ? 'yes' : 'no'}`,
    '',
  ];
}

function dataSection(purposes: readonly Purpose[], held: readonly HeldField[]): string[] {
  const used = new Set(purposes.flatMap((purpose) => purpose.fields));
  const rows = Object.entries(PERSONAL_DATA_CATEGORIES).flatMap(([category, { specific }]) => {
    const fields = held.filter((field) => field.category === category && used.has(field.coordinate));
    if (fields.length === 0) return [];
    const holders = [...new Set(fields.map((field) => field.subgraph.name))];
    return [[categoryName(category as HeldField['category']), specific ? '**yes**' : 'no', codes([...new Set(fields.map((field) => field.coordinate))].sort()), codes(holders)]];
  });
  if (rows.length === 0) return ['No purpose of this ministry allows personal data.', ''];
  return ['From the `@personal` marks of the fields its purposes allow, by category.', '', ...table(['Category', 'Specific data (Pasal 4(2))', 'Fields', 'Held by subgraph'], rows), ''];
}

// A purpose reads only while its instrument is valid: the record names it with its dates.
const purposeNow = (purpose: Purpose) => `${code(purpose.code)} (${validity(purpose.instrument)})`;

function recipientsSection(ministry: Ministry, { registry, held }: RecordInput): string[] {
  const own = held.filter((field) => field.subgraph.ministry === ministry);
  const subgraphs = [...new Set(own.map((field) => field.subgraph.name))];
  if (own.length === 0) return [`No subgraph of ${ministry} holds personal data, so it discloses none.`, ''];
  const rows = own.map((field) => {
    const readers = registry.purposes.filter((purpose) => purpose.ministry !== ministry && purpose.fields.includes(field.coordinate));
    const byMinistry = [...new Set(readers.map((purpose) => purpose.ministry))].map((other) => `${other}: ${readers.filter((purpose) => purpose.ministry === other).map((purpose) => purposeNow(purpose)).join(', ')}`);
    return [code(field.coordinate), categoryName(field.category), byMinistry.length > 0 ? byMinistry.join('; ') : 'none'];
  });
  return [
    `Personal data held in ${codes(subgraphs)}, and the other ministries whose purposes allow reading it through the graph. Within ${ministry}, its purposes above say what may be read.`,
    '',
    ...table(['Field', 'Category', 'Other ministries that may read it, by purpose'], rows),
    '',
  ];
}

// Only a retention duty keeps data an erasure asks for; the ground is what the ministry then states (Pasal 15(1)).
function onErasure(purpose: Purpose): string {
  if (purpose.retentionDuty === null) return 'not kept for this purpose';
  if (purpose.erasureRefusalGround === null) return 'kept by its retention duty';
  const ground = REFUSAL_GROUNDS[purpose.erasureRefusalGround];
  return `kept by its retention duty; refused on ${ground.article}: ${ground.en}`;
}

function retentionSection(purposes: readonly Purpose[]): string[] {
  if (purposes.length === 0) return ['Nothing is processed, so nothing is kept.', ''];
  const rows = purposes.map((purpose) => [code(purpose.code), `${purpose.retentionMonths} months`, purpose.retentionDuty ?? 'none', onErasure(purpose)]);
  return [...table(['Purpose', 'Kept for at most', 'Retention duty', 'On an erasure request'], rows), ''];
}

export function ministryRecord(ministry: Ministry, input: RecordInput): string {
  const { registry, held } = input;
  const controller = CONTROLLERS[ministry];
  const purposes = registry.purposes.filter((purpose) => purpose.ministry === ministry);
  return [
    `# Record of processing: ${controller.name}`,
    '',
    generatedNotice(registry.version),
    '',
    'The record of processing activities of Pasal 31 UU 27/2022, laid out as GDPR Art. 30(1). Each instrument is given with its dates: the graph answers under a purpose only between them.',
    '',
    '## Controller',
    '',
    `${controller.name}, ministry code ${code(ministry)}.`,
    '',
    '## Purposes of processing',
    '',
    ...(purposes.length > 0 ? purposes.flatMap((purpose) => purposeSection(purpose)) : ['None registered in `schema/purposes.json`.', '']),
    '## Categories of data subjects',
    '',
    ...controller.dataSubjects.map((people) => `- ${people}`),
    '',
    '## Categories of personal data',
    '',
    ...dataSection(purposes, held),
    '## Recipients among the ministries',
    '',
    ...recipientsSection(ministry, input),
    '## Retention',
    '',
    ...retentionSection(purposes),
    '## Transfers abroad',
    '',
    'None. No purpose in the registry names a recipient outside Indonesia; the graph answers personal data only to the four ministries (a transfer would need the safeguards of Pasal 56).',
    '',
    '## Security measures',
    '',
    ...SECURITY_MEASURES.map((measure) => `- ${measure}`),
    '',
  ].join('\n');
}
