import type { TrainingCenterDoc } from '../models/training-center';

export const TrainingCenter = {
  code: (center: TrainingCenterDoc) => center._id,
};
