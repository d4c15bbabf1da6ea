/**
 * The lines a change removes and adds, in hunks with their line numbers, for the dry run to show.
 * The files it edits are small and the edits few, so a plain longest-common-subsequence will do.
 */
export function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  }
  const out: string[] = [];
  let hunk: string[] = [];
  let hunkStart = 0;
  const flush = () => {
    if (hunk.length > 0) out.push(`@@ line ${hunkStart}`, ...hunk);
    hunk = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else {
      if (hunk.length === 0) hunkStart = j + 1;
      // Removals before additions, as diffs show a replaced line.
      if (i < a.length && (j >= b.length || common[i + 1]![j]! >= common[i]![j + 1]!)) hunk.push(`-${a[i++]}`);
      else hunk.push(`+${b[j++]}`);
    }
  }
  flush();
  return out;
}
