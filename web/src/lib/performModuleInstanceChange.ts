import type { Client, CombinedError } from '@urql/core';
import type { ModuleInstanceAction, ModuleInstanceChangeDone } from './moduleInstanceActions.ts';
import { deleteModuleInstanceMutation, rotateClientSecretMutation, setUnifiedLoginMutation } from './moduleInstancesDocuments.ts';

/**
 * A change to an existing instance from its row in the list (editing has a form of its own), with what
 * the page says once it is done.
 */
export type ModuleInstanceChange = { done: ModuleInstanceChangeDone['kind'] } & (
  | { kind: 'SET_UNIFIED_LOGIN'; instanceId: string; enabled: boolean }
  | { kind: 'ROTATE_SECRET'; instanceId: string }
  | { kind: 'DELETE'; instanceId: string }
);

/** The change behind a row's button; null for Edit, which opens the form instead. */
export function moduleInstanceChangeFor(action: ModuleInstanceAction, instanceId: string): ModuleInstanceChange | null {
  switch (action) {
    case 'TURN_UNIFIED_LOGIN_OFF':
      return { kind: 'SET_UNIFIED_LOGIN', instanceId, enabled: false, done: 'UNIFIED_LOGIN_OFF' };
    case 'TURN_UNIFIED_LOGIN_ON':
      return { kind: 'SET_UNIFIED_LOGIN', instanceId, enabled: true, done: 'UNIFIED_LOGIN_ON' };
    case 'ROTATE_SECRET':
      return { kind: 'ROTATE_SECRET', instanceId, done: 'SECRET_ROTATED' };
    case 'DELETE':
      return { kind: 'DELETE', instanceId, done: 'DELETED' };
    case 'EDIT':
      return null;
  }
}

/**
 * Sends the mutation behind a change; answers its error, or the new client secret of a rotation (shown
 * once: the server keeps only a fingerprint of it).
 */
export async function performModuleInstanceChange(
  client: Client,
  change: ModuleInstanceChange,
): Promise<{ error: CombinedError } | { error?: undefined; clientSecret: string | null }> {
  switch (change.kind) {
    case 'SET_UNIFIED_LOGIN': {
      const { instanceId, enabled } = change;
      const result = await client.mutation(setUnifiedLoginMutation, { instanceId, enabled }).toPromise();
      return result.error ? { error: result.error } : { clientSecret: null };
    }
    case 'ROTATE_SECRET': {
      const result = await client.mutation(rotateClientSecretMutation, { instanceId: change.instanceId }).toPromise();
      return result.error ? { error: result.error } : { clientSecret: result.data?.rotateClientSecret.clientSecret ?? null };
    }
    case 'DELETE': {
      const result = await client.mutation(deleteModuleInstanceMutation, { instanceId: change.instanceId }).toPromise();
      return result.error ? { error: result.error } : { clientSecret: null };
    }
  }
}
