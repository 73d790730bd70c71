// return_refund: how to return an item (refund once received) and confirmation that a refund was issued.
import type { ReplyTemplate } from '../types.ts';

export const returnRefundTemplates = [
  {
    id: 'return_refund.how_to_return',
    scenario: 'return_refund',
    intents: ['return_refund'],
    slots: ['order_id'],
    commitments: ['refund'],
    agentNote:
      'Promises a refund once the item is back and checked. Check the order is inside the return window before sending.',
    texts: {
      en: {
        text: "Of course, we can help with a return. Please request it for order {order_id} through the return option on your order page and, if you can, pack the item in its original packaging. Once the item reaches us and we've checked it, we'll refund you to your original payment method.",
      },
      th: {
        text: 'ได้เลย{particle} ทางร้านยินดีช่วยเรื่องการคืนสินค้า{particle}\nคุณลูกค้ากด "คืนเงิน/คืนสินค้า" ในหน้าคำสั่งซื้อ {order_id} ได้เลย และถ้าเป็นไปได้ รบกวนแพ็กสินค้าในบรรจุภัณฑ์เดิมนะ{particle_q}\nเมื่อทางร้านได้รับและตรวจสอบสินค้าแล้ว จะคืนเงินเข้าช่องทางที่ชำระไว้ทันที{particle}',
        gloss:
          "Certainly, we're happy to help with the return. Tap \"Return/Refund\" on the page of order {order_id} and, if possible, pack the item in its original packaging. Once we've received and checked the item, we'll refund you to the payment method you used.",
      },
      vi: {
        text: 'Dạ được ạ, shop sẽ hỗ trợ anh/chị trả hàng ạ. Anh/chị vào trang chi tiết đơn {order_id}, chọn "Trả hàng/Hoàn tiền" giúp shop, và nếu được thì đóng gói sản phẩm trong bao bì ban đầu nhé ạ. Sau khi shop nhận và kiểm tra hàng, shop sẽ hoàn tiền về phương thức thanh toán ban đầu của anh/chị ạ.',
        gloss:
          'Yes, we\'ll help you return it. Please open the details page of order {order_id}, choose "Return/Refund", and if possible pack the product in its original packaging. After we receive and check the item, we\'ll refund you to your original payment method.',
      },
      id: {
        text: 'Bisa, Kak, kami bantu proses pengembaliannya. Silakan ajukan lewat menu "Pengembalian Barang/Dana" di halaman pesanan {order_id}, dan kalau memungkinkan, kemas barangnya dengan kemasan aslinya ya. Setelah barang kami terima dan cek, dana akan kami kembalikan ke metode pembayaran semula.',
        gloss:
          'Yes, we\'ll help with the return. Please submit it via "Return/Refund" on the page of order {order_id}, and if possible pack the item in its original packaging. After we receive and check the item, we\'ll refund you to the original payment method.',
      },
      ms: {
        text: 'Boleh, kami sedia membantu dengan pemulangan. Sila buat permohonan melalui pilihan "Pulangan/Bayaran Balik" di halaman pesanan {order_id}, dan jika boleh, bungkus barang dalam pembungkusan asalnya. Sebaik sahaja barang sampai kepada kami dan telah disemak, kami akan membuat bayaran balik ke kaedah pembayaran asal anda.',
        gloss:
          'Certainly, we\'re happy to help with the return. Please make a request through the "Return/Refund" option on the page of order {order_id} and, if possible, pack the item in its original packaging. Once the item reaches us and has been checked, we\'ll refund your original payment method.',
      },
      tl: {
        text: 'Sige po, matutulungan namin kayo sa return. Pakigawa lang po ng request sa "Return/Refund" sa order page ng {order_id}, at kung pwede po, i-pack ang item sa original packaging nito. Pagdating po ng item sa amin at ma-check namin, ire-refund namin ito sa original payment method ninyo.',
        gloss:
          'Sure, we can help you with the return. Please make a request under "Return/Refund" on the order page of {order_id}, and if possible pack the item in its original packaging. Once the item reaches us and we\'ve checked it, we\'ll refund it to your original payment method.',
      },
      'zh-Hans': {
        text: '好的，我们可以为您办理退货。请在订单 {order_id} 的详情页点击“申请退货退款”，方便的话请尽量使用原包装寄回。我们收到商品并检查无误后，会将款项原路退回给您。',
        gloss:
          'Sure, we can arrange the return. Please tap "Request return/refund" on the details page of order {order_id}, and if possible send it back in the original packaging. Once we\'ve received and checked the item, we\'ll refund you through the original payment route.',
      },
      'zh-Hant': {
        text: '好的，我們可以為您辦理退貨。請在訂單 {order_id} 的頁面點選「退貨/退款」申請，方便的話請盡量使用原包裝寄回。我們收到商品並確認後，會將款項退回您原本的付款方式。',
        gloss:
          'Sure, we can arrange the return. Please choose "Return/Refund" on the page of order {order_id}, and if possible send it back in the original packaging. Once we\'ve received and checked the item, we\'ll refund your original payment method.',
      },
      ja: {
        text: 'かしこまりました。返品のお手続きをご案内いたします。ご注文（{order_id}）の注文詳細ページより返品をお申し込みください。可能でしたら、お届け時の梱包材にてご返送いただけますと幸いです。商品が当店に到着し確認が済み次第、ご購入時のお支払い方法にて返金いたします。',
        gloss:
          'Certainly. Here is how to return the item. Please request a return from the order details page of your order ({order_id}). If possible, we would appreciate it if you could send it back in the original packaging. Once the item arrives and we have checked it, we will refund you via the payment method used for the purchase.',
      },
      ko: {
        text: '네, 반품 도와드리겠습니다. 주문({order_id}) 상세 페이지에서 반품 신청을 해 주시고, 가능하시면 받으신 포장 그대로 보내 주세요. 상품이 도착해 확인이 끝나는 대로 결제하신 수단으로 환불해 드리겠습니다.',
        gloss:
          "Yes, we'll help with the return. Please request a return on the details page of order ({order_id}), and if possible send it back in the packaging it came in. As soon as the item arrives and we've checked it, we'll refund you to the payment method you used.",
      },
      de: {
        text: 'Selbstverständlich helfen wir Ihnen bei der Rücksendung. Bitte beantragen Sie die Rückgabe für Ihre Bestellung {order_id} über die entsprechende Option auf Ihrer Bestellseite und verpacken Sie den Artikel nach Möglichkeit in der Originalverpackung. Sobald der Artikel bei uns eingegangen und geprüft ist, erstatten wir den Betrag über Ihre ursprüngliche Zahlungsart.',
        gloss:
          "Of course we'll help you with the return. Please request the return for your order {order_id} using the option on your order page and, if possible, pack the item in its original packaging. As soon as the item has arrived and been checked, we'll refund the amount via your original payment method.",
      },
      fr: {
        text: "Bien sûr, nous pouvons vous aider pour le retour. Il vous suffit de faire la demande de retour pour la commande {order_id} depuis la page de votre commande et, si possible, de renvoyer l'article dans son emballage d'origine. Dès réception et vérification de l'article, nous procéderons au remboursement sur votre moyen de paiement initial.",
        gloss:
          "Of course, we can help with the return. Just request a return for order {order_id} from your order page and, if possible, send the item back in its original packaging. As soon as we've received and checked the item, we'll refund your original payment method.",
      },
      es: {
        text: 'Por supuesto, le ayudamos con la devolución. Solicítela desde la página del pedido {order_id}, en la opción de devolución, y, si es posible, envíe el artículo en su embalaje original. En cuanto lo recibamos y lo revisemos, le reembolsaremos el importe en el mismo método de pago que utilizó.',
        gloss:
          "Of course, we'll help you with the return. Request it from the page of order {order_id}, under the return option, and if possible send the item in its original packaging. As soon as we receive and check it, we'll refund the amount to the payment method you used.",
      },
      pt: {
        text: 'Claro, podemos ajudar com a devolução! É só solicitar pela página do pedido {order_id}, na opção de devolução, e, se possível, enviar o produto na embalagem original. Assim que recebermos e conferirmos o produto, faremos o reembolso na mesma forma de pagamento usada na compra.',
        gloss:
          "Of course, we can help with the return! Just request it on the page of order {order_id}, under the return option, and if possible send the product in its original packaging. As soon as we receive and check the product, we'll refund you to the payment method used for the purchase.",
      },
      it: {
        text: "Certamente, possiamo aiutarLa con il reso. Può richiederlo dalla pagina dell'ordine {order_id}, tramite l'opzione dedicata ai resi, e, se possibile, rispedire l'articolo nella sua confezione originale. Non appena avremo ricevuto e verificato l'articolo, effettueremo il rimborso sullo stesso metodo di pagamento utilizzato per l'acquisto.",
        gloss:
          "Certainly, we can help you with the return. You can request it from the page of order {order_id}, using the returns option, and if possible send the item back in its original packaging. As soon as we've received and checked the item, we'll refund the payment method used for the purchase.",
      },
      ar: {
        text: 'بالتأكيد، يسعدنا مساعدتك في الإرجاع. يُرجى تقديم طلب الإرجاع للطلب رقم {order_id} من صفحة الطلب، وإعادة المنتج في تغليفه الأصلي إن أمكن. وبعد وصول المنتج إلينا وفحصه، سنعيد المبلغ إلى وسيلة الدفع الأصلية.',
        gloss:
          "Certainly, we're happy to help with the return. Please submit a return request for order number {order_id} from the order page, and return the product in its original packaging if possible. After the product reaches us and is inspected, we'll refund the amount to the original payment method.",
      },
    },
  },
  {
    id: 'return_refund.refund_issued',
    scenario: 'return_refund',
    intents: ['return_refund'],
    slots: ['order_id', 'amount'],
    commitments: ['refund'],
    agentNote:
      'Confirms a refund: send only after it has actually been issued. Fill {amount} with formatMoney(…).',
    texts: {
      en: {
        text: "Good news: we've issued a refund of {amount} for order {order_id}. Depending on your bank or payment provider, it may take a few business days to show up in your account.",
      },
      th: {
        text: 'ทางร้านดำเนินการคืนเงินจำนวน {amount} สำหรับคำสั่งซื้อ {order_id} เรียบร้อยแล้ว{particle}\nยอดเงินอาจใช้เวลาสองสามวันทำการกว่าจะเข้าบัญชี ขึ้นอยู่กับธนาคารหรือช่องทางชำระเงินนะ{particle_q}',
        gloss:
          "We've completed the refund of {amount} for order {order_id}. It may take a few business days to reach your account, depending on your bank or payment channel.",
      },
      vi: {
        text: 'Dạ shop đã hoàn tiền {amount} cho đơn hàng {order_id} rồi ạ. Tùy ngân hàng hoặc phương thức thanh toán, tiền có thể mất vài ngày làm việc để về tài khoản của anh/chị ạ.',
        gloss:
          "We've refunded {amount} for order {order_id}. Depending on your bank or payment method, it may take a few working days to reach your account.",
      },
      id: {
        text: 'Kak, refund sebesar {amount} untuk pesanan {order_id} sudah kami proses ya. Tergantung bank atau metode pembayarannya, dananya bisa butuh beberapa hari kerja untuk masuk ke rekening Kakak.',
        gloss:
          "We've processed the refund of {amount} for order {order_id}. Depending on your bank or payment method, it may take a few working days to reach your account.",
      },
      ms: {
        text: 'Bayaran balik sebanyak {amount} bagi pesanan {order_id} telah kami proses. Bergantung pada bank atau kaedah pembayaran anda, wang tersebut mungkin mengambil masa beberapa hari bekerja untuk masuk ke akaun anda.',
        gloss:
          "We've processed the refund of {amount} for order {order_id}. Depending on your bank or payment method, the money may take a few working days to reach your account.",
      },
      tl: {
        text: 'Good news po! Na-process na po namin ang refund na {amount} para sa order {order_id}. Depende po sa bangko o payment method ninyo, maaaring abutin ng ilang working days bago ito pumasok sa account ninyo.',
        gloss:
          "Good news! We've processed the refund of {amount} for order {order_id}. Depending on your bank or payment method, it may take a few working days to reach your account.",
      },
      'zh-Hans': {
        text: '订单 {order_id} 的退款 {amount} 已经为您处理了。根据银行或支付方式的不同，款项可能需要几个工作日才能到账，请您留意查收。',
        gloss:
          'The refund of {amount} for order {order_id} has been processed for you. Depending on your bank or payment method, it may take a few working days to arrive; please keep an eye out for it.',
      },
      'zh-Hant': {
        text: '訂單 {order_id} 的退款 {amount} 已經為您處理完成。依銀行或付款方式不同，款項可能需要幾個工作天才會入帳，請您留意。',
        gloss:
          'The refund of {amount} for order {order_id} has been completed. Depending on your bank or payment method, it may take a few working days to appear in your account; please keep an eye out.',
      },
      ja: {
        text: 'ご注文（{order_id}）につきまして、{amount}の返金手続きが完了いたしました。ご利用の金融機関やお支払い方法により、ご返金の反映まで数営業日かかる場合がございます。',
        gloss:
          'We have completed the refund of {amount} for your order ({order_id}). Depending on your bank or payment method, it may take a few business days for the refund to appear.',
      },
      ko: {
        text: '주문({order_id})에 대한 환불({amount}) 처리가 완료되었습니다. 카드사나 결제 수단에 따라 실제 환불 반영까지 영업일 기준 며칠이 걸릴 수 있습니다.',
        gloss:
          'The refund ({amount}) for order ({order_id}) has been completed. Depending on your card issuer or payment method, it may take a few business days to be reflected.',
      },
      de: {
        text: 'Gute Nachricht: Wir haben die Erstattung über {amount} für Ihre Bestellung {order_id} veranlasst. Je nach Bank oder Zahlungsanbieter kann es einige Werktage dauern, bis der Betrag auf Ihrem Konto sichtbar ist.',
        gloss:
          "Good news: we've issued the refund of {amount} for your order {order_id}. Depending on your bank or payment provider, it may take a few working days until the amount shows in your account.",
      },
      fr: {
        text: "Bonne nouvelle : le remboursement de {amount} pour la commande {order_id} a bien été effectué. Selon votre banque ou votre moyen de paiement, il peut s'écouler quelques jours ouvrés avant qu'il n'apparaisse sur votre compte.",
        gloss:
          'Good news: the refund of {amount} for order {order_id} has been made. Depending on your bank or payment method, a few working days may pass before it appears in your account.',
      },
      es: {
        text: 'Le confirmamos que hemos realizado el reembolso de {amount} correspondiente al pedido {order_id}. Según su banco o método de pago, puede tardar algunos días hábiles en reflejarse en su cuenta.',
        gloss:
          "We confirm that we've made the refund of {amount} for order {order_id}. Depending on your bank or payment method, it may take a few business days to show in your account.",
      },
      pt: {
        text: 'Boa notícia: o reembolso de {amount} referente ao pedido {order_id} já foi feito. Dependendo do seu banco ou da forma de pagamento, pode levar alguns dias úteis para aparecer na sua conta ou fatura.',
        gloss:
          'Good news: the refund of {amount} for order {order_id} has been made. Depending on your bank or payment method, it may take a few business days to appear in your account or card statement.',
      },
      it: {
        text: "Le confermiamo che abbiamo effettuato il rimborso di {amount} per l'ordine {order_id}. A seconda della banca o del metodo di pagamento, potrebbero essere necessari alcuni giorni lavorativi prima che l'importo risulti sul Suo conto.",
        gloss:
          "We confirm that we've made the refund of {amount} for order {order_id}. Depending on your bank or payment method, it may take a few working days before the amount shows in your account.",
      },
      ar: {
        text: 'يسعدنا إبلاغك بأننا أصدرنا استرداد مبلغ {amount} للطلب رقم {order_id}. وقد يستغرق ظهور المبلغ في حسابك بضعة أيام عمل حسب البنك أو وسيلة الدفع.',
        gloss:
          "We're pleased to tell you that we've issued a refund of {amount} for order number {order_id}. It may take a few working days to appear in your account, depending on the bank or payment method.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
