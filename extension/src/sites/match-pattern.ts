// Chrome match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns), so the
// content script picks the same adapter Chrome injected it for.

/** True when `url` is matched by `pattern` (`<scheme>://<host>/<path>`, `*` wildcards as Chrome defines them). */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file|ftp):/.test(url);
  const parsed = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`"${pattern}" is not a Chrome match pattern (expected scheme://host/path).`);
  const [, scheme, host, path] = parsed as unknown as [string, string, string, string];
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? targetScheme !== 'http' && targetScheme !== 'https' : scheme !== targetScheme)
    return false;
  if (!hostMatches(host, target.hostname)) return false;
  return globToRegExp(path).test(target.pathname + target.search);
}

function hostMatches(patternHost: string, hostname: string): boolean {
  // A port in a pattern is not part of Chrome's syntax for hosts we declare; compare the name alone.
  const host = patternHost.replace(/:\d+$/, '');
  if (host === '*') return true;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    return hostname === base || hostname.endsWith(`.${base}`);
  }
  return hostname === host;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
