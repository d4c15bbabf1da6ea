import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lineDiff } from './diff';

/** One file the scaffold writes: new (`before` null) or changed. */
export interface FileChange {
  /** Relative to the repository's root, with forward slashes. */
  path: string;
  before: string | null;
  after: string;
  /** What the file is or why it changes, in a few words. */
  why: string;
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** The dry run's account of one file: a new file by its size, a changed one by its diff. */
export function describeChange(change: FileChange): string[] {
  if (change.before === null) return [`create ${change.path} (${lineCount(change.after)} lines): ${change.why}`];
  return [`change ${change.path}: ${change.why}`, ...lineDiff(change.before, change.after).map((line) => `    ${line}`)];
}

export function writeChanges(root: string, changes: readonly FileChange[]): void {
  for (const change of changes) {
    const file = path.join(root, change.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, change.after);
  }
}
