/** How My Modules lists instances: by module name, then instance name, ignoring case. */
export function compareModuleInstances(
  a: { moduleName: string; instanceName: string },
  b: { moduleName: string; instanceName: string },
): number {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  return collator.compare(a.moduleName, b.moduleName) || collator.compare(a.instanceName, b.instanceName);
}
