// @vitest-environment node
// The extension's manifest keeps DESIGN.md's promises: side panel, service worker, no install-time host access,
// no remote code. Checks the source manifest and the built one (`pnpm test` always builds first).
/// <reference types="node" />
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import manifest, { SIDE_PANEL_PATH } from '../manifest.config.ts';
import { adapterHostPatterns } from '../src/sites/registry.ts';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const built = existsSync(join(dist, 'manifest.json'));

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string };
  side_panel?: { default_path?: string };
  permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
};

function checkManifest(m: Manifest) {
  expect(m.manifest_version).toBe(3);
  expect(m.name).toBe('Parley — multilingual support copilot');
  expect(m.host_permissions ?? []).toEqual([]);
  // The overlay is registered at runtime on granted sites only (chrome.scripting), never declared for all.
  expect(m.content_scripts ?? []).toEqual([]);
  expect(m.permissions).toEqual(['storage', 'sidePanel', 'scripting', 'notifications']);
  expect(m.optional_host_permissions).toEqual(adapterHostPatterns());
  // No page can probe for Parley: nothing is web-accessible.
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.side_panel?.default_path).toBe(SIDE_PANEL_PATH);
  expect(m.background?.service_worker).toMatch(/\.(js|ts)$/);
  // Everything the extension runs ships inside it: no script path may point off the package.
  for (const path of [m.background?.service_worker, m.side_panel?.default_path]) {
    expect(path).not.toMatch(/^[a-z]+:/i);
  }
  expect(m.content_security_policy).toBeUndefined();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('extension manifest', () => {
  it('source manifest', async () => {
    const resolved =
      typeof manifest === 'function'
        ? await manifest({ command: 'build', mode: 'production' })
        : await manifest;
    checkManifest(resolved as unknown as Manifest);
  });

  it('built manifest, side panel page and scripts', () => {
    // Fail, never skip: a missing build would otherwise let an unbuilt extension pass.
    expect(built, `No build in ${dist}. Run \`pnpm build\` first.`).toBe(true);
    const m = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
    checkManifest(m);
    expect(existsSync(join(dist, SIDE_PANEL_PATH))).toBe(true);
    expect(existsSync(join(dist, m.background!.service_worker!))).toBe(true);
    for (const file of filesUnder(dist)) {
      if (file.endsWith('.html')) {
        const html = readFileSync(file, 'utf8');
        expect(html, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
        expect(html, file).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
      }
      if (file.endsWith('.js')) {
        const js = readFileSync(file, 'utf8');
        expect(js, file).not.toMatch(/\bimport\s*\(\s*["']https?:/);
        expect(js, file).not.toMatch(/importScripts\s*\(/);
      }
    }
  });
});
