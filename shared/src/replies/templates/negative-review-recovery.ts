// negative_review_recovery: reaching out after a bad review to fix the problem, never to change the review.
import type { ReplyTemplate } from '../types.ts';

export const negativeReviewRecoveryTemplates = [
  {
    id: 'negative_review_recovery.make_it_right',
    scenario: 'negative_review_recovery',
    intents: ['complaint'],
    slots: ['order_id'],
    commitments: [],
    agentNote:
      'Never ask the buyer to edit or remove the review, and never offer anything in return for it: Amazon, Shopee and Lazada all ban review manipulation and can suspend the shop.',
    texts: {
      en: {
        text: "Thank you for taking the time to share your feedback, and I'm sorry your order {order_id} didn't meet your expectations. We'd really like to make this right. Could you tell us a little more about what happened? We'll look into it and get back to you with a solution.",
      },
      th: {
        text: 'ขอบคุณที่สละเวลาให้ความคิดเห็นกับทางร้านนะ{particle_q} และต้องขออภัยที่คำสั่งซื้อ {order_id} ไม่เป็นอย่างที่คุณลูกค้าคาดหวัง{particle}\nทางร้านอยากแก้ไขเรื่องนี้ให้ดีที่สุด รบกวนเล่ารายละเอียดเพิ่มเติมให้ทางร้านฟังหน่อยได้ไหม{particle_q}\nทางร้านจะตรวจสอบและกลับมาเสนอทางแก้ไขให้โดยเร็ว{particle}',
        gloss:
          "Thank you for taking the time to give us your feedback, and we're sorry order {order_id} wasn't what you expected. We'd like to put this right as best we can; could you tell us more about what happened? We'll look into it and come back quickly with a solution.",
      },
      vi: {
        text: 'Dạ shop cảm ơn anh/chị đã dành thời gian đánh giá và góp ý ạ. Shop rất xin lỗi vì đơn hàng {order_id} chưa được như anh/chị mong đợi. Shop rất mong được khắc phục cho anh/chị, anh/chị có thể chia sẻ thêm với shop chuyện gì đã xảy ra không ạ? Shop sẽ kiểm tra và phản hồi phương án xử lý sớm nhất ạ.',
        gloss:
          "Thank you for taking the time to review and give feedback. We're very sorry order {order_id} wasn't what you hoped for. We'd really like to fix this for you; could you tell us more about what happened? We'll look into it and reply with a solution as soon as possible.",
      },
      id: {
        text: 'Terima kasih sudah meluangkan waktu memberi ulasan, Kak, dan mohon maaf pesanan {order_id} belum sesuai harapan. Kami ingin sekali memperbaikinya. Boleh diceritakan lebih detail apa yang terjadi, Kak? Kami akan cek dan segera kembali dengan solusinya.',
        gloss:
          "Thank you for taking the time to leave a review, and sorry order {order_id} didn't meet your expectations. We'd really like to fix it. Could you tell us in more detail what happened? We'll check and come back soon with a solution.",
      },
      ms: {
        text: 'Terima kasih kerana meluangkan masa untuk memberikan maklum balas, dan kami mohon maaf kerana pesanan {order_id} tidak memenuhi jangkaan anda. Kami benar-benar ingin memperbetulkannya. Boleh anda kongsikan lebih lanjut apa yang berlaku? Kami akan menyemaknya dan kembali kepada anda dengan penyelesaian.',
        gloss:
          "Thank you for taking the time to give feedback, and we apologise that order {order_id} didn't meet your expectations. We really want to put it right. Could you share more about what happened? We'll look into it and come back to you with a solution.",
      },
      tl: {
        text: 'Salamat po sa paglalaan ng oras para sa inyong feedback, at pasensya na po kung hindi umabot sa inaasahan ninyo ang order {order_id}. Gusto po talaga naming maayos ito. Pwede po ba ninyong ikuwento kung ano ang nangyari? Titingnan po namin ito at babalikan namin kayo ng solusyon.',
        gloss:
          "Thank you for taking the time to give your feedback, and sorry order {order_id} didn't meet your expectations. We really want to fix this. Could you tell us what happened? We'll look into it and get back to you with a solution.",
      },
      'zh-Hans': {
        text: '感谢您抽出时间留下评价，也很抱歉订单 {order_id} 没能达到您的期望。我们非常希望能弥补这次的不愉快，方便跟我们说说具体发生了什么吗？我们会认真核实，并尽快给您一个解决方案。',
        gloss:
          "Thank you for taking the time to leave a review, and we're sorry order {order_id} didn't meet your expectations. We'd very much like to make up for this; could you tell us what exactly happened? We'll look into it carefully and give you a solution as soon as possible.",
      },
      'zh-Hant': {
        text: '謝謝您撥空留下評價，也很抱歉訂單 {order_id} 沒有達到您的期待。我們很希望能彌補這次不愉快的體驗，方便跟我們說說發生了什麼事嗎？我們會仔細確認，並盡快提供解決方式給您。',
        gloss:
          "Thank you for taking the time to leave a review, and we're sorry order {order_id} didn't meet your expectations. We'd like to make up for this unpleasant experience; could you tell us what happened? We'll look into it carefully and offer you a solution as soon as possible.",
      },
      ja: {
        text: 'このたびは貴重なご意見をお寄せいただき、誠にありがとうございます。ご注文（{order_id}）がご期待に沿えず、大変申し訳ございません。ぜひ改善させていただきたく、差し支えなければ、どのような状況だったか詳しくお聞かせいただけますでしょうか。確認のうえ、対応方法をご提案いたします。',
        gloss:
          "Thank you very much for your valuable feedback. We are very sorry that your order ({order_id}) did not meet your expectations. We would like to put it right; if you don't mind, could you tell us in detail what happened? After checking, we will propose how we can resolve it.",
      },
      ko: {
        text: '소중한 후기를 남겨 주셔서 감사드리며, 주문({order_id})이 기대에 미치지 못해 정말 죄송합니다. 꼭 바로잡아 드리고 싶습니다. 어떤 문제가 있었는지 조금 더 자세히 말씀해 주시겠어요? 확인 후 해결 방법을 안내해 드리겠습니다.',
        gloss:
          "Thank you for leaving your valuable review, and we're very sorry order ({order_id}) fell short of your expectations. We really want to put it right. Could you tell us in a bit more detail what the problem was? After checking, we'll let you know how we'll resolve it.",
      },
      de: {
        text: 'Vielen Dank, dass Sie sich die Zeit für Ihre Bewertung genommen haben, und es tut uns leid, dass Ihre Bestellung {order_id} nicht Ihren Erwartungen entsprochen hat. Wir möchten das gern wiedergutmachen. Könnten Sie uns etwas genauer schildern, was passiert ist? Wir prüfen das und melden uns mit einer Lösung bei Ihnen.',
        gloss:
          "Thank you for taking the time to write your review, and we're sorry your order {order_id} didn't meet your expectations. We'd like to make it up to you. Could you describe in a bit more detail what happened? We'll look into it and get back to you with a solution.",
      },
      fr: {
        text: "Merci d'avoir pris le temps de nous laisser votre avis, et nous sommes désolés que votre commande {order_id} n'ait pas répondu à vos attentes. Nous tenons vraiment à arranger les choses. Pourriez-vous nous en dire un peu plus sur ce qui s'est passé ? Nous allons étudier la situation et revenir vers vous avec une solution.",
        gloss:
          "Thank you for taking the time to leave us your review, and we're sorry your order {order_id} didn't meet your expectations. We really want to put things right. Could you tell us a bit more about what happened? We'll look into it and come back to you with a solution.",
      },
      es: {
        text: 'Gracias por tomarse el tiempo de dejarnos su opinión, y lamentamos que su pedido {order_id} no haya cumplido sus expectativas. Nos gustaría mucho solucionarlo. ¿Podría contarnos un poco más sobre lo que ocurrió? Lo revisaremos y le propondremos una solución.',
        gloss:
          "Thank you for taking the time to leave your review, and we're sorry your order {order_id} didn't meet your expectations. We'd very much like to fix it. Could you tell us a bit more about what happened? We'll look into it and propose a solution.",
      },
      pt: {
        text: 'Agradecemos por dedicar um tempo para deixar sua avaliação, e sentimos muito que o pedido {order_id} não tenha atendido às suas expectativas. Queremos muito resolver isso. Você pode nos contar um pouco mais sobre o que aconteceu? Vamos analisar e voltar com uma solução.',
        gloss:
          "Thank you for taking the time to leave your review, and we're very sorry order {order_id} didn't meet your expectations. We really want to resolve this. Could you tell us a bit more about what happened? We'll look into it and come back with a solution.",
      },
      it: {
        text: "Grazie per aver dedicato del tempo a lasciarci la Sua recensione, e ci dispiace che l'ordine {order_id} non sia stato all'altezza delle Sue aspettative. Vorremmo davvero rimediare. Potrebbe raccontarci qualcosa in più su quanto accaduto? Verificheremo e torneremo da Lei con una soluzione.",
        gloss:
          "Thank you for taking the time to leave us your review, and we're sorry order {order_id} didn't live up to your expectations. We'd really like to make amends. Could you tell us more about what happened? We'll look into it and come back to you with a solution.",
      },
      ar: {
        text: 'شكراً لتخصيص وقتك لمشاركة تقييمك، ونأسف لأن الطلب رقم {order_id} لم يكن على مستوى توقعاتك. نرغب حقاً في تصحيح الأمر، فهل يمكنك إخبارنا بمزيد من التفاصيل عما حدث؟ سنراجع الأمر ونعود إليك بحل مناسب.',
        gloss:
          "Thank you for taking the time to share your review, and we're sorry order number {order_id} didn't live up to your expectations. We really want to put it right; could you tell us more about what happened? We'll review it and come back to you with a suitable solution.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
