// logistics_marked_delivered: tracking says delivered but the buyer has nothing; where to look, and a carrier check.
import type { ReplyTemplate } from '../types.ts';

export const logisticsMarkedDeliveredTemplates = [
  {
    id: 'logistics_marked_delivered.check_and_claim',
    scenario: 'logistics_marked_delivered',
    intents: ['delivery_problem'],
    slots: ['order_id', 'tracking_number'],
    commitments: [],
    texts: {
      en: {
        text: "I'm sorry the parcel hasn't reached you. The tracking for order {order_id} ({tracking_number}) shows it as delivered, so could you please check with anyone at your address, your building's reception or mailroom, and any spot where couriers usually leave parcels? Meanwhile, we've asked the carrier for proof of delivery and will get back to you as soon as we hear from them.",
      },
      th: {
        text: 'ขออภัยที่คุณลูกค้ายังไม่ได้รับพัสดุนะ{particle_q}\nระบบขนส่งของคำสั่งซื้อ {order_id} (เลขพัสดุ {tracking_number}) แสดงสถานะว่าจัดส่งสำเร็จแล้ว รบกวนช่วยเช็กกับคนในบ้าน นิติบุคคลหรือป้อมยาม หรือจุดที่ขนส่งมักวางพัสดุไว้ให้ก่อนนะ{particle_q}\nระหว่างนี้ทางร้านได้ขอหลักฐานการจัดส่งจากบริษัทขนส่งแล้ว และจะรีบแจ้งกลับทันทีที่ได้รับข้อมูล{particle}',
        gloss:
          "Sorry that you haven't received the parcel yet. The carrier's system shows order {order_id} (tracking number {tracking_number}) as delivered; could you first check with people at home, the building office or guard booth, or wherever couriers usually leave parcels? Meanwhile we've asked the carrier for proof of delivery and will get back to you as soon as we have it.",
      },
      vi: {
        text: 'Dạ shop rất tiếc vì anh/chị chưa nhận được hàng ạ. Trên hệ thống, đơn {order_id} (mã vận đơn {tracking_number}) đang hiển thị là đã giao thành công, anh/chị kiểm tra giúp shop với người nhà, lễ tân hoặc bảo vệ tòa nhà, hay chỗ shipper thường để hàng nhé ạ. Trong lúc đó, shop đã yêu cầu bên vận chuyển cung cấp bằng chứng giao hàng và sẽ phản hồi anh/chị ngay khi có thông tin ạ.',
        gloss:
          "We're sorry you haven't received the goods. The system shows order {order_id} (tracking code {tracking_number}) as delivered; please check with family members, the building reception or guard, or where the courier usually leaves parcels. Meanwhile we've asked the carrier for proof of delivery and will reply as soon as we have news.",
      },
      id: {
        text: 'Mohon maaf paketnya belum Kakak terima. Di sistem, pesanan {order_id} (resi {tracking_number}) tercatat sudah terkirim. Boleh dicek dulu ke anggota keluarga, satpam atau resepsionis gedung, atau tempat kurir biasa menaruh paket ya, Kak. Sementara itu, kami sudah minta bukti pengiriman ke pihak ekspedisi dan akan segera kabari Kakak begitu ada info.',
        gloss:
          "Sorry you haven't received the parcel. In the system, order {order_id} (tracking {tracking_number}) is recorded as delivered. Could you first check with family members, the building security or reception, or where the courier usually leaves parcels? Meanwhile we've asked the courier for proof of delivery and will tell you as soon as there's news.",
      },
      ms: {
        text: 'Kami mohon maaf kerana bungkusan belum sampai kepada anda. Status penjejakan pesanan {order_id} ({tracking_number}) menunjukkan bungkusan telah dihantar. Boleh anda semak dengan ahli keluarga, pengawal keselamatan atau pejabat pengurusan bangunan, atau tempat kurier biasa meletakkan bungkusan? Sementara itu, kami telah meminta bukti penghantaran daripada syarikat kurier dan akan memaklumkan anda sebaik sahaja menerima maklum balas.',
        gloss:
          "We're sorry the parcel hasn't reached you. The tracking for order {order_id} ({tracking_number}) shows it as delivered. Could you check with family members, the security guard or building management office, or where couriers usually leave parcels? Meanwhile we've asked the courier for proof of delivery and will tell you as soon as we hear back.",
      },
      tl: {
        text: 'Pasensya na po at hindi pa ninyo natatanggap ang parcel. Sa tracking po ng order {order_id} ({tracking_number}), naka-mark na itong delivered. Pwede po bang pakitanong sa mga kasama ninyo sa bahay, sa guard o reception ng building, o i-check ang lugar kung saan madalas iniiwan ng rider ang parcel? Samantala, humingi na po kami ng proof of delivery sa courier at babalitaan namin kayo agad.',
        gloss:
          "Sorry you haven't received the parcel yet. The tracking for order {order_id} ({tracking_number}) marks it as delivered. Could you please ask the people you live with, the building guard or reception, or check where the rider usually leaves parcels? Meanwhile we've asked the courier for proof of delivery and will update you right away.",
      },
      'zh-Hans': {
        text: '很抱歉您还没有收到包裹。订单 {order_id}（运单号 {tracking_number}）的物流信息显示已签收，麻烦您先问一下家人、物业或门卫，或者看看快递柜和快递员常放包裹的地方。同时我们已经联系快递公司索取签收凭证，有结果会第一时间告诉您。',
        gloss:
          "We're sorry you haven't received the parcel. Tracking for order {order_id} (tracking number {tracking_number}) shows it as signed for; could you first ask family members, the property office or gatekeeper, or check the parcel locker and where the courier usually leaves parcels? Meanwhile we've asked the courier for proof of delivery and will tell you the moment we know.",
      },
      'zh-Hant': {
        text: '很抱歉您還沒收到包裹。訂單 {order_id}（物流單號 {tracking_number}）的配送紀錄顯示已送達，麻煩您先詢問一下家人、管理室，或確認物流人員平常放包裹的地方。同時我們已請物流公司提供配達證明，有結果會第一時間通知您。',
        gloss:
          "We're sorry you haven't received the parcel yet. The delivery record for order {order_id} (tracking number {tracking_number}) shows it as delivered; could you first ask family members or the building management desk, or check where couriers usually leave parcels? Meanwhile we've asked the carrier for proof of delivery and will tell you as soon as we know.",
      },
      ja: {
        text: 'お荷物がお手元に届いておらず、ご心配をおかけして申し訳ございません。ご注文（{order_id}、お問い合わせ番号：{tracking_number}）は、配送状況では「配達完了」となっております。恐れ入りますが、ご家族の方、宅配ボックス、マンションの管理人室などをご確認いただけますでしょうか。当店でも配送業者に配達状況の確認を依頼しておりますので、回答があり次第ご連絡いたします。',
        gloss:
          'We\'re sorry for the worry caused by the parcel not reaching you. The delivery status of your order ({order_id}, tracking number {tracking_number}) shows "delivered". Could you please check with your family, the parcel locker, or your building\'s management office? We have also asked the carrier to check the delivery and will contact you as soon as they reply.',
      },
      ko: {
        text: '상품을 아직 받지 못하셨다니 정말 죄송합니다. 주문({order_id}, 운송장 번호: {tracking_number})은 배송 조회상 배송 완료로 표시되어 있습니다. 번거로우시겠지만 가족분, 경비실이나 무인택배함, 택배 기사님이 자주 두고 가는 장소를 한 번 확인해 주시겠어요? 저희도 택배사에 배송 완료 증빙을 요청해 두었으며, 답변을 받는 대로 바로 안내해 드리겠습니다.',
        gloss:
          "We're very sorry you haven't received the item yet. Tracking shows order ({order_id}, tracking number {tracking_number}) as delivered. Sorry for the trouble, but could you check with your family, the security office or parcel locker, and where the courier often leaves parcels? We've also asked the courier for proof of delivery and will let you know as soon as we hear back.",
      },
      de: {
        text: 'Es tut uns leid, dass das Paket noch nicht bei Ihnen angekommen ist. Laut Sendungsverfolgung wurde Ihre Bestellung {order_id} (Sendungsnummer {tracking_number}) bereits zugestellt. Bitte fragen Sie doch einmal bei Ihren Nachbarn nach und prüfen Sie Briefkasten, Paketbox oder einen eventuell vereinbarten Ablageort. Parallel haben wir beim Versanddienstleister einen Zustellnachweis angefordert und melden uns, sobald wir eine Rückmeldung haben.',
        gloss:
          "We're sorry the parcel hasn't reached you yet. According to tracking, your order {order_id} (tracking number {tracking_number}) has already been delivered. Please ask your neighbours and check your letterbox, parcel box or any agreed drop-off spot. At the same time we've requested proof of delivery from the carrier and will get in touch as soon as we hear back.",
      },
      fr: {
        text: "Nous sommes désolés que vous n'ayez pas encore reçu votre colis. Le suivi de la commande {order_id} (numéro {tracking_number}) indique qu'il a été livré. Pourriez-vous vérifier auprès de vos voisins ou de votre gardien, ainsi que dans votre boîte aux lettres ou à l'endroit où le livreur dépose habituellement les colis ? De notre côté, nous avons demandé une preuve de livraison au transporteur et reviendrons vers vous dès que possible.",
        gloss:
          "We're sorry you haven't received your parcel yet. Tracking for order {order_id} (number {tracking_number}) shows it as delivered. Could you check with your neighbours or building caretaker, and in your letterbox or wherever the courier usually leaves parcels? On our side, we've asked the carrier for proof of delivery and will come back to you as soon as possible.",
      },
      es: {
        text: 'Sentimos que todavía no haya recibido el paquete. Según el seguimiento, el pedido {order_id} (número de seguimiento {tracking_number}) figura como entregado. ¿Podría consultar con sus vecinos o con el conserje, y revisar su buzón o el lugar donde el repartidor suele dejar los paquetes? Mientras tanto, hemos solicitado a la empresa de transporte la prueba de entrega y le informaremos en cuanto la recibamos.',
        gloss:
          "We're sorry you haven't received the parcel yet. According to tracking, order {order_id} (tracking number {tracking_number}) is shown as delivered. Could you check with your neighbours or the concierge, and look in your mailbox or where the courier usually leaves parcels? Meanwhile we've asked the carrier for proof of delivery and will let you know as soon as we receive it.",
      },
      pt: {
        text: 'Sentimos muito que o pacote ainda não tenha chegado até você. O rastreio do pedido {order_id} ({tracking_number}) mostra que ele foi entregue. Você poderia verificar com as pessoas da sua casa, com a portaria do prédio ou no local onde o entregador costuma deixar as encomendas? Enquanto isso, já pedimos à transportadora o comprovante de entrega e avisaremos você assim que tivermos retorno.',
        gloss:
          "We're very sorry the parcel hasn't reached you yet. Tracking for order {order_id} ({tracking_number}) shows it as delivered. Could you check with the people in your home, your building's front desk, or where the courier usually leaves parcels? Meanwhile we've asked the carrier for proof of delivery and will let you know as soon as we hear back.",
      },
      it: {
        text: "Ci dispiace che il pacco non Le sia ancora arrivato. Dal tracciamento, l'ordine {order_id} (codice {tracking_number}) risulta consegnato. Potrebbe verificare con i vicini o con il portiere, e controllare la cassetta della posta o il punto in cui il corriere lascia di solito i pacchi? Nel frattempo abbiamo chiesto al corriere la prova di consegna e La aggiorneremo appena avremo una risposta.",
        gloss:
          "We're sorry the parcel hasn't reached you yet. According to tracking, order {order_id} (code {tracking_number}) shows as delivered. Could you check with your neighbours or the building porter, and look in your letterbox or where the courier usually leaves parcels? Meanwhile we've asked the courier for proof of delivery and will update you as soon as we have an answer.",
      },
      ar: {
        text: 'نأسف لعدم وصول الشحنة إليك حتى الآن. تُظهر بيانات التتبع للطلب رقم {order_id} (رقم التتبع {tracking_number}) أنه تم التسليم. يُرجى التحقق مع أفراد العائلة أو حارس المبنى أو الاستقبال، أو في المكان الذي يترك فيه المندوب الطرود عادةً. وفي الوقت نفسه، طلبنا من شركة الشحن إثبات التسليم وسنبلغك فور وصول الرد.',
        gloss:
          "We're sorry the shipment hasn't reached you yet. Tracking for order number {order_id} (tracking number {tracking_number}) shows it as delivered. Please check with family members, the building guard or reception, or where the courier usually leaves parcels. Meanwhile we've asked the shipping company for proof of delivery and will tell you as soon as they reply.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
