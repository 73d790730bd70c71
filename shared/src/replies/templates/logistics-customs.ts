// logistics_customs: the parcel is held in import customs; explains the step and asks to see any duty request.
import type { ReplyTemplate } from '../types.ts';

export const logisticsCustomsTemplates = [
  {
    id: 'logistics_customs.clearance',
    scenario: 'logistics_customs',
    intents: ['delivery_problem', 'order_status'],
    slots: ['order_id', 'tracking_url'],
    commitments: [],
    agentNote:
      'Asking the buyer to forward duty requests first also protects them: fake "customs fee" messages are a common scam.',
    texts: {
      en: {
        text: "Your order {order_id} is currently going through customs clearance. This is a normal step for international parcels and usually takes a few business days. You can follow it here: {tracking_url}. If customs or the courier contacts you about import duties or documents, feel free to forward the message to us first and we'll help you with the next steps.",
      },
      th: {
        text: 'พัสดุของคำสั่งซื้อ {order_id} อยู่ระหว่างการตรวจปล่อยที่ศุลกากร{particle}\nขั้นตอนนี้เป็นเรื่องปกติของพัสดุจากต่างประเทศ โดยทั่วไปใช้เวลาไม่กี่วันทำการ{particle}\nติดตามสถานะได้ที่ {tracking_url} {particle}\nหากศุลกากรหรือบริษัทขนส่งติดต่อเรื่องภาษีนำเข้าหรือเอกสาร ส่งข้อความนั้นมาให้ทางร้านดูก่อนได้เลย ทางร้านจะช่วยดูให้{particle}',
        gloss:
          "The parcel for order {order_id} is being cleared at customs. This is normal for parcels from abroad and usually takes a few business days. You can follow the status at {tracking_url}. If customs or the carrier contacts you about import tax or documents, send that message to us first and we'll help you check it.",
      },
      vi: {
        text: 'Dạ đơn hàng {order_id} của anh/chị hiện đang làm thủ tục hải quan ạ. Đây là bước bình thường với hàng gửi từ nước ngoài và thường mất vài ngày làm việc. Anh/chị theo dõi đơn tại đây: {tracking_url}. Nếu bên hải quan hoặc đơn vị vận chuyển liên hệ về thuế nhập khẩu hay giấy tờ, anh/chị cứ gửi tin nhắn đó cho shop, shop sẽ hỗ trợ anh/chị ạ.',
        gloss:
          "Your order {order_id} is going through customs. This is a normal step for goods sent from abroad and usually takes a few working days. You can follow it here: {tracking_url}. If customs or the carrier contacts you about import tax or documents, just send that message to us and we'll help you.",
      },
      id: {
        text: 'Pesanan {order_id} saat ini sedang dalam proses pemeriksaan Bea Cukai, Kak. Ini proses normal untuk paket dari luar negeri dan biasanya butuh beberapa hari kerja. Statusnya bisa dipantau di sini: {tracking_url}. Kalau Kakak dihubungi Bea Cukai atau kurir soal bea masuk atau dokumen, kirimkan saja pesannya ke kami dulu ya, nanti kami bantu.',
        gloss:
          "Order {order_id} is currently being checked by customs. This is normal for parcels from abroad and usually takes a few working days. You can follow the status here: {tracking_url}. If customs or the courier contacts you about import duty or documents, send us the message first and we'll help.",
      },
      ms: {
        text: 'Pesanan {order_id} anda sedang melalui proses pelepasan kastam. Ini proses biasa bagi bungkusan antarabangsa dan lazimnya mengambil masa beberapa hari bekerja. Anda boleh menjejak status di sini: {tracking_url}. Jika pihak kastam atau kurier menghubungi anda mengenai duti import atau dokumen, sila kongsikan mesej tersebut dengan kami terlebih dahulu dan kami akan membantu anda.',
        gloss:
          "Your order {order_id} is going through customs clearance. This is a normal process for international parcels and usually takes a few working days. You can track the status here: {tracking_url}. If customs or the courier contacts you about import duty or documents, please share the message with us first and we'll help you.",
      },
      tl: {
        text: 'Kasalukuyan pong dumadaan sa customs ang order {order_id} ninyo. Normal po ito para sa mga international parcel at kadalasan ay inaabot ng ilang working days. Pwede po ninyong i-track dito: {tracking_url}. Kung kontakin po kayo ng customs o ng courier tungkol sa import duties o documents, i-forward lang po muna sa amin ang message at tutulungan namin kayo.',
        gloss:
          "Your order {order_id} is currently going through customs. This is normal for international parcels and usually takes a few working days. You can track it here: {tracking_url}. If customs or the courier contacts you about import duties or documents, just forward the message to us first and we'll help you.",
      },
      'zh-Hans': {
        text: '您的订单 {order_id} 目前正在办理进口清关手续。这是国际包裹的正常流程，一般需要几个工作日。您可以在这里查看物流进度：{tracking_url}。如果海关或快递公司联系您补缴关税或提供资料，可以先把相关信息发给我们，我们会协助您处理。',
        gloss:
          "Your order {order_id} is going through import customs clearance. This is a normal step for international parcels and usually takes a few working days. You can check progress here: {tracking_url}. If customs or the courier contacts you to pay duties or provide documents, send us the details first and we'll help.",
      },
      'zh-Hant': {
        text: '您的訂單 {order_id} 目前正在辦理海關通關手續。這是國際包裹的正常流程，通常需要幾個工作天。您可以在這裡查詢配送進度：{tracking_url}。如果海關或物流業者聯繫您補繳關稅或提供文件，可以先把相關訊息傳給我們，我們會協助您處理。',
        gloss:
          "Your order {order_id} is going through customs clearance. This is a normal step for international parcels and usually takes a few working days. You can check delivery progress here: {tracking_url}. If customs or the carrier contacts you to pay duties or provide documents, send us the message first and we'll help.",
      },
      ja: {
        text: 'ご注文（{order_id}）の商品は、現在税関にて通関手続き中でございます。海外からのお荷物では通常の手続きで、数営業日ほどかかる場合がございます。配送状況は以下よりご確認いただけます。\n{tracking_url}\n税関または配送業者から関税や書類についてご連絡があった場合は、お手数ですが、まずその内容を当店にお知らせください。対応方法をご案内いたします。',
        gloss:
          'Your order ({order_id}) is currently going through customs clearance. This is a normal procedure for parcels from abroad and can take a few business days. You can check the delivery status here: {tracking_url}. If customs or the carrier contacts you about duties or documents, please tell us first and we will explain what to do.',
      },
      ko: {
        text: '주문({order_id})의 상품은 현재 통관 절차를 진행 중입니다. 해외 배송 상품이 일반적으로 거치는 과정이며, 보통 영업일 기준 며칠 정도 소요됩니다. 배송 현황은 아래 링크에서 확인하실 수 있습니다.\n{tracking_url}\n세관이나 택배사에서 관부가세 또는 서류와 관련해 연락이 오면, 먼저 해당 내용을 저희에게 보내 주세요. 진행 방법을 안내해 드리겠습니다.',
        gloss:
          "The item from order ({order_id}) is currently going through customs clearance. This is a normal step for overseas shipments and usually takes a few business days. You can check the delivery status at the link below: {tracking_url}. If customs or the courier contacts you about duties or documents, please send us the details first. We'll guide you through it.",
      },
      de: {
        text: 'Ihre Bestellung {order_id} befindet sich derzeit in der Zollabfertigung. Das ist bei internationalen Sendungen ein üblicher Schritt und dauert in der Regel einige Werktage. Den Status können Sie hier verfolgen: {tracking_url}. Falls der Zoll oder der Paketdienst Sie wegen Einfuhrabgaben oder Unterlagen kontaktiert, leiten Sie uns die Nachricht bitte zuerst weiter – wir helfen Ihnen bei den nächsten Schritten.',
        gloss:
          "Your order {order_id} is currently in customs clearance. This is a usual step for international shipments and normally takes a few working days. You can follow the status here: {tracking_url}. If customs or the parcel service contacts you about import charges or documents, please forward the message to us first – we'll help you with the next steps.",
      },
      fr: {
        text: "Votre commande {order_id} est actuellement en cours de dédouanement. C'est une étape normale pour les colis internationaux, qui prend généralement quelques jours ouvrés. Vous pouvez suivre le colis ici : {tracking_url}. Si la douane ou le transporteur vous contacte au sujet de droits d'importation ou de documents, transmettez-nous d'abord le message : nous vous aiderons pour la suite.",
        gloss:
          "Your order {order_id} is currently going through customs clearance. This is a normal step for international parcels and usually takes a few working days. You can follow the parcel here: {tracking_url}. If customs or the carrier contacts you about import duties or documents, forward us the message first: we'll help you with what comes next.",
      },
      es: {
        text: 'Su pedido {order_id} se encuentra ahora en trámite de aduanas. Es un paso habitual en los envíos internacionales y suele tardar unos días hábiles. Puede seguir el envío aquí: {tracking_url}. Si la aduana o la empresa de mensajería se pone en contacto con usted por aranceles o documentación, reenvíenos primero el mensaje y le ayudaremos con los siguientes pasos.',
        gloss:
          "Your order {order_id} is now going through customs. This is a usual step for international shipments and normally takes a few business days. You can follow the shipment here: {tracking_url}. If customs or the courier contacts you about duties or documents, forward us the message first and we'll help you with the next steps.",
      },
      pt: {
        text: 'Seu pedido {order_id} está passando pelo desembaraço aduaneiro. Essa é uma etapa normal para encomendas internacionais e costuma levar alguns dias úteis. Você pode acompanhar aqui: {tracking_url}. Se a alfândega ou a transportadora entrar em contato sobre impostos de importação ou documentos, encaminhe a mensagem primeiro para nós que ajudamos você com os próximos passos.',
        gloss:
          "Your order {order_id} is going through customs clearance. This is a normal step for international parcels and usually takes a few business days. You can follow it here: {tracking_url}. If customs or the carrier contacts you about import taxes or documents, forward the message to us first and we'll help you with the next steps.",
      },
      it: {
        text: 'Il Suo ordine {order_id} è attualmente in fase di sdoganamento. Si tratta di una procedura normale per le spedizioni internazionali, che di solito richiede alcuni giorni lavorativi. Può seguire la spedizione qui: {tracking_url}. Se la dogana o il corriere La contattano per dazi o documenti, ci inoltri prima il messaggio: La aiuteremo con i passaggi successivi.',
        gloss:
          "Your order {order_id} is currently going through customs clearance. This is a normal procedure for international shipments and usually takes a few working days. You can follow the shipment here: {tracking_url}. If customs or the courier contacts you about duties or documents, forward us the message first: we'll help you with the next steps.",
      },
      ar: {
        text: 'طلبك رقم {order_id} في مرحلة التخليص الجمركي حالياً. هذه خطوة طبيعية للشحنات الدولية، وتستغرق عادةً بضعة أيام عمل. يمكنك متابعة الشحنة من هنا: {tracking_url}. وإذا تواصلت معك الجمارك أو شركة الشحن بخصوص رسوم جمركية أو مستندات، يُرجى إرسال الرسالة إلينا أولاً وسنساعدك في الخطوات التالية.',
        gloss:
          "Your order number {order_id} is currently in customs clearance. This is a normal step for international shipments and usually takes a few working days. You can follow the shipment here: {tracking_url}. If customs or the shipping company contacts you about customs fees or documents, please send us the message first and we'll help you with the next steps.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
