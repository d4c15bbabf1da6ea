import type DataLoader from 'dataloader';
import { keyLoader } from '../../runtime/loaders';
import type { TrainingModels } from '../models';
import type { TrainingCenterDoc } from '../models/training-center';

export class TrainingCenterRepository {
  private readonly byCode: DataLoader<string, TrainingCenterDoc | null>;

  constructor(private readonly models: TrainingModels) {
    this.byCode = keyLoader<TrainingCenterDoc>(models.TrainingCenter);
  }

  /** Batched with every other centre lookup of the request (the centres of a page of courses). */
  findByCode(code: string): Promise<TrainingCenterDoc | null> {
    return this.byCode.load(code);
  }

  /** A handful of documents: read whole, ordered by name. */
  async all(): Promise<TrainingCenterDoc[]> {
    const centers = (await this.models.TrainingCenter.find().sort({ name: 1 }).lean()) as TrainingCenterDoc[];
    for (const center of centers) this.byCode.prime(center._id, center);
    return centers;
  }
}
