// Public entry of @parley/shared: protocol types, errors, intents, languages, limits, market profiles and the reply
// library. No runtime dependencies.
export * from './assist.ts';
export * from './errors.ts';
export * from './intents.ts';
export * from './languages.ts';
export * from './limits.ts';
export * from './markets/index.ts';
export * from './protocol.ts';
export * from './replies/index.ts';
export * from './team-metrics.ts';
export * from './text.ts';
