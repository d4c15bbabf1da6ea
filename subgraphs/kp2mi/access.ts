import type { Types } from 'mongoose';
import type { AccessPolicy } from '../runtime/access/policy';
import { auditReader, caseworker, dataSubjectOfficer, everyone, personalData, staff } from '../runtime/access/rules';

const personal = { rule: personalData, personalData: 'parent' } as const;

/** KP2MI's part of the authorization table (README, "Authorization"); mutations are KP2MI's writes. */
export const kp2miAccess: AccessPolicy = {
  'Query.worker': staff,
  'Query.workers': staff,
  'Query.workerByNik': { rule: personalData, personalData: 'result' },
  'Query.placements': staff,
  'Query.jobOpenings': everyone,
  'Query.jobOpening': everyone,
  'Query.countries': everyone,
  'Query.country': everyone,
  'Query.workerStats': { rule: everyone, statistics: true },
  'Query.placementStats': { rule: everyone, statistics: true },
  'Query.auditTrail': auditReader,
  'Query.dataSubjectReport': dataSubjectOfficer,
  // Whoever could export personal data puts the export on record (the gateway sends it as them).
  'Mutation.recordPersonalDataExport': { rule: personalData, recordsItself: true },
  'Worker.*': staff,
  'Worker.fullName': caseworker,
  'Worker.nik': personal,
  'Worker.birthDate': personal,
  'Worker.phone': personal,
  'Worker.passportNumber': personal,
  'Placement.*': staff,
  'Country.placements': staff,
  'AuditTrail.*': auditReader,
  'DataSubjectReport.*': dataSubjectOfficer,
};

/** The worker a record written by a KP2MI mutation is about. */
export function kp2miDataSubject(typeName: string, record: Record<string, unknown>): Types.ObjectId | null {
  if (typeName === 'Worker') return record._id as Types.ObjectId;
  if (typeName === 'Placement') return record.workerId as Types.ObjectId;
  return null;
}
