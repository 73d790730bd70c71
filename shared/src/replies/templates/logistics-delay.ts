// logistics_delay: the parcel is late but moving; apologises, gives the new date and promises updates.
import type { ReplyTemplate } from '../types.ts';

export const logisticsDelayTemplates = [
  {
    id: 'logistics_delay.new_eta',
    scenario: 'logistics_delay',
    intents: ['delivery_problem', 'order_status'],
    slots: ['order_id', 'eta_date', 'tracking_url'],
    commitments: [],
    texts: {
      en: {
        text: "I'm sorry your order {order_id} is taking longer than expected. The parcel is still in transit, and the new estimated delivery date is {eta_date}. You can check the latest status here: {tracking_url}. We're keeping an eye on it and will let you know if anything changes.",
      },
      th: {
        text: 'ทางร้านต้องขออภัยที่คำสั่งซื้อ {order_id} จัดส่งล่าช้ากว่ากำหนด{particle}\nตอนนี้พัสดุยังอยู่ระหว่างขนส่ง คาดว่าจะได้รับภายในวันที่ {eta_date} {particle}\nเช็กสถานะล่าสุดได้ที่ {tracking_url} {particle}\nทางร้านจะคอยติดตามให้ และจะแจ้งทันทีหากมีความคืบหน้านะ{particle_q}',
        gloss:
          "We apologise that order {order_id} is later than scheduled. The parcel is still in transit and should arrive by {eta_date}. You can check the latest status at {tracking_url}. We'll keep following it and tell you straight away if there's any news.",
      },
      vi: {
        text: 'Dạ shop thành thật xin lỗi anh/chị vì đơn hàng {order_id} bị giao chậm hơn dự kiến ạ. Hiện đơn vẫn đang trên đường vận chuyển, dự kiến anh/chị sẽ nhận được hàng vào ngày {eta_date}. Anh/chị có thể xem trạng thái mới nhất tại đây: {tracking_url}. Shop sẽ theo dõi đơn và báo ngay cho anh/chị nếu có cập nhật ạ.',
        gloss:
          "We sincerely apologise that order {order_id} is later than expected. It is still in transit, and you should receive it on {eta_date}. You can see the latest status here: {tracking_url}. We'll follow the order and tell you right away if there's an update.",
      },
      id: {
        text: 'Mohon maaf ya, Kak, pengiriman pesanan {order_id} jadi lebih lama dari perkiraan. Paketnya masih dalam perjalanan dan estimasi sampai sekarang tanggal {eta_date}. Status terbarunya bisa dicek di sini: {tracking_url}. Kami pantau terus dan akan kabari Kakak kalau ada perkembangan.',
        gloss:
          "Sorry, delivery of order {order_id} is taking longer than estimated. The parcel is still on its way and the estimated arrival is now {eta_date}. You can check the latest status here: {tracking_url}. We'll keep monitoring and tell you if there's any progress.",
      },
      ms: {
        text: 'Kami memohon maaf kerana pesanan {order_id} anda mengambil masa lebih lama daripada yang dijangka. Bungkusan masih dalam perjalanan dan anggaran tarikh sampai kini ialah {eta_date}. Anda boleh menyemak status terkini di sini: {tracking_url}. Kami akan terus memantau dan memaklumkan anda jika ada sebarang perkembangan.',
        gloss:
          "We apologise that your order {order_id} is taking longer than expected. The parcel is still in transit and the estimated arrival date is now {eta_date}. You can check the latest status here: {tracking_url}. We'll keep monitoring and let you know of any progress.",
      },
      tl: {
        text: 'Pasensya na po at natatagalan ang order {order_id} ninyo. Nasa biyahe pa po ang parcel, at ang bagong estimated delivery date po ay {eta_date}. Pwede po ninyong i-check ang latest status dito: {tracking_url}. Babantayan po namin ito at sasabihan namin kayo agad kapag may update.',
        gloss:
          "Sorry that your order {order_id} is taking a while. The parcel is still in transit, and the new estimated delivery date is {eta_date}. You can check the latest status here: {tracking_url}. We'll keep watching it and tell you right away when there's an update.",
      },
      'zh-Hans': {
        text: '非常抱歉，您的订单 {order_id} 配送时间比预期长了一些。包裹目前仍在运输途中，预计 {eta_date} 送达。您可以在这里查看最新物流状态：{tracking_url}。我们会持续跟进，有任何进展会第一时间通知您。',
        gloss:
          "We're very sorry that your order {order_id} is taking longer than expected. The parcel is still in transit and should arrive on {eta_date}. You can check the latest status here: {tracking_url}. We'll keep following up and tell you the moment there's news.",
      },
      'zh-Hant': {
        text: '非常抱歉，您的訂單 {order_id} 配送時間比預期久了一些。包裹目前仍在運送中，預計 {eta_date} 送達。您可以在這裡查詢最新的配送狀態：{tracking_url}。我們會持續追蹤，一有進度會馬上通知您。',
        gloss:
          "We're very sorry that your order {order_id} is taking longer than expected. The parcel is still on its way and should arrive on {eta_date}. You can check the latest status here: {tracking_url}. We'll keep tracking it and tell you as soon as there's progress.",
      },
      ja: {
        text: 'この度はご注文（{order_id}）のお届けが遅れており、大変申し訳ございません。現在、商品は配送中で、{eta_date}にお届けの見込みです。最新の配送状況は以下よりご確認いただけます。\n{tracking_url}\n引き続き当店でも状況を確認し、変更がございましたら速やかにご連絡いたします。',
        gloss:
          'We are very sorry that delivery of your order ({order_id}) is delayed. The item is in transit and expected to arrive on {eta_date}. You can check the latest status here: {tracking_url}. We will keep checking on our side and contact you promptly if anything changes.',
      },
      ko: {
        text: '주문({order_id})의 배송이 예상보다 지연되어 정말 죄송합니다. 현재 상품은 배송 중이며, 도착 예정일은 {eta_date}입니다. 최신 배송 현황은 아래 링크에서 확인하실 수 있습니다.\n{tracking_url}\n저희도 계속 확인하고, 변동 사항이 있으면 바로 안내해 드리겠습니다.',
        gloss:
          "We're very sorry that delivery of order ({order_id}) is later than expected. The item is in transit and the expected arrival date is {eta_date}. You can check the latest status at the link below: {tracking_url}. We'll keep checking and let you know right away if anything changes.",
      },
      de: {
        text: 'Es tut uns leid, dass sich die Lieferung Ihrer Bestellung {order_id} verzögert. Das Paket ist weiterhin unterwegs; die Zustellung ist jetzt voraussichtlich am {eta_date}. Den aktuellen Status können Sie hier einsehen: {tracking_url}. Wir behalten die Sendung im Blick und melden uns, sobald sich etwas ändert.',
        gloss:
          "We're sorry that delivery of your order {order_id} is delayed. The parcel is still on its way; delivery is now expected on {eta_date}. You can see the current status here: {tracking_url}. We're keeping an eye on the shipment and will get in touch as soon as anything changes.",
      },
      fr: {
        text: "Nous sommes désolés que la livraison de votre commande {order_id} prenne plus de temps que prévu. Le colis est toujours en cours d'acheminement et la nouvelle date de livraison estimée est le {eta_date}. Vous pouvez suivre son statut ici : {tracking_url}. Nous restons attentifs et vous informerons de toute évolution.",
        gloss:
          "We're sorry that delivery of your order {order_id} is taking longer than planned. The parcel is still in transit and the new estimated delivery date is {eta_date}. You can follow its status here: {tracking_url}. We're keeping watch and will tell you of any change.",
      },
      es: {
        text: 'Sentimos mucho que su pedido {order_id} esté tardando más de lo previsto. El paquete sigue en tránsito y la nueva fecha estimada de entrega es el {eta_date}. Puede consultar el estado actualizado aquí: {tracking_url}. Seguiremos pendientes del envío y le avisaremos si hay cualquier novedad.',
        gloss:
          "We're very sorry your order {order_id} is taking longer than expected. The parcel is still in transit and the new estimated delivery date is {eta_date}. You can check the updated status here: {tracking_url}. We'll keep watching the shipment and let you know of any news.",
      },
      pt: {
        text: 'Sentimos muito pela demora na entrega do seu pedido {order_id}. O pacote ainda está em trânsito e a nova previsão de entrega é {eta_date}. Você pode acompanhar o status atualizado aqui: {tracking_url}. Vamos continuar acompanhando e avisamos você se houver qualquer novidade.',
        gloss:
          "We're very sorry about the delay in delivering your order {order_id}. The parcel is still in transit and the new expected delivery is {eta_date}. You can follow the updated status here: {tracking_url}. We'll keep following it and let you know of any news.",
      },
      it: {
        text: 'Ci scusiamo per il ritardo nella consegna del Suo ordine {order_id}. Il pacco è ancora in transito e la nuova data di consegna prevista è il {eta_date}. Può verificare lo stato aggiornato qui: {tracking_url}. Continueremo a monitorare la spedizione e La avviseremo in caso di novità.',
        gloss:
          "We apologise for the delay in delivering your order {order_id}. The parcel is still in transit and the new expected delivery date is {eta_date}. You can check the updated status here: {tracking_url}. We'll keep monitoring the shipment and let you know of any news.",
      },
      ar: {
        text: 'نعتذر عن تأخر وصول طلبك رقم {order_id}. الشحنة ما زالت في الطريق، وموعد التوصيل المتوقع الآن هو {eta_date}. يمكنك متابعة آخر حالة للشحنة من هنا: {tracking_url}. سنواصل متابعة الشحنة وسنبلغك فور حدوث أي تحديث.',
        gloss:
          "We apologise that your order number {order_id} is late. The shipment is still on its way, and the expected delivery date is now {eta_date}. You can follow the latest status here: {tracking_url}. We'll keep following the shipment and tell you as soon as there's any update.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
