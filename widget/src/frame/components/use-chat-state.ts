// Subscribes a component to a ChatStore; the store stays framework-free and testable on its own.
import { useEffect, useState } from 'preact/hooks';
import type { ChatState, ChatStore } from '../chat-store.ts';

export function useChatState(store: ChatStore): ChatState {
  const [state, setState] = useState(store.getState);
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setState(store.getState()));
    setState(store.getState()); // Catch updates made between the first render and this effect.
    return unsubscribe;
  }, [store]);
  return state;
}
