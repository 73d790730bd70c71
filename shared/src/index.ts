// Public entry of @parley/shared: protocol types, errors, intents, languages and limits. No runtime dependencies.
export * from './errors.ts';
export * from './intents.ts';
export * from './languages.ts';
export * from './limits.ts';
export * from './protocol.ts';
export * from './text.ts';
