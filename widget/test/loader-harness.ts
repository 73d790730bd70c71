// Runs the loader the way a merchant page does, either from source or from the built dist/widget.js, so the same
// suite checks both (STYLE: the same tests run against the minified build).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInThisContext } from 'node:vm';
import { type MockInstance, vi } from 'vitest';
import { boot } from '../src/loader/boot.ts';

export const RELAY = 'https://relay.example';
export const DIST_LOADER = join(dirname(fileURLToPath(import.meta.url)), '../dist/widget.js');

export interface LoaderRunner {
  name: string;
  run(): void;
}

export const sourceLoader: LoaderRunner = { name: 'source', run: boot };

export function distLoader(): LoaderRunner {
  return {
    name: 'dist/widget.js',
    run() {
      if (!existsSync(DIST_LOADER)) {
        throw new Error(
          `${DIST_LOADER} does not exist. Build it first with \`pnpm --filter @parley/widget build\` ` +
            '(the root `pnpm test` builds before running unit tests).',
        );
      }
      // Runs the IIFE in the global scope (where happy-dom's window lives), like a <script> tag would.
      runInThisContext(readFileSync(DIST_LOADER, 'utf8'), { filename: DIST_LOADER });
    },
  };
}

/** Frames whose contentWindow.postMessage is being recorded, in creation order. */
export const spiedFrameWindows: { postMessage: MockInstance<Window['postMessage']> }[] = [];
const spied = new WeakMap<Window, MockInstance<Window['postMessage']>>();

/**
 * The frame's contentWindow (happy-dom's cross-origin WindowProxy), with postMessage recorded. The loader posts only
 * after the frame says ready, and tests reach the frame through here first, so no post goes unrecorded.
 */
export function frameWindowOf(frame: HTMLIFrameElement | null | undefined): {
  window: Window;
  postMessage: MockInstance<Window['postMessage']>;
} {
  const win = frame?.contentWindow;
  if (!win) throw new Error('The chat frame has not been created.');
  let postMessage = spied.get(win);
  if (!postMessage) {
    postMessage = vi.spyOn(win, 'postMessage');
    spied.set(win, postMessage);
    spiedFrameWindows.push({ postMessage });
  }
  return { window: win, postMessage };
}

/** The stub merchants may paste before the tag, verbatim, so calls made before the loader runs are kept. */
export const MERCHANT_STUB =
  'window.Parley = window.Parley || function(){(window.Parley.q = window.Parley.q || []).push(arguments)}';

/** Calls window.Parley as merchant code does. */
export function Parley(...args: unknown[]): void {
  (window as unknown as { Parley: (...args: unknown[]) => void }).Parley(...args);
}

/** Puts the merchant's snippet on the page: optional stub queue, then the script tag. */
export function installTag(attributes: Record<string, string>, options: { stub?: boolean } = {}): void {
  const script = document.createElement('script');
  // Only the attributes matter to the loader; this tag is never fetched (handleDisabledFileLoadingAsSuccess).
  script.setAttribute('src', `${RELAY}/widget.js`);
  script.async = true;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  if (options.stub) runInThisContext(MERCHANT_STUB);
  document.head.append(script);
}

export function resetPage(): void {
  document.head.replaceChildren();
  document.body.replaceChildren();
  delete (window as unknown as { Parley?: unknown }).Parley;
  localStorage.clear();
  sessionStorage.clear();
  spiedFrameWindows.length = 0;
}

export function widget() {
  const host = document.querySelector('parley-widget');
  const root = host?.shadowRoot ?? null;
  return {
    host,
    launcher: root?.querySelector('button') ?? null,
    frame: root?.querySelector('iframe') ?? null,
  };
}

/** Delivers a postMessage to the host page as the browser would, with the given origin and source. */
export function postToHost(data: unknown, origin: string, source: unknown): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}
