// The parts of the extension APIs the specs call inside the extension's service worker (worker.evaluate), which
// run there, not in Node: declared here rather than pulling @types/chrome into the e2e package.
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
};
