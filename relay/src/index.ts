// Public entry of @parley/relay: the relay factory and the types tests and other packages start it with.
export type { LanguageEngine } from './ai/index.ts';
export type { SiteListing } from './app.ts';
export type { Principal } from './auth/principal.ts';
export type { BuildDirs } from './build-output.ts';
export { DEFAULT_PORT, loadConfig, type RelayConfig } from './config.ts';
export type { DemoAccess } from './demo/seed.ts';
export type { RateLimits } from './rate-limit/limits.ts';
export type { RateLimitOptions } from './rate-limit/token-bucket.ts';
export { type CreateRelayOptions, createRelay, type Relay } from './relay.ts';
export type { Storage } from './storage/types.ts';
