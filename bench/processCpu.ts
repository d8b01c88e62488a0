import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Who used the CPU during a run: the bench process (autocannon) and each Lanyard process it started,
 * read from Linux /proc. On 2 cores the load generator competes with the servers, so this tells whether
 * a number measures Lanyard or the machine. Best effort: off Linux it reports only the bench process.
 */

/**
 * `oidcProvider`: the oidc-provider baseline's server (bench/oidcProviderServer.ts); `helpers`: other
 * processes the bench started (wrangler's esbuild); `elsewhere`: every process on the machine that the
 * bench did not start (another job sharing the CPUs makes the numbers lower and noisier).
 */
export type CpuPart = 'bench' | 'identity' | 'tenancy' | 'modules' | 'gateway' | 'edge' | 'oidcProvider' | 'helpers' | 'elsewhere';

/** CPU seconds used so far, per part. */
export type CpuSnapshot = Partial<Record<CpuPart, number>>;

/** Percent of one core, per part, over a run (200 = both cores of a 2-core machine). */
export type CpuShare = Partial<Record<CpuPart, number>>;

let ticksPerSecond: number | undefined;
function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

interface ProcessEntry {
  pid: number;
  parentPid: number;
  cpuSeconds: number;
}

function readProcesses(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: split after its closing one.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parentPid = Number(fields[1]);
      const userTicks = Number(fields[11]);
      const systemTicks = Number(fields[12]);
      entries.push({ pid: Number(name), parentPid, cpuSeconds: (userTicks + systemTicks) / clockTicksPerSecond() });
    } catch {
      // exited while being read
    }
  }
  return entries;
}

function partOf(pid: number): CpuPart {
  let commandLine = '';
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return 'helpers';
  }
  if (commandLine.includes('subgraphs/identity/')) return 'identity';
  if (commandLine.includes('subgraphs/tenancy/')) return 'tenancy';
  if (commandLine.includes('subgraphs/modules/')) return 'modules';
  if (commandLine.includes('gateway/index.ts')) return 'gateway';
  if (commandLine.includes('workerd')) return 'edge';
  if (commandLine.includes('bench/oidcProviderServer.ts')) return 'oidcProvider';
  return 'helpers';
}

/** CPU seconds the whole machine has been busy (all cores, all processes), from /proc/stat. */
function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).map(Number);
  // irq/softirq include loopback networking, which no process is charged for: a few percent land in
  // `elsewhere` even on an idle machine.
  return (user + nice + system + irq + softirq + steal) / clockTicksPerSecond();
}

export function snapshotCpu(): CpuSnapshot {
  const ownUsage = process.cpuUsage();
  const snapshot: CpuSnapshot = { bench: (ownUsage.user + ownUsage.system) / 1e6 };
  let processes: ProcessEntry[];
  let machineBusy: number;
  try {
    machineBusy = machineBusySeconds();
    processes = readProcesses();
  } catch {
    return snapshot;
  }
  const childrenOf = new Map<number, ProcessEntry[]>();
  for (const entry of processes) {
    const siblings = childrenOf.get(entry.parentPid) ?? [];
    siblings.push(entry);
    childrenOf.set(entry.parentPid, siblings);
  }
  const pending = [...(childrenOf.get(process.pid) ?? [])];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const part = partOf(entry.pid);
    snapshot[part] = (snapshot[part] ?? 0) + entry.cpuSeconds;
    pending.push(...(childrenOf.get(entry.pid) ?? []));
  }
  const ours = Object.values(snapshot).reduce((sum, seconds) => sum + seconds, 0);
  snapshot.elsewhere = machineBusy - ours;
  return snapshot;
}

export function cpuShareBetween(before: CpuSnapshot, after: CpuSnapshot, wallSeconds: number): CpuShare {
  const share: CpuShare = {};
  for (const part of Object.keys(after) as CpuPart[]) {
    const used = (after[part] ?? 0) - (before[part] ?? 0);
    const percent = Math.round((used / wallSeconds) * 100);
    if (percent > 0) share[part] = percent;
  }
  return share;
}
