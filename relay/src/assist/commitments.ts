// What a reply promises: refunds, discounts, compensation, replacements. Suggestions from a model and drafts from
// an agent are read with this, never trusted to declare their own commitments, so a reply that promises money is
// always flagged for the agent, whoever wrote it.
import type { CommitmentKind } from '@parley/shared';

/** Words for each commitment in the languages Parley writes replies in. Matched case-insensitively. */
const COMMITMENT_TERMS: Record<CommitmentKind, RegExp> = {
  refund:
    /refund|money back|reimburs|คืนเงิน|hoàn tiền|hoan tien|pengembalian dana|(?<!\p{L})refund|bayaran balik|wang dikembalikan|ibabalik (?:ang )?(?:pera|bayad)|退款|退钱|退費|退款|返金|払い戻し|환불|rückerstatt|erstatt|geld zurück|rembours|reembols|devolu(?:ción|ção) del? (?:dinero|valor)|reembolso|rimbors|استرداد|إرجاع المبلغ|возврат (?:денег|средств)/iu,
  discount:
    /discount|coupon|voucher|% off|ส่วนลด|คูปอง|giảm giá|mã giảm|diskon|potongan harga|voucher|diskaun|potongan|diskwento|折扣|优惠券|優惠券|打折|折價|割引|クーポン|할인|쿠폰|rabatt|gutschein|remise|réduction|bon d'achat|descuento|cupón|desconto|cupom|sconto|buono|خصم|كوبون|скидк|купон/iu,
  compensation:
    /compensat|goodwill|ชดเชย|bồi thường|đền bù|kompensasi|ganti rugi|pampasan|bayad-pinsala|kabayaran|赔偿|補償|賠償|补偿|補填|보상|entschädig|kulanz|dédommag|indemni|compensación|indemniz|compensação|indeniza|risarciment|indennizz|تعويض|компенсац/iu,
  replacement:
    /replacement|send (?:you )?a new one|ส่งสินค้าใหม่|เปลี่ยนสินค้า|gửi (?:lại )?(?:sản phẩm|hàng) mới|đổi hàng|kirim(?:kan)? (?:barang|produk) (?:baru|pengganti)|penggantian|ganti baru|gantian|kapalit|papalitan|补发|換貨|换货|補寄|交換品|代替品|교환|재발송|ersatz|umtausch|remplacement|échange|reemplazo|cambio del producto|substitui|troca|sostituzion|استبدال|замен/iu,
};

/**
 * Cues that a commitment word is refused or conditional, not promised: "we cannot offer a refund". Checked in
 * the same sentence only, before the word or shortly after it.
 */
const NEGATION =
  /(?<!\p{L})(?:not|no|cannot|can't|unable|unfortunately|ไม่|không|chưa|tidak|tak|bukan|belum|hindi|wala|不|没|沒|無法|无法|ない|できません|않|없|못|nicht|kein|keine|pas|ni|no|não|nem|non|لا|لن|не|нет)(?!\p{L})|不|没|沒|ない|않|없|못|ไม่/iu;

const SENTENCE = /[^.!?。！？\n]+[.!?。！？]?/gu;

/** The commitments `text` makes, in a fixed order, each once. */
export function findCommitments(text: string): CommitmentKind[] {
  const found = new Set<CommitmentKind>();
  for (const sentence of text.match(SENTENCE) ?? []) {
    if (NEGATION.test(sentence)) continue;
    for (const [kind, pattern] of Object.entries(COMMITMENT_TERMS) as [CommitmentKind, RegExp][])
      if (pattern.test(sentence)) found.add(kind);
  }
  return (Object.keys(COMMITMENT_TERMS) as CommitmentKind[]).filter((kind) => found.has(kind));
}
