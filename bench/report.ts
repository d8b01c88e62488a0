import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { MachineInfo } from './machine.ts';
import type { LoadSummary } from './measure.ts';
import type { CpuShare } from './processCpu.ts';
import type { ScenarioId, ScenarioSpec } from './scenarios.ts';
import type { BenchSettings } from './settings.ts';
import type { SignInResults } from './signInReport.ts';
import type { LockoutResults } from './lockoutReport.ts';
import type { OidcTokenSection } from './oidcTokenReport.ts';
import { alignColumns, fixed, round } from './textTable.ts';

/** The results file and the table printed at the end of `npm run bench`. */

/** The aim: gateway + edge add at most this much at p50 over asking the subgraph directly. */
export const AIM_ADDED_P50_MS = 3;

export interface ScenarioResult extends LoadSummary {
  id: ScenarioId;
  title: string;
  layer: ScenarioSpec['layer'];
  query: string;
  /** Percent of one core used by each process during the measured run. */
  cpuPercent: CpuShare;
}

export interface Ratio {
  /** Requests per second of the scenario ÷ those of (a): below 1 means slower. */
  requestsPerSecond: number;
  /** p50 latency of the scenario ÷ that of (a). */
  latencyP50: number;
  /** p99 latency of the scenario ÷ that of (a). */
  latencyP99: number;
  /** p50 latency of the scenario minus that of (a), in ms: what the extra layers cost at the median. */
  addedP50Ms: number;
}

export interface BenchResults {
  machine: MachineInfo;
  settings: BenchSettings & { user: string; autocannonRunsIn: string };
  scenarios: ScenarioResult[];
  /** Keyed "b/a", "b'/a", "c/a", "c'/a". */
  ratios: Record<string, Ratio>;
  aim: {
    maxAddedP50Ms: number;
    /** c' − a: the same identity-only question through gateway + edge: the layers' own cost. */
    sameQueryAddedP50Ms: number | undefined;
    /** c − a: the page's full question through gateway + edge, as the issue states the aim. */
    fullQueryAddedP50Ms: number | undefined;
    met: boolean | undefined;
  };
  /** Full sign-ins beside bare argon2id verifications (bench/signInReport.ts); absent when not run. */
  signIn?: SignInResults;
  /** Lockout checks against one Durable Object (issue 4). */
  lockout?: LockoutResults;
  /** The OIDC token endpoint's grants per second, beside oidc-provider's (issue 5; bench/oidcTokenReport.ts). */
  oidcTokens?: OidcTokenSection;
}

export function buildResults(
  machine: MachineInfo,
  settings: BenchResults['settings'],
  scenarios: ScenarioResult[],
): BenchResults {
  const baseline = scenarios.find((scenario) => scenario.id === 'a');
  const ratios: Record<string, Ratio> = {};
  if (baseline) {
    for (const scenario of scenarios) {
      if (scenario === baseline) continue;
      ratios[`${scenario.id}/a`] = {
        requestsPerSecond: round(scenario.requestsPerSecond.mean / baseline.requestsPerSecond.mean, 3),
        latencyP50: round(scenario.latencyMs.p50 / baseline.latencyMs.p50, 3),
        latencyP99: round(scenario.latencyMs.p99 / baseline.latencyMs.p99, 3),
        addedP50Ms: round(scenario.latencyMs.p50 - baseline.latencyMs.p50, 2),
      };
    }
  }
  const sameQuery = ratios["c'/a"]?.addedP50Ms;
  const fullQuery = ratios['c/a']?.addedP50Ms;
  return {
    machine,
    settings,
    scenarios,
    ratios,
    aim: {
      maxAddedP50Ms: AIM_ADDED_P50_MS,
      sameQueryAddedP50Ms: sameQuery,
      fullQueryAddedP50Ms: fullQuery,
      met: sameQuery === undefined || fullQuery === undefined ? undefined : Math.max(sameQuery, fullQuery) <= AIM_ADDED_P50_MS,
    },
  };
}

export async function writeResults(path: string, results: BenchResults): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}

export function renderTable(results: BenchResults): string {
  const header = ['', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'mean ms', 'non-2xx', 'errors', 'req/s ÷ a', 'p50 ÷ a', 'p50 − a ms'];
  const rows = results.scenarios.map((scenario) => {
    const ratio = results.ratios[`${scenario.id}/a`];
    return [
      `(${scenario.id})`,
      scenario.title,
      fixed(scenario.requestsPerSecond.mean, 0),
      fixed(scenario.latencyMs.p50, 2),
      fixed(scenario.latencyMs.p99, 2),
      fixed(scenario.latencyMs.mean, 2),
      String(scenario.non2xx),
      String(scenario.errors),
      ratio ? fixed(ratio.requestsPerSecond, 2) : '1',
      ratio ? fixed(ratio.latencyP50, 2) : '1',
      ratio ? signed(ratio.addedP50Ms) : '0',
    ];
  });
  const cpuHeader = ['', 'CPU % of one core during the run', ...cpuColumns];
  const cpuRows = results.scenarios.map((scenario) => [
    `(${scenario.id})`,
    scenario.title,
    ...cpuColumns.map((part) => String(scenario.cpuPercent[part] ?? 0)),
  ]);
  const { machine, settings, aim } = results;
  const verdict =
    aim.met === undefined
      ? 'not measured'
      : `${aim.met ? 'met' : 'MISSED'}: edge + gateway add ${signed(aim.sameQueryAddedP50Ms ?? Number.NaN)} ms ` +
        `(same identity-only query, c' − a) and ${signed(aim.fullQueryAddedP50Ms ?? Number.NaN)} ms (full query, c − a)`;
  return [
    `Lanyard bench: ${settings.connections} connections, ${settings.durationSeconds} s per scenario ` +
      `(after ${settings.warmUpSeconds} s of checked warm-up), ${machine.cpuCount} × ${machine.cpuModel}, node ${machine.node}`,
    '',
    alignColumns([header, ...rows], [0, 1]),
    '',
    `Aim: at most ${aim.maxAddedP50Ms} ms added at p50 over (a): ${verdict}`,
    '',
    alignColumns([cpuHeader, ...cpuRows], [0, 1]),
    `(100 = one full core; the machine has ${machine.cpuCount}. bench = this process, which runs autocannon; ` +
      `elsewhere = processes the bench did not start: above ~10 another job shared the CPUs)`,
  ].join('\n');
}

export const cpuColumns = ['bench', 'edge', 'gateway', 'identity', 'tenancy', 'modules', 'helpers', 'elsewhere'] as const;

function signed(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
}
