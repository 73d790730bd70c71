import type { AgentPersona, ComposeResult, LintWarning } from '@parley/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { click, getByLabel, pressKey, typeInto, waitFor } from '../../test/dom.ts';
import { reactControlled, richTextEditor } from '../../test/page-models.ts';
import { type ScriptedAssist, scriptedAssist } from '../../test/scripted-assist.ts';
import { loadFixture, loadPage } from '../../test/site-fixture.ts';
import { AssistError } from '../assist/assist-client.ts';
import { generic } from '../sites/generic.ts';
import { findComposer } from '../sites/page-reader.ts';
import { shopee } from '../sites/shopee.ts';
import type { SiteAdapter } from '../sites/site-adapter.ts';
import { zendesk } from '../sites/zendesk.ts';
import { PANEL_TAG, startSuggestionPanel } from './suggestion-panel.ts';

const DRAFT = 'Please stop using the cream and see a doctor.';
const THAI = 'รบกวนหยุดใช้ครีมทันทีนะคะ หากมีอาการขอให้ไปพบแพทย์นะคะ';
const MEANS = 'Please stop using the cream right away. If you have symptoms, please see a doctor.';

const politeness: LintWarning = {
  kind: 'culture',
  ruleId: 'th-particle',
  term: 'particle',
  reason: 'Thai replies without a polite particle read as curt.',
  fix: 'End the sentence with ค่ะ or ครับ.',
};
const refund: LintWarning = {
  kind: 'policy',
  ruleId: 'commitment:refund',
  term: 'refund',
  reason: 'This commits the shop to a refund.',
  fix: 'Send it only if you can honour it for this order.',
};

const adapted = (extra: Partial<ComposeResult> = {}): Partial<ComposeResult> => ({
  text: THAI,
  backTranslation: MEANS,
  source: 'llm',
  ...extra,
});

let controller = new AbortController();
afterEach(() => controller.abort());

async function openPanel(
  adapter: SiteAdapter,
  assist: ScriptedAssist = scriptedAssist({ composed: { [DRAFT]: adapted() } }),
  persona?: AgentPersona,
) {
  controller = new AbortController();
  startSuggestionPanel({ adapter, assist, agentLanguage: 'en', persona, signal: controller.signal });
  const panel = await waitFor(() => document.querySelector(PANEL_TAG)!.shadowRoot!);
  // The buyer's language comes from the suggestions' answer to the latest message: let it arrive first.
  await waitFor(() => expect(assist.suggestedFor.length).toBeGreaterThan(0));
  const draft = getByLabel<HTMLTextAreaElement>(panel, 'Write in your language');
  const adaptButton = panel.querySelector<HTMLButtonElement>('[data-testid="parley-compose-adapt"]')!;
  const byTestId = (id: string) => panel.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  async function adapt(text: string): Promise<void> {
    await typeInto(draft, text);
    await click(adaptButton);
    await waitFor(() => expect(byTestId('parley-compose-status')!.textContent).not.toBe('Adapting…'));
  }
  return { assist, panel, draft, adapt, byTestId };
}

describe('compose assist in the suggestion panel', () => {
  it('asks for the draft in the buyer’s language from the latest message’s analysis, in the agent’s persona', async () => {
    loadFixture('shopee');
    const assist = scriptedAssist({ language: 'zh-Hant' });
    const { adapt } = await openPanel(shopee, assist, { displayName: 'Krit', gender: 'male' });
    await adapt(`  ${DRAFT}  `);
    expect(assist.composeRequests).toEqual([
      {
        text: DRAFT,
        buyerLanguage: 'zh-Hant',
        agentLanguage: 'en',
        persona: { displayName: 'Krit', gender: 'male' },
      },
    ]);
  });

  it('shows the buyer-language text, what it means, and each warning with its fix', async () => {
    loadFixture('shopee');
    const assist = scriptedAssist({ composed: { [DRAFT]: adapted({ warnings: [politeness] }) } });
    const { adapt, byTestId, panel } = await openPanel(shopee, assist);
    await adapt(DRAFT);
    expect(byTestId('parley-compose-text')!.textContent).toBe(THAI);
    expect(byTestId('parley-compose-text')!.lang).toBe('th');
    expect(byTestId('parley-compose-back')!.textContent).toBe(`Means: ${MEANS}`);
    const warning = byTestId('parley-compose-warning')!;
    expect(warning.textContent).toContain('Culture:');
    expect(warning.textContent).toContain('Thai replies without a polite particle read as curt.');
    expect(warning.textContent).toContain('Fix: End the sentence with ค่ะ or ครับ.');
    expect(warning.classList).toContain('warning--culture');
    expect(panel.querySelectorAll('[data-testid="parley-compose-warning"]')).toHaveLength(1);
  });

  it('keeps hostile markup in the draft’s adaptation, meaning and warnings as text', async () => {
    loadFixture('shopee');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const assist = scriptedAssist({
      composed: {
        [DRAFT]: adapted({
          text: hostile,
          backTranslation: hostile,
          warnings: [{ ...politeness, reason: hostile, fix: hostile }],
        }),
      },
    });
    const { adapt, byTestId, panel } = await openPanel(shopee, assist);
    await adapt(DRAFT);
    expect(byTestId('parley-compose-text')!.textContent).toBe(hostile);
    expect(byTestId('parley-compose-back')!.textContent).toBe(`Means: ${hostile}`);
    expect(byTestId('parley-compose-warning')!.textContent).toContain(hostile);
    expect(panel.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('Insert fills a React-controlled textarea with the buyer-language text', async () => {
    loadFixture('shopee');
    const react = reactControlled(findComposer(document, shopee) as HTMLTextAreaElement);
    const { adapt, byTestId } = await openPanel(shopee);
    await adapt(DRAFT);
    await click(byTestId('parley-compose-insert')!);
    expect(react.state()).toBe(THAI);
  });

  it('Insert fills a contenteditable rich-text editor through input events', async () => {
    loadFixture('zendesk');
    const editor = richTextEditor(findComposer(document, zendesk) as HTMLElement);
    const { adapt, byTestId } = await openPanel(zendesk);
    await adapt(DRAFT);
    await click(byTestId('parley-compose-insert')!);
    expect(editor.model()).toBe(THAI);
  });

  it('Insert fills a React-controlled one-line input', async () => {
    loadPage(`
      <div role="log"><div data-author="customer"><p class="message-text">ใช้ครีมนี้แล้วแพ้ค่ะ</p></div></div>
      <input class="reply" type="text">`);
    // A helpdesk whose reply box is a one-line input, as a taught lesson can point at.
    const oneLine = { ...generic, selectors: { ...generic.selectors, composer: 'input.reply' } };
    const react = reactControlled(document.querySelector<HTMLInputElement>('input.reply')!);
    const { adapt, byTestId } = await openPanel(oneLine);
    await adapt(DRAFT);
    await click(byTestId('parley-compose-insert')!);
    expect(react.state()).toBe(THAI);
  });

  it('a reply that promises a refund is inserted only after the agent confirms', async () => {
    loadFixture('shopee');
    const react = reactControlled(findComposer(document, shopee) as HTMLTextAreaElement);
    const assist = scriptedAssist({ composed: { [DRAFT]: adapted({ warnings: [refund] }) } });
    const { adapt, byTestId, panel } = await openPanel(shopee, assist);
    await adapt(DRAFT);
    expect(byTestId('parley-compose-warning')!.classList).toContain('warning--policy');
    await click(byTestId('parley-compose-insert')!);
    expect(react.state()).toBe('');
    expect(panel.querySelector('[role="alert"]')?.textContent).toContain('promises refund');
    const confirm = [...panel.querySelectorAll('button')].find((b) => b.textContent === 'Insert anyway')!;
    await click(confirm);
    expect(react.state()).toBe(THAI);
  });

  it('offline with no script close enough: says so, shows the lint, and offers nothing to insert', async () => {
    loadFixture('shopee');
    const untranslated: LintWarning = {
      kind: 'language',
      ruleId: 'untranslated',
      term: 'Text in your own language',
      reason: 'This reply is written in en, but the buyer reads th.',
      fix: 'Use compose assist to send it in the buyer’s language, or pick a suggestion.',
    };
    const assist = scriptedAssist({
      composed: { [DRAFT]: { text: null, backTranslation: null, source: 'none', warnings: [untranslated] } },
    });
    const { adapt, byTestId } = await openPanel(shopee, assist);
    await adapt(DRAFT);
    expect(byTestId('parley-compose-status')!.textContent).toMatch(/no scripted reply is close/i);
    expect(byTestId('parley-compose-warning')!.textContent).toContain('the buyer reads th');
    expect(byTestId('parley-compose-text')).toBeNull();
    expect(byTestId('parley-compose-insert')).toBeNull();
  });

  it('an offline template is shown as the closest script, for the agent to check', async () => {
    loadFixture('shopee');
    const assist = scriptedAssist({ composed: { [DRAFT]: adapted({ source: 'template' }) } });
    const { adapt, byTestId } = await openPanel(shopee, assist);
    await adapt(DRAFT);
    expect(byTestId('parley-compose-status')!.textContent).toMatch(/closest scripted reply/);
    expect(byTestId('parley-compose-text')!.textContent).toBe(THAI);
  });

  it('says why when the agent has not signed in', async () => {
    loadFixture('shopee');
    const assist = scriptedAssist({
      failWith: new AssistError('not_configured', 'Sign in from the Parley side panel first.'),
    });
    const { adapt, byTestId } = await openPanel(shopee, assist);
    await adapt(DRAFT);
    expect(byTestId('parley-compose-status')!.textContent).toBe(
      'Could not adapt: Sign in from the Parley side panel first.',
    );
    expect(byTestId('parley-compose-insert')).toBeNull();
  });

  it('Ctrl+Enter adapts; editing afterwards withdraws the stale adaptation', async () => {
    loadFixture('shopee');
    const { draft, byTestId } = await openPanel(shopee);
    await typeInto(draft, DRAFT);
    await pressKey(draft, 'Enter', { ctrlKey: true });
    await waitFor(() => expect(byTestId('parley-compose-text')!.textContent).toBe(THAI));
    await typeInto(draft, `${DRAFT} Thanks!`);
    expect(byTestId('parley-compose-insert')).toBeNull();
    expect(byTestId('parley-compose-status')!.textContent).toBe('Changed: adapt again before inserting.');
  });

  it('typing in the draft does not reach the page’s own keyboard shortcuts', async () => {
    loadFixture('shopee');
    const { draft } = await openPanel(shopee);
    const seenByPage: string[] = [];
    document.addEventListener('keydown', (event) => seenByPage.push(event.key), {
      signal: controller.signal,
    });
    // Composed, as real key events are: otherwise it would stop at the shadow root anyway.
    await pressKey(draft, 'r', { composed: true });
    expect(seenByPage).toEqual([]);
  });

  it('with no buyer message on the page, says so instead of guessing a language', async () => {
    loadPage('<div role="log"></div><textarea></textarea>');
    controller = new AbortController();
    const assist = scriptedAssist({});
    startSuggestionPanel({ adapter: generic, assist, agentLanguage: 'en', signal: controller.signal });
    const panel = document.querySelector(PANEL_TAG)!.shadowRoot!;
    await typeInto(getByLabel<HTMLTextAreaElement>(panel, 'Write in your language'), DRAFT);
    await click(panel.querySelector<HTMLButtonElement>('[data-testid="parley-compose-adapt"]')!);
    await waitFor(() =>
      expect(panel.querySelector('[data-testid="parley-compose-status"]')!.textContent).toBe(
        'Could not adapt: No buyer message on the page yet to answer.',
      ),
    );
    expect(assist.composeRequests).toEqual([]);
  });
});
