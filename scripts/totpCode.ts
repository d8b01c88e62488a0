import { totpCodeAt } from '../subgraphs/identity/domain/totp.ts';

/** `npm run totp -- <base32 secret>`: the current code, to sign in as a demo user without a phone. */
const secret = process.argv[2]?.replace(/\s+/g, '').toUpperCase();
if (!secret || !/^[A-Z2-7]+=*$/.test(secret)) {
  console.error('Usage: npm run totp -- <base32 secret>');
  process.exit(1);
}
console.log(await totpCodeAt(secret, new Date()));
