import type DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { groupLoader } from '../../runtime/loaders';
import type { TrainingModels } from '../models';
import type { CertificateDoc } from '../models/certificate';

export type NewCertificate = Omit<CertificateDoc, '_id'>;

export class CertificateRepository {
  private readonly byWorker: DataLoader<string, CertificateDoc[]>;

  constructor(private readonly models: TrainingModels) {
    this.byWorker = groupLoader<CertificateDoc>(models.Certificate, { field: 'workerId', toStored: (id) => new Types.ObjectId(id), sort: { issuedOn: 1, _id: 1 } });
  }

  /** A worker's certificates, oldest first; batched for every worker of the request. */
  forWorker(workerId: string): Promise<CertificateDoc[]> {
    return this.byWorker.load(workerId);
  }

  async issue(certificate: NewCertificate): Promise<CertificateDoc> {
    return (await this.models.Certificate.create(certificate)).toObject() as CertificateDoc;
  }
}
