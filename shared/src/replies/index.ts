// Reply library: scripted replies in 16 languages, their rendering, and lookups by intent.
export * from './coverage.ts';
export * from './languages.ts';
export * from './library.ts';
export * from './render.ts';
export * from './types.ts';
