import { describe, expect, it } from 'vitest';
import { type NavigationSource, runPerPage } from './page-lifecycle.ts';

function manualNavigation(): NavigationSource & { navigate(): void } {
  let listener = () => {};
  return {
    subscribe(onNavigate) {
      listener = onNavigate;
      return () => {
        listener = () => {};
      };
    },
    navigate: () => listener(),
  };
}

describe('one AbortSignal per page', () => {
  it('aborts the previous ticket’s work before starting on the next one after in-page navigation', () => {
    const navigation = manualNavigation();
    const signals: AbortSignal[] = [];
    const stop = runPerPage(navigation, (signal) => signals.push(signal));
    navigation.navigate();
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    stop();
    expect(signals[1]!.aborted).toBe(true);
    navigation.navigate();
    expect(signals).toHaveLength(2);
  });
});
