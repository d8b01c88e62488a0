import { execFileSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** What the numbers were measured on: without it, two results files cannot be compared. */
export interface MachineInfo {
  cpuModel: string;
  cpuCount: number;
  node: string;
  platform: string;
  osRelease: string;
  totalMemoryMiB: number;
  /** 1-minute load average when the bench started: anything well above 0 means another job shared the CPUs. */
  loadAverageAtStart: number;
  date: string;
  gitCommit: string | undefined;
}

export function describeMachine(): MachineInfo {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    node: process.version,
    platform: platform(),
    osRelease: release(),
    totalMemoryMiB: Math.round(totalmem() / 1024 / 1024),
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    date: new Date().toISOString(),
    gitCommit: currentCommit(),
  };
}

function currentCommit(): string | undefined {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return undefined;
  }
}
