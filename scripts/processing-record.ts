/**
 * npm run processing-record: writes each ministry's record of processing (Pasal 31 UU 27/2022)
 * from the `@personal` marks of the subgraph schemas and the purpose registry, after checking
 * that nothing personal goes unmarked (scripts/lib/personal-data-marks.ts). The records are
 * committed, so a review shows how a schema or registry change alters what the ministries declare.
 *
 *   npm run processing-record             write what is missing or stale
 *   npm run processing-record -- --check  exit 1 when a record is stale, missing or left over, or the check fails
 *   --out DIR                             another folder (default docs/processing-records)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MINISTRIES } from '../lib/identity';
import { checkPersonalDataMarks } from './lib/personal-data-marks';
import { readPrivacySources } from './lib/privacy-sources';
import { ROOT } from './lib/root';
import { recordFileName } from './processing-record/layout';
import { recordDifferences, recordFiles, writeRecordFiles } from './processing-record/record-files';

const DEFAULT_OUT = path.join(ROOT, 'docs', 'processing-records');

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, out: { type: 'string' } } });
  const out = values.out ? path.resolve(values.out) : DEFAULT_OUT;
  const where = path.relative(ROOT, out).startsWith('..') ? out : path.relative(ROOT, out);
  const { problems, held, registry } = checkPersonalDataMarks(readPrivacySources());
  if (problems.length > 0 || !registry) {
    for (const problem of problems) console.error(`processing-record: ${problem}`);
    console.error('processing-record: fix the marks (subgraphs/*/schema.graphql) or schema/purposes.json, then run npm run processing-record and commit what it writes');
    process.exit(1);
  }
  const files = recordFiles({ registry, held });

  if (values.check) {
    const { stale, missing, leftOver } = recordDifferences(files, out);
    if (stale.length + missing.length + leftOver.length === 0) {
      console.log(`processing-record: the records in ${where} are up to date (registry version ${registry.version}, ${held.length} personal fields marked, none unmarked)`);
      return;
    }
    for (const name of stale) console.error(`processing-record: ${where}/${name} is stale`);
    for (const name of missing) console.error(`processing-record: ${where}/${name} is missing`);
    for (const name of leftOver) console.error(`processing-record: ${where}/${name} is left over`);
    console.error('processing-record: run npm run processing-record and commit what it writes');
    process.exit(1);
  }

  const { written, removed } = writeRecordFiles(files, out);
  console.log(`processing-record: ${where} from registry version ${registry.version} (${held.length} personal fields marked)`);
  for (const ministry of MINISTRIES) {
    const purposes = registry.purposes.filter((purpose) => purpose.ministry === ministry);
    const fields = new Set(purposes.flatMap((purpose) => purpose.fields));
    const name = recordFileName(ministry);
    console.log(`  ${name.padEnd(20)} ${purposes.length} purposes, ${fields.size} personal fields${written.includes(name) ? ', written' : ', unchanged'}`);
  }
  for (const name of removed) console.log(`  ${name.padEnd(20)} removed (left over)`);
  console.log(`  ${'index.md'.padEnd(20)} ${written.includes('index.md') ? 'written' : 'unchanged'}`);
}

try {
  main();
} catch (err) {
  console.error(`processing-record: ${(err as Error).message}`);
  process.exit(2);
}
