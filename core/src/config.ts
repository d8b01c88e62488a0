import { z } from 'zod';

/**
 * Reads configuration from environment variables through a zod schema, so that a bad value stops the
 * process at start with one line naming the variable, not a crash later.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function loadConfig<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: Record<string, string | undefined> = process.env,
): z.infer<z.ZodObject<Shape>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.join('.');
    const value = env[variable];
    return value === undefined || value === ''
      ? `${variable} is required: ${issue.message}`
      : `${variable} is invalid: ${issue.message}`;
  });
  throw new ConfigError(`Bad configuration: ${lines.join('; ')}`);
}

export const portVariable = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

/** A libSQL URL: `file:` for an embedded database, or a libSQL server (`libsql:`, `http(s):`, `ws(s):`). */
export const databaseUrlVariable = (fallback: string) =>
  z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'must be a libSQL URL such as file:data/x.db or libsql://host')
    .default(fallback);

export const httpUrlVariable = (fallback: string) => z.url({ protocol: /^https?$/ }).default(fallback);

/** A secret key of 32 random bytes in unpadded base64url, as `npm run keys` prints them. */
export const keyVariable = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be 32 bytes in base64url (43 characters)');
