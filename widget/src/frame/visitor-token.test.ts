import { describe, expect, it } from 'vitest';
import { type CookieJar, createVisitorTokenStore } from './visitor-token.ts';

/** localStorage as a cross-site frame sees it when the browser blocks third-party storage. */
const blockedStorage = {
  getItem(): string | null {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
  removeItem() {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
};

/** Enough of document.cookie: each write sets or (Max-Age=0) deletes one cookie; reads list them. */
function cookieJar(): CookieJar & { writes: string[] } {
  const cookies = new Map<string, string>();
  const writes: string[] = [];
  return {
    writes,
    get cookie() {
      return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(line: string) {
      writes.push(line);
      const [pair = ''] = line.split('; ');
      const [name = '', value = ''] = pair.split('=');
      if (line.includes('Max-Age=0')) cookies.delete(name);
      else cookies.set(name, value);
    },
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('createVisitorTokenStore', () => {
  it('keeps the token in localStorage under parley:visitor:<site> for the next page', () => {
    const storage = memoryStorage();
    createVisitorTokenStore('pk_1', storage, cookieJar()).set('token-a');
    expect(storage.items.get('parley:visitor:pk_1')).toBe('token-a');
    expect(createVisitorTokenStore('pk_1', storage).get()).toBe('token-a');
  });

  it('survives a reload through a partitioned cookie when third-party storage is blocked', () => {
    const jar = cookieJar();
    createVisitorTokenStore('pk_1', blockedStorage, jar).set('token-b');
    expect(jar.writes[0]).toContain('Partitioned');
    expect(jar.writes[0]).toContain('Path=/frame/');
    expect(createVisitorTokenStore('pk_1', blockedStorage, jar).get()).toBe('token-b');
  });

  it('forgets the token everywhere on clear, and works in memory when nothing else does', () => {
    const storage = memoryStorage();
    const jar = cookieJar();
    const tokens = createVisitorTokenStore('pk_1', storage, jar);
    tokens.set('token-c');
    tokens.clear();
    expect(createVisitorTokenStore('pk_1', storage, jar).get()).toBeUndefined();

    const isolated = createVisitorTokenStore('pk_1', blockedStorage);
    isolated.set('token-d');
    expect(isolated.get()).toBe('token-d');
  });
});
