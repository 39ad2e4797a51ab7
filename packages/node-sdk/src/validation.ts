import { type OperationId, operationConstraints, ValidationError } from '@zcloud/core';

interface Rule {
  readonly required: boolean;
  readonly type?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly enum?: readonly unknown[];
  readonly description?: string;
}

type Location = 'body' | 'path' | 'query';
export type OperationInput = Partial<Record<Location, object | undefined>>;

const patterns = new Map<string, RegExp>();
const regexOf = (source: string) => {
  let regex = patterns.get(source);
  if (!regex) {
    regex = new RegExp(source);
    patterns.set(source, regex);
  }
  return regex;
};

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 48 ? `${text.slice(0, 45)}...` : text;
};

/**
 * Checks an operation's input against the rules the spec gives it (generated into
 * `operationConstraints`), so that a bad name fails here with a clear message instead of as a
 * 96010 from the service. Throws ValidationError naming the field and the rule.
 */
export function validateInput(operationId: OperationId, input: OperationInput): void {
  const constraints = operationConstraints[operationId] as Partial<Record<Location, Record<string, Rule>>> & {
    closedBody?: boolean;
  };
  for (const location of ['path', 'query', 'body'] as const) {
    const rules = constraints[location];
    if (!rules) continue;
    const values = (input[location] ?? {}) as Record<string, unknown>;
    if (
      location === 'body' &&
      (typeof input.body !== 'object' || input.body === null || Array.isArray(input.body))
    ) {
      throw new ValidationError(`The request body must be an object with ${Object.keys(rules).join(', ')}.`);
    }
    for (const [field, rule] of Object.entries(rules)) checkField(field, values[field], rule);
    if (location === 'body' && constraints.closedBody) {
      const unknown = Object.keys(values).filter((key) => !(key in rules) && values[key] !== undefined);
      if (unknown.length > 0) {
        throw new ValidationError(
          `Unknown field ${show(unknown[0])} in the request body: the known fields are ${Object.keys(rules).join(', ')}.`,
          { field: unknown[0] as string },
        );
      }
    }
  }
}

function checkField(field: string, value: unknown, rule: Rule): void {
  const about = rule.description ? ` ${rule.description}` : '';
  if (value === undefined || value === null) {
    if (rule.required) throw new ValidationError(`${field} is required.${about}`, { field });
    return;
  }
  const problem = problemOf(value, rule);
  if (problem) throw new ValidationError(`Invalid ${field}: ${problem}.${about}`, { field });
}

/** What is wrong with a present value, or undefined when it keeps the rule. */
function problemOf(value: unknown, rule: Rule): string | undefined {
  if (rule.type === 'string') {
    if (typeof value !== 'string') return `expected a string, got ${show(value)}`;
    if (rule.minLength !== undefined && value.length < rule.minLength) {
      return rule.minLength === 1
        ? 'it is empty'
        : `${show(value)} is shorter than ${rule.minLength} characters`;
    }
    if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      return `${show(value)} is ${value.length} characters long, more than ${rule.maxLength}`;
    }
    if (rule.pattern !== undefined && !regexOf(rule.pattern).test(value))
      return `${show(value)} does not match ${rule.pattern}`;
  }
  if (rule.type === 'integer' || rule.type === 'number') {
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      (rule.type === 'integer' && !Number.isInteger(value))
    ) {
      return `expected ${rule.type === 'integer' ? 'a whole number' : 'a number'}, got ${show(value)}`;
    }
    if (rule.minimum !== undefined && value < rule.minimum) return `${value} is less than ${rule.minimum}`;
    if (rule.maximum !== undefined && value > rule.maximum) return `${value} is more than ${rule.maximum}`;
  }
  if (rule.enum && !rule.enum.includes(value))
    return `${show(value)} is not one of ${rule.enum.map(show).join(', ')}`;
  return undefined;
}
