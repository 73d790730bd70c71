// The demo storefront at `/`: a small cosmetics shop's product page with the widget installed as a merchant would.

export interface StorefrontOptions {
  /** The site's public key, written into the widget tag's `data-site`. */
  siteKey: string;
  siteName: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

interface Review {
  author: string;
  city: string;
  lang: string;
  stars: number;
  text: string;
}

// Buyers from the markets the shop ships to, each in their own language: the reason the shop needs Parley.
const REVIEWS: readonly Review[] = [
  {
    author: 'Ploy',
    city: 'Bangkok',
    lang: 'th',
    stars: 5,
    text: 'เนื้อครีมบางเบา ทาแล้วผิวไม่แดงเลยค่ะ ส่งมาไทยใช้เวลาแค่ 6 วัน',
  },
  {
    author: 'Camille',
    city: 'Lyon',
    lang: 'fr',
    stars: 5,
    text: 'Enfin une crème qui apaise mes rougeurs sans laisser de film gras. Je rachète.',
  },
  {
    author: 'Linh',
    city: 'Hồ Chí Minh',
    lang: 'vi',
    stars: 4,
    text: 'Kem thấm nhanh, da dịu hơn sau một tuần. Hộp hơi nhỏ so với giá.',
  },
  {
    author: 'Sarah',
    city: 'Manchester',
    lang: 'en',
    stars: 5,
    text: 'My skin barrier finally calmed down after a bad retinol week. Arrived well packed.',
  },
];

/** The cream's INCI list: the product page and the demo knowledge base both show it, so they cannot disagree. */
export const INGREDIENTS = [
  'Aqua',
  'Centella Asiatica Extract (52%)',
  'Glycerin',
  'Squalane',
  'Niacinamide',
  'Panthenol',
  'Madecassoside',
  'Ceramide NP',
  'Allantoin',
  'Butylene Glycol',
  '1,2-Hexanediol',
  'Xanthan Gum',
];

export function renderStorefront(options: StorefrontOptions): string {
  const siteKey = escapeHtml(options.siteKey);
  const shopName = escapeHtml(options.siteName);
  const reviews = REVIEWS.map(
    (review) => `
        <li class="review" lang="${escapeHtml(review.lang)}">
          <div class="stars" aria-label="${review.stars} out of 5 stars">${'★'.repeat(review.stars)}${'☆'.repeat(5 - review.stars)}</div>
          <p>${escapeHtml(review.text)}</p>
          <p class="who">${escapeHtml(review.author)} · ${escapeHtml(review.city)}</p>
        </li>`,
  ).join('');
  const ingredients = INGREDIENTS.map(escapeHtml).join(', ');

  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Centella Calming Cream 50 ml · Lumière Skin</title>
  <meta name="description" content="Centella Calming Cream for sensitive skin. Made in Seoul, shipped worldwide from Lyon and Seoul.">
  <style>
    :root { --ink: #2d2a26; --muted: #7a736a; --accent: #5d7b5a; --accent-dark: #46613f; --paper: #fbf8f3; --line: #e8e1d6; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
    a { color: inherit; }
    .ribbon { background: var(--accent-dark); color: #fff; text-align: center; font-size: 13px; padding: 6px 12px; letter-spacing: .02em; }
    header { display: flex; align-items: center; justify-content: space-between; max-width: 1080px; margin: 0 auto; padding: 18px 24px; }
    .brand { font-family: Georgia, "Times New Roman", serif; font-size: 26px; letter-spacing: .04em; text-decoration: none; }
    nav { display: flex; gap: 22px; font-size: 14px; color: var(--muted); }
    nav a { text-decoration: none; }
    main { max-width: 1080px; margin: 0 auto; padding: 12px 24px 64px; }
    .crumbs { font-size: 13px; color: var(--muted); margin-bottom: 18px; }
    .product { display: grid; grid-template-columns: 1fr 1fr; gap: 48px; align-items: start; }
    .photo { background: linear-gradient(160deg, #eef0e6, #e3e8dc); border-radius: 18px; aspect-ratio: 1; display: grid; place-items: center; }
    .photo svg { width: 62%; height: auto; }
    h1 { font-family: Georgia, "Times New Roman", serif; font-weight: normal; font-size: 34px; line-height: 1.2; margin: 0 0 6px; }
    .subtitle { color: var(--muted); margin: 0 0 18px; }
    .price { font-size: 24px; margin: 0 0 4px; }
    .price small { font-size: 14px; color: var(--muted); margin-left: 8px; }
    .rating { font-size: 14px; color: var(--muted); margin-bottom: 22px; }
    .rating span { color: #c08a2b; }
    .buy { display: flex; gap: 12px; margin: 22px 0 8px; }
    .qty { width: 72px; padding: 12px; border: 1px solid var(--line); border-radius: 10px; font: inherit; background: #fff; }
    .add { flex: 1; padding: 13px 20px; border: 0; border-radius: 10px; background: var(--accent); color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
    .add:hover { background: var(--accent-dark); }
    .cart-note { min-height: 1.5em; font-size: 14px; color: var(--accent-dark); margin: 0 0 18px; }
    .facts { border-top: 1px solid var(--line); margin-top: 10px; }
    details { border-bottom: 1px solid var(--line); padding: 14px 0; }
    summary { cursor: pointer; font-weight: 600; }
    details p, details ul { color: #4a4540; font-size: 15px; margin: 10px 0 0; }
    .shipping { margin-top: 22px; padding: 16px 18px; background: #fff; border: 1px solid var(--line); border-radius: 12px; font-size: 14px; }
    .shipping strong { display: block; margin-bottom: 4px; }
    .help { margin-top: 14px; font-size: 14px; color: var(--muted); }
    h2 { font-family: Georgia, "Times New Roman", serif; font-weight: normal; font-size: 24px; margin: 56px 0 18px; }
    .reviews { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 16px; }
    .review { background: #fff; border: 1px solid var(--line); border-radius: 12px; padding: 16px 18px; }
    .review p { margin: 8px 0 0; font-size: 15px; }
    .review .who { color: var(--muted); font-size: 13px; }
    .stars { color: #c08a2b; letter-spacing: 2px; }
    footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; text-align: center; padding: 24px; }
    @media (max-width: 760px) { .product { grid-template-columns: 1fr; gap: 24px; } nav { display: none; } h1 { font-size: 28px; } }
  </style>
</head>
<body>
  <div class="ribbon">Free tracked shipping to 40+ countries on orders over €45 · Ships from Seoul &amp; Lyon</div>
  <header>
    <a class="brand" href="/">Lumière Skin</a>
    <nav aria-label="Main">
      <a href="/">Skincare</a><a href="/">Sun care</a><a href="/">Sets</a><a href="/">Our lab</a>
    </nav>
  </header>
  <main>
    <div class="crumbs">Skincare › Moisturisers › Sensitive skin</div>
    <section class="product">
      <div class="photo" role="img" aria-label="A white jar of Centella Calming Cream with a green lid">
        <svg viewBox="0 0 200 200" aria-hidden="true">
          <ellipse cx="100" cy="170" rx="70" ry="10" fill="#cfd6c6"/>
          <rect x="38" y="62" width="124" height="106" rx="18" fill="#fdfcf9" stroke="#d8d2c6"/>
          <rect x="34" y="40" width="132" height="32" rx="10" fill="#6f8d6a"/>
          <text x="100" y="112" text-anchor="middle" font-family="Georgia, serif" font-size="15" fill="#2d2a26">LUMIÈRE</text>
          <text x="100" y="132" text-anchor="middle" font-family="system-ui, sans-serif" font-size="9" fill="#7a736a">CENTELLA CALMING CREAM</text>
          <text x="100" y="148" text-anchor="middle" font-family="system-ui, sans-serif" font-size="8" fill="#7a736a">50 ml · 1.69 fl oz</text>
        </svg>
      </div>
      <div>
        <h1>Centella Calming Cream</h1>
        <p class="subtitle">50 ml · Barrier cream for sensitive, redness-prone skin</p>
        <p class="price">€24.00 <small>≈ US$26 · ฿950 · ₫690,000</small></p>
        <div class="rating"><span>★★★★★</span> 4.8 · 1,284 reviews</div>
        <p>A light gel-cream with 52% Centella Asiatica extract and ceramides that calms redness and
          restores a stressed skin barrier. Fragrance-free, alcohol-free, tested on sensitive skin.</p>
        <form class="buy" id="buy" action="#" onsubmit="return false">
          <input class="qty" id="qty" type="number" min="1" max="9" value="1" aria-label="Quantity">
          <button class="add" type="submit">Add to cart</button>
        </form>
        <p class="cart-note" id="cart-note" role="status"></p>
        <div class="facts">
          <details open>
            <summary>How to use</summary>
            <p>Morning and evening, after toner, warm a pea-sized amount between the fingertips and press into the skin.
              Patch-test behind the ear for 24 hours before first use.</p>
          </details>
          <details>
            <summary>Ingredients</summary>
            <p>${ingredients}.</p>
          </details>
          <details>
            <summary>Returns</summary>
            <p>Unopened products can be returned within 30 days. If a product irritates your skin, contact us in chat and
              we will help right away.</p>
          </details>
        </div>
        <div class="shipping">
          <strong>Shipping abroad</strong>
          Dispatched within 24 hours from Seoul (Asia &amp; Oceania) or Lyon (Europe &amp; the Americas).
          Tracked delivery in 5–9 business days. Import duties may apply outside the EU and are shown at checkout.
        </div>
        <p class="help">Questions about your skin, an order or delivery? Chat with us in your own language, any time.</p>
      </div>
    </section>
    <h2>What customers say</h2>
    <ul class="reviews">${reviews}
    </ul>
  </main>
  <footer>${shopName} · A Parley demo storefront: nothing here is for sale and no payment is taken.</footer>
  <script>
    // Demo cart: shows a confirmation and nothing else. No request is made and nothing is charged.
    document.getElementById('buy').addEventListener('submit', function () {
      var qty = Math.min(9, Math.max(1, parseInt(document.getElementById('qty').value, 10) || 1));
      document.getElementById('cart-note').textContent =
        qty + ' × Centella Calming Cream added to your cart (demo store: nothing is charged).';
    });
  </script>
  <script src="/widget.js" data-site="${siteKey}" async></script>
</body>
</html>
`;
}
