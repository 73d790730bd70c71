// The loader's public API, window.Parley(command, ...args) (DESIGN §Contracts 4): replays the stub queue, owns the
// open state and unread count, and is the host page's only channel to the frame, pinned to the relay origin.
import { type HostToFrame, IDENTITY_FIELDS, readFrameMessage } from '../frame-protocol.ts';
import { type LoaderConfig, readLoaderConfig } from './config.ts';
import { createWidgetUi } from './widget-ui.ts';

type Callback = (data?: unknown) => void;

/** window.Parley before and after boot: the merchant's stub has `q`, the booted API has `loaded`. */
interface ParleyFunction {
  (command: unknown, ...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
  loaded?: true;
}

const EVENTS = ['ready', 'open', 'close', 'message'];
const USAGE =
  "Parley: bad command; use 'open', 'close', 'toggle', 'identify', 'setLocale', " +
  "'on' with 'ready' | 'open' | 'close' | 'message'.";

declare global {
  interface Window {
    Parley?: ParleyFunction;
  }
}

function store(kind: 'localStorage' | 'sessionStorage', key: string, value?: string | null): string | null {
  // Storage getters throw when the host page's storage is blocked; the widget must keep working without it.
  try {
    const storage = window[kind];
    if (value === null) storage.removeItem(key);
    else if (value !== undefined) storage.setItem(key, value);
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function boot(): void {
  if (window.Parley?.loaded) return; // The tag was pasted twice; the first copy owns the page.
  // currentScript is only set while this script's top level runs, so read the tag before waiting for <body>.
  const config = readLoaderConfig(document);
  if (!config) return;
  if (document.body) start(config);
  else document.addEventListener('DOMContentLoaded', () => start(config));
}

function start(config: LoaderConfig): void {
  const listeners: Record<string, Callback[]> = {};
  /** Commands for the frame, held in order until it says ready. */
  const pending: HostToFrame[] = [];
  const openKey = `parley:open:${config.site}`;
  const engagedKey = `parley:engaged:${config.site}`;
  let ready = false;
  let isOpen = false;
  let unread = 0;

  const ui = createWidgetUi(config, () => setOpen(!isOpen));

  const emit = (event: string, data?: unknown) => {
    for (const callback of listeners[event] ?? []) {
      try {
        callback(data);
      } catch (error) {
        console.error(`Parley: the '${event}' callback threw.`, error);
      }
    }
  };

  const post = (command: HostToFrame) => {
    // Never '*': only the relay origin may receive what the host page says to the chat.
    ui.existingFrame()?.contentWindow?.postMessage(command, config.relayOrigin);
  };

  /** The frame sends read receipts only while it is shown, and cannot see the loader hiding it. */
  const tellVisibility = () => post({ type: 'parley:visibility', open: isOpen });

  const toFrame = (command: HostToFrame) => {
    if (ready) post(command);
    else pending.push(command);
  };

  function setOpen(open: boolean, restoring?: boolean): void {
    if (open === isOpen) return;
    isOpen = open;
    if (open) {
      ui.frame();
      unread = 0;
      store('localStorage', engagedKey, '1');
      // Restoring after a navigation must not pull focus away from the page the visitor just opened.
      if (!restoring) toFrame({ type: 'parley:focus' });
    } else if (ui.hasFocus()) {
      ui.launcher.focus();
    }
    store('sessionStorage', openKey, open ? '1' : null);
    ui.setOpen(open, unread);
    if (ready) tellVisibility();
    emit(open ? 'open' : 'close');
  }

  const run = (command: unknown, args: unknown[]) => {
    const [first, second] = args;
    switch (command) {
      case 'open':
      case 'close':
        return setOpen(command === 'open');
      case 'toggle':
        return setOpen(!isOpen);
      case 'identify':
        if (typeof first === 'object' && first) {
          const command: HostToFrame = { type: 'parley:identify' };
          // Only known string fields: anything else could not cross postMessage or is not ours to send.
          for (const field of IDENTITY_FIELDS) {
            const value = (first as Record<string, unknown>)[field];
            if (typeof value === 'string') command[field] = value;
          }
          return toFrame(command);
        }
        break;
      case 'setLocale':
        if (typeof first === 'string') {
          config.locale = first; // Used if the frame is created later.
          if (ui.existingFrame()) toFrame({ type: 'parley:setLocale', locale: first });
          return;
        }
        break;
      case 'on':
        if (typeof first === 'string' && EVENTS.includes(first) && typeof second === 'function') {
          listeners[first] = [...(listeners[first] ?? []), second as Callback];
          // Late 'ready' subscribers are told at once, as with DOMContentLoaded-style helpers.
          if (first === 'ready' && ready) (second as Callback)();
          return;
        }
    }
    console.warn(USAGE, command, ...args);
  };

  addEventListener('message', (event) => {
    const frameWindow = ui.existingFrame()?.contentWindow;
    if (event.origin !== config.relayOrigin || !frameWindow || event.source !== frameWindow) return;
    const message = readFrameMessage(event.data);
    if (message?.type === 'parley:ready') {
      // A frame that reloaded says ready again: it gets the open state, but the queue and 'ready' happen once.
      if (!ready) {
        ready = true;
        for (const command of pending.splice(0)) post(command);
        emit('ready');
      }
      tellVisibility();
    } else if (message?.type === 'parley:close') {
      setOpen(false);
    } else if (message?.type === 'parley:message') {
      if (!isOpen) unread++;
      ui.setOpen(isOpen, unread);
      emit('message', { ...message.message, unread });
    }
  });

  // Escape inside the frame is handled by the frame; this covers focus on the launcher.
  ui.host.shadowRoot?.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && isOpen) setOpen(false);
  });

  const stub = window.Parley;
  const api: ParleyFunction = (command, ...args) => run(command, args);
  api.loaded = true;
  window.Parley = api;
  for (const call of stub?.q ?? []) run(call[0], Array.prototype.slice.call(call, 1));

  if (!isOpen && store('sessionStorage', openKey)) setOpen(true, true);
  // A visitor who has chatted here before gets the frame on idle, so replies raise the unread badge and
  // 'message' events; everyone else pays for the frame only when they open it.
  if (!isOpen && store('localStorage', engagedKey)) {
    const preload = () =>
      'requestIdleCallback' in window
        ? requestIdleCallback(ui.frame, { timeout: 5000 })
        : setTimeout(ui.frame, 500);
    if (document.readyState === 'complete') preload();
    else addEventListener('load', preload);
  }
}
