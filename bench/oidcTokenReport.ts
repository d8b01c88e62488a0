import type { ClosedLoopSummary } from './closedLoop.ts';
import type { OidcProviderBaseline } from './oidcProviderBaseline.ts';
import type { OidcTokenResults } from './oidcTokenLoad.ts';
import type { CpuPart } from './processCpu.ts';
import { cpuColumns } from './report.ts';
import { alignColumns, fixed, round } from './textTable.ts';

/**
 * The token endpoint's section of the results (issue 5): Lanyard's grants per second through the edge
 * beside the same grants against oidc-provider configured alike, their ratios, the verdicts on the aims,
 * and its printed tables.
 */

/** Issue 5's aim for refresh grants: above this many per second per core. */
export const REFRESH_GRANTS_PER_CORE_AIM = 1200;
/** Issue 5's aim: at least this many times oidc-provider's refresh grants per second. */
export const REFRESH_RATIO_TO_OIDC_PROVIDER_AIM = 2;

/** What a grant cost, from the CPU shares of its measured window. */
export interface GrantCpu {
  /** CPU ms each process spent per completed grant (bench = the load generator). */
  msPerGrant: Partial<Record<CpuPart, number>>;
  /** Summed over the servers (every process the bench started but itself; not `elsewhere`). */
  serverMsPerGrant: number;
  /** Grants per second for each core the servers kept busy: 1000 ÷ serverMsPerGrant. */
  perServerCoreSecond: number;
}

export interface OidcTokenSection extends OidcTokenResults {
  /** Lanyard's grants' CPU, per kind of grant. */
  cpu: { authorizationCode: GrantCpu; refreshToken: GrantCpu };
  /** The same grants against oidc-provider, in the same run. */
  oidcProvider: OidcProviderBaseline & { cpu: { authorizationCode: GrantCpu; refreshToken: GrantCpu } };
  /** Lanyard's grants/s ÷ oidc-provider's, and the same for the servers' CPU ms per grant. */
  ratio: {
    authorizationCode: number;
    refreshToken: number;
    authorizationCodeServerCpu: number;
    refreshTokenServerCpu: number;
  };
  aim: {
    minRefreshRatio: number;
    refreshRatioMet: boolean;
    /** Refresh grants/s ÷ the machine's cores, everything sharing them. */
    refreshPerCore: number;
    minRefreshPerCore: number;
    refreshPerCoreMet: boolean;
    met: boolean;
  };
}

export function buildOidcTokenSection(lanyard: OidcTokenResults, baseline: OidcProviderBaseline, cpuCount: number): OidcTokenSection {
  const cpu = { authorizationCode: grantCpu(lanyard.authorizationCode), refreshToken: grantCpu(lanyard.refreshToken) };
  const baselineCpu = { authorizationCode: grantCpu(baseline.authorizationCode), refreshToken: grantCpu(baseline.refreshToken) };
  const refreshRatio = round(lanyard.refreshToken.perSecond / baseline.refreshToken.perSecond, 3);
  const refreshPerCore = round(lanyard.refreshToken.perSecond / cpuCount, 1);
  const refreshRatioMet = refreshRatio >= REFRESH_RATIO_TO_OIDC_PROVIDER_AIM;
  const refreshPerCoreMet = refreshPerCore > REFRESH_GRANTS_PER_CORE_AIM;
  return {
    ...lanyard,
    cpu,
    oidcProvider: { ...baseline, cpu: baselineCpu },
    ratio: {
      authorizationCode: round(lanyard.authorizationCode.perSecond / baseline.authorizationCode.perSecond, 3),
      refreshToken: refreshRatio,
      authorizationCodeServerCpu: round(cpu.authorizationCode.serverMsPerGrant / baselineCpu.authorizationCode.serverMsPerGrant, 3),
      refreshTokenServerCpu: round(cpu.refreshToken.serverMsPerGrant / baselineCpu.refreshToken.serverMsPerGrant, 3),
    },
    aim: {
      minRefreshRatio: REFRESH_RATIO_TO_OIDC_PROVIDER_AIM,
      refreshRatioMet,
      refreshPerCore,
      minRefreshPerCore: REFRESH_GRANTS_PER_CORE_AIM,
      refreshPerCoreMet,
      met: refreshRatioMet && refreshPerCoreMet,
    },
  };
}

function grantCpu(run: ClosedLoopSummary): GrantCpu {
  const msPerGrant = Object.fromEntries(
    Object.entries(run.cpuPercent).map(([part, percent]) => [part, round((percent * 10) / run.perSecond, 3)]),
  ) as Partial<Record<CpuPart, number>>;
  const serverMsPerGrant = Object.entries(msPerGrant)
    .filter(([part]) => part !== 'bench' && part !== 'elsewhere')
    .reduce((sum, [, milliseconds]) => sum + milliseconds, 0);
  return { msPerGrant, serverMsPerGrant: round(serverMsPerGrant, 3), perServerCoreSecond: round(1000 / serverMsPerGrant, 1) };
}

/** The CPU table's columns: Lanyard's processes, then the baseline's server. */
const tokenCpuColumns: CpuPart[] = [...cpuColumns.filter((part) => part !== 'helpers' && part !== 'elsewhere'), 'oidcProvider', 'helpers', 'elsewhere'];

/** The token endpoint's printed tables: both servers side by side, the ratios and aims, where the CPU went. */
export function renderOidcTokenTable(section: OidcTokenSection, cpuCount: number): string {
  const { authorizationCode: code, refreshToken: refresh, oidcProvider: baseline } = section;
  const part = (run: ClosedLoopSummary, name: string, percentile: 'p50' | 'p99') => fixed(run.partsLatencyMs[name]?.[percentile] ?? Number.NaN, 2);
  const header = ['', 'Lanyard per s', 'p50 ms', 'p99 ms', 'CPU ms', 'failures', 'oidc-provider per s', 'p50 ms', 'p99 ms', 'CPU ms', 'failures', 'Lanyard ÷ oidc-provider'];
  const grantRow = (title: string, ours: ClosedLoopSummary, oursCpu: GrantCpu, theirs: ClosedLoopSummary, theirsCpu: GrantCpu, ratio: number) => [
    title,
    fixed(ours.perSecond, 1),
    fixed(ours.latencyMs.p50, 2),
    fixed(ours.latencyMs.p99, 2),
    fixed(oursCpu.serverMsPerGrant, 2),
    String(ours.failures),
    fixed(theirs.perSecond, 1),
    fixed(theirs.latencyMs.p50, 2),
    fixed(theirs.latencyMs.p99, 2),
    fixed(theirsCpu.serverMsPerGrant, 2),
    String(theirs.failures),
    fixed(ratio, 2),
  ];
  const stepRow = (title: string, name: string) => [
    title,
    '',
    part(code, name, 'p50'),
    part(code, name, 'p99'),
    '',
    '',
    '',
    part(baseline.authorizationCode, name, 'p50'),
    part(baseline.authorizationCode, name, 'p99'),
    '',
    '',
    '',
  ];
  const table = [
    header,
    grantRow(
      'authorization_code grants (authorize + token)',
      code,
      section.cpu.authorizationCode,
      baseline.authorizationCode,
      baseline.cpu.authorizationCode,
      section.ratio.authorizationCode,
    ),
    stepRow('  of which GET /oauth2/authorize', 'authorize'),
    stepRow('  of which POST /oauth2/token', 'token'),
    grantRow('refresh_token grants (rotating)', refresh, section.cpu.refreshToken, baseline.refreshToken, baseline.cpu.refreshToken, section.ratio.refreshToken),
  ];
  const cpuRow = (title: string, run: ClosedLoopSummary) => [title, ...tokenCpuColumns.map((name) => String(run.cpuPercent[name] ?? 0))];
  const cpuMsRow = (title: string, grant: GrantCpu) => [title, ...tokenCpuColumns.map((name) => fixed(grant.msPerGrant[name] ?? 0, 2))];
  const cpu = [
    ['CPU % of one core during the run', ...tokenCpuColumns],
    cpuRow('Lanyard, authorization_code', code),
    cpuRow('Lanyard, refresh_token', refresh),
    cpuRow('oidc-provider, authorization_code', baseline.authorizationCode),
    cpuRow('oidc-provider, refresh_token', baseline.refreshToken),
    cpuMsRow('CPU ms per grant: Lanyard, code', section.cpu.authorizationCode),
    cpuMsRow('CPU ms per grant: Lanyard, refresh', section.cpu.refreshToken),
    cpuMsRow('CPU ms per grant: oidc-provider, code', baseline.cpu.authorizationCode),
    cpuMsRow('CPU ms per grant: oidc-provider, refresh', baseline.cpu.refreshToken),
  ];
  const { aim } = section;
  const lines = [
    `Token endpoint: ${code.concurrency} workers, ${code.durationSeconds} s measured per grant after a checked warm-up; ` +
      `Lanyard through the edge beside oidc-provider ${baseline.version} configured alike (bench/README.md), same run, same load generator`,
    '',
    alignColumns(table, [0]),
    '(CPU ms: CPU of the servers per grant, the load generator and other jobs left out)',
    '',
    `Aim: refresh grants at least ${REFRESH_RATIO_TO_OIDC_PROVIDER_AIM} × oidc-provider's: ${aim.refreshRatioMet ? 'met' : 'MISSED'} ` +
      `(${fixed(refresh.perSecond, 1)} ÷ ${fixed(baseline.refreshToken.perSecond, 1)} = ${fixed(section.ratio.refreshToken, 2)}; ` +
      `CPU per grant ${fixed(section.ratio.refreshTokenServerCpu, 2)} × oidc-provider's)`,
    `Aim: refresh grants above ${REFRESH_GRANTS_PER_CORE_AIM} per second per core: ${aim.refreshPerCoreMet ? 'met' : 'MISSED'} ` +
      `(${fixed(aim.refreshPerCore, 0)} per core on ${cpuCount} cores, the whole stack and the load generator sharing them; ` +
      `${fixed(section.cpu.refreshToken.perServerCoreSecond, 0)} per core the servers used, oidc-provider ` +
      `${fixed(baseline.cpu.refreshToken.perServerCoreSecond, 0)})`,
    '',
    alignColumns(cpu, [0]),
    '(elsewhere = processes the bench did not start: above ~10 another job shared the CPUs)',
  ];
  for (const [title, run] of [
    ['Lanyard, authorization_code', code],
    ['Lanyard, refresh_token', refresh],
    ['oidc-provider, authorization_code', baseline.authorizationCode],
    ['oidc-provider, refresh_token', baseline.refreshToken],
  ] as const) {
    if (run.failures > 0) {
      lines.push('', `Failed grants, ${title}:`, ...Object.entries(run.failureReasons).map(([reason, count]) => `  ${count} × ${reason}`));
    }
    if (run.stoppedOnFailures) lines.push(`Stopped after ${run.failures} failed grants (${title}).`);
  }
  return lines.join('\n');
}
