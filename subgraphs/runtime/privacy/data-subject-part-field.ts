import { Types } from 'mongoose';
import { fieldPrefix, type SubgraphEntry } from '../../catalog';
import type { FieldAccess } from '../access/policy';
import { kp2miService } from '../access/rules';
import type { SubgraphContext } from '../context';
import { badUserInput } from '../errors';
import { carryOutPart, DATA_SUBJECT_REQUEST_TYPES, type PartRequest } from './data-subject-part';
import type { PersonalDataStore } from './personal-data-store';

/**
 * KP2MI receives a data-subject request and carries it to each other ministry's subgraph by
 * calling its `<subgraph>DataSubjectPart` mutation directly, signed as KP2MI's service. The
 * field is hidden from the graph's clients (`@inaccessible`); request and report travel as JSON.
 */
export function dataSubjectPartField(entry: SubgraphEntry): string {
  return `${fieldPrefix(entry)}DataSubjectPart`;
}

export function parsePartRequest(json: string): PartRequest {
  let raw: Partial<PartRequest>;
  try {
    raw = JSON.parse(json) as Partial<PartRequest>;
  } catch {
    throw badUserInput('not a data-subject request part', 'input');
  }
  if (typeof raw.requestId !== 'string' || typeof raw.workerId !== 'string' || !Types.ObjectId.isValid(raw.workerId) || !DATA_SUBJECT_REQUEST_TYPES.includes(raw.type as PartRequest['type'])) {
    throw badUserInput('a data-subject request part needs requestId, workerId and type', 'input');
  }
  const corrections = Array.isArray(raw.corrections) ? raw.corrections.filter((c) => typeof c?.field === 'string' && typeof c?.value === 'string') : [];
  return { requestId: raw.requestId, workerId: raw.workerId, type: raw.type as PartRequest['type'], corrections };
}

/** The part's access: KP2MI's service only; the part writes its own audit entry. */
export const dataSubjectPartAccess = (entry: SubgraphEntry): Record<string, FieldAccess> => ({ [`Mutation.${dataSubjectPartField(entry)}`]: { rule: kp2miService, recordsItself: true } });

/** The resolver of a ministry's part, over the store of its own records. */
export function dataSubjectPartResolver<TSources>(entry: SubgraphEntry, storeOf: (sources: TSources) => PersonalDataStore) {
  return {
    [dataSubjectPartField(entry)]: async (_: unknown, args: { input: string }, context: SubgraphContext<TSources>) => {
      const { registry, states } = context.privacy.settings;
      const report = await carryOutPart({ ministry: entry.ministry, registry, states, store: storeOf(context.dataSources) }, parsePartRequest(args.input), context.audit);
      return { report: JSON.stringify(report) };
    },
  };
}
