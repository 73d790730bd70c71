// `?iife` / `?script` imports resolve to the built file name (for chrome.scripting).
/// <reference types="@crxjs/vite-plugin/client" />
