// The checks every site adapter passes against its saved page: an agent would notice any of these failing.
import { describe, expect, it } from 'vitest';
import {
  findBuyerMessages,
  findComposer,
  findMessages,
  isBuyerMessage,
  isContentEditable,
  messageText,
} from '../src/sites/page-reader.ts';
import { adapterForUrl } from '../src/sites/registry.ts';
import type { SiteAdapter } from '../src/sites/site-adapter.ts';
import { loadFixture } from './site-fixture.ts';

export interface AdapterExpectations {
  /** A real page address the adapter must claim. */
  pageUrl: string;
  /** The buyer's messages in the fixture, in order, as the agent reads them. */
  buyerTexts: string[];
  /** Texts written by the seller, agents, bots or the system: none may be treated as the buyer's. */
  otherTexts: string[];
  composer: 'textarea' | 'contenteditable';
  /** True when the reply box sits inside a shadow root. */
  composerInShadowRoot?: boolean;
}

export function describeSiteAdapter(adapter: SiteAdapter, expected: AdapterExpectations): void {
  describe(`${adapter.name} adapter on its saved page`, () => {
    it('applies to the site’s real address', () => {
      expect(adapterForUrl(expected.pageUrl)?.id).toBe(adapter.id);
    });

    it('finds the buyer’s messages and reads their text', () => {
      const page = loadFixture(adapter.id);
      const texts = findBuyerMessages(page, adapter).map((message) => messageText(message, adapter));
      expect(texts.filter((text) => text !== '')).toEqual(expected.buyerTexts);
    });

    it('skips the seller’s, agents’, bots’ and system messages', () => {
      const page = loadFixture(adapter.id);
      const others = findMessages(page, adapter).filter((message) => !isBuyerMessage(message, adapter));
      expect(others.map((message) => messageText(message, adapter)).filter((t) => t !== '')).toEqual(
        expected.otherTexts,
      );
      for (const text of expected.otherTexts) expect(expected.buyerTexts).not.toContain(text);
    });

    it('finds the reply box', () => {
      const page = loadFixture(adapter.id);
      const composer = findComposer(page, adapter);
      expect(composer, 'no composer found').toBeDefined();
      if (expected.composer === 'textarea') expect(composer).toBeInstanceOf(HTMLTextAreaElement);
      else expect(isContentEditable(composer!)).toBe(true);
      expect(composer!.getRootNode() instanceof ShadowRoot).toBe(expected.composerInShadowRoot ?? false);
    });
  });
}
