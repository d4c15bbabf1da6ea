import { stackInfo } from './stack-info';

/** Database commands each subgraph has sent so far, by subgraph and command name, from its Prometheus `/metrics`. */
export async function databaseCommands(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const url of Object.values(stackInfo().subgraphUrls)) {
    const text = await (await fetch(new URL('/metrics', url))).text();
    for (const match of text.matchAll(/^satu_graf_db_commands_total\{subgraph="([^"]+)",command="([^"]+)"\} (\d+)$/gm)) {
      counts[`${match[1]} ${match[2]}`] = Number(match[3]);
    }
  }
  return counts;
}

/**
 * The commands sent while `work` runs, by subgraph and command name (e.g. `kp2mi find`);
 * tests run one at a time, so nothing else is counted.
 */
export async function commandsDuring(work: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = await databaseCommands();
  await work();
  const after = await databaseCommands();
  const sent = Object.entries(after).map(([key, count]) => [key, count - (before[key] ?? 0)] as const);
  return Object.fromEntries(sent.filter(([, count]) => count > 0));
}
