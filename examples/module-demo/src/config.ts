import { z } from 'zod';

/**
 * What one running module-demo needs to know, read from environment variables and checked at start:
 * a bad value stops the process with one line naming the variable, not a crash at the first sign-in.
 * One process is one instance of the module for one Lanyard company, so every value here is that
 * instance's (its client id, its SCIM token, its own accounts).
 */

/** http is accepted only on this machine: anywhere else tokens and passwords would cross the network in clear. */
export function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

const origin = (what: string) =>
  z
    .url({ protocol: /^https?$/ })
    .transform((value) => new URL(value))
    .refine((url) => url.protocol === 'https:' || isLoopbackHttp(url), `${what} must be https (http only on 127.0.0.1 or localhost)`)
    .refine((url) => url.pathname === '/' && !url.search && !url.hash, `${what} must be an origin only, such as http://127.0.0.1:5101`)
    .transform((url) => url.origin);

/** An account the module has before anyone provisions it; `password` is optional (SSO only without). */
export const seedAccountSchema = z.object({
  username: z.string().min(1).max(64),
  email: z.email(),
  displayName: z.string().min(1).max(128),
  password: z.string().min(8).optional(),
  role: z.string().min(1).default('member'),
});
export type SeedAccount = z.input<typeof seedAccountSchema>;

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(5101),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: origin('PUBLIC_URL'),
  MODULE_NAME: z.string().min(1).default('Module Demo'),
  INSTANCE_NAME: z.string().min(1).default('Demo'),
  LANYARD_ISSUER: origin('LANYARD_ISSUER'),
  OIDC_CLIENT_ID: z.string().min(1),
  OIDC_CLIENT_SECRET: z.string().min(1),
  // At least 128 bits written out: Lanyard's provisioning holds it, anyone else who does can create users.
  SCIM_TOKEN: z.string().min(22, 'must be at least 22 characters (128 bits of randomness)'),
  LOCAL_ACCOUNTS: z
    .string()
    .default('[]')
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'must be a JSON array of {username, email, displayName, password?, role?}' });
        return z.NEVER;
      }
    })
    .pipe(z.array(seedAccountSchema)),
});

export interface ModuleDemoConfig {
  port: number;
  host: string;
  /** Its own address, origin only: redirect and post-logout URIs are built from it. */
  publicUrl: string;
  moduleName: string;
  instanceName: string;
  /** Lanyard's issuer (its edge's origin), where discovery starts. */
  lanyardIssuer: string;
  clientId: string;
  clientSecret: string;
  scimToken: string;
  localAccounts: SeedAccount[];
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadModuleDemoConfig(env: Record<string, string | undefined> = process.env): ModuleDemoConfig {
  // An empty variable counts as unset, so that `PORT= npm start` takes the default.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = environmentSchema.safeParse(given);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '');
      const detail = issue.path.length > 1 ? ` (at ${issue.path.slice(1).join('.')})` : '';
      return given[variable] === undefined ? `${variable} is required` : `${variable} is invalid${detail}: ${issue.message}`;
    });
    throw new ConfigError(`Bad configuration: ${lines.join('; ')}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    publicUrl: parsed.PUBLIC_URL,
    moduleName: parsed.MODULE_NAME,
    instanceName: parsed.INSTANCE_NAME,
    lanyardIssuer: parsed.LANYARD_ISSUER,
    clientId: parsed.OIDC_CLIENT_ID,
    clientSecret: parsed.OIDC_CLIENT_SECRET,
    scimToken: parsed.SCIM_TOKEN,
    localAccounts: parsed.LOCAL_ACCOUNTS,
  };
}
