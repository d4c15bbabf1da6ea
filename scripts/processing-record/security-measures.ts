import { IDENTITY_TTL_SECONDS } from '../../lib/identity';

/** The measures the record states (GDPR Art. 30(1)(g)): only what this system does, so the list stays true. */
export const SECURITY_MEASURES: readonly string[] = [
  `Signed identity between the gateway and the subgraphs: the gateway verifies the caller's token and passes who is asking in a header signed with HMAC-SHA256, valid for ${IDENTITY_TTL_SECONDS} seconds; a subgraph refuses a request without it or with a bad signature.`,
  "Per-field purpose check: every `@personal` field is answered only under a registered purpose (`X-Purpose-Code`) of the caller's ministry and role whose instrument is in force and which allows that field.",
  "Audit trail: each subgraph records who read or wrote a person's personal data, when, under which purpose, and which fields (names, never values); a person's access request (Pasal 32) is answered from it through `dataSubjectReport`.",
  'Bulk read limit: one caller may read the personal data of at most `PII_READS_PER_HOUR` people an hour (500 unless configured); reaching it refuses further reads and raises an alert.',
];
