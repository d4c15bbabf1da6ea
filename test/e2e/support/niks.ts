import { encodeNik } from '../../../subgraphs/kp2mi/nik';

/**
 * A NIK for a worker a test registers: from a real district (35.07.32, which no seeded worker has),
 * with a random serial so files running after each other do not collide.
 */
export const freshNik = (birthDate: string, sex: 'MALE' | 'FEMALE') =>
  encodeNik({ provinceCode: '35', regencyCode: '07', districtCode: '32', birthDate: new Date(`${birthDate}T00:00:00Z`), sex, serial: 1000 + Math.floor(Math.random() * 8999) });
