import { type Colors, PLAIN } from './colors.js';
import type { Format } from './formats.js';
import type { Io } from './io.js';

/** How a result looks as a table: columns for lists, labelled rows for one resource. */
export type View =
  | { kind: 'list'; columns: Array<[header: string, get: (item: never) => unknown]> }
  | { kind: 'record'; rows: Array<[label: string, get: (item: never) => unknown]> };

export interface OutputOptions {
  format: Format;
  query: string | undefined;
  quiet: boolean;
  debug: boolean;
}

export interface Progress {
  update(text: string): void;
  /** Ends the progress display (the spinner, or nothing for plain lines). */
  stop(): void;
}

/**
 * The one place that prints. stdout carries only the result, so `-o json | jq` always works;
 * progress, notices, warnings and errors go to stderr.
 */
export class Output {
  constructor(
    private readonly io: Io,
    readonly options: OutputOptions,
    private readonly colors: Colors = PLAIN,
  ) {}

  get color(): boolean {
    return this.colors !== PLAIN;
  }

  /** Prints a command's result in the chosen format, after `--query` if given. */
  async result(value: unknown, view?: View): Promise<void> {
    let shown = value;
    if (this.options.query !== undefined) shown = await applyQuery(shown, this.options.query);
    const text = await this.render(shown, this.options.query === undefined ? view : undefined);
    this.io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  /** Text already formatted for stdout (help, a completion script). */
  raw(text: string): void {
    this.io.stdout.write(text);
  }

  /** Text already formatted for stderr (help shown after a usage mistake). */
  rawError(text: string): void {
    this.io.stderr.write(text);
  }

  info(message: string): void {
    if (!this.options.quiet) this.io.stderr.write(`${message}\n`);
  }

  /** Always shown, even with --quiet: what the user must act on (a one-time password). */
  notice(message: string): void {
    this.io.stderr.write(`${this.colors.yellow(message)}\n`);
  }

  warn(message: string): void {
    if (!this.options.quiet) this.io.stderr.write(`${this.colors.yellow('warning:')} ${message}\n`);
  }

  error(message: string, hint?: string): void {
    this.io.stderr.write(`${this.colors.red('error:')} ${message}\n`);
    if (hint) this.io.stderr.write(`${hint}\n`);
  }

  debug(message: string): void {
    if (this.options.debug) this.io.stderr.write(`${this.colors.dim(message)}\n`);
  }

  /** A spinner in a terminal; one line per change otherwise (CI logs). */
  async progress(initial: string): Promise<Progress> {
    if (this.options.quiet) return { update() {}, stop() {} };
    const terminal = this.io.stderr.isTTY ? (this.io.stderr.stream() as NodeJS.WriteStream) : undefined;
    // A terminal that reports no width (some CI pseudo-terminals) cannot be redrawn in place.
    if (!terminal || !(terminal.columns > 0)) {
      let last = '';
      const line = (text: string) => {
        if (text !== last) this.io.stderr.write(`${text}\n`);
        last = text;
      };
      line(initial);
      return { update: line, stop() {} };
    }
    const { startSpinner } = await import('./lazy/spinner.js');
    const spinner = startSpinner(initial, { stream: terminal, color: this.color ? 'cyan' : 'white' });
    return { update: (text) => spinner.update({ text }), stop: () => spinner.stop() };
  }

  dim(text: string): string {
    return this.colors.dim(text);
  }

  bold(text: string): string {
    return this.colors.bold(text);
  }

  private async render(value: unknown, view: View | undefined): Promise<string> {
    if (this.options.format === 'json') return JSON.stringify(value, null, 2) ?? 'null';
    if (this.options.format === 'yaml') {
      const { stringify } = await import('./lazy/yaml.js');
      return stringify(value);
    }
    return this.table(value, view);
  }

  private async table(value: unknown, view: View | undefined): Promise<string> {
    if (value === null || value === undefined) return '';
    if (typeof value !== 'object') return String(value);
    const { Table } = await import('./lazy/table.js');
    // Borderless columns, as kubectl prints them: easy to read, and to grep or awk.
    const style = {
      head: this.color ? ['bold'] : [],
      border: [],
      'padding-left': 0,
      'padding-right': 3,
    };
    const chars = Object.fromEntries(BORDER_CHARS.map((c) => [c, '']));
    if (Array.isArray(value)) {
      if (value.length === 0) return '(none)';
      if (value.every((v) => v === null || typeof v !== 'object')) return value.map(cell).join('\n');
      const columns =
        view?.kind === 'list'
          ? view.columns
          : Object.keys(value.find((v) => v && typeof v === 'object') ?? { value: 0 }).map(
              (key) =>
                [
                  key,
                  (item: Record<string, unknown>) => (item && typeof item === 'object' ? item[key] : item),
                ] as const,
            );
      const table = new Table({ head: columns.map(([header]) => header), style, chars });
      for (const item of value)
        table.push(columns.map(([, get]) => cell((get as (i: unknown) => unknown)(item))));
      return trimLines(table.toString());
    }
    const rows =
      view?.kind === 'record'
        ? view.rows
        : Object.keys(value).map((key) => [key, (item: Record<string, unknown>) => item[key]] as const);
    const table = new Table({ style, chars });
    for (const [label, get] of rows) table.push([`${label}:`, cell((get as (i: unknown) => unknown)(value))]);
    return trimLines(table.toString());
  }
}

const BORDER_CHARS = [
  'top',
  'top-mid',
  'top-left',
  'top-right',
  'bottom',
  'bottom-mid',
  'bottom-left',
  'bottom-right',
  'left',
  'left-mid',
  'mid',
  'mid-mid',
  'right',
  'right-mid',
  'middle',
];

function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const trimLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');

/** `expression` was checked when the command started (see CliContext.create). */
async function applyQuery(value: unknown, expression: string): Promise<unknown> {
  const { search } = await import('./lazy/jmespath.js');
  // biome-ignore lint/suspicious/noExplicitAny: JMESPath takes any JSON value
  return search(value as any, expression);
}
