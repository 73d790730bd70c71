// cancel_or_change_order: checks whether the order has shipped; promises nothing until it is known.
import type { ReplyTemplate } from '../types.ts';

export const cancelOrChangeOrderTemplates = [
  {
    id: 'cancel_or_change_order.check_shipping',
    scenario: 'cancel_or_change_order',
    intents: ['cancel_order', 'change_order'],
    slots: ['order_id'],
    commitments: [],
    texts: {
      en: {
        text: "Thanks for letting us know. We're checking right away whether order {order_id} has already shipped. If it hasn't, we can still cancel it or make the change for you. Just tell us exactly what you'd like to change, for example the size, quantity or delivery address.",
      },
      th: {
        text: 'รับทราบ{particle} ทางร้านกำลังเช็กให้ทันทีว่าคำสั่งซื้อ {order_id} จัดส่งไปแล้วหรือยัง{particle}\nถ้ายังไม่ได้จัดส่ง ทางร้านยังสามารถยกเลิกหรือแก้ไขให้ได้{particle}\nรบกวนแจ้งรายละเอียดที่ต้องการเปลี่ยน เช่น ไซซ์ สี จำนวน หรือที่อยู่จัดส่ง ได้เลยนะ{particle_q}',
        gloss:
          "Noted. We're checking right now whether order {order_id} has already shipped. If it hasn't, we can still cancel or change it. Please tell us what you'd like to change, e.g. size, colour, quantity or delivery address.",
      },
      vi: {
        text: 'Dạ shop đã nhận được thông tin ạ. Shop đang kiểm tra ngay xem đơn {order_id} đã được gửi đi chưa. Nếu đơn chưa gửi, shop vẫn có thể hủy hoặc thay đổi giúp anh/chị ạ. Anh/chị cho shop biết cụ thể muốn đổi gì (ví dụ size, màu, số lượng hay địa chỉ nhận hàng) nhé ạ.',
        gloss:
          "We've got your message. We're checking right now whether order {order_id} has been sent. If not, we can still cancel or change it for you. Please tell us exactly what you want to change (e.g. size, colour, quantity or delivery address).",
      },
      id: {
        text: 'Baik, Kak, kami cek dulu ya apakah pesanan {order_id} sudah dikirim. Kalau belum, pesanannya masih bisa kami batalkan atau ubah. Boleh diinfokan detail yang mau diubah, Kak? Misalnya ukuran, warna, jumlah, atau alamat pengiriman.',
        gloss:
          "OK, we'll first check whether order {order_id} has been shipped. If not, we can still cancel or change it. Could you tell us what you'd like to change? For example size, colour, quantity or delivery address.",
      },
      ms: {
        text: 'Terima kasih kerana memaklumkan kami. Kami sedang menyemak sama ada pesanan {order_id} sudah dihantar. Jika belum, kami masih boleh membatalkan atau mengubahnya untuk anda. Sila nyatakan butiran yang ingin diubah, contohnya saiz, warna, kuantiti atau alamat penghantaran.',
        gloss:
          "Thank you for letting us know. We're checking whether order {order_id} has already shipped. If not, we can still cancel or change it for you. Please state what you'd like to change, for example size, colour, quantity or delivery address.",
      },
      tl: {
        text: 'Noted po! Chine-check na po namin kung na-ship na ang order {order_id}. Kung hindi pa po, pwede pa namin itong i-cancel o baguhin para sa inyo. Pakisabi lang po kung ano ang gusto ninyong palitan, halimbawa ang size, kulay, dami, o delivery address.',
        gloss:
          "Noted! We're checking whether order {order_id} has already shipped. If not, we can still cancel or change it for you. Just tell us what you'd like to change, for example the size, colour, quantity or delivery address.",
      },
      'zh-Hans': {
        text: '好的，收到。我们正在帮您确认订单 {order_id} 是否已经发货。如果还没发货，我们可以为您取消或修改订单。请告诉我们具体要修改的内容，比如尺码、颜色、数量或收货地址。',
        gloss:
          "OK, got it. We're checking whether order {order_id} has already shipped. If it hasn't, we can cancel or change the order for you. Please tell us exactly what to change, e.g. size, colour, quantity or delivery address.",
      },
      'zh-Hant': {
        text: '好的，收到！我們正在幫您確認訂單 {order_id} 是否已經出貨。如果還沒出貨，我們可以幫您取消或修改訂單。請告訴我們需要修改的內容，例如尺寸、顏色、數量或收件地址。',
        gloss:
          "OK, got it! We're checking whether order {order_id} has already shipped. If it hasn't, we can cancel or change the order for you. Please tell us what needs changing, e.g. size, colour, quantity or delivery address.",
      },
      ja: {
        text: 'ご連絡いただきありがとうございます。ご注文（{order_id}）がすでに発送済みかどうか、ただいま確認しております。未発送の場合は、キャンセルまたはご注文内容の変更が可能です。サイズ、カラー、数量、お届け先など、変更をご希望の内容をお知らせください。',
        gloss:
          'Thank you for contacting us. We are checking now whether your order ({order_id}) has already shipped. If it has not, it can be cancelled or changed. Please tell us what you would like to change, such as size, colour, quantity or delivery address.',
      },
      ko: {
        text: '연락 주셔서 감사합니다. 주문({order_id})이 이미 발송되었는지 바로 확인해 보겠습니다. 아직 발송 전이라면 취소나 변경이 가능합니다. 사이즈, 색상, 수량, 배송지 등 변경을 원하시는 내용을 알려 주세요.',
        gloss:
          "Thank you for contacting us. We'll check right away whether order ({order_id}) has already shipped. If it hasn't shipped yet, it can be cancelled or changed. Please tell us what you'd like to change, such as size, colour, quantity or delivery address.",
      },
      de: {
        text: 'Vielen Dank für Ihre Nachricht. Wir prüfen sofort, ob Ihre Bestellung {order_id} bereits versandt wurde. Falls nicht, können wir sie noch stornieren oder für Sie ändern. Teilen Sie uns bitte genau mit, was geändert werden soll, zum Beispiel Größe, Farbe, Menge oder Lieferadresse.',
        gloss:
          "Thank you for your message. We're checking immediately whether your order {order_id} has already shipped. If not, we can still cancel or change it for you. Please tell us exactly what should change, for example size, colour, quantity or delivery address.",
      },
      fr: {
        text: "Merci de nous avoir prévenus. Nous vérifions immédiatement si la commande {order_id} a déjà été expédiée. Si ce n'est pas le cas, nous pouvons encore l'annuler ou la modifier. Indiquez-nous précisément ce que vous souhaitez changer : taille, couleur, quantité ou adresse de livraison, par exemple.",
        gloss:
          "Thank you for letting us know. We're checking immediately whether order {order_id} has already shipped. If not, we can still cancel or change it. Tell us exactly what you'd like to change: size, colour, quantity or delivery address, for example.",
      },
      es: {
        text: 'Gracias por avisarnos. Estamos comprobando ahora mismo si el pedido {order_id} ya ha salido. Si todavía no se ha enviado, podemos cancelarlo o modificarlo. Indíquenos exactamente qué desea cambiar, por ejemplo la talla, el color, la cantidad o la dirección de entrega.',
        gloss:
          "Thank you for letting us know. We're checking right now whether order {order_id} has already left. If it hasn't shipped yet, we can cancel or change it. Tell us exactly what you'd like to change, for example the size, colour, quantity or delivery address.",
      },
      pt: {
        text: 'Agradecemos o aviso! Já estamos verificando se o pedido {order_id} foi enviado. Se ainda não tiver sido, conseguimos cancelar ou alterar para você. Conte para a gente exatamente o que deseja mudar, por exemplo tamanho, cor, quantidade ou endereço de entrega.',
        gloss:
          "Thanks for letting us know! We're already checking whether order {order_id} has shipped. If it hasn't yet, we can cancel or change it for you. Tell us exactly what you'd like to change, for example size, colour, quantity or delivery address.",
      },
      it: {
        text: "Grazie per averci avvisato. Stiamo verificando subito se l'ordine {order_id} è già stato spedito. In caso contrario, possiamo ancora annullarlo o modificarlo. Ci indichi per favore cosa desidera cambiare, ad esempio taglia, colore, quantità o indirizzo di consegna.",
        gloss:
          "Thank you for letting us know. We're checking right away whether order {order_id} has already shipped. If not, we can still cancel or change it. Please tell us what you'd like to change, for example size, colour, quantity or delivery address.",
      },
      ar: {
        text: 'شكراً لإبلاغنا. نتحقق الآن مما إذا كان الطلب رقم {order_id} قد شُحن بالفعل. إذا لم يُشحن بعد، فيمكننا إلغاؤه أو تعديله لك. يُرجى تحديد ما يلزم تغييره، مثل المقاس أو اللون أو الكمية أو عنوان التوصيل.',
        gloss:
          "Thank you for letting us know. We're checking now whether order number {order_id} has already shipped. If it hasn't shipped yet, we can cancel or change it for you. Please specify what needs changing, such as size, colour, quantity or delivery address.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
