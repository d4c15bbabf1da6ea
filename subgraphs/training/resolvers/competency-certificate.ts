import type { CertificateDoc } from '../models/certificate';
import type { TrainingMinistry } from '../training-ministry';

export function competencyCertificateResolvers({ ministry }: TrainingMinistry) {
  return {
    id: (certificate: CertificateDoc) => certificate._id.toHexString(),
    ministry: () => ministry,
  };
}
