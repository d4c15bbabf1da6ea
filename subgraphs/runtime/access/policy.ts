import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { maybeCacheControlFromInfo } from '@apollo/cache-control-types';
import { Types } from 'mongoose';

const { ObjectId } = Types;
import type { Ministry } from '../../../lib/identity';
import type { SubgraphContext } from '../context';
import { suppressSmallBuckets, type StatBucket } from '../statistics';
import { everyone, mayReadExactStatistics, ministryWriter, type Rule } from './rules';

/** Seconds a caller may reuse its own statistics answer (`Cache-Control: max-age=N, private`), as public answers. */
const STATISTICS_MAX_AGE = 30;

/** How a field is guarded beyond its rule. */
export interface FieldAccess {
  rule: Rule;
  /**
   * The field answers personal data of a worker: `parent` (a field of `Worker`) or `result`
   * (a lookup returning a worker). The read is on record before the value is answered.
   */
  personalData?: 'parent' | 'result';
  /** A statistics field: for callers without exact access, small buckets are merged. */
  statistics?: boolean;
  /** A mutation whose work is an audit entry of its own: a done call adds no WRITE entry (a refused one is still recorded). */
  recordsItself?: boolean;
  /**
   * The personal field this root field processes through its arguments (`workerByNik` looks a
   * person up by `Worker.nik`): the caller's purpose must allow it.
   */
  processes?: string;
}

/** The person a record of this type is about (a worker's id), for restrictions, erasures and the bulk limit. */
export type PersonOf = (record: any, context: SubgraphContext<any>) => Types.ObjectId | string | null | undefined | Promise<Types.ObjectId | string | null | undefined>;

/**
 * A subgraph's access policy: `Type.field` or `Type.*` to a rule. Every root query field must
 * be listed (a new one cannot be forgotten); mutations are the owning ministry's writes
 * unless listed; any other field not listed is as open as the object it is reached from.
 */
export type AccessPolicy = Record<string, Rule | FieldAccess>;

export interface PolicyOptions {
  ministry: Ministry;
  /** Buckets smaller than this are merged for callers without exact statistics. */
  statisticsThreshold: number;
  /** The worker a written record is about, for the audit trail (null when none). */
  dataSubject(typeName: string, record: Record<string, unknown>): Types.ObjectId | null;
  /** Fields the schema marks `@personal`, by coordinate. */
  personalFields: ReadonlySet<string>;
  /** For each type with `@personal` fields, the person a record of it is about. */
  people: Record<string, PersonOf>;
}

type Resolver = GraphQLFieldResolver<unknown, SubgraphContext<unknown>>;

const asAccess = (entry: Rule | FieldAccess): FieldAccess => ('refuse' in entry ? { rule: entry } : entry);

/** For a refused write there is no record yet: the worker it would have been about, if named. */
function workerInArgs(args: Record<string, unknown>): Types.ObjectId | null {
  const input = args.input as Record<string, unknown> | undefined;
  const id = args.workerId ?? input?.workerId ?? input?.ownerWorkerId;
  return typeof id === 'string' && /^[0-9a-f]{24}$/i.test(id) ? new ObjectId(id) : null;
}

function idOf(record: Record<string, unknown>): string | null {
  const id = record._id ?? record.id;
  return id === undefined || id === null ? null : String(id);
}

/** The caller's registered purpose must allow `coordinate`; throws the per-field refusal. */
function requirePurpose(context: SubgraphContext<unknown>, coordinate: string): void {
  const purpose = context.privacy.purposeFor(coordinate);
  if (purpose instanceof GraphQLError) throw purpose;
}

/**
 * A field marked `@personal`: after its rule, the purpose (for fields answered only under one,
 * `personalData: 'parent'`), then the person's restriction or erasure, then the caller's bulk
 * limit; a field answered under a purpose is on record before its value is answered.
 */
function guardPersonal(access: FieldAccess, resolve: Resolver, coordinate: string, personOf: PersonOf): Resolver {
  const { rule } = access;
  const underPurpose = access.personalData === 'parent';
  return async (source, args, context, info) => {
    const refusal = rule.refuse(context.identity);
    if (refusal) throw refusal;
    if (underPurpose) requirePurpose(context, coordinate);
    const person = await personOf(source, context);
    if (!person) return resolve(source, args, context, info);
    const id = String(person);
    const refusedFor = (await context.privacy.personRefusal(id, coordinate)) ?? (underPurpose ? await context.privacy.bulkRefusal(id, coordinate) : null);
    if (refusedFor) throw refusedFor;
    if (!underPurpose) return resolve(source, args, context, info);
    // Both in flight at once; the value is answered only if its read is on record.
    const [value] = await Promise.all([resolve(source, args, context, info), context.audit.personalDataRead(id, coordinate, info)]);
    return value;
  };
}

function guardRead(access: FieldAccess, resolve: Resolver, threshold: number): Resolver {
  const { rule, personalData, statistics, processes } = access;
  if (rule === everyone && !personalData && !statistics && !processes) return resolve;
  if (personalData === 'result') {
    return async (source, args, context, info) => {
      const refusal = rule.refuse(context.identity);
      if (refusal) throw refusal;
      if (processes) requirePurpose(context, processes);
      const worker = (await resolve(source, args, context, info)) as { _id: Types.ObjectId } | null;
      if (worker) await context.audit.personalDataRead(worker._id, `${info.parentType.name}.${info.fieldName}`, info);
      return worker;
    };
  }
  if (statistics) {
    return async (source, args, context, info) => {
      const refusal = rule.refuse(context.identity);
      if (refusal) throw refusal;
      // The buckets depend on who asks (exact or merged), never on anyone else: the same caller may
      // be answered again from the gateway's kept answers, which follow the write versions.
      maybeCacheControlFromInfo(info)?.setCacheHint({ maxAge: STATISTICS_MAX_AGE, scope: 'PRIVATE' });
      const buckets = (await resolve(source, args, context, info)) as StatBucket[];
      return mayReadExactStatistics(context.identity) ? buckets : suppressSmallBuckets(buckets, threshold);
    };
  }
  // The common case stays synchronous: no promise is added to fields that had none.
  return (source, args, context, info) => {
    const refusal = rule.refuse(context.identity);
    if (refusal) throw refusal;
    if (processes) requirePurpose(context, processes);
    return resolve(source, args, context, info);
  };
}

/**
 * A mutation: refused or done, it is on record before the answer goes back. A change that was
 * made but cannot be recorded fails the request (the audit log keeps the entry in the service
 * log); a refusal stays the answer even when recording it fails.
 */
function guardWrite(access: FieldAccess, resolve: Resolver, options: PolicyOptions): Resolver {
  const { rule } = access;
  return async (source, args, context, info) => {
    const recordType = getNamedType(info.returnType).name;
    const refusal = rule.refuse(context.identity);
    if (refusal) {
      await context.audit.write(info, args, { recordType, recordId: null, workerId: workerInArgs(args) }, refusal).catch(() => undefined);
      throw refusal;
    }
    let record: Record<string, unknown>;
    try {
      record = (await resolve(source, args, context, info)) as Record<string, unknown>;
    } catch (err) {
      const error = err instanceof GraphQLError ? err : new GraphQLError('write failed', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      // The refusal is what the client must see; a failure to record it is logged by the audit log.
      await context.audit.write(info, args, { recordType, recordId: null, workerId: workerInArgs(args) }, error).catch(() => undefined);
      throw err;
    }
    if (!access.recordsItself) await context.audit.write(info, args, { recordType, recordId: idOf(record), workerId: options.dataSubject(recordType, record) });
    return record;
  };
}

/**
 * Puts the policy into the schema: each guarded field's resolver checks its rule first, so a
 * refused field is null with its error and the rest of the answer stands. Checked in the
 * subgraph, whatever path the gateway took to the field (entity fetches included).
 */
export function applyAccessPolicy(schema: GraphQLSchema, policy: AccessPolicy, options: PolicyOptions): void {
  for (const key of Object.keys(policy)) {
    const [typeName, fieldName] = key.split('.');
    const type = typeName ? schema.getType(typeName) : undefined;
    if (!isObjectType(type) || !fieldName || (fieldName !== '*' && !type.getFields()[fieldName])) {
      throw new Error(`access policy names "${key}", which is not a field of this subgraph's schema`);
    }
  }
  for (const [key, entry] of Object.entries(policy)) {
    if ('refuse' in entry || entry.personalData !== 'parent') continue;
    if (!options.personalFields.has(key)) throw new Error(`access policy answers ${key} under a purpose, but the schema does not mark it @personal`);
  }
  for (const coordinate of options.personalFields) {
    const typeName = coordinate.split('.')[0]!;
    if (!options.people[typeName]) throw new Error(`${coordinate} is marked @personal, but the subgraph does not say whose data a ${typeName} is (its definition's "people")`);
  }
  const writer = ministryWriter(options.ministry);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === '_Service') continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, SubgraphContext<unknown>>[]) {
      if (field.name.startsWith('_')) continue; // federation's _entities and _service
      const entry = policy[`${type.name}.${field.name}`] ?? policy[`${type.name}.*`];
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      if (type.name === 'Mutation') {
        field.resolve = guardWrite(entry ? asAccess(entry) : { rule: writer }, resolve, options);
      } else if (options.personalFields.has(`${type.name}.${field.name}`)) {
        const coordinate = `${type.name}.${field.name}`;
        field.resolve = guardPersonal(entry ? asAccess(entry) : { rule: everyone }, resolve, coordinate, options.people[type.name]!);
      } else if (entry) {
        field.resolve = guardRead(asAccess(entry), resolve, options.statisticsThreshold);
      } else if (type.name === 'Query') {
        throw new Error(`access policy has no rule for Query.${field.name}: every root field needs one`);
      }
    }
  }
}
