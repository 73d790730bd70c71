// Market (culture) profiles: how to write to buyers in each market, plus Intl formatting for that market.
export * from './culture-issues.ts';
export * from './format.ts';
export * from './lookup.ts';
export * from './profiles.ts';
export * from './types.ts';
