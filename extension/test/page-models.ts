// Models of how pages' frameworks see their composer, so tests check what the page's send handler would get.

/**
 * React's controlled field: React remembers the last value it set or saw on the element (via an instance-level
 * `value` property) and ignores input events that do not change it. `state()` is what React's onChange stored.
 */
export function reactControlled(field: HTMLTextAreaElement | HTMLInputElement): { state(): string } {
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const native = Object.getOwnPropertyDescriptor(prototype, 'value')!;
  let tracked = native.get!.call(field) as string;
  let state = tracked;
  Object.defineProperty(field, 'value', {
    configurable: true,
    get: () => native.get!.call(field),
    set: (value: string) => {
      tracked = String(value);
      native.set!.call(field, value);
    },
  });
  field.addEventListener('input', () => {
    const now = native.get!.call(field) as string;
    if (now !== tracked) {
      tracked = now;
      state = now;
    }
  });
  return { state: () => state };
}

/** A rich-text editor (Draft.js, ProseMirror, CKEditor) whose model changes only through input events. */
export function richTextEditor(editor: HTMLElement): { model(): string } {
  let model = editor.textContent ?? '';
  editor.addEventListener('input', () => {
    model = editor.textContent ?? '';
  });
  return { model: () => model };
}
