/**
 * Small, anchored edits of the files that list the subgraphs or the ministries. Each finds its
 * anchor or fails naming it: the plan is made before anything is written, so a file whose shape
 * changed stops the scaffold with nothing half done.
 */
export class AnchorMissing extends Error {
  constructor(file: string, what: string) {
    super(`${file}: cannot find ${what}; the file's shape changed since the scaffold was written, so add the lines by hand`);
    this.name = 'AnchorMissing';
  }
}

const indentOf = (line: string) => /^\s*/.exec(line)![0];

/**
 * Inserts lines before the line that closes a block: the first line after the opener (the
 * first line containing `opener`) that is exactly `closer` at the opener's indentation.
 */
export function insertBeforeClose(text: string, file: string, opener: string, closer: string, inserted: readonly string[]): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.includes(opener));
  if (start < 0) throw new AnchorMissing(file, `"${opener}"`);
  const close = indentOf(lines[start]!) + closer;
  const end = lines.findIndex((line, index) => index > start && line.trimEnd() === close);
  if (end < 0) throw new AnchorMissing(file, `the "${closer}" that closes "${opener}"`);
  lines.splice(end, 0, ...inserted);
  return lines.join('\n');
}

/** Replaces the one match of a pattern, or fails naming what it looked for. */
export function replaceOnce(text: string, file: string, what: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): string {
  const match = pattern.exec(text);
  if (!match) throw new AnchorMissing(file, what);
  return text.slice(0, match.index) + replace(match) + text.slice(match.index + match[0].length);
}

const modulePath = (line: string) => /from '([^']+)';\s*$/.exec(line)?.[1];

/** Adds a one-line import among the file's imports, in the order of their module paths. */
export function insertImport(text: string, file: string, line: string): string {
  const lines = text.split('\n');
  const imports = lines.flatMap((candidate, index) => (candidate.startsWith('import ') && modulePath(candidate) !== undefined ? [index] : []));
  if (imports.length === 0) throw new AnchorMissing(file, 'its imports');
  const wanted = modulePath(line)!;
  // Packages come before the project's own modules, each group in the order of its paths.
  const relative = (from: string) => from.startsWith('.');
  const before = imports.find((index) => {
    const from = modulePath(lines[index]!)!;
    return relative(from) === relative(wanted) ? from > wanted : relative(from);
  });
  lines.splice(before ?? imports.at(-1)! + 1, 0, line);
  return lines.join('\n');
}
