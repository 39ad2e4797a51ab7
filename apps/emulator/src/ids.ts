import { randomBytes, randomInt } from 'node:crypto';

const hex = (chars: number) =>
  randomBytes(Math.ceil(chars / 2))
    .toString('hex')
    .slice(0, chars);

/** `in05-` + 15 hex for serverless, `in03-` for free, as the real ids look. */
export function newClusterId(plan: 'Serverless' | 'Free'): string {
  return `${plan === 'Free' ? 'in03' : 'in05'}-${hex(15)}`;
}

/** The admin user is named after the cluster id's hex part. */
export function usernameFor(clusterId: string): string {
  return `db_${clusterId.slice(5)}`;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const SYMBOLS = '#$%&*@!';

/** A 16-character password with upper, lower, digit and symbol, like the service generates. */
export function newPassword(): string {
  const chars = Array.from({ length: 13 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  chars.push(String(randomInt(10)), SYMBOLS[randomInt(SYMBOLS.length)] as string, 'Q');
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

export const newRequestId = () => hex(16);

/** ISO-8601 UTC to the second, as the service writes times. */
export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
