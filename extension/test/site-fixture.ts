// Loads a saved site page (test/fixtures/<id>.html) into happy-dom as Chromium would show it: body markup in place
// and declarative shadow roots attached. The page's own scripts are not run; tests that need the page's
// behaviour install the equivalent model from page-models.ts.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

// Paths, not URLs: happy-dom replaces the global URL class, which node:fs does not accept.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function fixtureHtml(id: string): string {
  return readFileSync(join(FIXTURES_DIR, `${id}.html`), 'utf8');
}

export function loadFixture(id: string): Document {
  return loadPage(fixtureHtml(id));
}

/** Puts a saved page's body into the test document, as `loadFixture` does for a site adapter's fixture. */
export function loadPage(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
  attachDeclarativeShadowRoots(document.body);
  onTestFinished(() => {
    document.body.replaceChildren();
  });
  return document;
}

/** What the HTML parser does with `<template shadowrootmode>` in Chromium; happy-dom's parser does not. */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({
      mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open',
    });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
