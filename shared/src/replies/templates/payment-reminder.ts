// payment_reminder: a gentle nudge about an unpaid order, offering help with paying.
import type { ReplyTemplate } from '../types.ts';

export const paymentReminderTemplates = [
  {
    id: 'payment_reminder.unpaid',
    scenario: 'payment_reminder',
    intents: ['payment_issue'],
    slots: ['order_id', 'amount'],
    commitments: [],
    agentNote: "Fill {amount} with formatMoney(…) in the buyer's market. Send one reminder, not a series.",
    texts: {
      en: {
        text: "Just a friendly reminder: your order {order_id} is still waiting for payment ({amount}). As soon as the payment goes through, we'll ship it. If you ran into any trouble paying, let us know and we'll help.",
      },
      th: {
        text: 'ทางร้านขอแจ้งว่าคำสั่งซื้อ {order_id} ยังรอการชำระเงินอยู่ ยอด {amount} {particle}\nเมื่อชำระเรียบร้อย ทางร้านจะรีบจัดส่งให้ทันทีเลย{particle}\nหากติดปัญหาเรื่องการชำระเงิน แจ้งทางร้านได้เลยนะ{particle_q}',
        gloss:
          "We'd like to let you know that order {order_id} is still awaiting payment, total {amount}. Once it is paid, we'll ship right away. If you have trouble paying, just tell us.",
      },
      vi: {
        text: 'Dạ shop xin nhắc nhẹ anh/chị: đơn hàng {order_id} hiện vẫn đang chờ thanh toán ({amount}) ạ. Sau khi anh/chị thanh toán xong, shop sẽ gửi hàng ngay. Nếu anh/chị gặp khó khăn khi thanh toán, cứ nhắn em để em hỗ trợ nhé ạ.',
        gloss:
          "A gentle reminder: order {order_id} is still awaiting payment ({amount}). Once you've paid, we'll ship right away. If you have trouble paying, message me and I'll help.",
      },
      id: {
        text: 'Halo Kak, kami mau mengingatkan bahwa pesanan {order_id} masih menunggu pembayaran sebesar {amount}. Setelah pembayaran berhasil, pesanan langsung kami kirim. Kalau ada kendala saat membayar, kabari kami ya, Kak.',
        gloss:
          "Hello, we'd like to remind you that order {order_id} is still awaiting payment of {amount}. Once the payment succeeds, we'll ship the order straight away. If you have trouble paying, let us know.",
      },
      ms: {
        text: 'Sekadar peringatan mesra: pesanan {order_id} anda masih menunggu pembayaran sebanyak {amount}. Sebaik sahaja pembayaran diterima, kami akan terus menghantar pesanan anda. Jika ada masalah semasa membuat pembayaran, maklumkan kepada kami dan kami sedia membantu.',
        gloss:
          "Just a friendly reminder: your order {order_id} is still awaiting payment of {amount}. As soon as payment is received, we'll ship your order. If there's a problem paying, let us know and we'll help.",
      },
      tl: {
        text: 'Friendly reminder lang po: naghihintay pa po ng bayad ang order {order_id} ninyo ({amount}). Kapag nabayaran na po, ipapadala agad namin. Kung may problema po sa pagbayad, sabihan lang po kami para matulungan namin kayo.',
        gloss:
          "Just a friendly reminder: your order {order_id} is still waiting for payment ({amount}). Once it's paid, we'll ship it right away. If there's a problem paying, tell us so we can help you.",
      },
      'zh-Hans': {
        text: '温馨提醒：您的订单 {order_id} 还未付款（{amount}）。付款成功后我们会尽快为您发货。如果付款时遇到任何问题，请随时告诉我们，我们会协助您处理。',
        gloss:
          "A friendly reminder: your order {order_id} has not been paid yet ({amount}). Once payment succeeds we'll ship as soon as possible. If you run into any problem paying, tell us any time and we'll help.",
      },
      'zh-Hant': {
        text: '溫馨提醒：您的訂單 {order_id} 尚未完成付款（{amount}）。付款完成後，我們會盡快為您出貨。若付款時遇到任何問題，歡迎隨時告訴我們，我們會協助您處理。',
        gloss:
          "A friendly reminder: your order {order_id} has not been paid yet ({amount}). Once payment is complete, we'll ship as soon as possible. If you run into any problem paying, feel free to tell us and we'll help.",
      },
      ja: {
        text: 'ご注文（{order_id}）のお支払い（{amount}）がまだ確認できておりません。お支払いが確認でき次第、速やかに発送いたします。お支払い方法についてご不明な点がございましたら、お気軽にお問い合わせください。',
        gloss:
          "We have not yet been able to confirm payment ({amount}) for your order ({order_id}). We'll ship promptly once payment is confirmed. If anything about payment is unclear, please feel free to ask.",
      },
      ko: {
        text: '주문({order_id})의 결제({amount})가 아직 완료되지 않아 안내드립니다. 결제가 확인되는 대로 바로 발송해 드리겠습니다. 결제 중 문제가 있으시면 편하게 말씀해 주세요.',
        gloss:
          "We're letting you know that payment ({amount}) for order ({order_id}) hasn't been completed yet. We'll ship as soon as payment is confirmed. If you had any trouble paying, please feel free to tell us.",
      },
      de: {
        text: 'Eine kurze Erinnerung: Für Ihre Bestellung {order_id} ist die Zahlung über {amount} noch offen. Sobald die Zahlung eingegangen ist, versenden wir Ihre Bestellung umgehend. Falls es beim Bezahlen Probleme gab, geben Sie uns bitte Bescheid – wir helfen Ihnen gern.',
        gloss:
          "A short reminder: the payment of {amount} for your order {order_id} is still outstanding. As soon as it arrives, we'll ship your order. If there was a problem paying, please let us know – we're glad to help.",
      },
      fr: {
        text: "Petit rappel : le paiement de votre commande {order_id} ({amount}) est toujours en attente. Dès sa réception, nous expédierons votre commande. Si vous avez rencontré un problème lors du paiement, n'hésitez pas à nous le signaler : nous vous aiderons volontiers.",
        gloss:
          "A quick reminder: payment for your order {order_id} ({amount}) is still pending. As soon as we receive it, we'll ship your order. If you had a problem paying, don't hesitate to tell us: we'll gladly help.",
      },
      es: {
        text: 'Le escribimos para recordarle que el pedido {order_id} sigue pendiente de pago ({amount}). En cuanto se confirme el pago, lo enviaremos. Si ha tenido algún problema al pagar, díganoslo y le ayudaremos.',
        gloss:
          "We're writing to remind you that order {order_id} is still awaiting payment ({amount}). As soon as payment is confirmed, we'll ship it. If you had any problem paying, tell us and we'll help you.",
      },
      pt: {
        text: 'Passando para lembrar que o pedido {order_id} ainda está aguardando pagamento ({amount}). Assim que o pagamento for confirmado, enviamos o seu pedido. Se tiver alguma dificuldade para pagar, é só nos avisar que ajudamos você.',
        gloss:
          "Just dropping by to remind you that order {order_id} is still awaiting payment ({amount}). As soon as the payment is confirmed, we'll ship your order. If you have any difficulty paying, just let us know and we'll help you.",
      },
      it: {
        text: "Le ricordiamo che il pagamento dell'ordine {order_id} ({amount}) risulta ancora in sospeso. Non appena lo riceveremo, spediremo subito l'ordine. Se ha riscontrato qualche problema con il pagamento, ce lo faccia sapere: saremo lieti di aiutarLa.",
        gloss:
          "A reminder that payment for order {order_id} ({amount}) is still pending. As soon as we receive it, we'll ship the order right away. If you had any problem with the payment, let us know: we'll be glad to help you.",
      },
      ar: {
        text: 'نود تذكيرك بأن طلبك رقم {order_id} ما زال بانتظار الدفع بقيمة {amount}. سنقوم بشحن الطلب فور تأكيد الدفع. وإذا واجهت أي مشكلة أثناء الدفع، يُرجى إبلاغنا وسنساعدك بكل سرور.',
        gloss:
          "We'd like to remind you that your order number {order_id} is still awaiting payment of {amount}. We'll ship the order as soon as payment is confirmed. If you face any problem paying, please tell us and we'll gladly help.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
