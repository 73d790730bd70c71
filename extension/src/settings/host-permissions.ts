// Which sites the overlay may run on: Chrome's optional host permissions, asked for one site at a time.

/** `chrome.permissions`, narrowed to origins, so tests and the console can supply their own. */
export interface HostPermissions {
  contains(origins: string[]): Promise<boolean>;
  /** Must be called straight from a click: Chrome refuses permission prompts without a user gesture. */
  request(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
}

export function chromeHostPermissions(permissions: typeof chrome.permissions): HostPermissions {
  return {
    contains: (origins) => permissions.contains({ origins }),
    request: (origins) => permissions.request({ origins }),
    remove: (origins) => permissions.remove({ origins }),
  };
}

/** The match pattern for one site the agent typed (`desk.example.com` or a full URL), or null if it is not one. */
export function sitePattern(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // Match patterns carry no port; the host alone is what Chrome grants.
  if (!url.hostname || url.hostname.includes('*')) return null;
  return `${url.protocol}//${url.hostname}/*`;
}
