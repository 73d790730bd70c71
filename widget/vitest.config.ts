// The widget's test project: happy-dom for loader and frame tests; the loader suite also runs against dist/widget.js.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'widget',
    environment: 'happy-dom',
    include: ['test/**/*.test.ts?(x)', 'src/**/*.test.ts?(x)'],
    environmentOptions: {
      happyDOM: {
        settings: {
          // The merchant's <script src> in loader tests is never fetched, and that is not an error.
          handleDisabledFileLoadingAsSuccess: true,
          // Frames get a real cross-origin contentWindow (so origin/source checks are exercised) but load nothing.
          enableIframePageLoading: true,
          navigation: { disableChildFrameNavigation: true },
        },
      },
    },
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
