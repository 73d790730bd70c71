// logistics_lost: tracking has stopped moving; opens a carrier investigation and promises a replacement or refund.
import type { ReplyTemplate } from '../types.ts';

export const logisticsLostTemplates = [
  {
    id: 'logistics_lost.investigation',
    scenario: 'logistics_lost',
    intents: ['delivery_problem'],
    slots: ['order_id', 'tracking_number'],
    commitments: ['replacement', 'refund'],
    agentNote:
      'Promises a replacement or full refund if the carrier cannot find the parcel. Open the carrier claim before sending.',
    texts: {
      en: {
        text: "I'm really sorry: the parcel for order {order_id} (tracking number {tracking_number}) hasn't moved for several days, so we've opened an investigation with the carrier. We'll update you as soon as we hear back. If the parcel can't be found, we'll send you a replacement or a full refund, whichever you prefer.",
      },
      th: {
        text: 'ทางร้านต้องขออภัยเป็นอย่างสูง{particle} พัสดุของคำสั่งซื้อ {order_id} (เลขพัสดุ {tracking_number}) ไม่มีความเคลื่อนไหวมาหลายวันแล้ว ทางร้านจึงแจ้งให้บริษัทขนส่งตรวจสอบแล้ว{particle}\nเมื่อได้รับคำตอบ ทางร้านจะแจ้งคุณลูกค้าทันที{particle}\nหากหาพัสดุไม่พบ ทางร้านจะส่งสินค้าใหม่ให้หรือคืนเงินเต็มจำนวน ตามที่คุณลูกค้าสะดวกเลย{particle}',
        gloss:
          "We sincerely apologise. The parcel for order {order_id} (tracking number {tracking_number}) hasn't moved for several days, so we've asked the carrier to investigate. We'll tell you as soon as we get an answer. If the parcel can't be found, we'll send a new item or refund you in full, whichever suits you.",
      },
      vi: {
        text: 'Dạ shop thành thật xin lỗi anh/chị ạ. Kiện hàng của đơn {order_id} (mã vận đơn {tracking_number}) đã nhiều ngày chưa có cập nhật, nên shop đã gửi yêu cầu bên vận chuyển kiểm tra. Khi có phản hồi, shop sẽ báo anh/chị ngay ạ. Nếu không tìm được kiện hàng, shop sẽ gửi lại hàng mới hoặc hoàn tiền đầy đủ, tùy anh/chị lựa chọn ạ.',
        gloss:
          "We sincerely apologise. The parcel for order {order_id} (tracking code {tracking_number}) hasn't updated for several days, so we've asked the carrier to investigate. We'll tell you as soon as they reply. If the parcel can't be found, we'll send a new item or refund you in full, as you choose.",
      },
      id: {
        text: 'Mohon maaf sekali, Kak. Paket untuk pesanan {order_id} (resi {tracking_number}) sudah beberapa hari tidak ada pergerakan, jadi kami sudah mengajukan pelacakan ke pihak ekspedisi. Begitu ada kabar, kami langsung informasikan ke Kakak. Kalau paketnya tidak ditemukan, kami akan kirim ulang barangnya atau refund penuh, sesuai pilihan Kakak.',
        gloss:
          "We're very sorry. The parcel for order {order_id} (tracking {tracking_number}) hasn't moved for several days, so we've filed a trace with the courier. As soon as there's news, we'll tell you. If the parcel isn't found, we'll resend the item or give a full refund, as you choose.",
      },
      ms: {
        text: 'Kami amat memohon maaf. Bungkusan bagi pesanan {order_id} (nombor penjejakan {tracking_number}) tidak bergerak sejak beberapa hari, jadi kami telah membuka siasatan dengan syarikat kurier. Kami akan memaklumkan anda sebaik sahaja menerima maklum balas. Jika bungkusan tidak dapat dijumpai, kami akan menghantar barang gantian atau membuat bayaran balik penuh, mengikut pilihan anda.',
        gloss:
          "We sincerely apologise. The parcel for order {order_id} (tracking number {tracking_number}) hasn't moved for several days, so we've opened an investigation with the courier. We'll tell you as soon as we hear back. If the parcel can't be found, we'll send a replacement or a full refund, as you prefer.",
      },
      tl: {
        text: 'Pasensya na po talaga. Ilang araw na pong walang galaw ang parcel ng order {order_id} (tracking number {tracking_number}), kaya nag-file na po kami ng investigation sa courier. Ia-update po namin kayo agad pagka-reply nila. Kung hindi po mahanap ang parcel, padadalhan namin kayo ng kapalit o ire-refund namin nang buo, kung alin po ang gusto ninyo.',
        gloss:
          "We're truly sorry. The parcel for order {order_id} (tracking number {tracking_number}) hasn't moved for several days, so we've filed an investigation with the courier. We'll update you as soon as they reply. If the parcel can't be found, we'll send a replacement or refund you in full, whichever you want.",
      },
      'zh-Hans': {
        text: '非常抱歉！您的订单 {order_id}（运单号 {tracking_number}）已经好几天没有物流更新，我们已向快递公司提交查件申请，一有结果会马上通知您。如果包裹确认丢失，我们会为您补发或全额退款，由您选择。',
        gloss:
          "We're very sorry! Your order {order_id} (tracking number {tracking_number}) has had no tracking update for several days; we've asked the courier to trace it and will tell you as soon as there's a result. If the parcel is confirmed lost, we'll resend it or refund you in full, your choice.",
      },
      'zh-Hant': {
        text: '真的非常抱歉！您的訂單 {order_id}（物流單號 {tracking_number}）已經好幾天沒有配送更新，我們已經請物流公司協助查件，一有結果會馬上通知您。如果確認包裹遺失，我們會為您重新寄出或全額退款，由您選擇。',
        gloss:
          "We're truly sorry! Your order {order_id} (tracking number {tracking_number}) has had no delivery update for several days; we've asked the carrier to trace it and will tell you as soon as there's a result. If the parcel is confirmed lost, we'll send it again or refund you in full, your choice.",
      },
      ja: {
        text: 'ご迷惑をおかけし、誠に申し訳ございません。ご注文（{order_id}、お問い合わせ番号：{tracking_number}）のお荷物が数日間移動しておらず、現在配送業者に調査を依頼しております。回答があり次第、すぐにご連絡いたします。万が一お荷物が見つからない場合は、代替品の再送または全額返金にて対応いたしますので、ご希望をお知らせください。',
        gloss:
          "We are very sorry for the trouble. The parcel for your order ({order_id}, tracking number {tracking_number}) hasn't moved for several days, and we have asked the carrier to investigate. We'll contact you as soon as they reply. If the parcel cannot be found, we will resend the item or refund you in full; please tell us which you prefer.",
      },
      ko: {
        text: '불편을 드려 정말 죄송합니다. 주문({order_id}, 운송장 번호: {tracking_number})의 배송 정보가 며칠째 업데이트되지 않아 택배사에 조사를 요청해 두었습니다. 답변을 받는 대로 바로 안내해 드리겠습니다. 만약 상품을 찾지 못할 경우, 고객님께서 원하시는 대로 재발송 또는 전액 환불로 처리해 드리겠습니다.',
        gloss:
          "We're very sorry for the inconvenience. Tracking for order ({order_id}, tracking number {tracking_number}) hasn't updated for several days, so we've asked the courier to investigate. We'll let you know as soon as we get an answer. If the item can't be found, we'll resend it or refund you in full, as you prefer.",
      },
      de: {
        text: 'Das tut uns sehr leid: Ihr Paket zur Bestellung {order_id} (Sendungsnummer {tracking_number}) wurde seit mehreren Tagen nicht mehr erfasst. Wir haben deshalb einen Nachforschungsauftrag beim Versanddienstleister gestellt und melden uns, sobald wir eine Rückmeldung haben. Sollte das Paket nicht auffindbar sein, erhalten Sie nach Ihrer Wahl eine Ersatzlieferung oder den vollen Kaufpreis zurück.',
        gloss:
          "We're very sorry: your parcel for order {order_id} (tracking number {tracking_number}) hasn't been scanned for several days. We've therefore filed a trace request with the carrier and will get in touch as soon as we hear back. If the parcel can't be found, you'll receive, as you choose, a replacement delivery or the full purchase price back.",
      },
      fr: {
        text: "Nous sommes vraiment désolés : le colis de votre commande {order_id} (numéro de suivi {tracking_number}) n'a plus bougé depuis plusieurs jours. Nous avons ouvert une enquête auprès du transporteur et reviendrons vers vous dès que nous aurons une réponse. Si le colis reste introuvable, nous vous enverrons un nouvel article ou vous rembourserons intégralement, selon votre préférence.",
        gloss:
          "We're truly sorry: the parcel for your order {order_id} (tracking number {tracking_number}) hasn't moved for several days. We've opened an investigation with the carrier and will come back to you as soon as we have an answer. If the parcel can't be found, we'll send you a new item or refund you in full, as you prefer.",
      },
      es: {
        text: 'Lo sentimos mucho. El paquete de su pedido {order_id} (número de seguimiento {tracking_number}) lleva varios días sin movimiento, por lo que hemos abierto una investigación con la empresa de transporte. Le informaremos en cuanto tengamos respuesta. Si el paquete no aparece, le enviaremos uno nuevo o le reembolsaremos el importe completo, como usted prefiera.',
        gloss:
          "We're very sorry. The parcel for your order {order_id} (tracking number {tracking_number}) hasn't moved for several days, so we've opened an investigation with the carrier. We'll let you know as soon as we have an answer. If the parcel doesn't turn up, we'll send you a new one or refund the full amount, as you prefer.",
      },
      pt: {
        text: 'Pedimos sinceras desculpas. O pacote do seu pedido {order_id} (código de rastreio {tracking_number}) está há vários dias sem atualização, e já abrimos uma investigação com a transportadora. Assim que tivermos retorno, avisamos você. Se o pacote não for encontrado, enviamos um novo produto ou fazemos o reembolso integral, como você preferir.',
        gloss:
          "We sincerely apologise. The parcel for your order {order_id} (tracking code {tracking_number}) hasn't updated for several days, and we've already opened an investigation with the carrier. As soon as we hear back, we'll tell you. If the parcel isn't found, we'll send a new product or refund you in full, as you prefer.",
      },
      it: {
        text: "Ci dispiace davvero molto. Il pacco del Suo ordine {order_id} (codice di tracciamento {tracking_number}) non risulta in movimento da diversi giorni, quindi abbiamo aperto una richiesta di verifica con il corriere. La aggiorneremo non appena avremo una risposta. Se il pacco non dovesse essere ritrovato, Le invieremo un nuovo articolo oppure Le rimborseremo l'intero importo, come preferisce.",
        gloss:
          "We're truly sorry. The parcel for your order {order_id} (tracking code {tracking_number}) hasn't moved for several days, so we've opened an investigation with the courier. We'll update you as soon as we have an answer. If the parcel can't be found, we'll send you a new item or refund the full amount, as you prefer.",
      },
      ar: {
        text: 'نعتذر لك بشدة. شحنة طلبك رقم {order_id} (رقم التتبع {tracking_number}) لم يطرأ عليها أي تحديث منذ عدة أيام، وقد فتحنا طلب تحقيق لدى شركة الشحن. سنبلغك فور تلقي الرد. وفي حال تعذّر العثور على الشحنة، سنرسل لك بديلاً أو نعيد لك المبلغ كاملاً، حسب اختيارك.',
        gloss:
          "We sincerely apologise. The shipment of your order number {order_id} (tracking number {tracking_number}) hasn't updated for several days, and we've opened an investigation with the shipping company. We'll tell you as soon as we hear back. If the shipment can't be found, we'll send you a replacement or refund the full amount, as you choose.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
