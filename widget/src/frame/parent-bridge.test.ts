import { describe, expect, it, vi } from 'vitest';
import type { HostToFrame } from '../frame-protocol.ts';
import { createParentBridge } from './parent-bridge.ts';

const HOST = 'https://shop.example';

/** A frame window whose parent records what it is sent. */
function frameWindow() {
  const parent = { postMessage: vi.fn() };
  const win = Object.assign(new EventTarget(), { parent }) as unknown as Window;
  const deliver = (data: unknown, origin: string, source: unknown) =>
    win.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
  return { win, parent, deliver };
}

describe('createParentBridge', () => {
  it('posts to the host origin only', () => {
    const { win, parent } = frameWindow();
    createParentBridge(HOST, win).post({ type: 'parley:ready' });
    expect(parent.postMessage.mock.calls).toEqual([[{ type: 'parley:ready' }, HOST]]);
  });

  it('stays silent without a validated host origin', () => {
    const { win, parent } = frameWindow();
    const bridge = createParentBridge(null, win);
    bridge.post({ type: 'parley:close' });
    expect(bridge.enabled).toBe(false);
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('accepts well-formed commands from the parent at the host origin, and nothing else', () => {
    const { win, parent, deliver } = frameWindow();
    const commands: HostToFrame[] = [];
    createParentBridge(HOST, win).onCommand((command) => commands.push(command));

    deliver({ type: 'parley:setLocale', locale: 'th-TH' }, 'https://evil.example', parent);
    deliver({ type: 'parley:setLocale', locale: 'th-TH' }, HOST, { postMessage() {} });
    deliver({ type: 'parley:identify', name: 42 }, HOST, parent);
    deliver({ type: 'parley:eval', code: 'alert(1)' }, HOST, parent);
    deliver({ type: 'parley:identify', name: 'Somchai', extra: '<b>' }, HOST, parent);
    deliver({ type: 'parley:focus' }, HOST, parent);
    deliver({ type: 'parley:visibility', open: 'yes' }, HOST, parent);
    deliver({ type: 'parley:visibility', open: false }, HOST, parent);

    expect(commands).toEqual([
      { type: 'parley:identify', name: 'Somchai' },
      { type: 'parley:focus' },
      { type: 'parley:visibility', open: false },
    ]);
  });
});
