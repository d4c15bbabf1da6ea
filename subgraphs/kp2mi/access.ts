import type { Types } from 'mongoose';
import type { AccessPolicy, PersonOf } from '../runtime/access/policy';
import { auditReader, caseworker, dataSubjectOfficer, everyone, officerOrAdmin, personalData, staff } from '../runtime/access/rules';

const personal = { rule: personalData, personalData: 'parent' } as const;

/** KP2MI's part of the authorization table (README, "Authorization"); mutations are KP2MI's writes. */
export const kp2miAccess: AccessPolicy = {
  'Query.worker': staff,
  'Query.workers': staff,
  'Query.workerByNik': { rule: personalData, personalData: 'result', processes: 'Worker.nik' },
  'Query.placements': staff,
  'Query.jobOpenings': everyone,
  'Query.jobOpening': everyone,
  'Query.countries': everyone,
  'Query.country': everyone,
  'Query.workerStats': { rule: everyone, statistics: true },
  'Query.placementStats': { rule: everyone, statistics: true },
  'Query.auditTrail': auditReader,
  'Query.dataSubjectReport': { rule: dataSubjectOfficer, processes: 'Worker.nik' },
  // Whoever could export personal data puts the export on record (the gateway sends it as them).
  'Mutation.recordPersonalDataExport': { rule: personalData, recordsItself: true },
  'Query.purposes': everyone,
  'Query.verifyWorker': officerOrAdmin,
  'Query.dataSubjectRequests': auditReader,
  // Refused by the officer of the ministry whose part it is (the resolver checks which part).
  'Mutation.refuseDataSubjectRequestPart': officerOrAdmin,
  'DataSubjectRequest.*': officerOrAdmin,
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
  if (typeName === 'Placement' || typeName === 'DataSubjectRequest') return record.workerId as Types.ObjectId;
  return null;
}

/** Whose personal data a KP2MI record holds: a worker's own. */
export const kp2miPeople: Record<string, PersonOf> = {
  Worker: (worker: { _id: Types.ObjectId }) => worker._id,
  DataSubjectReport: (report: { worker: { _id: Types.ObjectId } | null }) => report.worker?._id ?? null,
};
