import { GraphQLError } from 'graphql';
import type { Identity } from '../identity';
import type { Purpose, PurposeRegistry } from './purposes';

/** Why a personal field was refused for the purpose the caller stated (one error per field). */
export const PURPOSE_ERROR_CODES = ['PURPOSE_REQUIRED', 'PURPOSE_UNKNOWN', 'PURPOSE_NOT_ALLOWED', 'PURPOSE_EXPIRED', 'PURPOSE_NOT_IN_FORCE'] as const;
export type PurposeErrorCode = (typeof PURPOSE_ERROR_CODES)[number];

function refused(code: PurposeErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** The caller's purpose if it may be used at all today (ministry, role, instrument in force), else why not. */
export function usablePurpose(registry: PurposeRegistry, identity: Identity, today: string): Purpose | GraphQLError {
  const code = identity.purposeCode;
  if (!code) return refused('PURPOSE_REQUIRED', 'Personal data needs a registered purpose: send its code in the X-Purpose-Code header (the `purposes` query lists yours)');
  const purpose = registry.byCode.get(code);
  if (!purpose) return refused('PURPOSE_UNKNOWN', `Purpose "${code}" is not in the registry of purposes (version ${registry.version})`, { purposeCode: code });
  if (purpose.ministry !== identity.ministry) {
    return refused('PURPOSE_NOT_ALLOWED', `Purpose ${code} belongs to ${purpose.ministry}; you sign in for ${identity.ministry ?? 'no ministry'}`, { purposeCode: code, reason: 'MINISTRY' });
  }
  if (!identity.roles.some((role) => purpose.roles.includes(role))) {
    return refused('PURPOSE_NOT_ALLOWED', `Purpose ${code} is for ${purpose.roles.join(' and ')}; your roles are ${identity.roles.join(', ') || 'none'}`, { purposeCode: code, reason: 'ROLE' });
  }
  const { validFrom, validUntil, number } = purpose.instrument;
  if (validUntil !== null && today > validUntil) return refused('PURPOSE_EXPIRED', `Purpose ${code} rests on ${number}, which ended on ${validUntil}`, { purposeCode: code, validUntil });
  if (today < validFrom) return refused('PURPOSE_NOT_IN_FORCE', `Purpose ${code} rests on ${number}, in force from ${validFrom}`, { purposeCode: code, validFrom });
  return purpose;
}

/** Whether the caller's purpose allows reading this personal field today: the purpose, or the refusal. */
export function purposeForField(registry: PurposeRegistry, identity: Identity, coordinate: string, today: string): Purpose | GraphQLError {
  const purpose = usablePurpose(registry, identity, today);
  if (purpose instanceof GraphQLError) return purpose;
  if (!purpose.fields.includes(coordinate)) {
    return refused('PURPOSE_NOT_ALLOWED', `Purpose ${purpose.code} does not allow ${coordinate}`, { purposeCode: purpose.code, reason: 'FIELD', field: coordinate });
  }
  return purpose;
}
