import type { Partner } from '../partner';
import { insertBeforeClose } from '../text-edits';

export const declaresMinistryEnum = (sdl: string) => /^enum Ministry \{$/m.test(sdl);

/**
 * The same description in every subgraph that declares the enum: composition hints at (and the
 * graph shows only one of) descriptions that differ.
 */
export function ministryValueLines(p: Partner): string[] {
  return [`  "${p.label}: migrant workers' memberships (the ${p.name} subgraph)."`, `  ${p.ministry}`];
}

/** Adds the ministry to a subgraph's `Ministry` enum: an enum shared by subgraphs must list the same values in each. */
export function addToMinistryEnum(sdl: string, file: string, p: Partner): string {
  return insertBeforeClose(sdl, file, 'enum Ministry {', '}', ministryValueLines(p));
}
