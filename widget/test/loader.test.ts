// The loader's user-visible behaviour in a host page, run against the source and against the built dist/widget.js.
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import {
  distLoader,
  frameWindowOf,
  installTag,
  type LoaderRunner,
  Parley,
  postToHost,
  RELAY,
  resetPage,
  sourceLoader,
  spiedFrameWindows,
  widget,
} from './loader-harness.ts';

const SITE = { 'data-site': 'pk_test', 'data-locale': 'th-TH' };

describe.each<LoaderRunner>([sourceLoader, distLoader()])('loader ($name)', (loader) => {
  let errors: MockInstance;
  let warnings: MockInstance;
  const parleyErrors = () => errors.mock.calls.filter(([first]) => String(first).startsWith('Parley'));

  beforeEach(() => {
    resetPage();
    // Also swallows happy-dom's note that it does not load cross-origin iframes.
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  /** The frame announces itself, as dist/frame does once mounted. */
  const frameSaysReady = () => {
    const { frame } = widget();
    postToHost({ type: 'parley:ready' }, RELAY, frameWindowOf(frame).window);
  };

  it('renders a closed launcher and creates no frame until the chat is opened', () => {
    installTag(SITE);
    loader.run();
    const { launcher, frame } = widget();
    expect(launcher?.tagName).toBe('BUTTON');
    expect(launcher?.getAttribute('aria-expanded')).toBe('false');
    // One name in the page's language (th-TH here) in every state; aria-expanded says open or closed.
    expect(launcher?.getAttribute('aria-label')).toBe('แชท');
    expect(frame).toBeNull();
    expect(parleyErrors()).toEqual([]);
  });

  it('opens on click: creates the frame with the right src and sets aria-expanded', () => {
    installTag(SITE);
    loader.run();
    widget().launcher?.click();

    const { launcher, frame } = widget();
    expect(launcher?.getAttribute('aria-expanded')).toBe('true');
    expect(frame?.hidden).toBe(false);
    expect(frame?.title).toBe('แชท');
    expect(launcher?.getAttribute('aria-label')).toBe('แชท');
    const src = new URL(frame?.src ?? '');
    expect(src.origin).toBe(RELAY);
    expect(src.pathname).toBe('/frame/');
    expect(src.searchParams.get('site')).toBe('pk_test');
    expect(src.searchParams.get('locale')).toBe('th-TH');
    expect(src.searchParams.get('origin')).toBe(location.origin);

    launcher?.click();
    expect(launcher?.getAttribute('aria-expanded')).toBe('false');
    expect(widget().frame?.hidden).toBe(true);
  });

  it('passes data-greeting to the chat and names the launcher in the shopper’s language', () => {
    installTag({ ...SITE, 'data-locale': 'en-GB', 'data-greeting': 'Hi! Ask us about sizes.' });
    loader.run();
    Parley('open');
    const { launcher, frame } = widget();
    expect(new URL(frame?.src ?? '').searchParams.get('greeting')).toBe('Hi! Ask us about sizes.');
    expect(launcher?.getAttribute('aria-label')).toBe('Chat');
  });

  it('forwards the identity fields the relay knows, and nothing else', () => {
    installTag(SITE);
    loader.run();
    widget().launcher?.click();
    const frame = widget().frame;
    frameSaysReady();
    const { postMessage } = frameWindowOf(frame);
    Parley('identify', { name: 'Mai', userId: 'u_42', userHash: 'ab'.repeat(32), password: 'no', email: 7 });
    expect(postMessage.mock.calls.at(-1)?.[0]).toEqual({
      type: 'parley:identify',
      name: 'Mai',
      userId: 'u_42',
      userHash: 'ab'.repeat(32),
    });
  });

  it("uses the browser's language when the tag has no data-locale", () => {
    installTag({ 'data-site': 'pk_test' });
    loader.run();
    Parley('open');
    expect(new URL(widget().frame?.src ?? '').searchParams.get('locale')).toBe(navigator.language);
  });

  it('replays calls queued before it ran, in order, and holds frame commands until the frame is ready', () => {
    installTag(SITE, { stub: true });
    const seen: string[] = [];
    Parley('on', 'open', () => seen.push('open'));
    Parley('on', 'ready', () => seen.push('ready'));
    Parley('open');
    Parley('identify', { name: 'Somchai', email: 'somchai@example.com' });
    Parley('setLocale', 'th-TH');
    loader.run();

    expect(seen).toEqual(['open']);
    expect(widget().launcher?.getAttribute('aria-expanded')).toBe('true');
    const frameWindow = frameWindowOf(widget().frame);

    frameSaysReady();
    expect(seen).toEqual(['open', 'ready']);
    expect(frameWindow.postMessage.mock.calls).toEqual([
      [{ type: 'parley:focus' }, RELAY],
      [{ type: 'parley:identify', name: 'Somchai', email: 'somchai@example.com' }, RELAY],
      [{ type: 'parley:setLocale', locale: 'th-TH' }, RELAY],
      [{ type: 'parley:visibility', open: true }, RELAY],
    ]);

    // After ready, commands go straight through, and window.Parley is the real API now.
    Parley('identify', { name: 'Somchai P.' });
    expect(frameWindow.postMessage).toHaveBeenLastCalledWith(
      { type: 'parley:identify', name: 'Somchai P.' },
      RELAY,
    );
  });

  it('without data-site, logs an error that explains the fix and renders nothing', () => {
    installTag({ 'data-locale': 'th' }, { stub: true });
    loader.run();
    expect(parleyErrors()).toHaveLength(1);
    const message = String(parleyErrors()[0]?.[0]);
    expect(message).toContain('data-site="<public key>"');
    expect(message).toContain('script tag');
    expect(document.querySelector('parley-widget')).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('ignores messages from a foreign origin or from a window other than its frame', () => {
    installTag(SITE);
    loader.run();
    Parley('open');
    const frameWindow = frameWindowOf(widget().frame).window;
    const launcher = widget().launcher;

    postToHost({ type: 'parley:close' }, 'https://evil.example', frameWindow);
    postToHost({ type: 'parley:close' }, RELAY, window);
    postToHost({ type: 'parley:close' }, RELAY, { postMessage() {} });
    postToHost({ type: 'parley:close' }, RELAY, null);
    expect(launcher?.getAttribute('aria-expanded')).toBe('true');

    postToHost({ type: 'parley:nope' }, RELAY, frameWindow);
    postToHost('parley:close', RELAY, frameWindow);
    expect(launcher?.getAttribute('aria-expanded')).toBe('true');

    postToHost({ type: 'parley:close' }, RELAY, frameWindow);
    expect(launcher?.getAttribute('aria-expanded')).toBe('false');
  });

  it('counts agent replies while closed and hands callbacks plain metadata only', () => {
    installTag(SITE);
    loader.run();
    const received: unknown[] = [];
    Parley('on', 'message', (data: unknown) => received.push(data));
    Parley('open');
    frameSaysReady();
    Parley('close');
    const frameWindow = frameWindowOf(widget().frame).window;

    const notice = { id: 'msg_7', author: 'agent', createdAt: '2025-01-01T09:00:00.000Z', text: 'secret' };
    postToHost({ type: 'parley:message', message: notice }, RELAY, frameWindow);
    postToHost({ type: 'parley:message', message: { ...notice, author: 'visitor' } }, RELAY, frameWindow);
    postToHost({ type: 'parley:message', message: notice }, 'https://evil.example', frameWindow);

    expect(received).toEqual([
      { id: 'msg_7', author: 'agent', createdAt: '2025-01-01T09:00:00.000Z', unread: 1 },
    ]);
    const { launcher, host } = widget();
    expect(launcher?.getAttribute('aria-label')).toBe('แชท (1)');
    const badge = host?.shadowRoot?.querySelector('span');
    expect(badge?.hidden).toBe(false);
    expect(badge?.textContent).toBe('1');

    Parley('open');
    expect(badge?.hidden).toBe(true);
    expect(launcher?.getAttribute('aria-label')).toBe('แชท');
  });

  it('never posts to "*": every message goes to the relay origin only', () => {
    const ownPosts = vi.spyOn(window, 'postMessage');
    installTag(SITE, { stub: true });
    Parley('identify', { name: 'A' });
    loader.run();
    Parley('toggle');
    frameSaysReady();
    Parley('setLocale', 'vi-VN');
    Parley('identify', { email: 'a@example.com' });
    Parley('close');
    Parley('open');

    const targets = spiedFrameWindows.flatMap((spy) => spy.postMessage.mock.calls.map((call) => call[1]));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    expect(new Set(targets)).toEqual(new Set([RELAY]));
    expect(ownPosts).not.toHaveBeenCalled();
  });

  it('closes on Escape from the launcher and when the frame asks, and tells "close" listeners', () => {
    installTag(SITE);
    loader.run();
    const events: string[] = [];
    Parley('on', 'open', () => events.push('open'));
    Parley('on', 'close', () => events.push('close'));
    const { launcher } = widget();
    launcher?.click();
    launcher?.focus();
    launcher?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(launcher?.getAttribute('aria-expanded')).toBe('false');

    launcher?.click();
    postToHost({ type: 'parley:close' }, RELAY, frameWindowOf(widget().frame).window);
    expect(launcher?.getAttribute('aria-expanded')).toBe('false');
    expect(events).toEqual(['open', 'close', 'open', 'close']);
  });

  it('warns with the valid commands on an unknown command or bad arguments', () => {
    installTag(SITE);
    loader.run();
    Parley('opne');
    Parley('on', 'hover', () => {});
    expect(warnings).toHaveBeenCalledTimes(2);
    for (const [message] of warnings.mock.calls) {
      expect(message).toContain("'open', 'close', 'toggle', 'identify', 'setLocale'");
      expect(message).toContain("'on' with 'ready' | 'open' | 'close' | 'message'");
    }
  });

  it('keeps one widget when the tag is pasted twice', () => {
    installTag(SITE);
    loader.run();
    loader.run();
    expect(document.querySelectorAll('parley-widget')).toHaveLength(1);
  });

  /** A new page in the same tab: the DOM and window.Parley are gone, storage stays. */
  const navigate = () => {
    document.head.replaceChildren();
    document.body.replaceChildren();
    delete (window as unknown as { Parley?: unknown }).Parley;
    installTag(SITE);
    loader.run();
  };

  it('reopens on the next page of the same tab if the chat was open', () => {
    installTag(SITE);
    loader.run();
    Parley('open');
    navigate();
    expect(widget().launcher?.getAttribute('aria-expanded')).toBe('true');
    expect(widget().frame?.hidden).toBe(false);
  });

  it('preloads the frame, hidden, on idle for a visitor who has opened the chat before', () => {
    vi.useFakeTimers();
    try {
      installTag(SITE);
      loader.run();
      Parley('open');
      Parley('close');
      navigate();
      expect(widget().frame).toBeNull();
      vi.runAllTimers();
      expect(widget().frame?.hidden).toBe(true);
      expect(widget().launcher?.getAttribute('aria-expanded')).toBe('false');
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells the frame whether it is shown, so it sends read receipts only while the shopper can see it', () => {
    vi.useFakeTimers();
    try {
      installTag(SITE);
      loader.run();
      Parley('open');
      Parley('close');
      navigate(); // Next page: the frame is preloaded hidden.
      vi.runAllTimers();
      const frameWindow = frameWindowOf(widget().frame);
      const visibility = () =>
        frameWindow.postMessage.mock.calls
          .map(([message]) => message as { type: string; open?: boolean })
          .filter((message) => message.type === 'parley:visibility')
          .map((message) => message.open);

      frameSaysReady();
      expect(visibility()).toEqual([false]);
      Parley('open');
      Parley('close');
      expect(visibility()).toEqual([false, true, false]);

      // A frame that reloaded hears the current state again.
      Parley('open');
      frameSaysReady();
      expect(visibility()).toEqual([false, true, false, true, true]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not preload the frame for a visitor who never opened the chat', () => {
    vi.useFakeTimers();
    try {
      installTag(SITE);
      loader.run();
      vi.runAllTimers();
      expect(widget().frame).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
