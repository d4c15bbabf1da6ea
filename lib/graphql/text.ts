/**
 * What a string sent to the graph may hold. Every string input of the graph is one line of text
 * (names, titles, codes, cursors), so control characters have no place in any of them: a NUL or
 * an escape sequence stored in a name reaches every report, export and terminal that shows it.
 * And a string must be valid Unicode: a lone surrogate cannot be stored as sent (the database
 * writes UTF-8, which has no encoding for it), so what was answered would not be what was kept.
 */

// C0 controls, DEL and the C1 controls: Unicode's general category Cc.
const CONTROL = /\p{Cc}/u;

/** Why the string cannot be accepted, or undefined when it can. */
export function textProblem(value: string): string | undefined {
  if (!value.isWellFormed()) {
    const at = [...value].findIndex((char) => !char.isWellFormed());
    return `is not valid Unicode text (a lone surrogate at character ${at + 1})`;
  }
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `must not contain control characters (U+${code} at character ${[...value.slice(0, control.index)].length + 1})`;
  }
  return undefined;
}
