// The frame's side of the postMessage protocol: posts only to the host page's origin and hears only from it.
import { type FrameToHost, type HostToFrame, readHostCommand } from '../frame-protocol.ts';
import type { Unsubscribe } from './connection/types.ts';

export interface ParentBridge {
  /** False when there is no parent or its origin is unknown; the frame then runs standalone and stays silent. */
  readonly enabled: boolean;
  post(message: FrameToHost): void;
  onCommand(listener: (command: HostToFrame) => void): Unsubscribe;
}

export function createParentBridge(parentOrigin: string | null, win: Window = window): ParentBridge {
  const parent = win.parent;
  const enabled = parentOrigin !== null && parent !== win;
  return {
    enabled,
    post(message) {
      // targetOrigin is the validated host origin, never '*': a page that navigated the parent elsewhere hears nothing.
      if (enabled) parent.postMessage(message, parentOrigin);
    },
    onCommand(listener) {
      const onMessage = (event: MessageEvent) => {
        if (!enabled || event.origin !== parentOrigin || event.source !== parent) return;
        const command = readHostCommand(event.data);
        if (command) listener(command);
      };
      win.addEventListener('message', onMessage);
      return () => win.removeEventListener('message', onMessage);
    },
  };
}
