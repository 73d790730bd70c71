// The loader's DOM in the host page: one host element whose shadow root holds the launcher and, once needed, the frame.
// Everything is built with createElement/textContent; no string of any origin is ever parsed as HTML.
import type { LoaderConfig } from './config.ts';
import { loaderStyles } from './styles.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
// Stroked icons: a speech bubble, and a cross while open.
const CHAT_ICON = 'M4 5h16v11H10l-6 4z';
const CLOSE_ICON = 'M6 6l12 12M18 6 6 18';

export interface WidgetUi {
  host: HTMLElement;
  launcher: HTMLButtonElement;
  /** Creates the frame on first call; later calls return the same one. */
  frame(): HTMLIFrameElement;
  /** The frame if it was created, without creating it. */
  existingFrame(): HTMLIFrameElement | undefined;
  setOpen(open: boolean, unread: number): void;
  /** True when keyboard focus is on the launcher or inside the frame. */
  hasFocus(): boolean;
}

export function frameUrl(config: LoaderConfig): string {
  const url = new URL('/frame/', config.relayOrigin);
  const { site, locale, color, greeting } = config;
  for (const [name, value] of Object.entries({ site, locale, origin: location.origin, color, greeting })) {
    if (value) url.searchParams.set(name, value);
  }
  return url.href;
}

/**
 * The launcher's name in the shopper's language, for screen readers (aria-expanded says open or closed). Only the
 * languages whose word is not "Chat"; the frame carries the full UI strings, this script cannot afford them.
 */
const CHAT_WORDS: Record<string, string> = {
  th: 'แชท',
  vi: 'Trò chuyện',
  id: 'Obrolan',
  ms: 'Sembang',
  fr: 'Discussion',
  pt: 'Conversa',
  ja: 'チャット',
  ko: '채팅',
  zh: '聊天',
  ar: 'دردشة',
  he: "צ'אט",
  ru: 'Чат',
  tr: 'Sohbet',
  pl: 'Czat',
  hi: 'चैट',
};

export function chatWord(locale: string): string {
  return CHAT_WORDS[locale.slice(0, 2)] ?? 'Chat';
}

export function createWidgetUi(config: LoaderConfig, onLauncherClick: () => void): WidgetUi {
  const host = document.createElement('parley-widget');
  host.id = 'parley-widget';
  // Open mode: the conversation is protected by the cross-origin frame, not by the shadow root, and open
  // roots stay reachable by Playwright and accessibility tooling.
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = loaderStyles(config.position);
  if (config.nonce) style.nonce = config.nonce;

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'l';
  if (config.color) launcher.style.setProperty('--c', config.color);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const icon = document.createElementNS(SVG_NS, 'path');
  svg.append(icon);
  const badge = document.createElement('span');
  badge.className = 'b';
  badge.setAttribute('aria-hidden', 'true');
  launcher.append(svg, badge);
  launcher.addEventListener('click', onLauncherClick);

  root.append(style, launcher);
  (document.body ?? document.documentElement).append(host);

  let iframe: HTMLIFrameElement | undefined;
  const word = chatWord(config.locale);

  const ui: WidgetUi = {
    host,
    launcher,
    frame() {
      if (iframe) return iframe;
      iframe = document.createElement('iframe');
      iframe.className = 'f';
      iframe.id = 'parley-frame';
      iframe.title = word;
      iframe.hidden = true;
      // The frame may open links in new tabs but may never navigate or script the host page.
      iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups');
      iframe.src = frameUrl(config);
      launcher.setAttribute('aria-controls', iframe.id);
      root.append(iframe);
      return iframe;
    },
    existingFrame: () => iframe,
    setOpen(open, unread) {
      if (iframe) iframe.hidden = !open;
      launcher.setAttribute('aria-expanded', String(open));
      icon.setAttribute('d', open ? CLOSE_ICON : CHAT_ICON);
      badge.hidden = open || unread === 0;
      badge.textContent = unread > 9 ? '9+' : `${unread}`;
      // One name in every state, as ARIA asks of a toggle; the unread count is part of it while closed.
      launcher.setAttribute('aria-label', open || !unread ? word : `${word} (${unread})`);
    },
    // Focus inside a shadow root or a frame shows up on the document as focus on the host element.
    hasFocus: () => document.activeElement === host,
  };
  ui.setOpen(false, 0);
  return ui;
}
