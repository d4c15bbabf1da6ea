import { MINISTRIES } from '../../lib/identity';
import { PERSONAL_DATA_CATEGORIES } from '../../lib/privacy/categories';
import { CONTROLLERS } from './controllers';
import { generatedNotice, recordFileName } from './layout';
import { code, table } from './markdown';
import type { RecordInput } from './ministry-record';

/** `index.md`: one line per ministry's record, and every marked field with the purposes that allow it. */
export function recordIndex({ registry, held }: RecordInput): string {
  const ministries = MINISTRIES.map((ministry) => {
    const purposes = registry.purposes.filter((purpose) => purpose.ministry === ministry);
    const specific = held.filter((field) => PERSONAL_DATA_CATEGORIES[field.category].specific && purposes.some((purpose) => purpose.fields.includes(field.coordinate)));
    return [CONTROLLERS[ministry].name, `[${recordFileName(ministry)}](${recordFileName(ministry)})`, String(purposes.length), specific.length > 0 ? `yes: ${specific.map((field) => code(field.coordinate)).join(', ')}` : 'no'];
  });
  const fields = held.map((field) => [
    code(field.coordinate),
    PERSONAL_DATA_CATEGORIES[field.category].en,
    code(field.subgraph.name),
    registry.purposes.filter((purpose) => purpose.fields.includes(field.coordinate)).map((purpose) => code(purpose.code)).join(', '),
  ]);
  return [
    '# Records of processing (Pasal 31 UU 27/2022)',
    '',
    generatedNotice(registry.version),
    '',
    "One record per ministry, each the controller of what its purposes process. Regenerate with `npm run processing-record`; `npm test` runs `npm run processing-record -- --check`, which fails when these files are stale or a personal field is unmarked.",
    '',
    ...table(['Controller', 'Record', 'Purposes', 'Specific data (Pasal 4(2))'], ministries),
    '',
    '## Personal data marked in the subgraph schemas',
    '',
    ...table(['Field', 'Category', 'Held by subgraph', 'Purposes that allow it'], fields),
    '',
  ].join('\n');
}
