/** The little Markdown the records need: inline code and tables whose cells cannot break the row. */
export const code = (text: string) => `\`${text}\``;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headers.map(cell).join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}
