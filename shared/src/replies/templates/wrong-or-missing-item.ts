// wrong_or_missing_item: the parcel held the wrong thing or not everything; asks for a photo before promising a fix.
import type { ReplyTemplate } from '../types.ts';

export const wrongOrMissingItemTemplates = [
  {
    id: 'wrong_or_missing_item.photo_request',
    scenario: 'wrong_or_missing_item',
    intents: ['wrong_or_missing_item'],
    slots: ['order_id'],
    commitments: [],
    agentNote: 'Once the photo confirms the error, follow up with damaged_or_defective.replacement.',
    texts: {
      en: {
        text: "I'm sorry we got your order {order_id} wrong. Could you please send us a photo of everything you received, along with the packing slip or shipping label? As soon as we've checked, we'll let you know how we'll put it right.",
      },
      th: {
        text: 'ทางร้านต้องขออภัยที่สินค้าในคำสั่งซื้อ {order_id} ไม่ถูกต้องหรือไม่ครบ{particle}\nรบกวนคุณลูกค้าถ่ายรูปสินค้าทั้งหมดที่ได้รับ พร้อมใบปะหน้าพัสดุ ส่งมาให้ทางร้านหน่อยนะ{particle_q}\nพอตรวจสอบแล้ว ทางร้านจะรีบแจ้งวิธีแก้ไขให้ทันที{particle}',
        gloss:
          "We apologise that the items in order {order_id} were wrong or incomplete. Could you photograph everything you received, together with the shipping label, and send it to us? Once we've checked, we'll tell you right away how we'll fix it.",
      },
      vi: {
        text: 'Dạ shop thành thật xin lỗi vì đơn hàng {order_id} bị giao sai hoặc thiếu sản phẩm ạ. Anh/chị chụp giúp shop ảnh toàn bộ sản phẩm đã nhận cùng phiếu gửi hàng nhé ạ. Shop kiểm tra xong sẽ báo ngay cho anh/chị phương án xử lý ạ.',
        gloss:
          "We sincerely apologise that order {order_id} was delivered wrong or incomplete. Please photograph all the products you received together with the shipping label. Once we've checked, we'll tell you right away how we'll resolve it.",
      },
      id: {
        text: 'Mohon maaf, Kak, ada kesalahan pada pesanan {order_id}. Boleh minta tolong fotokan semua barang yang diterima beserta label pengirimannya? Setelah kami cek, kami langsung kabari solusinya ya, Kak.',
        gloss:
          "Sorry, there's a mistake with order {order_id}. Could you please photograph all the items you received along with the shipping label? Once we've checked, we'll tell you the solution straight away.",
      },
      ms: {
        text: 'Kami mohon maaf atas kesilapan pada pesanan {order_id} anda. Boleh anda hantarkan gambar semua barang yang diterima berserta slip pembungkusan atau label penghantaran? Selepas kami menyemaknya, kami akan segera memaklumkan cara kami akan membetulkannya.',
        gloss:
          "We apologise for the mistake in your order {order_id}. Could you send a photo of all the items you received along with the packing slip or shipping label? After we've checked, we'll promptly tell you how we'll put it right.",
      },
      tl: {
        text: 'Pasensya na po at nagkamali kami sa order {order_id} ninyo. Pwede po bang magpadala ng picture ng lahat ng natanggap ninyo, kasama ang packing slip o shipping label? Pagka-check po namin, sasabihan namin kayo agad kung paano namin ito aayusin.',
        gloss:
          "Sorry, we made a mistake with your order {order_id}. Could you send a picture of everything you received, including the packing slip or shipping label? Once we've checked, we'll tell you right away how we'll fix it.",
      },
      'zh-Hans': {
        text: '非常抱歉，您的订单 {order_id} 出现了错发或漏发。麻烦您把收到的所有商品和快递面单拍照发给我们，我们核实后会马上告诉您处理方案。',
        gloss:
          "We're very sorry that your order {order_id} was sent wrong or incomplete. Could you photograph all the items you received and the shipping label and send them to us? Once we've verified, we'll tell you right away how we'll handle it.",
      },
      'zh-Hant': {
        text: '非常抱歉，您的訂單 {order_id} 出現寄錯或漏寄的情況。麻煩您將收到的所有商品和出貨單拍照傳給我們，我們確認後會馬上告訴您處理方式。',
        gloss:
          "We're very sorry that your order {order_id} was sent wrong or incomplete. Could you photograph all the items you received and the shipping label and send them to us? Once we've confirmed, we'll tell you right away how we'll handle it.",
      },
      ja: {
        text: 'この度はご注文（{order_id}）の商品に誤りや不足があり、大変申し訳ございません。お手数ですが、お届けした商品すべてと納品書（または配送伝票）の写真をお送りいただけますでしょうか。確認でき次第、対応方法をご案内いたします。',
        gloss:
          'We are very sorry that your order ({order_id}) contained a wrong or missing item. Sorry for the trouble, but could you send us a photo of everything delivered and the delivery note (or shipping slip)? We will explain how we will resolve it as soon as we have checked.',
      },
      ko: {
        text: '주문({order_id})하신 상품이 잘못 발송되었거나 누락되어 정말 죄송합니다. 번거로우시겠지만 받으신 상품 전체와 송장(또는 거래명세서) 사진을 보내 주시겠어요? 확인하는 대로 바로 처리 방법을 안내해 드리겠습니다.',
        gloss:
          "We're very sorry that the item(s) from order ({order_id}) were sent wrong or missing. Sorry for the trouble, but could you send a photo of everything you received and the shipping label (or packing list)? We'll tell you how we'll resolve it as soon as we've checked.",
      },
      de: {
        text: 'Es tut uns leid, dass bei Ihrer Bestellung {order_id} etwas schiefgelaufen ist. Könnten Sie uns bitte ein Foto von allem, was Sie erhalten haben, sowie vom Lieferschein oder Versandetikett schicken? Sobald wir das geprüft haben, sagen wir Ihnen, wie wir das für Sie in Ordnung bringen.',
        gloss:
          "We're sorry something went wrong with your order {order_id}. Could you please send us a photo of everything you received and of the delivery note or shipping label? As soon as we've checked, we'll tell you how we'll put it right for you.",
      },
      fr: {
        text: "Nous sommes désolés pour cette erreur dans votre commande {order_id}. Pourriez-vous nous envoyer une photo de tout ce que vous avez reçu, ainsi que du bon de livraison ou de l'étiquette d'expédition ? Après vérification, nous vous indiquerons rapidement comment nous allons corriger cela.",
        gloss:
          "We're sorry for this mistake in your order {order_id}. Could you send us a photo of everything you received, and of the delivery note or shipping label? After checking, we'll quickly tell you how we'll correct it.",
      },
      es: {
        text: 'Sentimos mucho el error en su pedido {order_id}. ¿Podría enviarnos una foto de todo lo que ha recibido, junto con el albarán o la etiqueta de envío? En cuanto lo comprobemos, le diremos cómo vamos a solucionarlo.',
        gloss:
          "We're very sorry for the mistake in your order {order_id}. Could you send us a photo of everything you received, along with the delivery note or shipping label? As soon as we've checked, we'll tell you how we'll fix it.",
      },
      pt: {
        text: 'Pedimos desculpas pelo erro no seu pedido {order_id}. Você poderia nos enviar uma foto de tudo o que recebeu, junto com a nota ou a etiqueta de envio? Assim que conferirmos, avisamos você sobre como vamos resolver.',
        gloss:
          "We apologise for the mistake in your order {order_id}. Could you send us a photo of everything you received, along with the invoice or shipping label? As soon as we've checked, we'll let you know how we'll resolve it.",
      },
      it: {
        text: "Ci scusiamo per l'errore nel Suo ordine {order_id}. Potrebbe inviarci una foto di tutto ciò che ha ricevuto, insieme alla bolla di consegna o all'etichetta di spedizione? Appena avremo verificato, Le comunicheremo come rimedieremo.",
        gloss:
          "We apologise for the mistake in your order {order_id}. Could you send us a photo of everything you received, along with the delivery note or shipping label? As soon as we've checked, we'll tell you how we'll put it right.",
      },
      ar: {
        text: 'نعتذر عن الخطأ في طلبك رقم {order_id}. يُرجى إرسال صورة لكل ما استلمته مع قسيمة التعبئة أو ملصق الشحن، وبعد التحقق سنبلغك فوراً بكيفية حل المشكلة.',
        gloss:
          "We apologise for the mistake in your order number {order_id}. Please send a photo of everything you received with the packing slip or shipping label, and after checking we'll promptly tell you how we'll resolve it.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
