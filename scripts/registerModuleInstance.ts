import { edgeGraphQL } from './edgeGraphQL.ts';

/** A module instance as a Master just registered it: what its module needs to sign people in. */
export interface RegisteredInstance {
  instanceId: string;
  clientId: string;
  /** Shown this once (a confidential client's). */
  clientSecret: string;
}

const CREATE_MODULE_INSTANCE = /* GraphQL */ `
  mutation ($input: CreateModuleInstanceInput!) {
    createModuleInstance(input: $input) { clientSecret instance { id oidcClient { clientId } } }
  }
`;

/**
 * Registers a module instance through the edge as a signed-in Master would under Admin Settings →
 * Modules (for tests and the bench). `instance` is the API's ModuleInstanceInput; a confidential client
 * (with its secret) unless PUBLIC is asked for.
 */
export async function registerModuleInstance(
  edgeUrl: string,
  masterCookie: string,
  instance: Record<string, unknown>,
): Promise<RegisteredInstance>;
export async function registerModuleInstance(
  edgeUrl: string,
  masterCookie: string,
  instance: Record<string, unknown>,
  clientType: 'PUBLIC',
): Promise<Omit<RegisteredInstance, 'clientSecret'>>;
export async function registerModuleInstance(
  edgeUrl: string,
  masterCookie: string,
  instance: Record<string, unknown>,
  clientType: 'CONFIDENTIAL' | 'PUBLIC' = 'CONFIDENTIAL',
): Promise<Omit<RegisteredInstance, 'clientSecret'> & { clientSecret?: string }> {
  const data = await edgeGraphQL(edgeUrl, masterCookie, CREATE_MODULE_INSTANCE, { input: { clientType, instance } });
  const created = data.createModuleInstance as { clientSecret: string | null; instance: { id: string; oidcClient: { clientId: string } } };
  const registered = { instanceId: created.instance.id, clientId: created.instance.oidcClient.clientId };
  return created.clientSecret === null ? registered : { ...registered, clientSecret: created.clientSecret };
}
