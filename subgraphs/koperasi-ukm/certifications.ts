/** The certifications a UMKM product can carry, as stored and shown in `Product.certifications`. */
export const CERTIFICATIONS = ['HALAL', 'BPOM', 'PIRT', 'SNI', 'SVLK', 'ORGANIC', 'HACCP', 'FAIR_TRADE', 'BATIKMARK', 'GI'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(CERTIFICATIONS);

export function isCertification(code: string): code is Certification {
  return KNOWN.has(code);
}
