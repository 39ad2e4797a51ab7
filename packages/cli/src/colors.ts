/** The styles the CLI uses. */
export interface Colors {
  yellow(text: string): string;
  red(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const same = (text: string) => text;
export const PLAIN: Colors = { yellow: same, red: same, dim: same, bold: same };

/**
 * picocolors looks at `process.stdout` when it loads, which builds Node's stream machinery: it is
 * loaded only when there is colour to draw (a terminal), never for piped or scripted runs.
 */
export async function loadColors(enabled: boolean): Promise<Colors> {
  if (!enabled) return PLAIN;
  const { default: picocolors } = await import('picocolors');
  return picocolors.createColors(true);
}
