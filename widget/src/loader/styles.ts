// The loader's stylesheet, scoped to its shadow root. `:host { all: initial !important }` wins over any host-page
// rule, because for !important declarations the shadow tree's context beats the outer page's.

/** `side` is always 'left' or 'right' (see readLoaderConfig), never merchant text, so interpolating it is safe. */
export const loaderStyles = (side: 'left' | 'right'): string =>
  `:host{all:initial!important}.l,.f{position:fixed;${side}:20px;box-sizing:border-box;margin:0;z-index:2147483647;box-shadow:0 4px 20px #0004}` +
  '.l{bottom:20px;width:56px;height:56px;padding:14px;border:0;border-radius:50%;background:var(--c,#2563eb);color:#fff;cursor:pointer}' +
  '.l:focus-visible{outline:3px solid #111;outline-offset:3px}' +
  '.l svg{display:block;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}' +
  `.b{position:absolute;top:-4px;${side === 'right' ? 'left' : 'right'}:-4px;min-width:20px;padding:0 6px;box-sizing:border-box;border-radius:10px;background:#dc2626;font:600 12px/20px system-ui,sans-serif}` +
  '[hidden]{display:none}' +
  '.f{bottom:88px;width:380px;height:600px;max-width:calc(100vw - 40px);max-height:calc(100vh - 108px);border:0;border-radius:16px;background:#fff;color-scheme:normal}' +
  '@media (max-width:640px){.f{inset:0;width:100%;height:100%;max-width:none;max-height:none;border-radius:0}}';
