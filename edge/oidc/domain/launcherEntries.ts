/**
 * What the App Launcher in a module's header lists for one user: the instances of their company they
 * reach, each a top-level link to the edge's `/launch/<instance id>` (which uses the Lanyard session on
 * navigation and signs them in to the module), and the company's other instances by name only, so that
 * they know what to ask their administrator for. Pure: the caller says who the user is and what the
 * company has.
 */

export interface CompanyInstance {
  id: string;
  moduleName: string;
  instanceName: string;
  iconUrl: string | null;
  unifiedLoginEnabled: boolean;
}

export interface LauncherEntry {
  instanceId: string;
  moduleName: string;
  instanceName: string;
  /** `<issuer>/launch/<instance id>`: open it as a top-level navigation. */
  href: string;
  iconUrl: string | null;
  /** Off: the link leads to a page that says so (the module's own login page is the way in). */
  unifiedLoginEnabled: boolean;
  /** The instance whose access token asked: the module the launcher is shown in. */
  current: boolean;
}

export interface LauncherDiscoverEntry {
  moduleName: string;
  instanceName: string;
}

export interface LauncherEntries {
  entries: LauncherEntry[];
  discover: LauncherDiscoverEntry[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byModuleThenInstance(a: { moduleName: string; instanceName: string }, b: { moduleName: string; instanceName: string }): number {
  return collator.compare(a.moduleName, b.moduleName) || collator.compare(a.instanceName, b.instanceName);
}

/** Only https images (or http on this machine) become an icon; anything else is left out. */
function safeIcon(iconUrl: string | null): string | null {
  if (!iconUrl) return null;
  try {
    const url = new URL(iconUrl);
    const loopback = url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    return url.protocol === 'https:' || loopback ? url.href : null;
  } catch {
    return null;
  }
}

export function launcherEntries(input: {
  issuer: string;
  instances: readonly CompanyInstance[];
  reaches: (instanceId: string) => boolean;
  /** The instance of the client the access token was issued to, when known. */
  currentInstanceId: string | undefined;
}): LauncherEntries {
  const sorted = [...input.instances].sort(byModuleThenInstance);
  const entries: LauncherEntry[] = [];
  const discover: LauncherDiscoverEntry[] = [];
  for (const instance of sorted) {
    if (input.reaches(instance.id)) {
      entries.push({
        instanceId: instance.id,
        moduleName: instance.moduleName,
        instanceName: instance.instanceName,
        href: `${input.issuer}/launch/${encodeURIComponent(instance.id)}`,
        iconUrl: safeIcon(instance.iconUrl),
        unifiedLoginEnabled: instance.unifiedLoginEnabled,
        current: instance.id === input.currentInstanceId,
      });
    } else {
      discover.push({ moduleName: instance.moduleName, instanceName: instance.instanceName });
    }
  }
  return { entries, discover };
}
