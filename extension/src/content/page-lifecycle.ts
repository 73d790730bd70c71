// One AbortSignal per page: single-page helpdesks switch tickets without a reload, and everything Parley drew
// for the previous ticket must go before the next one is read (Refined GitHub's `init(signal)` pattern).

export interface NavigationSource {
  /** Calls `onNavigate` after each in-page navigation; returns a function that stops listening. */
  subscribe(onNavigate: () => void): () => void;
}

/** The Navigation API where present (Chrome 102+), plus popstate and hashchange. */
export function windowNavigation(win: Window = window): NavigationSource {
  return {
    subscribe(onNavigate) {
      let last = win.location.href;
      const check = () => {
        if (win.location.href === last) return;
        last = win.location.href;
        onNavigate();
      };
      const navigation = (win as { navigation?: EventTarget }).navigation;
      navigation?.addEventListener('navigatesuccess', check);
      win.addEventListener('popstate', check);
      win.addEventListener('hashchange', check);
      return () => {
        navigation?.removeEventListener('navigatesuccess', check);
        win.removeEventListener('popstate', check);
        win.removeEventListener('hashchange', check);
      };
    },
  };
}

/** Runs `init` now and again after every in-page navigation, aborting the previous run's signal first. */
export function runPerPage(navigation: NavigationSource, init: (signal: AbortSignal) => void): () => void {
  let current = new AbortController();
  init(current.signal);
  const unsubscribe = navigation.subscribe(() => {
    current.abort();
    current = new AbortController();
    init(current.signal);
  });
  return () => {
    unsubscribe();
    current.abort();
  };
}
