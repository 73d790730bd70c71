// Set by vite.frame.config.ts: the folder under /frame/i18n/ that holds this build's strings, named after the list
// of keys, so a frame never reads a cached file written for another order of keys.
declare const __PARLEY_UI_STRINGS__: string;
