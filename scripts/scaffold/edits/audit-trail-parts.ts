import type { Partner } from '../partner';
import { AnchorMissing } from '../text-edits';

/** The subgraph that merges the audit trail declares the other subgraphs' pieces as `@external`. */
export const mergesAuditTrail = (sdl: string) => /^type AuditTrail\b[^{]*\{[^}]*AuditPart: String! @external/m.test(sdl);

/**
 * The merging subgraph requires every other subgraph's piece of a page (it reads them from the
 * catalog): the new piece joins the `@external` fields and every `@requires` of `AuditTrail`.
 */
export function addAuditPart(sdl: string, file: string, p: Partner): string {
  const lines = sdl.split('\n');
  const start = lines.findIndex((line) => /^type AuditTrail\b/.test(line));
  const end = lines.findIndex((line, index) => index > start && line === '}');
  if (start < 0 || end < 0) throw new AnchorMissing(file, 'the type AuditTrail');
  let lastPart = -1;
  for (let index = start; index < end; index++) {
    if (/AuditPart: String! @external/.test(lines[index]!)) lastPart = index;
    lines[index] = lines[index]!.replace(/@requires\(fields: "([^"]*AuditPart[^"]*)"\)/, (_, fields: string) => `@requires(fields: "${fields} ${p.auditPart}")`);
  }
  if (lastPart < 0) throw new AnchorMissing(file, 'the @external audit pieces of AuditTrail');
  lines.splice(lastPart + 1, 0, `  "${p.label}'s entries for this page (JSON), merged here."`, `  ${p.auditPart}: String! @external`);
  return lines.join('\n');
}
