import { SUBGRAPHS } from '../../catalog';
import { auditPartField, mergeAuditParts, parseTrailKey, trailKey, type AuditPart } from '../../runtime/audit/audit-trail';
import type { PageArgs } from '../../runtime/pagination';
import type { Kp2miContext } from './context';

type Ctx = Kp2miContext;

/** The page as the gateway hands it back: its key and every other ministry's piece (`@requires`). */
type TrailRepresentation = { pageKey: string } & Record<string, string | undefined>;

const OTHER_PARTS = SUBGRAPHS.filter((entry) => entry.name !== 'kp2mi').map(auditPartField);

function parsePart(field: string, json: string | undefined): AuditPart {
  if (json === undefined) throw new Error(`the gateway did not pass ${field}, which AuditTrail requires`);
  return JSON.parse(json) as AuditPart;
}

/** KP2MI's piece plus the others', merged once per page however many of its fields are selected. */
const merged = new WeakMap<object, Promise<ReturnType<typeof mergeAuditParts>>>();
function page(trail: TrailRepresentation, context: Ctx) {
  let result = merged.get(trail);
  if (!result) {
    const request = parseTrailKey(trail.pageKey);
    result = context.audit.part(request).then((own) => mergeAuditParts([own, ...OTHER_PARTS.map((field) => parsePart(field, trail[field]))], request.first));
    merged.set(trail, result);
  }
  return result;
}

export const auditTrailQuery = (_: unknown, args: PageArgs & { workerId: string }) => ({ pageKey: trailKey(args.workerId, args) });

export const AuditTrail = {
  __resolveReference: (reference: TrailRepresentation) => reference,
  edges: async (trail: TrailRepresentation, _: unknown, context: Ctx) => (await page(trail, context)).edges,
  pageInfo: async (trail: TrailRepresentation, _: unknown, context: Ctx) => (await page(trail, context)).pageInfo,
  totalCount: async (trail: TrailRepresentation, _: unknown, context: Ctx) => (await page(trail, context)).totalCount,
};
