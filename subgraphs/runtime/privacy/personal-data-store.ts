import type { Types } from 'mongoose';

/** A personal value a ministry holds about a person, and the day its retention counts from. */
export interface Holding {
  /** Schema coordinate, e.g. `Worker.phone`. */
  field: string;
  /** The record's last event (registration, placement end, course result, financing decision). */
  since: Date;
}

/** A correction a ministry made: the old and new value, kept in its audit trail. */
export interface Change {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface Correction {
  field: string;
  value: string;
}

/**
 * How a data-subject request reaches one ministry's records of a person: what it holds, how it
 * erases fields and how it corrects them. Each subgraph writes its own; the shared handler
 * (`carryOutPart`) decides with the registry what to keep.
 */
export interface PersonalDataStore {
  holdings(workerId: Types.ObjectId): Promise<Holding[]>;
  /** Removes these fields' values of the person (only fields `holdings` named). */
  erase(workerId: Types.ObjectId, fields: string[]): Promise<void>;
  /** Applies corrections to fields this ministry keeps (validated first; nothing changes on a bad one). */
  rectify(workerId: Types.ObjectId, corrections: Correction[]): Promise<Change[]>;
  /** The fields this ministry corrects on request. */
  readonly rectifiable: readonly string[];
}

/** A subgraph that holds no personal data of anyone yet: its part of every request is done at once. */
export const NO_PERSONAL_DATA: PersonalDataStore = {
  rectifiable: [],
  holdings: async () => [],
  erase: async () => undefined,
  rectify: async () => [],
};
