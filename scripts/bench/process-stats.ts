import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time and peak memory of a process and its descendants, from Linux's /proc (the
 * benchmark's host). CPU is user + system time; peak RSS is the kernel's high-water mark.
 */
const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

function children(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function tree(pid: number): number[] {
  return [pid, ...children(pid).flatMap(tree)];
}

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime
  } catch {
    return 0;
  }
}

/** CPU milliseconds used so far by the process tree. */
export function cpuMs(pid: number): number {
  return (tree(pid).reduce((sum, p) => sum + cpuTicks(p), 0) * 1000) / TICKS_PER_SECOND;
}

/** Peak resident memory (VmHWM) of the process tree, in MB: the largest process's, summed over the tree. */
export function peakRssMb(pid: number): number {
  let kb = 0;
  for (const p of tree(pid)) {
    try {
      const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      kb += match ? Number(match[1]) : 0;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}

export function procAvailable(): boolean {
  try {
    readFileSync('/proc/self/stat');
    return true;
  } catch {
    return false;
  }
}
