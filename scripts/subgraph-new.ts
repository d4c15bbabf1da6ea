/**
 * npm run subgraph:new -- --name <name> --ministry <CODE> [--label "…"] [--port N] [--database NAME] [--dry-run]
 * Scaffolds a new partner's subgraph in the shape of the others, on the shared runtime, and adds it
 * wherever the code lists the subgraphs or the ministries. Exit code 2 (nothing written) when refused.
 */
import { ROOT } from './lib/root';
import { runSubgraphNew } from './scaffold/cli';

process.exitCode = runSubgraphNew(process.argv.slice(2), { root: ROOT, out: (line) => console.log(line), err: (line) => console.error(line) });
