import { describe, expect, it } from 'vitest';
import { generic } from './generic.ts';
import { findComposer } from './page-reader.ts';

describe('findComposer', () => {
  it('finds the page’s reply box in an open shadow root, but never a box in Parley’s own overlay', () => {
    document.body.replaceChildren();
    // Parley's panel holds a textarea of its own (compose assist), ahead of the page's composer.
    const panel = document.createElement('parley-suggestions');
    panel.attachShadow({ mode: 'open' }).append(document.createElement('textarea'));
    const desk = document.createElement('desk-composer');
    const pageBox = document.createElement('textarea');
    desk.attachShadow({ mode: 'open' }).append(pageBox);
    document.body.append(panel, desk);
    expect(findComposer(document, generic)).toBe(pageBox);
  });
});
