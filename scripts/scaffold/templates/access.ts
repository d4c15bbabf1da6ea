import type { Partner } from '../partner';

/** `access.ts`: the subgraph's rows of the authorization table. */
export function accessTemplate(p: Partner): string {
  return `import type { Types } from 'mongoose';
import type { AccessPolicy } from '../runtime/access/policy';
import { auditReader, staff } from '../runtime/access/rules';

/**
 * ${p.label}'s part of the authorization table (README, "Authorization"): a membership is about
 * a worker, so like enrollments it is for ministry staff, whichever path reaches it.
 */
export const ${p.camel}Access: AccessPolicy = {
  'Query.${p.rootField}': staff,
  '${p.entity}.*': staff,
  'Worker.*': staff,
  'AuditTrail.*': auditReader,
};

/** A membership is about its member, for the audit trail of the writes this subgraph will have. */
export function ${p.camel}DataSubject(typeName: string, record: Record<string, unknown>): Types.ObjectId | null {
  return typeName === '${p.entity}' ? ((record.workerId as Types.ObjectId | undefined) ?? null) : null;
}
`;
}
