import type { Amount, Entities } from '@parley/shared';

// Pulls the facts an agent needs out of a buyer message: order and tracking numbers, emails, phone numbers,
// amounts with their currency, and the site's own product names. Pure functions, the same for every engine.

export type { Amount, Entities } from '@parley/shared';

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  円: 'JPY',
  元: 'CNY',
  '₩': 'KRW',
  원: 'KRW',
  '₫': 'VND',
  đ: 'VND',
  '฿': 'THB',
  บาท: 'THB',
  '₱': 'PHP',
  '₹': 'INR',
  R$: 'BRL',
  Rp: 'IDR',
  RM: 'MYR',
  S$: 'SGD',
  NT$: 'TWD',
  zł: 'PLN',
  '₺': 'TRY',
  '₽': 'RUB',
  'ر.س': 'SAR',
};
const CURRENCY_CODES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'RMB',
  'KRW',
  'VND',
  'THB',
  'PHP',
  'INR',
  'BRL',
  'IDR',
  'MYR',
  'SGD',
  'TWD',
  'PLN',
  'TRY',
  'RUB',
  'SAR',
  'AED',
];

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CURRENCY = `(?:${[
  ...Object.keys(CURRENCY_SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .map(escapeForRegExp),
  ...CURRENCY_CODES,
].join('|')})`;
const NUMBER = '\\d{1,3}(?:[.,\\s]\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';
const AMOUNT_PATTERN = new RegExp(
  `(${CURRENCY})\\s?(${NUMBER})(?![\\d])|(?<![\\p{L}\\d])(${NUMBER})\\s?(${CURRENCY})(?![\\p{L}])`,
  'gu',
);
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** International (+66 81 234 5678) or national with a leading 0 (081-234-5678): 9 to 13 digits. */
const PHONE_PATTERN =
  /(?<![\p{L}\p{N}#])(?:\+\d{1,3}[\s-]?)?(?:\(?0?\d{1,4}\)?[\s-]?)\d{3,4}[\s-]?\d{3,4}(?![\p{L}\p{N}])/gu;
/**
 * Carrier formats: UPS 1Z…, UPU S10 (two letters, nine digits, two letters), Shopee/J&T/Kerry/Flash-style
 * prefixes with ten or more digits.
 */
const TRACKING_PATTERN =
  /\b(?:1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2}|(?:SPX|SPXTH|SPXVN|SPXID|JT|JX|KERRY|KEX|TH|VN|ID|MY|PH|SG|LZ|LEX|NJV|FLA|ZTO|YT|SF)[A-Z]{0,3}\d{9,16}[A-Z]?)\b/gu;
/** "#A12345", or a code right after a word for "order" in the supported languages. */
const ORDER_PATTERN =
  /#([\p{L}\p{N}-]{4,24})|(?:order|bestellung|commande|pedido|ordine|zamówienie|zamowienie|sipariş|siparis|bestelling|заказ|pesanan|đơn hàng|don hang|đơn|orden|คำสั่งซื้อ|ออเดอร์|订单|訂單|注文|주문|طلب)(?:\s*(?:no\.?|nr\.?|number|id|n[º°o]|#|:|số|so|番号|번호|号|號|رقم))?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{4,23})/giu;

function parseNumber(raw: string): number {
  const compact = raw.replace(/\s/g, '');
  const lastSeparator = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  if (lastSeparator === -1) return Number(compact);
  const decimals = compact.length - lastSeparator - 1;
  // "1.299" and "1,299" are thousands; "12,50" and "12.5" are decimals.
  if (decimals === 3) return Number(compact.replace(/[.,]/g, ''));
  const integer = compact.slice(0, lastSeparator).replace(/[.,]/g, '');
  return Number(`${integer}.${compact.slice(lastSeparator + 1)}`);
}

function currencyCode(raw: string): string {
  const upper = raw.toUpperCase();
  if (upper === 'RMB') return 'CNY';
  return CURRENCY_SYMBOLS[raw] ?? (CURRENCY_CODES.includes(upper) ? upper : raw);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

export function extractEntities(text: string, glossaryTerms: readonly string[] = []): Entities {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(AMOUNT_PATTERN)) {
    const [whole, symbolBefore, numberAfter, numberBefore, symbolAfter] = match;
    const value = parseNumber((numberAfter ?? numberBefore)!);
    if (!Number.isFinite(value)) continue;
    amounts.push({ value, currency: currencyCode((symbolBefore ?? symbolAfter)!), text: whole.trim() });
  }
  const emails = unique(text.match(EMAIL_PATTERN) ?? []);
  const trackingNumbers = unique(text.match(TRACKING_PATTERN) ?? []);
  const orderNumbers = unique(
    [...text.matchAll(ORDER_PATTERN)]
      .map((m) => (m[1] ?? m[2])!)
      .filter((code) => /\d/.test(code) && !trackingNumbers.includes(code)),
  );
  const taken = new Set([...trackingNumbers, ...orderNumbers, ...amounts.map((a) => a.text)]);
  const phones = unique(
    (text.replace(EMAIL_PATTERN, ' ').match(PHONE_PATTERN) ?? [])
      .map((p) => p.trim())
      .filter((p) => {
        const digits = p.replace(/\D/g, '');
        return (
          digits.length >= 9 && digits.length <= 13 && ![...taken].some((t) => t.includes(p) || p.includes(t))
        );
      }),
  );
  const lower = text.toLowerCase();
  const products = glossaryTerms.filter((term) => term.trim() && lower.includes(term.toLowerCase()));
  return { orderNumbers, trackingNumbers, emails, phones, amounts, products };
}
