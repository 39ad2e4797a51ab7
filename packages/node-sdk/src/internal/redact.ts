const SECRET_KEYS = /^(password|apikey|api_key|authorization|token|secret)$/i;
export const REDACTED = '[redacted]';

/**
 * A copy of `value` with secret fields replaced and every occurrence of the given secrets (the API
 * key, passwords seen in answers) masked inside strings.
 */
export function redact(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return maskSecrets(value, secrets);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (value instanceof Error) return maskSecrets(`${value.name}: ${value.message}`, secrets);
  if (Array.isArray(value)) return value.map((item) => redact(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEYS.test(key) ? REDACTED : redact(item, secrets, depth + 1);
  }
  return out;
}

function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out.replace(/(Bearer\s+)\S+/gi, `$1${REDACTED}`);
}
