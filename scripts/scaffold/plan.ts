import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import { addAuditPart, mergesAuditTrail } from './edits/audit-trail-parts';
import { addMatrixRow } from './edits/authorization-matrix';
import { addToCatalog } from './edits/catalog';
import { addToMinistries } from './edits/ministries';
import { addToMinistryEnum, declaresMinistryEnum } from './edits/ministry-enum';
import { addSeeder } from './edits/seeders';
import { addToTokenClaims } from './edits/token-claims';
import type { FileChange } from './file-change';
import { partner, type Partner, type PartnerOptions } from './partner';
import { Refusal } from './refusal';
import { sharedDescriptions } from './shared-descriptions';
import { accessTemplate } from './templates/access';
import { dataSourcesTemplate } from './templates/data-sources';
import { e2eTestTemplate } from './templates/e2e-test';
import { indexEntryTemplate } from './templates/index-entry';
import { membershipModelTemplate } from './templates/membership-model';
import { membershipRepositoryTemplate } from './templates/membership-repository';
import { membershipResolversTemplate } from './templates/membership-resolvers';
import { modelsIndexTemplate } from './templates/models-index';
import { queryResolversTemplate } from './templates/query-resolvers';
import { repositoryTestTemplate } from './templates/repository-test';
import { resolversContextTemplate } from './templates/resolvers-context';
import { resolversIndexTemplate } from './templates/resolvers-index';
import { schemaTemplate } from './templates/schema';
import { seedHookTemplate } from './templates/seed-hook';
import { subgraphDefinitionTemplate } from './templates/subgraph-definition';
import { workerResolversTemplate } from './templates/worker-resolvers';

/** Every subgraph schema in the repository: the catalog's first (in its order), then any other folder's. */
function subgraphSchemas(root: string): { file: string; sdl: string }[] {
  const folders = readdirSync(path.join(root, 'subgraphs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, 'subgraphs', entry.name, 'schema.graphql')))
    .map((entry) => entry.name);
  const catalogOrder = SUBGRAPHS.map((entry) => entry.folder).filter((folder) => folders.includes(folder));
  return [...catalogOrder, ...folders.filter((folder) => !catalogOrder.includes(folder)).sort()].map((folder) => {
    const file = `subgraphs/${folder}/schema.graphql`;
    return { file, sdl: readFileSync(path.join(root, file), 'utf8') };
  });
}

function newFiles(p: Partner, schemas: { file: string; sdl: string }[]): FileChange[] {
  const folder = `subgraphs/${p.name}`;
  const file = (relative: string, why: string, after: string): FileChange => ({ path: relative, before: null, after, why });
  return [
    file(`${folder}/schema.graphql`, `the schema: ${p.entity} (@key id), Query.${p.rootField}, Worker.${p.workerField}, its audit trail piece`, schemaTemplate(p, sharedDescriptions(schemas))),
    file(`${folder}/subgraph.ts`, 'the definition on the shared runtime', subgraphDefinitionTemplate(p)),
    file(`${folder}/index.ts`, 'the process: runSubgraph(definition)', indexEntryTemplate(p)),
    file(`${folder}/access.ts`, 'who may read what', accessTemplate(p)),
    file(`${folder}/data-sources.ts`, 'the per-request repositories', dataSourcesTemplate(p)),
    file(`${folder}/models/index.ts`, 'its models', modelsIndexTemplate(p)),
    file(`${folder}/models/membership.ts`, `the mongoose model of ${p.entity}`, membershipModelTemplate()),
    file(`${folder}/repositories/membership-repository.ts`, 'the repository, with per-request DataLoaders', membershipRepositoryTemplate(p)),
    file(`${folder}/resolvers/context.ts`, "the resolvers' context", resolversContextTemplate(p)),
    file(`${folder}/resolvers/index.ts`, 'the resolvers, merged', resolversIndexTemplate(p)),
    file(`${folder}/resolvers/query.ts`, 'the root field', queryResolversTemplate(p)),
    file(`${folder}/resolvers/membership.ts`, `the fields of ${p.entity}`, membershipResolversTemplate(p)),
    file(`${folder}/resolvers/worker.ts`, `Worker.${p.workerField}`, workerResolversTemplate(p)),
    file(`scripts/seed/${p.name}.ts`, 'its demo data, linked to the seeded workers', seedHookTemplate(p)),
    file(`test/unit/${p.name}-memberships.test.ts`, 'its loaders batch', repositoryTestTemplate(p)),
    file(`test/e2e/${p.name}.test.ts`, 'through the gateway, against its database', e2eTestTemplate(p)),
  ];
}

/** Applies an edit to a file of the repository, or to what an earlier edit made of it. */
function edit(root: string, changes: FileChange[], relative: string, why: string, apply: (text: string) => string | null): void {
  const earlier = changes.find((change) => change.path === relative);
  // Only the README may be missing (a checkout without documentation); code files are required.
  if (!earlier && relative === 'README.md' && !existsSync(path.join(root, relative))) return;
  const text = earlier ? earlier.after : readFileSync(path.join(root, relative), 'utf8');
  const after = apply(text);
  if (after === null || after === text) return;
  if (earlier) {
    earlier.after = after;
    earlier.why = `${earlier.why}; ${why}`;
  } else {
    changes.push({ path: relative, before: text, after, why });
  }
}

/**
 * Every file the scaffold writes and every change it makes, worked out before anything is
 * written: a refusal or a file of unexpected shape leaves the repository as it was.
 */
export function planScaffold(root: string, options: PartnerOptions): FileChange[] {
  const p = partner(options);
  const schemas = subgraphSchemas(root);
  const created = newFiles(p, schemas);
  const existing = created.find((change) => existsSync(path.join(root, change.path)));
  if (existing) throw new Refusal(`--name "${p.name}" is taken: ${existing.path} already exists`);

  const changes: FileChange[] = [];
  edit(root, changes, 'subgraphs/catalog.ts', `the catalog entry (port ${p.port}, database ${p.databaseName}, environment prefix ${p.envPrefix})`, (text) => addToCatalog(text, p));
  edit(root, changes, 'lib/identity.ts', `${p.ministry} in MINISTRIES`, (text) => addToMinistries(text, p));
  for (const { file, sdl } of schemas) {
    if (declaresMinistryEnum(sdl)) edit(root, changes, file, `${p.ministry} in the Ministry enum`, (text) => addToMinistryEnum(text, file, p));
    if (mergesAuditTrail(sdl)) edit(root, changes, file, `the audit trail requires ${p.auditPart}`, (text) => addAuditPart(text, file, p));
  }
  edit(root, changes, 'scripts/seed/seed.ts', 'its seed hook', (text) => addSeeder(text, p));
  edit(root, changes, 'test/e2e/authorization-matrix.test.ts', `the row of Query.${p.rootField}`, (text) => addMatrixRow(text, p));
  edit(root, changes, 'README.md', `${p.ministry} in the token claims`, (text) => addToTokenClaims(text, p));
  return [...created, ...changes];
}
