// Starts a worker thread on a TypeScript module. Under tsx (how the relay runs) Node 20 workers do not inherit
// the loader, so the worker registers tsx before importing the module; compiled JavaScript loads directly.
import { Worker } from 'node:worker_threads';

export function startModuleWorker(entry: URL, workerData?: unknown): Worker {
  const options = workerData === undefined ? {} : { workerData };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, ...options });
}
