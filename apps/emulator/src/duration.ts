/** Parses `500ms`, `3s`, `2m`, `1h` or a bare number of milliseconds. Undefined when unreadable. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = match[2] ?? 'ms';
  return Math.round(value * { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[unit as 'ms']);
}
