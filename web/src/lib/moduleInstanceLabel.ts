/** How an instance is named wherever it stands apart from its module's tile: "BMS · Acme EU". */
export function moduleInstanceLabel(instance: { moduleName: string; instanceName: string }): string {
  return `${instance.moduleName} · ${instance.instanceName}`;
}
