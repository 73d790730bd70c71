// product_safety: allergy, injury, burn, choking, spoiled goods. Stop using it, see a doctor, a person follows up.
import type { ReplyTemplate } from '../types.ts';

export const productSafetyTemplates = [
  {
    id: 'product_safety.stop_using',
    scenario: 'product_safety',
    intents: ['product_safety'],
    slots: ['order_id'],
    commitments: [],
    agentNote:
      'Send as is: no medical advice beyond seeing a doctor, no blame, no compensation in chat. Escalate to the person who will follow up before sending, because the reply promises that contact.',
    texts: {
      en: {
        text: "Thank you for telling us, and I'm very sorry this happened. Please stop using the product right away. Your health and safety come first: if you feel unwell or have any symptoms, please see a doctor. Please keep the product and its packaging for now. A member of our team will personally contact you about order {order_id} as soon as possible.",
      },
      th: {
        text: 'ขอบคุณที่แจ้งทางร้านนะ{particle_q} ทางร้านเสียใจจริง ๆ ที่เกิดเรื่องนี้ขึ้น{particle}\nรบกวนหยุดใช้สินค้านี้ทันทีนะ{particle_q} สุขภาพและความปลอดภัยของคุณลูกค้าสำคัญที่สุด{particle}\nหากรู้สึกไม่สบายหรือมีอาการใด ๆ ขอให้ไปพบแพทย์นะ{particle_q}\nรบกวนเก็บสินค้าและบรรจุภัณฑ์ไว้ก่อน เจ้าหน้าที่ของทางร้านจะติดต่อกลับเรื่องคำสั่งซื้อ {order_id} ด้วยตัวเองโดยเร็วที่สุด{particle}',
        gloss:
          "Thank you for telling us; we're truly sorry this happened. Please stop using this product immediately. Your health and safety matter most. If you feel unwell or have any symptoms, please see a doctor. Please keep the product and its packaging for now; a member of our staff will contact you personally about order {order_id} as soon as possible.",
      },
      vi: {
        text: 'Dạ shop cảm ơn anh/chị đã báo cho shop, và shop thật sự rất tiếc về chuyện này ạ. Anh/chị vui lòng ngừng sử dụng sản phẩm ngay ạ. Sức khỏe và sự an toàn của anh/chị là quan trọng nhất: nếu anh/chị thấy không khỏe hoặc có bất kỳ triệu chứng nào, anh/chị hãy đi khám bác sĩ nhé ạ. Anh/chị giữ lại sản phẩm và bao bì giúp shop, nhân viên bên shop sẽ trực tiếp liên hệ với anh/chị về đơn {order_id} sớm nhất có thể ạ.',
        gloss:
          "Thank you for telling us, and we're truly sorry about this. Please stop using the product immediately. Your health and safety matter most: if you feel unwell or have any symptoms, please see a doctor. Please keep the product and packaging; a member of our staff will contact you directly about order {order_id} as soon as possible.",
      },
      id: {
        text: 'Terima kasih sudah memberi tahu kami, Kak, dan kami sungguh menyesal hal ini terjadi. Mohon hentikan pemakaian produk ini sekarang juga ya, Kak. Kesehatan dan keselamatan Kakak yang paling utama: jika merasa tidak enak badan atau ada keluhan apa pun, silakan segera periksakan diri ke dokter. Mohon simpan dulu produk dan kemasannya. Tim kami akan menghubungi Kakak secara langsung mengenai pesanan {order_id} secepatnya.',
        gloss:
          "Thank you for telling us, and we're truly sorry this happened. Please stop using this product right now. Your health and safety come first: if you feel unwell or have any complaint, please see a doctor promptly. Please keep the product and its packaging for now. Our team will contact you directly about order {order_id} as soon as possible.",
      },
      ms: {
        text: 'Terima kasih kerana memaklumkan kepada kami, dan kami amat kesal atas apa yang berlaku. Sila hentikan penggunaan produk ini dengan segera. Kesihatan dan keselamatan anda adalah yang paling penting: jika anda berasa tidak sihat atau mengalami sebarang simptom, sila dapatkan rawatan doktor. Mohon simpan produk dan bungkusannya buat masa ini. Seorang wakil daripada pasukan kami akan menghubungi anda secara peribadi mengenai pesanan {order_id} secepat mungkin.',
        gloss:
          "Thank you for letting us know, and we're deeply sorry about what happened. Please stop using this product immediately. Your health and safety matter most: if you feel unwell or have any symptoms, please see a doctor. Please keep the product and its packaging for now. A member of our team will contact you personally about order {order_id} as soon as possible.",
      },
      tl: {
        text: 'Salamat po sa pagsabi sa amin, at lubos po kaming nalulungkot na nangyari ito. Pakitigil po muna agad ang paggamit ng produkto. Ang kalusugan at kaligtasan ninyo ang pinakamahalaga: kung masama po ang pakiramdam ninyo o may nararamdaman kayong sintomas, magpatingin po kayo sa doktor. Pakitabi po muna ang produkto at ang packaging nito. Personal po kayong kokontakin ng isa sa aming team tungkol sa order {order_id} sa lalong madaling panahon.',
        gloss:
          "Thank you for telling us, and we're deeply sorry this happened. Please stop using the product right away. Your health and safety matter most: if you feel unwell or have any symptoms, please see a doctor. Please keep the product and its packaging for now. A member of our team will personally contact you about order {order_id} as soon as possible.",
      },
      'zh-Hans': {
        text: '感谢您告诉我们，发生这样的事我们深感抱歉。请您立即停止使用该产品。您的健康和安全是最重要的：如果您感到身体不适或出现任何症状，请及时就医。请先保留好产品及包装，我们的工作人员会尽快就订单 {order_id} 与您本人联系。',
        gloss:
          "Thank you for telling us; we're deeply sorry this happened. Please stop using the product immediately. Your health and safety matter most: if you feel unwell or have any symptoms, please see a doctor promptly. Please keep the product and packaging; a member of our staff will contact you personally about order {order_id} as soon as possible.",
      },
      'zh-Hant': {
        text: '謝謝您告訴我們，發生這樣的事我們真的非常抱歉。請您立即停止使用該產品。您的健康與安全是最重要的：如果感到身體不適或出現任何症狀，請盡快就醫。請先保留產品及包裝，我們的專人會盡快就訂單 {order_id} 與您聯繫。',
        gloss:
          "Thank you for telling us; we're truly sorry this happened. Please stop using the product immediately. Your health and safety matter most: if you feel unwell or have any symptoms, please see a doctor as soon as possible. Please keep the product and packaging; a dedicated staff member will contact you about order {order_id} as soon as possible.",
      },
      ja: {
        text: 'ご連絡いただき、誠にありがとうございます。このようなことが起き、大変申し訳ございません。直ちに本製品のご使用を中止してください。お客様の健康と安全が何より大切です。体調に異変や気になる症状がございましたら、医師の診察をお受けください。恐れ入りますが、製品とパッケージはお手元に保管いただけますでしょうか。ご注文（{order_id}）の件につきまして、担当者より直接ご連絡いたします。',
        gloss:
          'Thank you very much for contacting us. We are very sorry this happened. Please stop using this product immediately. Your health and safety matter above all. If you notice anything wrong with your health or any worrying symptoms, please see a doctor. Could you please keep the product and its packaging? A person in charge will contact you directly about your order ({order_id}).',
      },
      ko: {
        text: '알려 주셔서 감사합니다. 이런 일이 생겨 정말 죄송합니다. 지금 바로 제품 사용을 중단해 주세요. 고객님의 건강과 안전이 가장 중요합니다. 몸이 불편하시거나 이상 증상이 있으시면 꼭 병원에서 진료를 받아 보시기 바랍니다. 제품과 포장은 버리지 마시고 보관해 주세요. 주문({order_id}) 건과 관련해 담당자가 최대한 빨리 직접 연락드리겠습니다.',
        gloss:
          "Thank you for letting us know. We're very sorry this happened. Please stop using the product right now. Your health and safety come first. If you feel unwell or have any unusual symptoms, please be sure to see a doctor. Please don't throw away the product and packaging; keep them. A person in charge will contact you directly about order ({order_id}) as soon as possible.",
      },
      de: {
        text: 'Vielen Dank, dass Sie uns Bescheid gegeben haben – es tut uns sehr leid, dass das passiert ist. Bitte verwenden Sie das Produkt ab sofort nicht mehr. Ihre Gesundheit und Sicherheit haben Vorrang: Wenn Sie sich unwohl fühlen oder Beschwerden haben, wenden Sie sich bitte an eine Ärztin oder einen Arzt. Bitte bewahren Sie das Produkt und die Verpackung vorerst auf. Eine Person aus unserem Team meldet sich zu Ihrer Bestellung {order_id} so schnell wie möglich persönlich bei Ihnen.',
        gloss:
          "Thank you for letting us know – we're very sorry this happened. Please stop using the product from now on. Your health and safety come first: if you feel unwell or have symptoms, please see a doctor. Please keep the product and its packaging for now. Someone from our team will contact you personally about your order {order_id} as soon as possible.",
      },
      fr: {
        text: "Merci de nous avoir prévenus, et nous sommes sincèrement désolés de ce qui s'est passé. Veuillez cesser immédiatement d'utiliser ce produit. Votre santé et votre sécurité passent avant tout : si vous ne vous sentez pas bien ou si vous avez des symptômes, consultez un médecin. Merci de conserver le produit et son emballage pour le moment. Une personne de notre équipe vous contactera personnellement au sujet de la commande {order_id} dans les plus brefs délais.",
        gloss:
          "Thank you for letting us know, and we're sincerely sorry about what happened. Please stop using this product immediately. Your health and safety come first: if you feel unwell or have symptoms, see a doctor. Please keep the product and its packaging for now. Someone from our team will contact you personally about order {order_id} as soon as possible.",
      },
      es: {
        text: 'Gracias por avisarnos y lamentamos muchísimo lo ocurrido. Por favor, deje de usar el producto de inmediato. Su salud y su seguridad son lo primero: si no se encuentra bien o tiene algún síntoma, acuda a un médico. Le rogamos que conserve el producto y su embalaje por ahora. Una persona de nuestro equipo se pondrá en contacto con usted personalmente sobre el pedido {order_id} lo antes posible.',
        gloss:
          "Thank you for letting us know; we're so sorry about what happened. Please stop using the product immediately. Your health and safety come first: if you feel unwell or have any symptoms, see a doctor. Please keep the product and its packaging for now. Someone from our team will contact you personally about order {order_id} as soon as possible.",
      },
      pt: {
        text: 'Agradecemos por nos avisar, e sentimos muito pelo ocorrido. Por favor, pare de usar o produto imediatamente. Sua saúde e segurança vêm em primeiro lugar: se não estiver se sentindo bem ou tiver qualquer sintoma, procure um médico. Pedimos que guarde o produto e a embalagem por enquanto. Uma pessoa da nossa equipe vai entrar em contato com você pessoalmente sobre o pedido {order_id} o mais rápido possível.',
        gloss:
          "Thank you for letting us know, and we're very sorry about what happened. Please stop using the product immediately. Your health and safety come first: if you're not feeling well or have any symptom, see a doctor. Please keep the product and packaging for now. Someone from our team will contact you personally about order {order_id} as soon as possible.",
      },
      it: {
        text: "Grazie per avercelo segnalato, e ci dispiace moltissimo per quanto accaduto. La preghiamo di smettere subito di utilizzare il prodotto. La Sua salute e la Sua sicurezza vengono prima di tutto: se non si sente bene o ha qualsiasi sintomo, si rivolga a un medico. Le chiediamo di conservare per ora il prodotto e la confezione. Una persona del nostro team La contatterà personalmente riguardo all'ordine {order_id} il prima possibile.",
        gloss:
          "Thank you for telling us, and we're very sorry about what happened. Please stop using the product right away. Your health and safety come first: if you feel unwell or have any symptom, see a doctor. Please keep the product and packaging for now. Someone from our team will contact you personally about order {order_id} as soon as possible.",
      },
      ar: {
        text: 'شكراً لإبلاغنا، ونأسف بشدة لما حدث. يُرجى التوقف عن استخدام المنتج فوراً، فصحتك وسلامتك أولاً: إذا شعرت بأي توعك أو ظهرت أي أعراض، يُرجى مراجعة الطبيب. نرجو الاحتفاظ بالمنتج وعبوته في الوقت الحالي، وسيتواصل معك أحد أعضاء فريقنا شخصياً بخصوص الطلب رقم {order_id} في أقرب وقت ممكن.',
        gloss:
          "Thank you for telling us, and we're deeply sorry about what happened. Please stop using the product immediately; your health and safety come first: if you feel unwell or any symptoms appear, please see a doctor. Please keep the product and its packaging for now; a member of our team will contact you personally about order number {order_id} as soon as possible.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
