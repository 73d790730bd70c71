// damaged_or_defective: ask for photos first (commits nothing), then offer a free replacement (commits one).
import type { ReplyTemplate } from '../types.ts';

export const damagedOrDefectiveTemplates = [
  {
    id: 'damaged_or_defective.photo_request',
    scenario: 'damaged_or_defective',
    intents: ['damaged_or_defective'],
    slots: ['order_id'],
    commitments: [],
    agentNote:
      'Photos of the item and of the outer box with its label are what marketplace and carrier claims ask for.',
    texts: {
      en: {
        text: "I'm so sorry your order {order_id} arrived damaged. Could you please send us a photo of the item and one of the outer packaging, including the shipping label? Once we've seen them, we'll sort this out for you right away.",
      },
      th: {
        text: 'ทางร้านต้องขออภัยจริง ๆ ที่สินค้าจากคำสั่งซื้อ {order_id} ได้รับความเสียหาย{particle}\nรบกวนคุณลูกค้าถ่ายรูปสินค้า และรูปกล่องพัสดุด้านนอกที่เห็นใบปะหน้า ส่งมาให้ทางร้านหน่อยนะ{particle_q}\nพอได้รับรูปแล้ว ทางร้านจะรีบดำเนินการให้ทันที{particle}',
        gloss:
          "We're truly sorry the item from order {order_id} was damaged. Could you take a photo of the item and one of the outer box showing the shipping label and send them to us? Once we have the photos, we'll take care of it right away.",
      },
      vi: {
        text: 'Dạ shop thành thật xin lỗi vì sản phẩm trong đơn {order_id} bị hư hại ạ. Anh/chị chụp giúp shop ảnh sản phẩm và ảnh bao bì bên ngoài (có phiếu gửi hàng) gửi qua đây nhé ạ. Nhận được ảnh là shop sẽ xử lý ngay cho anh/chị ạ.',
        gloss:
          "We sincerely apologise that the product in order {order_id} was damaged. Please take a photo of the product and of the outer packaging (with the shipping label) and send them here. As soon as we get the photos, we'll handle it for you.",
      },
      id: {
        text: 'Mohon maaf sekali, Kak, barang dari pesanan {order_id} sampai dalam kondisi rusak. Boleh minta tolong kirimkan foto barangnya dan foto kemasan luar yang ada label pengirimannya, Kak? Setelah fotonya kami terima, langsung kami bantu proses.',
        gloss:
          "We're very sorry the item from order {order_id} arrived damaged. Could you please send a photo of the item and a photo of the outer packaging with the shipping label? Once we receive the photos, we'll process it straight away.",
      },
      ms: {
        text: 'Kami mohon maaf kerana barang dalam pesanan {order_id} anda tiba dalam keadaan rosak. Boleh anda hantarkan gambar barang tersebut dan gambar bungkusan luar berserta label penghantaran? Sebaik sahaja kami menerima gambar, kami akan terus menguruskannya untuk anda.',
        gloss:
          "We apologise that the item in your order {order_id} arrived damaged. Could you send a photo of the item and of the outer packaging with the shipping label? As soon as we receive the photos, we'll take care of it for you.",
      },
      tl: {
        text: 'Pasensya na po talaga at dumating na sira ang item sa order {order_id}. Pwede po bang magpadala kayo ng picture ng item at ng labas ng package, kasama ang shipping label? Pagkatanggap po namin ng mga picture, aasikasuhin namin agad.',
        gloss:
          "We're truly sorry the item in order {order_id} arrived damaged. Could you send a picture of the item and of the outside of the package, including the shipping label? Once we receive the pictures, we'll take care of it right away.",
      },
      'zh-Hans': {
        text: '非常抱歉，您订单 {order_id} 的商品到货时出现了损坏。麻烦您拍一下商品的照片，以及带有快递面单的外包装照片发给我们，我们收到后会马上为您处理。',
        gloss:
          "We're very sorry the item in your order {order_id} arrived damaged. Could you take a photo of the item and of the outer packaging with the shipping label and send them to us? We'll handle it as soon as we receive them.",
      },
      'zh-Hant': {
        text: '非常抱歉，您訂單 {order_id} 的商品送達時有損壞。麻煩您拍一下商品照片，以及貼有出貨單的外箱照片傳給我們，我們收到後會馬上為您處理。',
        gloss:
          "We're very sorry the item in your order {order_id} was damaged on arrival. Could you take a photo of the item and of the outer box with the shipping label and send them to us? We'll handle it as soon as we receive them.",
      },
      ja: {
        text: 'この度は、ご注文（{order_id}）の商品が破損した状態で届き、大変申し訳ございません。お手数をおかけいたしますが、商品の写真と、配送伝票が写った外箱の写真をお送りいただけますでしょうか。確認でき次第、速やかに対応させていただきます。',
        gloss:
          'We are very sorry that the item from your order ({order_id}) arrived damaged. Sorry for the trouble, but could you send us a photo of the item and a photo of the outer box showing the shipping slip? We will deal with it promptly once we have checked them.',
      },
      ko: {
        text: '주문({order_id})하신 상품이 파손된 상태로 도착해 정말 죄송합니다. 번거로우시겠지만 상품 사진과 송장이 보이는 외부 포장 사진을 보내 주시겠어요? 사진을 확인하는 대로 바로 처리해 드리겠습니다.',
        gloss:
          "We're very sorry the item you ordered ({order_id}) arrived damaged. Sorry for the trouble, but could you send a photo of the item and a photo of the outer packaging showing the shipping label? We'll handle it as soon as we've checked the photos.",
      },
      de: {
        text: 'Es tut uns sehr leid, dass Ihre Bestellung {order_id} beschädigt bei Ihnen angekommen ist. Könnten Sie uns bitte ein Foto des Artikels und eines der Außenverpackung mit dem Versandetikett schicken? Sobald wir die Fotos haben, kümmern wir uns umgehend um eine Lösung.',
        gloss:
          "We're very sorry your order {order_id} arrived damaged. Could you please send us a photo of the item and one of the outer packaging with the shipping label? As soon as we have the photos, we'll take care of a solution right away.",
      },
      fr: {
        text: "Nous sommes vraiment désolés que votre commande {order_id} soit arrivée endommagée. Pourriez-vous nous envoyer une photo de l'article ainsi qu'une photo du carton extérieur avec l'étiquette d'expédition ? Dès réception, nous nous occupons de trouver une solution.",
        gloss:
          "We're truly sorry your order {order_id} arrived damaged. Could you send us a photo of the item and a photo of the outer box with the shipping label? As soon as we receive them, we'll work out a solution.",
      },
      es: {
        text: 'Sentimos mucho que su pedido {order_id} haya llegado dañado. ¿Podría enviarnos una foto del artículo y otra del embalaje exterior en la que se vea la etiqueta de envío? En cuanto las recibamos, nos encargamos de solucionarlo.',
        gloss:
          "We're very sorry your order {order_id} arrived damaged. Could you send us a photo of the item and another of the outer packaging showing the shipping label? As soon as we receive them, we'll take care of fixing it.",
      },
      pt: {
        text: 'Sentimos muito que o seu pedido {order_id} tenha chegado danificado. Você poderia nos enviar uma foto do produto e outra da embalagem externa, com a etiqueta de envio visível? Assim que recebermos as fotos, já resolvemos isso para você.',
        gloss:
          "We're very sorry your order {order_id} arrived damaged. Could you send us a photo of the product and another of the outer packaging with the shipping label visible? As soon as we receive the photos, we'll sort it out for you.",
      },
      it: {
        text: "Ci dispiace molto che il Suo ordine {order_id} sia arrivato danneggiato. Potrebbe inviarci una foto dell'articolo e una dell'imballaggio esterno con l'etichetta di spedizione visibile? Appena ricevute le foto, ci occuperemo subito di risolvere il problema.",
        gloss:
          "We're very sorry your order {order_id} arrived damaged. Could you send us a photo of the item and one of the outer packaging with the shipping label visible? As soon as we receive the photos, we'll take care of solving the problem.",
      },
      ar: {
        text: 'نعتذر بشدة عن وصول طلبك رقم {order_id} تالفاً. يُرجى إرسال صورة للمنتج وصورة للتغليف الخارجي يظهر فيها ملصق الشحن، وسنتولى معالجة الأمر فور استلام الصور.',
        gloss:
          "We sincerely apologise that your order number {order_id} arrived damaged. Please send a photo of the product and a photo of the outer packaging showing the shipping label, and we'll take care of it as soon as we receive the photos.",
      },
    },
  },
  {
    id: 'damaged_or_defective.replacement',
    scenario: 'damaged_or_defective',
    intents: ['damaged_or_defective', 'wrong_or_missing_item'],
    slots: ['order_id'],
    commitments: ['replacement'],
    agentNote: 'Commits the shop to a free replacement: send it after the photos confirm the damage.',
    texts: {
      en: {
        text: "Thank you for the photos, and sorry again for the trouble. We'll send you a replacement for order {order_id} free of charge and share the tracking number as soon as it ships.",
      },
      th: {
        text: 'ขอบคุณสำหรับรูปภาพนะ{particle_q} และขออภัยในความไม่สะดวกอีกครั้ง{particle}\nทางร้านจะส่งสินค้าชิ้นใหม่ของคำสั่งซื้อ {order_id} ไปให้โดยไม่มีค่าใช้จ่าย และจะแจ้งเลขพัสดุทันทีที่จัดส่ง{particle}',
        gloss:
          "Thank you for the photos, and sorry again for the inconvenience. We'll send you a new item for order {order_id} at no cost and tell you the tracking number as soon as it ships.",
      },
      vi: {
        text: 'Dạ shop cảm ơn anh/chị đã gửi ảnh, và một lần nữa xin lỗi anh/chị vì sự bất tiện này ạ. Shop sẽ gửi sản phẩm mới thay thế cho đơn {order_id} hoàn toàn miễn phí, và sẽ báo mã vận đơn cho anh/chị ngay khi gửi hàng ạ.',
        gloss:
          "Thank you for sending the photos, and sorry again for the inconvenience. We'll send a new replacement product for order {order_id} completely free of charge, and tell you the tracking code as soon as it ships.",
      },
      id: {
        text: 'Terima kasih fotonya, Kak, dan sekali lagi mohon maaf atas ketidaknyamanannya. Kami akan kirimkan barang pengganti untuk pesanan {order_id} tanpa biaya tambahan, dan nomor resinya akan kami infokan begitu barang dikirim.',
        gloss:
          "Thank you for the photos, and sorry again for the inconvenience. We'll send a replacement item for order {order_id} at no extra cost, and we'll share the tracking number as soon as it ships.",
      },
      ms: {
        text: 'Terima kasih atas gambar yang dihantar, dan sekali lagi kami memohon maaf atas kesulitan ini. Kami akan menghantar barang gantian bagi pesanan {order_id} secara percuma, dan akan berkongsi nombor penjejakan sebaik sahaja ia dihantar.',
        gloss:
          "Thank you for the photos, and again we apologise for the trouble. We'll send a replacement item for order {order_id} free of charge, and share the tracking number as soon as it ships.",
      },
      tl: {
        text: 'Salamat po sa mga picture, at pasensya na po ulit sa abala. Padadalhan po namin kayo ng kapalit para sa order {order_id} nang libre, at ibibigay namin agad ang tracking number pagka-ship nito.',
        gloss:
          "Thank you for the pictures, and sorry again for the trouble. We'll send you a replacement for order {order_id} free of charge, and give you the tracking number as soon as it ships.",
      },
      'zh-Hans': {
        text: '感谢您提供的照片，再次为给您带来的不便表示歉意。我们会为订单 {order_id} 免费给您补发一件新的商品，发货后会第一时间把运单号发给您。',
        gloss:
          "Thank you for the photos, and again we apologise for the inconvenience. We'll send you a new item for order {order_id} free of charge and send you the tracking number as soon as it ships.",
      },
      'zh-Hant': {
        text: '謝謝您提供照片，再次為造成您的不便致歉。我們會為訂單 {order_id} 免費為您寄出新品更換，出貨後會馬上提供物流單號給您。',
        gloss:
          "Thank you for the photos, and again we apologise for the inconvenience. We'll send you a new replacement for order {order_id} free of charge and give you the tracking number as soon as it ships.",
      },
      ja: {
        text: 'お写真をお送りいただき、ありがとうございます。重ねてご迷惑をおかけしたことをお詫び申し上げます。ご注文（{order_id}）につきましては、無償にて代替品をお送りいたします。発送が完了しましたら、お問い合わせ番号をご連絡いたします。',
        gloss:
          'Thank you for sending the photos. Once again, we apologise for the trouble. For your order ({order_id}), we will send a replacement free of charge. Once it has shipped, we will send you the tracking number.',
      },
      ko: {
        text: '사진 보내 주셔서 감사합니다. 다시 한번 불편을 드려 죄송합니다. 주문({order_id})에 대해 새 상품을 무상으로 재발송해 드리겠으며, 발송되는 대로 운송장 번호를 안내해 드리겠습니다.',
        gloss:
          "Thank you for sending the photos. Again, we're sorry for the inconvenience. We'll resend a new item for order ({order_id}) free of charge and give you the tracking number as soon as it ships.",
      },
      de: {
        text: 'Vielen Dank für die Fotos – und nochmals Entschuldigung für die Unannehmlichkeiten. Wir senden Ihnen für Ihre Bestellung {order_id} kostenlos einen Ersatzartikel zu und teilen Ihnen die Sendungsnummer mit, sobald er unterwegs ist.',
        gloss:
          "Thank you for the photos – and apologies again for the inconvenience. We'll send you a replacement item for your order {order_id} free of charge and let you know the tracking number as soon as it's on its way.",
      },
      fr: {
        text: 'Merci pour les photos, et encore toutes nos excuses pour ce désagrément. Nous vous envoyons gratuitement un article de remplacement pour la commande {order_id} et vous communiquerons le numéro de suivi dès son expédition.',
        gloss:
          "Thank you for the photos, and again our apologies for the inconvenience. We're sending you a replacement item for order {order_id} free of charge and will give you the tracking number as soon as it ships.",
      },
      es: {
        text: 'Gracias por las fotos y disculpe de nuevo las molestias. Le enviaremos sin coste un artículo de sustitución para el pedido {order_id} y le facilitaremos el número de seguimiento en cuanto salga.',
        gloss:
          "Thank you for the photos, and sorry again for the trouble. We'll send you a replacement item for order {order_id} at no cost and give you the tracking number as soon as it ships.",
      },
      pt: {
        text: 'Agradecemos o envio das fotos e pedimos desculpas mais uma vez pelo transtorno. Vamos enviar um produto novo para substituir o do pedido {order_id}, sem nenhum custo para você, e passamos o código de rastreio assim que ele for despachado.',
        gloss:
          "Thank you for sending the photos, and we apologise again for the trouble. We'll send a new product to replace the one from order {order_id}, at no cost to you, and share the tracking code as soon as it ships.",
      },
      it: {
        text: "Grazie per le foto e ci scusiamo ancora per l'inconveniente. Le invieremo gratuitamente un articolo sostitutivo per l'ordine {order_id} e Le comunicheremo il codice di tracciamento non appena sarà spedito.",
        gloss:
          "Thank you for the photos, and we apologise again for the inconvenience. We'll send you a replacement item for order {order_id} free of charge and give you the tracking code as soon as it ships.",
      },
      ar: {
        text: 'شكراً لإرسال الصور، ونعتذر مرة أخرى عن الإزعاج. سنرسل لك منتجاً بديلاً للطلب رقم {order_id} مجاناً، وسنزوّدك برقم التتبع فور شحنه.',
        gloss:
          "Thank you for sending the photos, and we apologise again for the inconvenience. We'll send you a replacement product for order number {order_id} free of charge, and give you the tracking number as soon as it ships.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
