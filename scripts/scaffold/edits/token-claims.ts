import type { Partner } from '../partner';

const CLAIM_ROW = /^(\| `ministry` \| )((?:`[A-Z0-9_]+`(?:, | or ))*`[A-Z0-9_]+`)( \|)$/m;

/** The README's token claims table names every ministry a token may carry; null when the row is not there. */
export function addToTokenClaims(readme: string, p: Partner): string | null {
  const match = CLAIM_ROW.exec(readme);
  if (!match) return null;
  const codes = [...match[2]!.matchAll(/`([A-Z0-9_]+)`/g)].map((m) => `\`${m[1]}\``);
  codes.push(`\`${p.ministry}\``);
  const list = `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;
  return readme.slice(0, match.index) + match[1] + list + match[3] + readme.slice(match.index + match[0].length);
}
