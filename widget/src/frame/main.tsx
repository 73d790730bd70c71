// Entry of the chat frame (dist/frame/): reads the frame URL, then wires the socket connection, the chat store,
// the parent bridge and the UI together. Everything here is wiring; the behaviour lives in the modules it joins.
import { render } from 'preact';
import { createChatStore } from './chat-store.ts';
import { App } from './components/App.tsx';
import { COMPOSER_INPUT_ID } from './components/Composer.tsx';
import { createSocketConnection } from './connection/socket.ts';
import { loadTranslation } from './i18n/load-translation.ts';
import type { Translation } from './i18n/translation.ts';
import { loadLater } from './later-loader.ts';

import { readFrameParams } from './params.ts';
import { createParentBridge } from './parent-bridge.ts';
import { createIndexedDbSavedChat } from './saved-chat.ts';
import { trackVisibility } from './visibility.ts';
import { createVisitorTokenStore } from './visitor-token.ts';
import './styles.css';

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage; // The getter itself throws where storage is blocked.
  } catch {
    return undefined;
  }
}

const params = readFrameParams(location.href, location.ancestorOrigins);
const bridge = createParentBridge(params.parentOrigin);
const root = document.getElementById('app')!;
if (params.color) document.documentElement.style.setProperty('--accent', params.color);

if (!params.site) {
  console.error('Parley: the frame URL has no ?site=<public key>; load it through widget.js instead.');
  root.textContent = 'This chat is missing its site key.'; // Only a misconfigured page sees this.
} else {
  const tokens = createVisitorTokenStore(params.site, localStorageOrUndefined(), document);
  const connection = createSocketConnection({
    url: location.origin,
    siteKey: params.site,
    locale: params.locale,
    tokens,
  });
  const store = createChatStore(connection, {
    locale: params.locale,
    saved: createIndexedDbSavedChat(params.site),
    visible: false,
  });
  // Embedded, the frame may be preloaded hidden, so it counts as closed until the loader says otherwise; opened on
  // its own (no host page), it is open.
  const visibility = trackVisibility(document, !bridge.enabled, store.setVisible);

  const close = bridge.enabled ? () => bridge.post({ type: 'parley:close' }) : undefined;
  /** The latest request wins, so a slow chunk for an earlier setLocale cannot replace a later language. */
  let wanted: string | undefined;
  const showIn = async (locale: string | undefined) => {
    wanted = locale;
    const t: Translation = await loadTranslation(locale);
    if (wanted !== locale) return;
    document.documentElement.lang = t.language;
    document.documentElement.dir = t.dir;
    document.title = t.strings.title;
    render(
      <App store={store} onClose={close} t={t} greeting={params.greeting} visitorToken={tokens.get} />,
      root,
    );
  };

  store.onAgentMessage((message) => {
    if (message.author === 'agent' || message.author === 'bot') {
      bridge.post({
        type: 'parley:message',
        message: { id: message.id, author: message.author, createdAt: message.createdAt },
      });
    }
  });
  bridge.onCommand((command) => {
    if (command.type === 'parley:focus') document.getElementById(COMPOSER_INPUT_ID)?.focus();
    else if (command.type === 'parley:visibility') visibility.setOpen(command.open);
    else if (command.type === 'parley:setLocale') {
      store.setLocale(command.locale);
      void showIn(command.locale);
    } else {
      const { type: _, ...identity } = command;
      void store.identify(identity);
    }
  });

  // Connecting does not wait for the strings; the first paint does, so a Thai shopper never sees English flash.
  // 'ready' follows the first paint: the loader's queued 'parley:focus' needs the message box to exist.
  store.start();
  void showIn(params.locale ?? navigator.language).then(() => {
    bridge.post({ type: 'parley:ready' });
    // Once the chat is up, fetch the on-demand part at idle: an error to explain, a photo or the rating then
    // shows at once, even after the connection drops. Opening never waits for it.
    (window.requestIdleCallback ?? setTimeout)(() => loadLater().catch(() => {}));
  });
}
