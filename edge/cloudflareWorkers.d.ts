/**
 * The few parts of the Workers runtime API the edge uses, typed here instead of through
 * @cloudflare/workers-types, whose global declarations clash with the DOM library the rest of the
 * project compiles against. Only what the edge calls is declared; see Cloudflare's Durable Objects docs.
 */
declare module 'cloudflare:workers' {
  export interface DurableObjectStorage {
    get<T>(key: string): Promise<T | undefined>;
    /** Several keys in one read; a key not stored is absent from the map. */
    get<T = unknown>(keys: string[]): Promise<Map<string, T>>;
    put<T>(key: string, value: T): Promise<void>;
    /** Several keys in one write, all or none. */
    put(entries: Record<string, unknown>): Promise<void>;
    delete(key: string): Promise<boolean>;
    delete(keys: string[]): Promise<number>;
    deleteAll(): Promise<void>;
    list<T>(options?: { prefix?: string }): Promise<Map<string, T>>;
    /** Wakes the object's alarm() at this time (ms since the epoch); one alarm per object. */
    setAlarm(scheduledTime: number): Promise<void>;
  }

  export interface DurableObjectState {
    readonly storage: DurableObjectStorage;
  }

  /** A Durable Object class: requests to one object (one name) run one at a time, in order. */
  export abstract class DurableObject<Env = unknown> {
    protected readonly ctx: DurableObjectState;
    protected readonly env: Env;
    constructor(ctx: DurableObjectState, env: Env);
  }
}

/** A binding to a Durable Object class; `get` returns a stub whose public methods are called over RPC. */
interface DurableObjectNamespace<Stub> {
  idFromName(name: string): DurableObjectId;
  get(id: DurableObjectId): Stub;
}

interface DurableObjectId {
  toString(): string;
}
