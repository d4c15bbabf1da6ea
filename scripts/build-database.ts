/** npm run db:build: builds the embedded database's launcher (skipped when a build of the current sources exists). */
import { ensureLauncher, launcherPath } from './lib/launcher';
import { ROOT } from './lib/root';
import path from 'node:path';

try {
  ensureLauncher((line) => console.error(`[db:build] ${line}`));
  console.error(`[db:build] ready: ${path.relative(ROOT, launcherPath())}`);
} catch (err) {
  console.error(`[db:build] ${(err as Error).message}`);
  process.exit(1);
}
