// Typing indicators are ephemeral and chatty: forward a change of state at once, repeats at most every few seconds.

/** Clients send typing:true on keystrokes; one forward per interval keeps the indicator alive on the other side. */
export const TYPING_REPEAT_MS = 2000;

/** An agent types in a handful of conversations at once; more keys than this are forgotten oldest first. */
const MAX_KEYS = 64;

export interface TypingThrottle {
  /** Whether this typing state for `key` (a conversation) should be forwarded now. */
  shouldForward(key: string, typing: boolean): boolean;
  /** Keys whose last forwarded state was typing:true, to send typing:false when the socket goes away. */
  typingKeys(): string[];
}

export function createTypingThrottle(
  now: () => number = Date.now,
  repeatMs = TYPING_REPEAT_MS,
): TypingThrottle {
  const forwarded = new Map<string, { typing: boolean; at: number }>();
  return {
    shouldForward(key, typing) {
      const last = forwarded.get(key);
      const current = now();
      const forward = typing ? !last?.typing || current - last.at >= repeatMs : last?.typing === true;
      if (!forward) return false;
      forwarded.delete(key);
      forwarded.set(key, { typing, at: current });
      if (forwarded.size > MAX_KEYS) forwarded.delete(forwarded.keys().next().value!);
      return true;
    },
    typingKeys() {
      return [...forwarded].filter(([, state]) => state.typing).map(([key]) => key);
    },
  };
}
