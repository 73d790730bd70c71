// Turns zod failures into the one coded error clients understand: validation_failed with per-field details.
import { ParleyError } from '@parley/shared';
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "clientId" or "allowedOrigins.0"; empty for the payload itself. */
  field: string;
  message: string;
}

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  what: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const fields = [...new Set(issues.map((issue) => issue.field || what))].join(', ');
  return failValidation(`The ${what} is invalid (${fields}). See details for each field.`, issues);
}

function failValidation(message: string, issues: FieldIssue[]): never {
  throw new ParleyError('validation_failed', message, { details: { issues } });
}
