// The relay's pino logger: JSON lines, and never the words people type, even if a caller logs an object that holds them.
import { type Logger, pino } from 'pino';

/**
 * Fields that may hold what shoppers and agents wrote or secrets; the relay logs ids, codes and timings only,
 * and these paths are censored as a second line of defence.
 */
export const REDACTED_PATHS = [
  'text',
  '*.text',
  '*.*.text',
  'email',
  '*.email',
  'name',
  'payload.*',
  'token',
  '*.token',
  'visitorToken',
  '*.visitorToken',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
];

export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({ level: env.LOG_LEVEL ?? 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } });
}
