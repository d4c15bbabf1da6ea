import { auditPartField } from '../../subgraphs/runtime/audit/audit-trail';
import { dataSubjectPartField } from '../../subgraphs/runtime/privacy/data-subject-part-field';
import type { SubgraphEntry } from '../../subgraphs/catalog';

/** What the command line settles about the new partner; every other name is derived from these. */
export interface PartnerOptions {
  /** Subgraph name, lower-case kebab (`bpjs`, `foo-bar`). */
  name: string;
  /** Ministry code in tokens and the `Ministry` enum, UPPER_SNAKE (`BPJS_TK`). */
  ministry: string;
  /** The ministry's full name, for descriptions. */
  label: string;
  port: number;
  databaseName: string;
  envPrefix: string;
}

/** Every name the generated files use, derived once so they agree with each other. */
export interface Partner extends PartnerOptions {
  /** `foo-bar` → `fooBar`: the definition's export and the prefix of its fields. */
  camel: string;
  /** `foo-bar` → `FooBar`: the prefix of its types. */
  pascal: string;
  /** The example entity (`FooBarMembership`) and its status enum. */
  entity: string;
  statusEnum: string;
  /** `Query.fooBarMembership` and `Worker.fooBarMemberships`. */
  rootField: string;
  workerField: string;
  /** Its piece of the audit trail, named as the runtime names it. */
  auditPart: string;
  /** Its part of a data-subject request (`fooBarDataSubjectPart`), named as KP2MI calls it. */
  dataSubjectPart: string;
  /** The catalog row it gets. */
  entry: SubgraphEntry;
}

export const camelCase = (name: string) => name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
export const pascalCase = (name: string) => camelCase(name).replace(/^[a-z]/, (letter) => letter.toUpperCase());

export function partner(options: PartnerOptions): Partner {
  const camel = camelCase(options.name);
  const pascal = pascalCase(options.name);
  // The catalog types names and ministries as the closed lists the new row joins, hence the casts.
  const entry = {
    name: options.name,
    ministry: options.ministry,
    envPrefix: options.envPrefix,
    databaseName: options.databaseName,
    defaultPort: options.port,
    folder: options.name,
  } as unknown as SubgraphEntry;
  return {
    ...options,
    camel,
    pascal,
    entity: `${pascal}Membership`,
    statusEnum: `${pascal}MembershipStatus`,
    rootField: `${camel}Membership`,
    workerField: `${camel}Memberships`,
    auditPart: auditPartField(entry),
    dataSubjectPart: dataSubjectPartField(entry),
    entry,
  };
}
