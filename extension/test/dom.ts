// Test harness: mounts Preact trees in happy-dom and drives them the way an agent would (labels, buttons, keys).
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { onTestFinished } from 'vitest';

/** Renders into a fresh container that is unmounted and removed when the test finishes. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(node, container);
  });
  onTestFinished(async () => {
    await act(() => {
      render(null, container);
    });
    container.remove();
  });
  return container;
}

/** Unmounts early, as closing the side panel would; the end-of-test cleanup then has nothing left to do. */
export async function unmount(container: HTMLElement): Promise<void> {
  await act(() => {
    render(null, container);
  });
}

/** Pretends the page is shown or hidden (another tab, a minimised window), firing `visibilitychange`. */
export async function setDocumentVisible(visible: boolean): Promise<void> {
  await act(() => {
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (visible ? 'visible' : 'hidden'),
    });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  onTestFinished(() => {
    // Back to happy-dom's own getter on the prototype.
    delete (document as { visibilityState?: unknown }).visibilityState;
  });
}

export async function blur(el: HTMLElement): Promise<void> {
  await act(() => {
    el.dispatchEvent(new FocusEvent('blur'));
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
}

/** Lets timers and renders run for a while, for asserting that something did not happen. */
export async function settle(ms = 20): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}

/** Retries `check` until it stops throwing, letting timers, promises and Preact renders run in between. */
export async function waitFor<T>(check: () => T, timeoutMs = 1500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
    }
  }
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A button by its visible name (or aria-label), as a screen reader would announce it. */
export function getButton(root: ParentNode, name: string): HTMLButtonElement {
  const match = [...root.querySelectorAll('button')].find(
    (b) => text(b) === name || b.getAttribute('aria-label') === name,
  );
  if (!match) throw new Error(`No button named "${name}"`);
  return match;
}

/** A form control by the text of its <label>. */
export function getByLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const found = [...root.querySelectorAll('label')].find((l) => text(l) === label);
  const control = found?.htmlFor ? root.querySelector<T>(`[id="${found.htmlFor}"]`) : null;
  if (!control) throw new Error(`No control labelled "${label}"`);
  return control;
}

export function getAll(root: ParentNode, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

export function get(root: ParentNode, selector: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`Nothing matches ${selector}`);
  return el;
}

export function textOf(el: Element): string {
  return text(el);
}

export async function click(el: HTMLElement): Promise<void> {
  await act(() => {
    el.click();
  });
}

export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function pressKey(el: HTMLElement, key: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}
