// order_status: the order has shipped; gives the tracking number, link and expected delivery date.
import type { ReplyTemplate } from '../types.ts';

export const orderStatusTemplates = [
  {
    id: 'order_status.shipped',
    scenario: 'order_status',
    intents: ['order_status'],
    slots: ['order_id', 'tracking_number', 'tracking_url', 'eta_date'],
    commitments: [],
    agentNote:
      'Fill {eta_date} with formatDate(…, market) so the buyer reads the date in their own calendar.',
    texts: {
      en: {
        text: "Your order {order_id} is on its way. The tracking number is {tracking_number}, and you can follow the parcel here: {tracking_url}. It should arrive by {eta_date}. Let us know if there's anything else we can help with.",
      },
      th: {
        text: 'คำสั่งซื้อ {order_id} จัดส่งแล้วนะ{particle_q}\nเลขพัสดุคือ {tracking_number} เช็กสถานะได้ที่ {tracking_url} {particle}\nคาดว่าคุณลูกค้าจะได้รับสินค้าประมาณวันที่ {eta_date} {particle}',
        gloss:
          'Order {order_id} has been shipped. The tracking number is {tracking_number}; you can check the status at {tracking_url}. You should receive it around {eta_date}.',
      },
      vi: {
        text: 'Dạ đơn hàng {order_id} của anh/chị đã được giao cho đơn vị vận chuyển rồi ạ. Mã vận đơn là {tracking_number}, anh/chị theo dõi hành trình đơn tại đây: {tracking_url}. Dự kiến anh/chị sẽ nhận được hàng vào ngày {eta_date} ạ.',
        gloss:
          'Your order {order_id} has been handed to the carrier. The tracking code is {tracking_number}; you can follow it here: {tracking_url}. You should receive it on {eta_date}.',
      },
      id: {
        text: 'Pesanan {order_id} sudah dalam perjalanan ya, Kak. Nomor resinya {tracking_number}, bisa dilacak di sini: {tracking_url}. Estimasi sampai tanggal {eta_date}. Kalau ada pertanyaan lain, kabari kami ya, Kak.',
        gloss:
          'Order {order_id} is on its way. The tracking number is {tracking_number}; you can track it here: {tracking_url}. Estimated arrival {eta_date}. If you have other questions, let us know.',
      },
      ms: {
        text: 'Pesanan {order_id} anda sedang dalam perjalanan. Nombor penjejakan ialah {tracking_number}, dan anda boleh menjejak bungkusan di sini: {tracking_url}. Anggaran tarikh sampai ialah {eta_date}.',
        gloss:
          'Your order {order_id} is on its way. The tracking number is {tracking_number}, and you can track the parcel here: {tracking_url}. Estimated arrival date is {eta_date}.',
      },
      tl: {
        text: 'Naka-ship na po ang order {order_id} ninyo. Ang tracking number po ay {tracking_number}, at pwede ninyo itong i-track dito: {tracking_url}. Inaasahang darating po ito sa {eta_date}.',
        gloss:
          'Your order {order_id} has shipped. The tracking number is {tracking_number}, and you can track it here: {tracking_url}. It is expected to arrive on {eta_date}.',
      },
      'zh-Hans': {
        text: '您的订单 {order_id} 已发货，运单号：{tracking_number}，可以在这里查看物流进度：{tracking_url}。预计 {eta_date} 送达，请您留意查收。',
        gloss:
          'Your order {order_id} has shipped, tracking number {tracking_number}; you can check its progress here: {tracking_url}. Expected delivery {eta_date}; please look out for it.',
      },
      'zh-Hant': {
        text: '您的訂單 {order_id} 已出貨，物流單號：{tracking_number}，可以在這裡查詢配送進度：{tracking_url}。預計 {eta_date} 送達，請留意收件喔。',
        gloss:
          'Your order {order_id} has shipped, tracking number {tracking_number}; you can check delivery progress here: {tracking_url}. Expected delivery {eta_date}; please look out for it.',
      },
      ja: {
        text: 'ご注文（{order_id}）の商品を発送いたしました。お問い合わせ番号は{tracking_number}です。配送状況は以下よりご確認いただけます。\n{tracking_url}\nお届け予定日は{eta_date}です。',
        gloss:
          'We have shipped your order ({order_id}). The tracking number is {tracking_number}. You can check the delivery status here: {tracking_url}. The expected delivery date is {eta_date}.',
      },
      ko: {
        text: '고객님의 주문({order_id})은 현재 배송 중입니다. 운송장 번호: {tracking_number}\n아래 링크에서 배송 조회가 가능합니다.\n{tracking_url}\n도착 예정일: {eta_date}',
        gloss:
          'Your order ({order_id}) is being delivered. Tracking number: {tracking_number}. You can track it at the link below: {tracking_url}. Expected arrival: {eta_date}.',
      },
      de: {
        text: 'Ihre Bestellung {order_id} ist unterwegs. Die Sendungsnummer lautet {tracking_number}; den Versandstatus können Sie hier verfolgen: {tracking_url}. Die Zustellung ist voraussichtlich am {eta_date}.',
        gloss:
          'Your order {order_id} is on its way. The tracking number is {tracking_number}; you can follow the shipping status here: {tracking_url}. Delivery is expected on {eta_date}.',
      },
      fr: {
        text: 'Votre commande {order_id} est en route. Numéro de suivi : {tracking_number}. Vous pouvez suivre votre colis ici : {tracking_url}. Livraison prévue le {eta_date}.',
        gloss:
          'Your order {order_id} is on its way. Tracking number: {tracking_number}. You can follow your parcel here: {tracking_url}. Delivery expected on {eta_date}.',
      },
      es: {
        text: 'Su pedido {order_id} ya está en camino. El número de seguimiento es {tracking_number} y puede consultar el envío aquí: {tracking_url}. La entrega está prevista para el {eta_date}.',
        gloss:
          'Your order {order_id} is already on its way. The tracking number is {tracking_number} and you can check the shipment here: {tracking_url}. Delivery is expected on {eta_date}.',
      },
      pt: {
        text: 'Seu pedido {order_id} já está a caminho! O código de rastreio é {tracking_number} e você pode acompanhar a entrega aqui: {tracking_url}. A previsão de entrega é {eta_date}.',
        gloss:
          'Your order {order_id} is already on its way! The tracking code is {tracking_number} and you can follow the delivery here: {tracking_url}. Expected delivery is {eta_date}.',
      },
      it: {
        text: 'Il Suo ordine {order_id} è in viaggio. Il codice di tracciamento è {tracking_number} e può seguire la spedizione qui: {tracking_url}. La consegna è prevista per il {eta_date}.',
        gloss:
          'Your order {order_id} is on its way. The tracking code is {tracking_number} and you can follow the shipment here: {tracking_url}. Delivery is expected on {eta_date}.',
      },
      ar: {
        text: 'طلبك رقم {order_id} في الطريق إليك. رقم التتبع: {tracking_number}، ويمكنك متابعة الشحنة من هنا: {tracking_url}. موعد التوصيل المتوقع: {eta_date}.',
        gloss:
          'Your order number {order_id} is on its way to you. Tracking number: {tracking_number}; you can follow the shipment here: {tracking_url}. Expected delivery: {eta_date}.',
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
