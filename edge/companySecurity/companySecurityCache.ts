import { compileIpAccessList, type CompiledIpAccessList } from '@lanyard/core/ipAccessList';
import type { CompanySecurity } from '@lanyard/core/securitySettings';
import type { CompanySecurityObjectStub } from './companySecurityObject.ts';

/**
 * A company's security ready for deciding requests: the settings, the compiled access list, and the
 * version of its access groups (see CompanySecurityObject), which grants compare with the one their
 * user's claims were fetched at.
 */
export interface EnforcedCompanySecurity {
  security: CompanySecurity;
  accessList: CompiledIpAccessList;
  accessVersion: number;
}

/**
 * How long an isolate trusts its own copy before asking the company's object again: the bound on how
 * late a change reaches an isolate that did not carry it (the one that did drops its copy at once).
 */
export const ISOLATE_COPY_MS = 2000;

type Fetch = (companyId: string, requestId: string) => Promise<CompanySecurity>;

/**
 * Three levels, nearest first: this isolate's copy (for ISOLATE_COPY_MS), the company's Durable Object
 * (explicitly invalidated when tenancy reports a change, and refetched after COPY_MAX_AGE_MS whatever
 * happens), tenancy itself through the gateway.
 */
export class CompanySecurityCache {
  readonly #objects: DurableObjectNamespace<CompanySecurityObjectStub>;
  readonly #fetch: Fetch;
  readonly #copies = new Map<string, { value: EnforcedCompanySecurity; until: number }>();

  constructor(objects: DurableObjectNamespace<CompanySecurityObjectStub>, fetch: Fetch) {
    this.#objects = objects;
    this.#fetch = fetch;
  }

  async get(companyId: string, requestId: string, now = Date.now()): Promise<EnforcedCompanySecurity> {
    const copy = this.#copies.get(companyId);
    if (copy && copy.until > now) return copy.value;
    const object = this.object(companyId);
    const cached = await object.read(now);
    let security = cached.security;
    if (!security) {
      security = await this.#fetch(companyId, requestId);
      await object.store(security, cached.generation, now);
    }
    const value = { security, accessList: compileIpAccessList(security.ipAccessList), accessVersion: cached.accessVersion };
    this.#copies.set(companyId, { value, until: now + ISOLATE_COPY_MS });
    return value;
  }

  /** Tenancy changed the company's settings: every level drops its copy. */
  async invalidate(companyId: string): Promise<void> {
    this.#copies.delete(companyId);
    await this.object(companyId).invalidate();
  }

  /** Tenancy changed the company's access groups: every level moves on to the next access version. */
  async noteAccessChanged(companyId: string): Promise<void> {
    this.#copies.delete(companyId);
    await this.object(companyId).noteAccessChanged();
  }

  object(companyId: string): CompanySecurityObjectStub {
    return this.#objects.get(this.#objects.idFromName(companyId));
  }
}
