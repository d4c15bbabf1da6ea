import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MINISTRIES } from '../../lib/identity';
import { INDEX_FILE, isGeneratedRecord, recordFileName } from './layout';
import { ministryRecord, type RecordInput } from './ministry-record';
import { recordIndex } from './record-index';

/** Every file of the records, by name: one per ministry and the index. */
export function recordFiles(input: RecordInput): Map<string, string> {
  const files = new Map(MINISTRIES.map((ministry) => [recordFileName(ministry), ministryRecord(ministry, input)]));
  files.set(INDEX_FILE, recordIndex(input));
  return files;
}

export interface RecordDifferences {
  stale: string[];
  missing: string[];
  /** Records this generator once wrote that it would not write now (a ministry gone); other files are left alone. */
  leftOver: string[];
}

export function recordDifferences(files: ReadonlyMap<string, string>, folder: string): RecordDifferences {
  const onDisk = existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => entry.name) : [];
  const read = (name: string) => readFileSync(path.join(folder, name), 'utf8');
  const present = new Set(onDisk);
  return {
    stale: [...files].filter(([name, text]) => present.has(name) && read(name) !== text).map(([name]) => name).sort(),
    missing: [...files.keys()].filter((name) => !present.has(name)).sort(),
    leftOver: onDisk.filter((name) => !files.has(name) && isGeneratedRecord(read(name))).sort(),
  };
}

/** Writes what differs and removes left-over records; returns the names written and removed. */
export function writeRecordFiles(files: ReadonlyMap<string, string>, folder: string): { written: string[]; removed: string[] } {
  mkdirSync(folder, { recursive: true });
  const { stale, missing, leftOver } = recordDifferences(files, folder);
  for (const name of leftOver) rmSync(path.join(folder, name));
  const written = [...stale, ...missing].sort();
  for (const name of written) writeFileSync(path.join(folder, name), files.get(name)!);
  return { written, removed: leftOver };
}
