import type { PlacementDoc } from '../models/placement';
import type { Kp2miContext } from './context';

type Ctx = Kp2miContext;

export const Placement = {
  __resolveReference: (ref: { id: string }, { dataSources }: Ctx) => dataSources.placements.findById(ref.id),
  id: (placement: PlacementDoc) => placement._id.toHexString(),
  worker: (placement: PlacementDoc, _: unknown, { dataSources }: Ctx) => dataSources.workers.findById(placement.workerId.toHexString()),
  country: (placement: PlacementDoc, _: unknown, { dataSources }: Ctx) => dataSources.countries.findByCode(placement.countryCode),
  jobOpening: (placement: PlacementDoc, _: unknown, { dataSources }: Ctx) =>
    placement.jobOpeningId ? dataSources.jobOpenings.findById(placement.jobOpeningId.toHexString()) : null,
};
