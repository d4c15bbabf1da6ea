import type { Partner } from '../partner';
import { replaceOnce } from '../text-edits';

/** Adds the ministry to MINISTRIES: tokens may name it, its officers write its subgraph, the audit trail records it. */
export function addToMinistries(text: string, p: Partner): string {
  return replaceOnce(text, 'lib/identity.ts', 'the list `export const MINISTRIES = [ … ] as const;`', /(export const MINISTRIES = \[)([^\]]*?)(,?\s*\] as const;)/, (m) => `${m[1]}${m[2]}, '${p.ministry}'${m[3]!.replace(/^,/, '')}`);
}
