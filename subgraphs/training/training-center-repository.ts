import type { TrainingModels } from './training-subgraph';
import type { TrainingCenterDoc } from './training-center-model';

export class TrainingCenterRepository {
  constructor(private readonly models: TrainingModels) {}

  /** A handful of documents: read whole, ordered by name. */
  async all(): Promise<TrainingCenterDoc[]> {
    return (await this.models.TrainingCenter.find().sort({ name: 1 }).lean()) as TrainingCenterDoc[];
  }
}
