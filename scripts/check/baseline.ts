import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/root';

const SUPERGRAPH_IN_GIT = 'schema/supergraph.graphql';

export interface Baseline {
  label: string;
  supergraph: string;
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function atRef(ref: string, label: string): Baseline {
  let supergraph: string;
  try {
    supergraph = git(['show', `${ref}:${SUPERGRAPH_IN_GIT}`]);
  } catch (err) {
    throw new Error(`cannot read ${SUPERGRAPH_IN_GIT} at ${ref}: ${((err as { stderr?: string }).stderr ?? (err as Error).message).trim()}`);
  }
  return { label, supergraph };
}

/** The first of `main` and `origin/main` that git knows, with the merge base of HEAD and it. */
function mergeBaseWithMain(): { ref: string; base: string } {
  for (const ref of ['main', 'origin/main']) {
    try {
      return { ref, base: git(['merge-base', 'HEAD', ref]) };
    } catch {
      // Not known here: try the next.
    }
  }
  throw new Error('no merge base with main (neither main nor origin/main is known to git): choose a baseline with --base REF or --base-file PATH');
}

/** The supergraph the proposal is judged against: a file, a git ref, or by default the merge base with main. */
export function resolveBaseline(options: { baseFile?: string; base?: string }): Baseline {
  if (options.baseFile) {
    const file = path.resolve(options.baseFile);
    try {
      return { label: path.relative(ROOT, file) || file, supergraph: readFileSync(file, 'utf8') };
    } catch (err) {
      throw new Error(`cannot read the baseline ${options.baseFile}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  if (options.base) return atRef(options.base, options.base);
  const { ref, base } = mergeBaseWithMain();
  return atRef(base, `the merge base with ${ref} (${base.slice(0, 10)})`);
}
