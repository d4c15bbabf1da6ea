import { composeSupergraph, printMessages, writeSupergraph, type CompositionMessage } from './composition';

export type BuildResult =
  | { ok: false; errors: CompositionMessage[] }
  | { ok: true; supergraphChanged: boolean; clientFilesWritten: number };

/**
 * The build step every path takes after a subgraph schema changes (`npm run compose`, `npm start`
 * on changed schemas, `npm run dev` on a save): compose the supergraph, print the hints and any
 * errors, and when it composes, write it and the typed client, whose types follow its API schema.
 * Nothing is written when it does not compose.
 */
export async function buildGraph(): Promise<BuildResult> {
  const result = composeSupergraph();
  printMessages('hint', result.hints);
  if (!result.ok) {
    printMessages('error', result.errors);
    return { ok: false, errors: result.errors };
  }
  const supergraphChanged = writeSupergraph(result.supergraph);
  // Loaded here: the generator is large, and an unchanged supergraph leaves the client as it is
  // unless the registry changed, which `npm run codegen -- --check` reports.
  const { generatedFiles, writeGenerated } = await import('./typed-client');
  const { written, removed } = writeGenerated(await generatedFiles());
  return { ok: true, supergraphChanged, clientFilesWritten: written + removed };
}
