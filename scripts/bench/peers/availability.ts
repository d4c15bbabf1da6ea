import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../lib/root';
import { buildPeer, missingToolchain } from './build';
import { PEER_RECIPES, type PeerName, type PeerRecipe } from './recipes';

export interface PeerAvailability {
  /** The peers wanted but not run, so the caller leaves them out. */
  skipped: Set<string>;
  /** One line per peer not run, saying why, for the report. */
  notes: string[];
}

/**
 * Which Rust routers this run compares: each one wanted that is built, after building the
 * missing ones when asked (`--build-peers`). A peer that is not built, or fails to build, is left
 * out with a note saying why and what to do; the run goes on with the others.
 */
export async function availablePeers(wanted: Set<string>, build: boolean, log: (line: string) => void, recipes: readonly PeerRecipe[] = Object.values(PEER_RECIPES)): Promise<PeerAvailability> {
  const skipped = new Set<string>();
  const notes: string[] = [];
  for (const recipe of recipes) {
    if (!wanted.has(recipe.name) || existsSync(recipe.binary)) continue;
    const where = path.relative(ROOT, recipe.binary);
    if (!build) {
      const missing = missingToolchain(recipe);
      notes.push(`${recipe.label} (${recipe.licence}) is not compared: it is not built (${where}); \`npm run bench -- --build-peers\` builds it once${missing ? `, but ${missing}` : ' (tens of minutes on two cores)'}`);
      skipped.add(recipe.name);
      continue;
    }
    try {
      await buildPeer(recipe, log);
    } catch (err) {
      notes.push(`${recipe.label} (${recipe.licence}) is not compared: it could not be built: ${(err as Error).message}`);
      skipped.add(recipe.name);
    }
  }
  for (const note of notes) log(note);
  return { skipped, notes };
}

export const isPeer = (name: string): name is PeerName => name in PEER_RECIPES;
