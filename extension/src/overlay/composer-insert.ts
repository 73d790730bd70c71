// Puts a reply into the page's own composer the way typing would, so the page's framework (React state, Draft.js,
// ProseMirror, CKEditor) records it and the page's own Send button sends it. Parley never sends anything itself.
import { isContentEditable } from '../sites/page-reader.ts';

/** Replaces the composer's draft with `text`. */
export function insertIntoComposer(composer: HTMLElement, text: string): void {
  composer.focus();
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    setNativeValue(composer, text);
  } else if (isContentEditable(composer)) {
    insertIntoEditable(composer, text);
  } else {
    throw new Error(
      'The reply box is neither a text field nor an editable area; teach Parley this page again.',
    );
  }
}

/**
 * React keeps its own copy of a controlled field's value on the element and ignores an input event whose value
 * it already knows; writing through the prototype's setter bypasses that copy, so the event reads as typing.
 */
function setNativeValue(field: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, text);
  else field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function insertIntoEditable(editor: HTMLElement, text: string): void {
  selectContents(editor);
  // execCommand goes through the browser's editing pipeline (beforeinput, input, undo stack), which rich-text
  // editors handle as if the agent typed; it is deprecated but has no replacement for this.
  const doc = editor.ownerDocument;
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) return;
  const init: InputEventInit = {
    inputType: 'insertText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  // Editors that own their model cancel beforeinput and apply the text themselves.
  if (!editor.dispatchEvent(new InputEvent('beforeinput', init))) return;
  editor.textContent = text;
  editor.dispatchEvent(new InputEvent('input', { ...init, cancelable: false }));
}

function selectContents(editor: HTMLElement): void {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  selection.removeAllRanges();
  selection.addRange(range);
}
