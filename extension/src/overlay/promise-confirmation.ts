// The overlay's one rule for replies that promise something (a refund, a discount): nothing goes into the page's
// composer until the agent confirms it, for a suggestion and a composed reply alike.
import { el } from './dom.ts';

export interface PromiseConfirmation {
  /** Where the question shows; place it next to what the agent chose. */
  box: HTMLElement;
  /**
   * Inserts at once when `commitments` is empty or the agent already asked to insert this same reply (`key`),
   * else asks first and inserts on "Insert anyway".
   */
  offer(key: string, commitments: readonly string[], insert: () => void): void;
  hide(): void;
}

export function createPromiseConfirmation(): PromiseConfirmation {
  const box = el('div', { class: 'confirm', hidden: '' });

  function hide(): void {
    box.hidden = true;
    delete box.dataset.key;
    box.replaceChildren();
  }

  function ask(key: string, commitments: readonly string[], insert: () => void): void {
    box.dataset.key = key;
    const yes = el('button', { type: 'button' }, 'Insert anyway');
    const no = el('button', { type: 'button' }, 'Cancel');
    yes.addEventListener('click', () => {
      hide();
      insert();
    });
    no.addEventListener('click', hide);
    box.replaceChildren(
      el(
        'p',
        { role: 'alert' },
        `This reply promises ${commitments.join(', ')}. Check the store's policy before sending it.`,
      ),
      yes,
      no,
    );
    box.hidden = false;
    yes.focus();
  }

  return {
    box,
    hide,
    offer(key, commitments, insert) {
      // Choosing the same promising reply again (Alt+3 twice) is the confirmation.
      if (commitments.length > 0 && box.dataset.key !== key) {
        ask(key, commitments, insert);
        return;
      }
      hide();
      insert();
    },
  };
}
