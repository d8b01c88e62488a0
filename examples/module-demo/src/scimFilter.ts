/**
 * The SCIM filters (RFC 7644 §3.4.2.2) this module answers: one equality on `userName`, `emails.value`
 * or `externalId`, which is what a provisioning client sends to ask "does this user exist already?".
 * Attribute names are case-insensitive; the value is a JSON string. Anything else is refused as
 * `invalidFilter` rather than answered wrongly.
 */

export type ScimFilter = { attribute: 'userName' | 'emails.value' | 'externalId'; value: string };

const EQUALITY = /^\s*([A-Za-z.]+)\s+eq\s+("(?:[^"\\]|\\.)*")\s*$/i;
const ATTRIBUTES = { username: 'userName', 'emails.value': 'emails.value', emails: 'emails.value', externalid: 'externalId' } as const;

export function parseScimFilter(filter: string): ScimFilter | undefined {
  const match = EQUALITY.exec(filter);
  if (!match) return undefined;
  const attribute = ATTRIBUTES[match[1]!.toLowerCase() as keyof typeof ATTRIBUTES];
  if (!attribute) return undefined;
  try {
    return { attribute, value: JSON.parse(match[2]!) as string };
  } catch {
    return undefined;
  }
}
