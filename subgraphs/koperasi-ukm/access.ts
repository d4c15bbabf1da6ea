import type { Types } from 'mongoose';
import type { AccessPolicy, PersonOf } from '../runtime/access/policy';
import type { KoperasiContext } from './resolvers/context';
import { auditReader, everyone, staff } from '../runtime/access/rules';

/**
 * Koperasi-UKM's part of the authorization table (README, "Authorization"): businesses'
 * public fields and products are public; who owns a business and its financing are for staff.
 */
export const koperasiAccess: AccessPolicy = {
  'Query.businesses': everyone,
  'Query.business': everyone,
  'Query.products': everyone,
  'Query.product': everyone,
  'Query.kurBanks': everyone,
  'Query.businessStats': { rule: everyone, statistics: true },
  'Query.financingStats': { rule: everyone, statistics: true },
  'Business.owner': staff,
  'Business.financing': staff,
  'FinancingApplication.*': staff,
  'Worker.*': staff,
  'AuditTrail.*': auditReader,
};

/** A business is about its owner when the owner is a registered worker. */
export function koperasiDataSubject(typeName: string, record: Record<string, unknown>): Types.ObjectId | null {
  return typeName === 'Business' ? ((record.ownerWorkerId as Types.ObjectId | null) ?? null) : null;
}

/**
 * Whose personal data a financing application holds (its amount and bank): the business owner's,
 * when the owner is a registered worker (the business is loaded once per request anyway).
 */
export const koperasiPeople: Record<string, PersonOf> = {
  FinancingApplication: async (application: { businessId: Types.ObjectId }, { dataSources }: KoperasiContext) =>
    (await dataSources.businesses.get(application.businessId))?.ownerWorkerId ?? null,
};
