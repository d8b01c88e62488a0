/**
 * My Modules shows one tile per module, not per instance: a company that runs BMS for two regions sees
 * one BMS tile that asks which. What a tile does depends on what is behind it:
 *
 * - one instance with Unified Login: it opens that instance, signed in (the arrow);
 * - one instance without Unified Login: it opens the module's own login page (the lock);
 * - several instances: it asks which one (the stack), each instance opening as above.
 */

/** A module instance the signed-in user reaches, as `me.modules` lists them. */
export interface ReachableModuleInstance {
  id: string;
  moduleName: string;
  instanceName: string;
  baseUrl: string;
  /** Where users land after signing in through Lanyard. */
  landingPageUrl: string;
  /** The module's own login page. */
  localLoginUrl: string;
  unifiedLoginEnabled: boolean;
}

export type ModuleTile =
  | { kind: 'OPENS_SIGNED_IN' | 'OPENS_OWN_LOGIN'; moduleName: string; instance: ReachableModuleInstance }
  | { kind: 'CHOOSE_INSTANCE'; moduleName: string; instances: ReachableModuleInstance[] };

/**
 * The tiles for a user's instances, in the order the instances came (the API sorts them by module,
 * then instance), each module once. Module names are compared exactly, as the modules subgraph keeps
 * them.
 */
export function moduleTilesFor(instances: readonly ReachableModuleInstance[]): ModuleTile[] {
  const byModule = new Map<string, ReachableModuleInstance[]>();
  for (const instance of instances) {
    const sameModule = byModule.get(instance.moduleName);
    if (sameModule) sameModule.push(instance);
    else byModule.set(instance.moduleName, [instance]);
  }
  return [...byModule].map(([moduleName, moduleInstances]): ModuleTile => {
    const [only, ...others] = moduleInstances;
    if (only && others.length === 0) {
      return { kind: only.unifiedLoginEnabled ? 'OPENS_SIGNED_IN' : 'OPENS_OWN_LOGIN', moduleName, instance: only };
    }
    return { kind: 'CHOOSE_INSTANCE', moduleName, instances: moduleInstances };
  });
}

/**
 * Where a click on an instance goes: with Unified Login, the edge's launch link, which checks access
 * and has the module sign the person in through Lanyard (or opens its landing page); without, the
 * module's own login page. Every tile and the Choose an Instance dialog ask here.
 */
export function instanceAddress(instance: ReachableModuleInstance): string {
  return instance.unifiedLoginEnabled ? `/launch/${encodeURIComponent(instance.id)}` : instance.localLoginUrl;
}
