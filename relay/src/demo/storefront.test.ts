import { describe, expect, it } from 'vitest';
import { escapeHtml, renderStorefront } from './storefront.ts';

describe('renderStorefront', () => {
  it('installs the widget with one script tag carrying the site key', () => {
    const html = renderStorefront({ siteKey: 'pk_demo_abc', siteName: 'Lumière Skin — demo store' });
    expect(html).toContain('<script src="/widget.js" data-site="pk_demo_abc" async></script>');
    expect(html).toMatch(/Centella Calming Cream/);
    expect(html).toMatch(/Ingredients/);
    expect(html).toMatch(/Shipping abroad/);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('escapes whatever it interpolates, so a hostile site name or key cannot inject markup', () => {
    const html = renderStorefront({
      siteKey: '"><script>alert(1)</script>',
      siteName: '<img src=x onerror=alert(1)>',
    });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('data-site="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
