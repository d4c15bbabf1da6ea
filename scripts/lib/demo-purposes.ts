import type { Ministry } from '../../lib/identity';

/**
 * The registered purpose (schema/purposes.json) each ministry's demo officer states, for the
 * welcome tokens, the benchmarks and the tests: one place, so a registry change is one edit.
 */
export const DEMO_PURPOSE: Record<Ministry, string> = {
  KP2MI: 'KP2MI-VERIFIKASI-PENEMPATAN',
  ESDM: 'ESDM-PELATIHAN-VOKASI',
  PERINDUSTRIAN: 'PERINDUSTRIAN-PELATIHAN-3IN1',
  KOPERASI_UKM: 'KOPERASI-KELAYAKAN-KUR-PMI',
};

/** KP2MI's purpose for handling data-subject requests: it allows every personal field (legal obligation). */
export const DATA_SUBJECT_PURPOSE = 'KP2MI-PERMINTAAN-SUBJEK-DATA';
