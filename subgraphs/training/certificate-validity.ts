/** Competency certificates under BNSP are valid for three years, then the holder is assessed again. */
export const CERTIFICATE_VALIDITY_YEARS = 3;

const DAY_MS = 86_400_000;

/** The UTC day of an instant, as stored for `Date` fields. */
export function utcDay(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / DAY_MS) * DAY_MS);
}

/** The day a certificate issued on `issuedOn` expires; one issued on 29 February expires on 28 February. */
export function expiryOf(issuedOn: Date): Date {
  const year = issuedOn.getUTCFullYear() + CERTIFICATE_VALIDITY_YEARS;
  const month = issuedOn.getUTCMonth();
  const expiry = new Date(Date.UTC(year, month, issuedOn.getUTCDate()));
  return expiry.getUTCMonth() === month ? expiry : new Date(Date.UTC(year, month + 1, 0));
}
