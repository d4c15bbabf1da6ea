import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { LEGAL_BASES, type PurposeRegistry } from '../../lib/privacy/purposes';
import { checkPersonalDataMarks } from '../../scripts/lib/personal-data-marks';
import { personalDataNamed } from '../../scripts/lib/personal-field-names';
import { readPrivacySources, type PrivacySources } from '../../scripts/lib/privacy-sources';
import { ROOT } from '../../scripts/lib/root';
import { recordFileName } from '../../scripts/processing-record/layout';
import { recordDifferences, recordFiles, writeRecordFiles } from '../../scripts/processing-record/record-files';

interface RawPurpose {
  code: string;
  fields: string[];
  legalBasis?: string;
}

const repo = () => readPrivacySources();

/** The repository's sources with kp2mi's SDL or the registry JSON edited in memory. */
function edited({ kp2mi, registry }: { kp2mi?: (sdl: string) => string; registry?: (purposes: RawPurpose[]) => void }): PrivacySources {
  const sources = repo();
  if (kp2mi) {
    const schema = sources.schemas.find((candidate) => candidate.entry.name === 'kp2mi')!;
    schema.document = parse(kp2mi(readFileSync(path.join(ROOT, 'subgraphs', 'kp2mi', 'schema.graphql'), 'utf8')));
  }
  if (registry) registry((sources.registryJson as { purposes: RawPurpose[] }).purposes);
  return sources;
}

function validInput() {
  const { problems, held, registry } = checkPersonalDataMarks(repo());
  expect(problems).toEqual([]);
  return { registry: registry as PurposeRegistry, held };
}

describe('the check that nothing personal goes unmarked', () => {
  it('passes on the repository: every personal-looking field is marked, every purpose valid, every marked field allowed by some purpose', () => {
    const { problems, held } = checkPersonalDataMarks(repo());
    expect(problems).toEqual([]);
    expect(held.map((field) => field.coordinate)).toEqual(expect.arrayContaining(['Worker.nik', 'Worker.phone', 'EnergyEnrollment.score', 'FinancingApplication.amountIdr']));
  });

  it.each([
    ['nik', 'NIK (national identity number)'],
    ['phone', 'phone number'],
    ['mobileNumber', 'phone number'],
    ['passportNumber', 'passport'],
    ['birthDate', 'date or place of birth'],
    ['dateOfBirth', 'date or place of birth'],
    ['homeAddress', 'address'],
    ['alamat', 'address'],
    ['motherName', "mother's name"],
    ['mothersMaidenName', "mother's name"],
    ['namaIbu', "mother's name"],
    ['email', 'email address'],
    ['familyCardNumber', 'family card (KK) number'],
    ['noKk', 'family card (KK) number'],
    ['fullName', "a person's full or part name"],
    ['bankAccount', 'bank account'],
    ['accountNumber', 'bank account'],
    ['medicalCheckResult', 'health, biometric or criminal-record data'],
  ])('takes a field named %s for %s', (name, what) => {
    expect(personalDataNamed(name)).toBe(what);
  });

  it.each(['name', 'nameId', 'phoneCode', 'code', 'city', 'employer', 'bank', 'scheme', 'issuer', 'title', 'ownedByReturnedWorker', 'technical', 'birthCountryCode'])('does not take a field named %s for personal data', (name) => {
    expect(personalDataNamed(name)).toBeNull();
  });

  it('fails, naming the field, when a personal field loses its @personal mark', () => {
    const { problems, registry } = checkPersonalDataMarks(edited({ kp2mi: (sdl) => sdl.replace(/(\n\s+phone: String) @personal\(category: "contact"\)/, '$1') }));
    expect(problems).toContain(
      'kp2mi: Worker.phone looks like phone number by its name but is not marked @personal(category: …); mark it, or list it in UNMARKED_BY_DESIGN (scripts/lib/personal-field-names.ts) with why it is not personal',
    );
    // The purposes that allow it now name a field the schemas do not mark: the loader refuses the registry too.
    expect(problems).toContainEqual(expect.stringMatching(/^schema\/purposes\.json: purposes\[\d+\] \(KP2MI-VERIFIKASI-PENEMPATAN\): "Worker\.phone" is not a personal field marked @personal/));
    expect(registry).toBeNull();
  });

  it('fails, naming the purpose, when a purpose has no legal basis, for every purpose of the registry', () => {
    const codes = (repo().registryJson as { purposes: RawPurpose[] }).purposes.map((purpose) => purpose.code);
    for (const code of codes) {
      const { problems } = checkPersonalDataMarks(edited({ registry: (purposes) => delete purposes.find((purpose) => purpose.code === code)!.legalBasis }));
      const where = `^schema/purposes\\.json: purposes\\[\\d+\\] \\(${code}\\): `;
      expect(problems).toContainEqual(expect.stringMatching(new RegExp(`${where}"legalBasis" must be a letter of Pasal 20\\(2\\) UU 27/2022`)));
      // A retention duty needs basis c, so such a purpose is refused twice; nothing else is.
      for (const problem of problems) expect(problem).toMatch(new RegExp(where));
    }
  });

  it('fails, naming the field, when a marked field is allowed by no purpose', () => {
    const { problems } = checkPersonalDataMarks(
      edited({
        registry: (purposes) => {
          for (const purpose of purposes) purpose.fields = purpose.fields.filter((field) => field !== 'Worker.passportNumber');
        },
      }),
    );
    expect(problems).toEqual([
      'kp2mi: Worker.passportNumber is marked @personal but no purpose in schema/purposes.json allows it: personal data nobody may lawfully read; add it to the purpose that needs it, or stop holding it',
    ]);
  });
});

describe('the records of processing', () => {
  /** The part of a record about one purpose: from its heading to the next. */
  const section = (record: string, code: string) => record.split(`### \`${code}\`\n`)[1]?.split(/\n##/)[0];

  it("list every purpose of the registry in its ministry's record, with its legal basis article and instrument number, and in no other record", () => {
    const input = validInput();
    const files = recordFiles(input);
    expect(input.registry.purposes.length).toBeGreaterThan(0);
    for (const purpose of input.registry.purposes) {
      const own = section(files.get(recordFileName(purpose.ministry))!, purpose.code);
      expect(own).toBeDefined();
      expect(own).toContain(`${LEGAL_BASES[purpose.legalBasis].article} (letter \`${purpose.legalBasis}\`): ${LEGAL_BASES[purpose.legalBasis].en}`);
      expect(own).toContain(`**Instrument:** ${purpose.instrument.number} (${purpose.instrument.kind})`);
      for (const [name, text] of files) if (name !== recordFileName(purpose.ministry)) expect(section(text, purpose.code)).toBeUndefined();
    }
  });

  it('open with the line saying how they are generated and from which registry version', () => {
    const input = validInput();
    for (const text of recordFiles(input).values()) {
      expect(text.split('\n')[2]).toBe(
        `> Generated by \`npm run processing-record\` from \`schema/purposes.json\` version ${input.registry.version} and the subgraph schemas (\`subgraphs/*/schema.graphql\`): do not edit by hand.`,
      );
    }
  });

  it('are reported stale, missing or left over when the folder differs from what would be generated; other files are left alone', () => {
    const files = recordFiles(validInput());
    const folder = mkdtempSync(path.join(os.tmpdir(), 'processing-record-'));
    expect(writeRecordFiles(files, folder).written).toEqual([...files.keys()].sort());
    expect(recordDifferences(files, folder)).toEqual({ stale: [], missing: [], leftOver: [] });

    writeFileSync(path.join(folder, 'esdm.md'), `${readFileSync(path.join(folder, 'esdm.md'), 'utf8')}\nA hand-made note.\n`);
    writeFileSync(path.join(folder, 'bappenas.md'), files.get('esdm.md')!);
    writeFileSync(path.join(folder, 'notes.md'), '# Notes kept by hand\n');
    const fewer = new Map(files);
    fewer.set('extra.md', 'x');
    expect(recordDifferences(fewer, folder)).toEqual({ stale: ['esdm.md'], missing: ['extra.md'], leftOver: ['bappenas.md'] });

    expect(writeRecordFiles(files, folder)).toEqual({ written: ['esdm.md'], removed: ['bappenas.md'] });
    expect(recordDifferences(files, folder)).toEqual({ stale: [], missing: [], leftOver: [] });
    expect(readFileSync(path.join(folder, 'notes.md'), 'utf8')).toBe('# Notes kept by hand\n');
  });

  it('npm run processing-record -- --check fails on a changed record, naming it and what to run', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/processing-record.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
    const folder = mkdtempSync(path.join(os.tmpdir(), 'processing-record-'));
    expect(run(['--out', folder]).status).toBe(0);
    expect(run(['--check', '--out', folder])).toMatchObject({ status: 0, stderr: '' });

    writeFileSync(path.join(folder, 'kp2mi.md'), readFileSync(path.join(folder, 'kp2mi.md'), 'utf8').replace('120 months', '240 months'));
    const stale = run(['--check', '--out', folder]);
    expect({ status: stale.status, stdout: stale.stdout, stderr: stale.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: `processing-record: ${folder}/kp2mi.md is stale\nprocessing-record: run npm run processing-record and commit what it writes\n`,
    });
  });
});
