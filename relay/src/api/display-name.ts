// Names others will see (sites, agents, personas), cleaned of bidi tricks and refused when nothing is left.
import { cleanDisplayName, ParleyError } from '@parley/shared';

export function requireDisplayName(name: string, field = 'name'): string {
  const cleaned = cleanDisplayName(name);
  if (!cleaned) {
    throw new ParleyError(
      'validation_failed',
      `The ${field} is empty once invisible characters are removed.`,
      {
        details: {
          issues: [{ field, message: 'Empty after removing invisible and direction-control characters.' }],
        },
      },
    );
  }
  return cleaned;
}
