// pricing_discount: answers to bargaining; a polite no (commits nothing) and an approved offer (commits a discount).
import type { ReplyTemplate } from '../types.ts';

export const pricingDiscountTemplates = [
  {
    id: 'pricing_discount.decline',
    scenario: 'pricing_discount',
    intents: ['pricing_discount'],
    slots: [],
    commitments: [],
    texts: {
      en: {
        text: "Thanks for your interest! We've already priced this item as low as we can, so unfortunately we can't go any lower. Do keep an eye on our store vouchers and upcoming sales, though: that's the best way to get a better deal.",
      },
      th: {
        text: 'ขอบคุณที่สนใจสินค้าของทางร้านนะ{particle_q}\nราคานี้เป็นราคาที่ดีที่สุดแล้ว ทางร้านขออภัยที่ลดเพิ่มให้ไม่ได้{particle}\nแนะนำให้กดติดตามร้านไว้ จะได้ไม่พลาดโค้ดส่วนลดและโปรโมชั่นครั้งถัดไปนะ{particle_q}',
        gloss:
          "Thank you for your interest in our products. This is already our best price; sorry we can't reduce it further. We suggest following the shop so you don't miss the next discount codes and promotions.",
      },
      vi: {
        text: 'Dạ em cảm ơn anh/chị đã quan tâm sản phẩm bên shop ạ. Giá này shop đã để mức tốt nhất rồi nên không giảm thêm được nữa, mong anh/chị thông cảm ạ. Anh/chị theo dõi shop để nhận voucher và không bỏ lỡ các chương trình khuyến mãi sắp tới nhé ạ.',
        gloss:
          "Thank you for your interest in our products. This price is already our best, so we can't lower it further; we hope you understand. Follow the shop to get vouchers and not miss upcoming promotions.",
      },
      id: {
        text: 'Terima kasih sudah tertarik dengan produk kami, Kak. Mohon maaf, harga ini sudah harga terbaik dari kami, jadi belum bisa nego lagi. Yuk, follow toko kami supaya tidak ketinggalan voucher dan promo berikutnya, Kak.',
        gloss:
          "Thank you for your interest in our products. Sorry, this is already our best price, so we can't negotiate further. Follow our shop so you don't miss the next vouchers and promotions.",
      },
      ms: {
        text: 'Terima kasih atas minat anda terhadap produk kami. Harga ini sudah pun harga terbaik kami, jadi kami tidak dapat menurunkannya lagi. Jangan lupa ikuti kedai kami supaya tidak terlepas baucar dan promosi akan datang.',
        gloss:
          "Thank you for your interest in our products. This is already our best price, so we can't lower it further. Don't forget to follow our shop so you don't miss vouchers and upcoming promotions.",
      },
      tl: {
        text: 'Salamat po sa interes ninyo sa product namin! Pasensya na po, pinakamababang presyo na po namin ito kaya hindi na po namin maibababa pa. I-follow lang po ang shop namin para hindi ma-miss ang mga voucher at susunod na sale.',
        gloss:
          "Thank you for your interest in our product! Sorry, this is already our lowest price, so we can't bring it down further. Just follow our shop so you don't miss vouchers and the next sale.",
      },
      'zh-Hans': {
        text: '感谢您对我们商品的关注！这款商品已经是我们能给出的最优价格了，实在无法再优惠，还请您理解。建议您关注店铺，后续的优惠券和促销活动都不会错过。',
        gloss:
          "Thank you for your interest in our products! This is already the best price we can offer, and we really can't discount it further; we hope you understand. We suggest following the shop so you won't miss future coupons and promotions.",
      },
      'zh-Hant': {
        text: '感謝您對我們商品的喜愛！這個價格已經是我們能提供的最優惠價格了，無法再降價，還請您見諒。歡迎追蹤我們的賣場，之後的優惠券和促銷活動都不會錯過喔。',
        gloss:
          "Thank you for liking our products! This is already the best price we can offer, and we can't lower it further; we hope you understand. Follow our store so you won't miss future coupons and promotions.",
      },
      ja: {
        text: '当店の商品にご関心をお寄せいただき、誠にありがとうございます。恐れ入りますが、こちらの商品はすでにできる限りお求めやすい価格に設定しておりますため、これ以上のお値引きは致しかねます。クーポンやセールの情報は当店からのお知らせにてご案内しておりますので、ぜひご確認ください。',
        gloss:
          "Thank you very much for your interest in our products. We're sorry, but this item is already priced as low as we can, so we are unable to offer a further discount. We announce coupons and sales in our shop news, so please do check them.",
      },
      ko: {
        text: '저희 상품에 관심 가져 주셔서 감사합니다. 죄송하지만 현재 가격이 저희가 드릴 수 있는 최저가라 추가 할인은 어렵습니다. 스토어를 찜해 두시면 쿠폰과 할인 행사 소식을 가장 먼저 받아보실 수 있어요.',
        gloss:
          "Thank you for your interest in our products. We're sorry, but the current price is the lowest we can offer, so an extra discount isn't possible. If you save our store, you'll be the first to hear about coupons and sales.",
      },
      de: {
        text: 'Vielen Dank für Ihr Interesse! Unsere Preise sind bereits knapp kalkuliert, daher können wir diesen Artikel leider nicht günstiger anbieten. Folgen Sie gern unserem Shop – so verpassen Sie keine Gutscheine und Aktionen.',
        gloss:
          "Thank you for your interest! Our prices are already tightly calculated, so unfortunately we can't offer this item for less. Feel free to follow our shop so you don't miss any vouchers or promotions.",
      },
      fr: {
        text: "Merci pour l'intérêt que vous portez à nos produits ! Nos prix sont déjà au plus juste, nous ne pouvons donc malheureusement pas baisser celui-ci. N'hésitez pas à suivre notre boutique pour ne manquer aucun bon de réduction ni aucune promotion.",
        gloss:
          "Thank you for your interest in our products! Our prices are already as low as they can be, so unfortunately we can't lower this one. Feel free to follow our shop so you don't miss any discount vouchers or promotions.",
      },
      es: {
        text: 'Gracias por su interés en nuestros productos. Nuestros precios ya están ajustados al máximo, así que lamentablemente no podemos rebajar este artículo. Le recomendamos seguir nuestra tienda para no perderse los cupones y las próximas ofertas.',
        gloss:
          "Thank you for your interest in our products. Our prices are already as tight as they can be, so unfortunately we can't reduce this item. We recommend following our shop so you don't miss coupons and upcoming offers.",
      },
      pt: {
        text: 'Agradecemos o seu interesse pelos nossos produtos! Este já é o melhor preço que conseguimos oferecer, então infelizmente não é possível dar um desconto adicional. Siga a nossa loja para não perder os cupons e as próximas promoções!',
        gloss:
          "Thank you for your interest in our products! This is already the best price we can offer, so unfortunately an extra discount isn't possible. Follow our shop so you don't miss coupons and the next promotions!",
      },
      it: {
        text: "Grazie per l'interesse verso i nostri prodotti. I nostri prezzi sono già i più bassi possibili, quindi purtroppo non possiamo applicare un ulteriore sconto su questo articolo. Le consigliamo di seguire il nostro negozio per non perdere i coupon e le prossime promozioni.",
        gloss:
          "Thank you for your interest in our products. Our prices are already as low as possible, so unfortunately we can't apply a further discount to this item. We suggest following our shop so you don't miss coupons and upcoming promotions.",
      },
      ar: {
        text: 'شكراً لاهتمامك بمنتجاتنا. هذا السعر هو أفضل سعر يمكننا تقديمه، لذا نعتذر عن عدم إمكانية تخفيضه أكثر. ننصحك بمتابعة متجرنا حتى لا تفوتك القسائم والعروض القادمة.',
        gloss:
          "Thank you for your interest in our products. This is the best price we can offer, so we apologise that we can't reduce it further. We suggest following our store so you don't miss upcoming coupons and offers.",
      },
    },
  },
  {
    id: 'pricing_discount.offer',
    scenario: 'pricing_discount',
    intents: ['pricing_discount'],
    slots: ['discount'],
    commitments: ['discount'],
    agentNote:
      'Commits the shop to a discount: send only an amount the merchant has approved. {discount} is "10%" or a formatted amount.',
    texts: {
      en: {
        text: "We can offer you {discount} off this item. Just let us know if you'd like to go ahead, and we'll apply it to your order.",
      },
      th: {
        text: 'สินค้าชิ้นนี้ทางร้านสามารถลดให้ {discount} ได้{particle}\nหากคุณลูกค้าต้องการสั่งซื้อ แจ้งทางร้านได้เลย ทางร้านจะปรับราคาในคำสั่งซื้อให้นะ{particle_q}',
        gloss:
          "We can give you {discount} off this item. If you'd like to order, just tell us and we'll adjust the price in your order.",
      },
      vi: {
        text: 'Dạ shop có thể giảm cho anh/chị {discount} cho sản phẩm này ạ. Anh/chị đồng ý thì báo em một tiếng, em sẽ áp dụng giảm giá vào đơn hàng cho anh/chị nhé ạ.',
        gloss:
          "We can give you {discount} off this product. If you agree, just let me know and I'll apply the discount to your order.",
      },
      id: {
        text: 'Untuk produk ini, kami bisa kasih potongan {discount}, Kak. Kalau Kakak setuju, kabari kami ya, nanti langsung kami terapkan ke pesanannya.',
        gloss:
          "For this product we can give you {discount} off. If you agree, let us know and we'll apply it to the order straight away.",
      },
      ms: {
        text: 'Kami boleh berikan potongan {discount} untuk produk ini. Jika anda setuju, maklumkan kepada kami dan kami akan masukkan potongan tersebut ke dalam pesanan anda.',
        gloss:
          "We can give you {discount} off this product. If you agree, let us know and we'll apply the discount to your order.",
      },
      tl: {
        text: 'Pwede po namin kayong bigyan ng {discount} discount sa item na ito. Sabihan lang po kami kung itutuloy ninyo, at ia-apply namin ito sa order ninyo.',
        gloss:
          "We can give you a {discount} discount on this item. Just tell us if you'll go ahead, and we'll apply it to your order.",
      },
      'zh-Hans': {
        text: '这款商品我们可以给您优惠 {discount}。如果您确认购买，告诉我们一声，我们会在订单中为您改价。',
        gloss:
          "We can give you {discount} off this item. If you'd like to buy it, just tell us and we'll adjust the price in your order.",
      },
      'zh-Hant': {
        text: '這件商品我們可以給您 {discount} 的優惠。如果您確定要購買，跟我們說一聲，我們會直接在訂單中幫您調整價格。',
        gloss:
          "We can give you {discount} off this item. If you're sure you'd like to buy it, just tell us and we'll adjust the price in your order.",
      },
      ja: {
        text: 'こちらの商品につきまして、{discount}のお値引きにてご案内させていただきます。ご希望の場合はお知らせください。ご注文に反映いたします。',
        gloss:
          'For this item, we can offer you a discount of {discount}. If you would like it, please let us know and we will apply it to your order.',
      },
      ko: {
        text: '이 상품은 {discount} 할인해 드릴 수 있습니다. 구매를 원하시면 말씀해 주세요. 주문에 바로 적용해 드리겠습니다.',
        gloss:
          "We can give you {discount} off this item. If you'd like to buy it, please tell us. We'll apply it to your order right away.",
      },
      de: {
        text: 'Für diesen Artikel können wir Ihnen einen Nachlass von {discount} anbieten. Geben Sie uns einfach Bescheid, wenn Sie das Angebot annehmen möchten – wir passen Ihre Bestellung dann entsprechend an.',
        gloss:
          "For this item we can offer you a reduction of {discount}. Just let us know if you'd like to accept the offer – we'll then adjust your order accordingly.",
      },
      fr: {
        text: "Nous pouvons vous proposer une remise de {discount} sur cet article. Si cela vous convient, dites-le-nous et nous l'appliquerons à votre commande.",
        gloss:
          "We can offer you a {discount} discount on this item. If that suits you, let us know and we'll apply it to your order.",
      },
      es: {
        text: 'Podemos ofrecerle un descuento de {discount} en este artículo. Si le parece bien, díganoslo y lo aplicaremos a su pedido.',
        gloss:
          "We can offer you a {discount} discount on this item. If that works for you, tell us and we'll apply it to your order.",
      },
      pt: {
        text: 'Conseguimos oferecer um desconto de {discount} neste produto. Se quiser aproveitar, é só nos avisar que aplicamos o desconto ao seu pedido.',
        gloss:
          "We can offer a {discount} discount on this product. If you'd like to take it, just let us know and we'll apply the discount to your order.",
      },
      it: {
        text: 'Possiamo offrirLe uno sconto di {discount} su questo articolo. Se per Lei va bene, ce lo comunichi e lo applicheremo al Suo ordine.',
        gloss:
          "We can offer you a {discount} discount on this item. If that's fine with you, let us know and we'll apply it to your order.",
      },
      ar: {
        text: 'يسعدنا أن نقدم لك خصماً بقيمة {discount} على هذا المنتج. إذا رغبت في إتمام الطلب، يُرجى إبلاغنا وسنطبّق الخصم على طلبك.',
        gloss:
          "We're pleased to offer you a discount of {discount} on this product. If you'd like to complete the order, please let us know and we'll apply the discount to your order.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
