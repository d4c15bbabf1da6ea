import { inForce, LEGAL_BASES, type Purpose as RegisteredPurpose } from '../../../lib/privacy/purposes';
import type { Kp2miContext } from './context';

const day = (date: string | null) => (date === null ? null : new Date(`${date}T00:00:00Z`));

/** What the caller may state in X-Purpose-Code today: their ministry's purposes, for one of their roles, in force. */
export function purposesQuery(_: unknown, __: unknown, { identity, privacy }: Kp2miContext): RegisteredPurpose[] {
  return privacy.registry.purposes.filter(
    (purpose) => purpose.ministry === identity.ministry && identity.roles.some((role) => purpose.roles.includes(role)) && inForce(purpose, privacy.today),
  );
}

export const Purpose = {
  indonesianLabel: (purpose: RegisteredPurpose) => purpose.label.id,
  englishLabel: (purpose: RegisteredPurpose) => purpose.label.en,
  legalBasis: (purpose: RegisteredPurpose) => LEGAL_BASES[purpose.legalBasis].name,
  legalBasisArticle: (purpose: RegisteredPurpose) => LEGAL_BASES[purpose.legalBasis].article,
  instrument: (purpose: RegisteredPurpose) => ({ ...purpose.instrument, validFrom: day(purpose.instrument.validFrom), validUntil: day(purpose.instrument.validUntil) }),
  allowsVerification: (purpose: RegisteredPurpose) => purpose.verification,
};
