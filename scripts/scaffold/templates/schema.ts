import type { Partner } from '../partner';
import type { SharedDescriptions } from '../shared-descriptions';

/**
 * The new subgraph's SDL: one described example entity with its key, a root field for it, the
 * field it adds to `Worker`, and its piece of the audit trail. Every type, field, argument and
 * enum value is described: the explorer is the analysts' manual, and the lint requires it.
 */
export function schemaTemplate(p: Partner, shared: SharedDescriptions): string {
  return `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible"])

${shared.date}
scalar Date

${shared.worker}
type Worker @key(fields: "id") {
  ${shared.workerId}
  id: ID!
  "${p.label} memberships of this worker, oldest first (ties broken by id); empty when none. Null only when ${p.label} cannot answer. Ministry staff only."
  ${p.workerField}: [${p.entity}!]
}

"Where a ${p.label} membership stands."
enum ${p.statusEnum} {
  "The membership is in force."
  ACTIVE
  "The membership has ended (for a returned worker, on return)."
  ENDED
}

"A migrant worker's membership with ${p.label}."
type ${p.entity} @key(fields: "id") {
  "Stable identifier of the membership in the graph."
  id: ID!
  "The member, a PMI registered with KP2MI."
  worker: Worker!
  "Membership number, as ${p.label} issued it."
  number: String!
  "Where the membership stands."
  status: ${p.statusEnum}!
  "When the worker joined."
  joinedOn: Date!
}

${shared.query}
type Query {
  "One ${p.label} membership by id; null when there is none. Ministry staff only."
  ${p.rootField}("Id of the membership." id: ID!): ${p.entity}
}

# KP2MI carries each data-subject request to every ministry: ${p.label}'s part, in its own records.
${shared.mutation}
type Mutation {
  """
  Carries out this ministry's part of a data-subject request (restrict, lift, correct, erase) in its own
  records: sent by KP2MI's service only, as JSON in and out; not part of the graph clients see.
  """
  ${p.dataSubjectPart}("The part, as JSON." input: String!): DataSubjectPartReport! @inaccessible
}

${shared.partReport}
type DataSubjectPartReport @shareable @inaccessible {
  ${shared.partReportField}
  report: String!
}

# ${p.label} adds the entries it recorded to a page of the audit trail; KP2MI merges them.
${shared.auditTrail}
type AuditTrail @key(fields: "pageKey") {
  ${shared.auditTrailPageKey}
  pageKey: String! @inaccessible
  "${p.label}'s newest entries for this page and its count, as JSON: admins with the \`audit:read\` scope."
  ${p.auditPart}: String! @inaccessible
}
`;
}
