import type { RunningStack } from '../../scripts/lib/stack';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { e2eStack?: RunningStack }).e2eStack?.stop();
}
