// The side panel's "Teach the page in this tab": the message reaches the active tab's content script, and a tab
// without one is told apart from a started lesson.
import { describe, expect, it } from 'vitest';
import { type ActiveTabPort, isTeachRequest, type TeachRequest, teachActiveTab } from './teach-request.ts';

function tabs(activeTabId: number | undefined, listening: Set<number>) {
  const delivered: [number, TeachRequest][] = [];
  const port: ActiveTabPort = {
    activeTabId: async () => activeTabId,
    async send(tabId, message) {
      if (!listening.has(tabId))
        throw new Error('Could not establish connection. Receiving end does not exist.');
      delivered.push([tabId, message]);
      // The content script's own check, as it answers.
      return isTeachRequest(message) ? { started: true } : undefined;
    },
  };
  return { port, delivered };
}

describe('teachActiveTab', () => {
  it('starts the lesson in the active tab’s content script', async () => {
    const { port, delivered } = tabs(7, new Set([7]));
    expect(await teachActiveTab(port)).toBe('started');
    expect(delivered).toEqual([[7, { type: 'parley/teach' }]]);
  });

  it('tells the agent when Parley is not running in the tab, or there is no tab', async () => {
    expect(await teachActiveTab(tabs(7, new Set()).port)).toBe('not_running');
    expect(await teachActiveTab(tabs(undefined, new Set([7])).port)).toBe('no_tab');
  });
});
