import type { JobSector, PlacementScheme, PlacementStatus } from '../../subgraphs/kp2mi/models/placement';
import { PLACEMENT_WEIGHTS } from '../../subgraphs/reference/countries';
import { addDays, ID_KIND, SEED_NOW, seedObjectId } from './ids';
import { jobOpeningCount, type JobOpeningSeed } from './job-openings';
import { employerFor, jobTitleFor, schemeFor, sectorFor } from './labour-market';
import { createRandom, type Random } from './random';
import type { WorkerSeed } from './workers';

export interface PlacementSeed {
  _id: string;
  workerId: string;
  countryCode: string;
  employer: string;
  jobTitle: string;
  sector: JobSector;
  scheme: PlacementScheme;
  startDate: Date;
  startYear: number;
  endDate: Date | null;
  status: PlacementStatus;
  jobOpeningId: string | null;
}

const CONTRACT_DAYS = 730;

/**
 * Placements consistent with each worker's status: DEPLOYED workers have an ACTIVE one (a
 * quarter of them after an earlier completed contract), RETURNED workers completed (or cut
 * short) theirs, some READY workers have a PLANNED one; the others have none.
 * Each worker's placements depend only on the seed and the worker's index (and link only to
 * the openings every dataset has), so seeding more workers later adds placements without
 * changing the existing ones.
 */
export function generatePlacements(seed: number, workers: readonly WorkerSeed[], openings: readonly JobOpeningSeed[]): PlacementSeed[] {
  const placements: PlacementSeed[] = [];
  const openingsBy = new Map<string, JobOpeningSeed[]>();
  for (const opening of openings.slice(0, jobOpeningCount(0))) {
    const key = `${opening.countryCode}/${opening.sector}`;
    openingsBy.set(key, [...(openingsBy.get(key) ?? []), opening]);
  }
  let rng: Random;
  let index = 0;
  const add = (worker: WorkerSeed, startDate: Date, endDate: Date | null, status: PlacementStatus) => {
    const countryCode = rng.weighted(PLACEMENT_WEIGHTS);
    const sector = sectorFor(rng, countryCode);
    const candidates = openingsBy.get(`${countryCode}/${sector}`);
    placements.push({
      // At most two placements per worker.
      _id: seedObjectId(startDate, ID_KIND.placement, index * 2 + (placements.at(-1)?.workerId === worker._id ? 1 : 0)),
      workerId: worker._id,
      countryCode,
      employer: employerFor(rng, countryCode, sector),
      jobTitle: jobTitleFor(rng, sector),
      sector,
      scheme: schemeFor(rng, countryCode, sector),
      startDate,
      startYear: startDate.getUTCFullYear(),
      endDate,
      status,
      jobOpeningId: candidates && rng.chance(0.3) ? rng.pick(candidates)._id : null,
    });
  };
  for (const worker of workers) {
    rng = createRandom(seed + 12 + index * 7919);
    placementsOf(rng, worker, add);
    index++;
  }
  return placements;
}

function placementsOf(rng: Random, worker: WorkerSeed, add: (worker: WorkerSeed, start: Date, end: Date | null, status: PlacementStatus) => void): void {
  // Preparation (training, documents, orientation) takes four to ten months after registration.
  const firstStart = addDays(worker.registeredAt, rng.int(120, 300));
  if (worker.status === 'DEPLOYED') {
    const secondStart = addDays(firstStart, CONTRACT_DAYS + rng.int(30, 90));
    if (rng.chance(0.25) && secondStart < SEED_NOW) {
      add(worker, firstStart, addDays(firstStart, CONTRACT_DAYS), 'COMPLETED');
      add(worker, secondStart, addDays(secondStart, CONTRACT_DAYS), 'ACTIVE');
    } else {
      const start = firstStart < SEED_NOW ? firstStart : addDays(SEED_NOW, -rng.int(7, 60));
      add(worker, start, addDays(start, CONTRACT_DAYS + rng.pick([0, 365])), 'ACTIVE');
    }
  } else if (worker.status === 'RETURNED') {
    const terminated = rng.chance(0.1);
    const latestEnd = addDays(SEED_NOW, -rng.int(14, 120));
    const planned = addDays(firstStart, terminated ? rng.int(90, 600) : CONTRACT_DAYS);
    const end = planned < latestEnd ? planned : latestEnd;
    add(worker, firstStart < end ? firstStart : addDays(end, -CONTRACT_DAYS), end, terminated ? 'TERMINATED' : 'COMPLETED');
  } else if (worker.status === 'READY' && rng.chance(0.3)) {
    const start = addDays(SEED_NOW, rng.int(30, 120));
    add(worker, start, addDays(start, CONTRACT_DAYS), 'PLANNED');
  }
}
