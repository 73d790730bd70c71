// The demo store's knowledge base: what its support team would write down first, in the languages its buyers use.
import type { NewKnowledgeEntry, Storage } from '../storage/types.ts';
import { INGREDIENTS } from './storefront.ts';

export type DemoKnowledgeEntry = Omit<NewKnowledgeEntry, 'siteId'>;

const INCI = INGREDIENTS.join(', ');

export const DEMO_KNOWLEDGE: readonly DemoKnowledgeEntry[] = [
  {
    topic: 'shipping',
    title: 'Shipping times and where we ship from',
    tags: ['shipping', 'delivery', 'tracking', 'customs'],
    answers: {
      en: 'We dispatch every order within 24 hours on business days: from Seoul for Asia and Oceania, from Lyon for Europe and the Americas. Tracked delivery takes 5–9 business days, and we email you the tracking number as soon as the parcel leaves. Outside the EU, import duties may apply; they are shown at checkout.',
      th: 'ทางร้านจัดส่งทุกคำสั่งซื้อภายใน 24 ชั่วโมงในวันทำการค่ะ โดยส่งจากโซลสำหรับเอเชียและโอเชียเนีย และจากลียงสำหรับยุโรปและอเมริกา การจัดส่งแบบมีเลขพัสดุใช้เวลา 5–9 วันทำการ และทางร้านจะส่งเลขพัสดุให้ทางอีเมลทันทีที่พัสดุออกจากคลังค่ะ สำหรับประเทศนอก EU อาจมีภาษีนำเข้า ซึ่งจะแสดงตอนชำระเงินค่ะ',
      vi: 'Dạ, shop gửi mọi đơn hàng trong vòng 24 giờ vào ngày làm việc: từ Seoul cho châu Á và châu Đại Dương, từ Lyon cho châu Âu và châu Mỹ ạ. Giao hàng có mã theo dõi mất 5–9 ngày làm việc, và mã vận đơn sẽ được gửi qua email cho anh/chị ngay khi kiện hàng rời kho. Ngoài EU có thể phát sinh thuế nhập khẩu, được hiển thị khi thanh toán ạ.',
      id: 'Setiap pesanan kami kirim dalam 24 jam pada hari kerja: dari Seoul untuk Asia dan Oseania, dari Lyon untuk Eropa dan Amerika. Pengiriman dengan nomor resi memakan waktu 5–9 hari kerja, dan nomor resinya kami kirim lewat email begitu paket berangkat. Di luar Uni Eropa mungkin ada bea masuk, yang ditampilkan saat checkout.',
      ms: 'Kami menghantar setiap pesanan dalam masa 24 jam pada hari bekerja: dari Seoul untuk Asia dan Oceania, dari Lyon untuk Eropah dan benua Amerika. Penghantaran berjejak mengambil masa 5–9 hari bekerja, dan nombor penjejakan dihantar melalui e-mel sebaik sahaja bungkusan keluar. Di luar EU, duti import mungkin dikenakan dan dipaparkan semasa pembayaran.',
      de: 'Wir versenden jede Bestellung an Werktagen innerhalb von 24 Stunden – aus Seoul nach Asien und Ozeanien, aus Lyon nach Europa und Amerika. Die Lieferzeit mit Sendungsverfolgung beträgt 5–9 Werktage; die Trackingnummer erhalten Sie per E-Mail, sobald das Paket unterwegs ist. Außerhalb der EU können Einfuhrabgaben anfallen, sie werden an der Kasse angezeigt.',
      es: 'Enviamos todos los pedidos en 24 horas en días laborables: desde Seúl para Asia y Oceanía, y desde Lyon para Europa y América. La entrega con seguimiento tarda de 5 a 9 días laborables y le enviamos el número de seguimiento por correo en cuanto sale el paquete. Fuera de la UE puede haber aranceles de importación, que se muestran al pagar.',
      pt: 'Enviamos todos os pedidos em até 24 horas em dias úteis: de Seul para a Ásia e a Oceania, e de Lyon para a Europa e as Américas. A entrega com rastreio leva de 5 a 9 dias úteis, e mandamos o código de rastreio por e-mail assim que o pacote sai. Fora da UE pode haver impostos de importação, mostrados no checkout.',
      ja: 'ご注文は営業日の24時間以内に発送します。アジア・オセアニアへはソウルから、ヨーロッパ・南北アメリカへはリヨンからお届けします。追跡付き配送で5〜9営業日ほどかかり、発送後すぐに追跡番号をメールでお送りします。EU域外では輸入関税がかかる場合があり、お会計時に表示されます。',
      zh: '所有订单在工作日24小时内发货：亚洲和大洋洲从首尔发出，欧洲和美洲从里昂发出。可追踪的配送需要5到9个工作日，包裹一发出我们就会通过邮件发送追踪单号。欧盟以外的地区可能需要缴纳进口关税，结账时会显示。',
    },
  },
  {
    topic: 'returns',
    title: 'Returns and refunds within 30 days',
    tags: ['returns', 'refund'],
    allows: ['refund'],
    answers: {
      en: 'Unopened products can be returned within 30 days of delivery for a full refund. Send us your order number in chat and we will give you the return address. The money goes back to your original payment method within 5 business days of the parcel reaching us. Return shipping is paid by the buyer.',
      th: 'สินค้าที่ยังไม่ได้เปิดใช้สามารถคืนได้ภายใน 30 วันนับจากวันที่ได้รับ และได้รับเงินคืนเต็มจำนวนค่ะ รบกวนแจ้งเลขที่คำสั่งซื้อมาทางแชท แล้วทางร้านจะส่งที่อยู่สำหรับคืนสินค้าให้ค่ะ เงินจะคืนเข้าช่องทางชำระเงินเดิมภายใน 5 วันทำการหลังจากทางร้านได้รับพัสดุ โดยผู้ซื้อเป็นผู้ชำระค่าส่งคืนสินค้าค่ะ',
      vi: 'Dạ, sản phẩm chưa mở có thể trả lại trong vòng 30 ngày kể từ khi nhận hàng và được hoàn tiền đầy đủ ạ. Anh/chị chỉ cần nhắn mã đơn hàng qua chat, shop sẽ gửi địa chỉ trả hàng. Tiền được hoàn về phương thức thanh toán ban đầu trong vòng 5 ngày làm việc sau khi shop nhận được hàng. Phí gửi trả hàng do người mua chịu ạ.',
      id: 'Produk yang belum dibuka bisa dikembalikan dalam 30 hari sejak diterima, dengan pengembalian dana penuh. Kirimkan nomor pesanan Anda lewat chat, lalu kami berikan alamat retur. Dana dikembalikan ke metode pembayaran semula dalam 5 hari kerja setelah paket kami terima. Ongkos kirim retur ditanggung pembeli.',
      ms: 'Produk yang belum dibuka boleh dipulangkan dalam tempoh 30 hari dari tarikh diterima untuk bayaran balik penuh. Hantar nombor pesanan anda melalui chat dan kami akan berikan alamat pemulangan. Bayaran balik dibuat ke kaedah pembayaran asal dalam masa 5 hari bekerja selepas bungkusan sampai kepada kami. Kos pos pemulangan ditanggung oleh pembeli.',
      de: 'Ungeöffnete Produkte können Sie innerhalb von 30 Tagen nach Erhalt zurückgeben und erhalten den vollen Betrag erstattet. Senden Sie uns im Chat Ihre Bestellnummer, dann nennen wir Ihnen die Rücksendeadresse. Die Erstattung erfolgt innerhalb von 5 Werktagen nach Eingang des Pakets auf Ihr ursprüngliches Zahlungsmittel. Die Rücksendekosten trägt der Käufer.',
      es: 'Los productos sin abrir se pueden devolver en un plazo de 30 días desde la entrega, con reembolso completo. Escríbanos su número de pedido por el chat y le daremos la dirección de devolución. El reembolso vuelve al método de pago original en un máximo de 5 días hábiles después de recibir el paquete. El envío de la devolución corre a cargo del comprador.',
      pt: 'Produtos fechados podem ser devolvidos em até 30 dias após a entrega, com reembolso total. Mande o número do seu pedido pelo chat e passamos o endereço de devolução. O reembolso volta para o meio de pagamento original em até 5 dias úteis depois que o pacote chega até nós. O frete da devolução fica por conta do comprador.',
      ja: '未開封の商品は、お受け取りから30日以内であれば返品でき、全額返金いたします。チャットでご注文番号をお知らせいただければ、返送先の住所をご案内します。返金は商品の到着後5営業日以内に、お支払い時と同じ方法で行います。返送料はお客様のご負担となります。',
      zh: '未开封的商品可在签收后30天内退货，并获得全额退款。请在聊天中发送您的订单号，我们会告诉您退货地址。收到退货后5个工作日内，款项将原路退回。退货运费由买家承担。',
    },
  },
  {
    topic: 'promotions',
    title: 'Price matching and discounts',
    tags: ['price', 'discount', 'coupon'],
    allows: [],
    answers: {
      en: "We don't match other shops' prices and can't give discounts or coupon codes on request in chat. Our prices are the same in every market; when we run a promotion it is shown on the product page and applied automatically at checkout.",
      th: 'ทางร้านไม่มีนโยบายเทียบราคากับร้านอื่น และไม่สามารถให้ส่วนลดหรือโค้ดคูปองตามคำขอทางแชทได้ค่ะ ราคาของทางร้านเท่ากันทุกประเทศ หากมีโปรโมชันจะแสดงในหน้าสินค้าและลดให้อัตโนมัติตอนชำระเงินค่ะ',
      vi: 'Dạ, shop không áp dụng so giá với cửa hàng khác và không thể tặng giảm giá hay mã giảm giá theo yêu cầu qua chat ạ. Giá của shop như nhau ở mọi thị trường; khi có khuyến mãi, chương trình sẽ hiển thị trên trang sản phẩm và được tự động áp dụng khi thanh toán ạ.',
      id: 'Kami tidak menyamakan harga dengan toko lain dan tidak bisa memberi diskon atau kode kupon atas permintaan lewat chat. Harga kami sama di semua negara; kalau ada promo, promonya tampil di halaman produk dan otomatis terpotong saat checkout.',
      ms: 'Kami tidak menyamakan harga dengan kedai lain dan tidak dapat memberi diskaun atau kod kupon atas permintaan melalui chat. Harga kami sama di semua pasaran; sebarang promosi akan dipaparkan di halaman produk dan ditolak secara automatik semasa pembayaran.',
      de: 'Wir passen unsere Preise nicht an andere Shops an und können im Chat keine Rabatte oder Gutscheincodes auf Anfrage vergeben. Unsere Preise sind in allen Ländern gleich; Aktionen stehen auf der Produktseite und werden an der Kasse automatisch abgezogen.',
      es: 'No igualamos precios de otras tiendas y no podemos dar descuentos ni códigos de cupón a petición por el chat. Nuestros precios son los mismos en todos los mercados; cuando hay una promoción, aparece en la página del producto y se aplica automáticamente al pagar.',
      pt: 'Não cobrimos preços de outras lojas e não podemos dar descontos nem cupons a pedido pelo chat. Nossos preços são iguais em todos os mercados; quando há uma promoção, ela aparece na página do produto e é aplicada automaticamente no checkout.',
      ja: '他店との価格合わせは行っておらず、チャットでのご依頼による割引やクーポンコードの発行もいたしかねます。価格はすべての国で同じです。キャンペーン実施中は商品ページに表示され、お会計時に自動で適用されます。',
      zh: '我们不提供比价服务，也无法应聊天中的要求提供折扣或优惠码。我们在所有市场的价格都相同；如有促销活动，会显示在商品页面，并在结账时自动减免。',
    },
  },
  {
    topic: 'product',
    title: 'Centella Calming Cream: ingredients',
    tags: ['ingredients', 'allergy', 'fragrance-free', 'centella'],
    answers: {
      en: `Full ingredient list (INCI) of the Centella Calming Cream: ${INCI}. It contains no fragrance, no essential oils and no alcohol. If you have a known allergy, please check the list and patch-test first.`,
      th: `ส่วนผสมทั้งหมด (INCI) ของครีม Centella Calming Cream: ${INCI} ไม่มีน้ำหอม ไม่มีน้ำมันหอมระเหย และไม่มีแอลกอฮอล์ค่ะ หากคุณลูกค้ามีประวัติแพ้สารใด รบกวนตรวจสอบรายการและทดสอบบนผิวก่อนใช้นะคะ`,
      vi: `Dạ, thành phần đầy đủ (INCI) của kem Centella Calming Cream: ${INCI}. Sản phẩm không chứa hương liệu, tinh dầu hay cồn ạ. Nếu anh/chị từng bị dị ứng với thành phần nào, anh/chị vui lòng kiểm tra danh sách và thử trên một vùng da nhỏ trước ạ.`,
      id: `Daftar lengkap bahan (INCI) krim Centella Calming Cream: ${INCI}. Tanpa pewangi, tanpa minyak atsiri, dan tanpa alkohol. Jika Anda punya alergi tertentu, mohon cek daftar ini dan lakukan uji tempel dulu.`,
      ms: `Senarai penuh ramuan (INCI) krim Centella Calming Cream: ${INCI}. Tiada pewangi, tiada minyak pati dan tiada alkohol. Jika anda mempunyai alahan tertentu, sila semak senarai ini dan buat ujian tampalan dahulu.`,
      de: `Vollständige Inhaltsstoffe (INCI) der Centella Calming Cream: ${INCI}. Ohne Duftstoffe, ohne ätherische Öle und ohne Alkohol. Bei bekannten Allergien prüfen Sie bitte die Liste und testen Sie die Creme zuerst an einer kleinen Hautstelle.`,
      es: `Lista completa de ingredientes (INCI) de la crema Centella Calming Cream: ${INCI}. No lleva perfume, aceites esenciales ni alcohol. Si tiene alguna alergia conocida, revise la lista y haga primero una prueba en una zona pequeña de la piel.`,
      pt: `Lista completa de ingredientes (INCI) do creme Centella Calming Cream: ${INCI}. Sem fragrância, sem óleos essenciais e sem álcool. Se você tem alguma alergia conhecida, confira a lista e faça antes um teste numa pequena área da pele.`,
      ja: `Centella Calming Cream（クリーム）の全成分（INCI）：${INCI}。香料・精油・アルコールは使用していません。アレルギーをお持ちの方は成分をご確認のうえ、パッチテストを行ってからお使いください。`,
      zh: `积雪草舒缓面霜（Centella Calming Cream）全成分（INCI）：${INCI}。不含香精、精油和酒精。如果您有已知的过敏史，请先核对成分表，并在小面积皮肤上做过敏测试。`,
    },
  },
  {
    topic: 'product',
    title: 'Centella Calming Cream: how to use, size and shelf life',
    tags: ['how to use', 'patch test', 'sensitive skin', 'shelf life'],
    answers: {
      en: 'Use it morning and evening after toner: warm a pea-sized amount between your fingertips and press it into the skin. Before the first use, patch-test behind the ear and wait 24 hours. The 50 ml jar lasts about two months of daily use and keeps for 12 months once opened.',
      th: 'ใช้เช้าและเย็นหลังโทนเนอร์ค่ะ วอร์มครีมปริมาณเท่าเมล็ดถั่วระหว่างปลายนิ้ว แล้วกดเบา ๆ ลงบนผิว ก่อนใช้ครั้งแรกแนะนำให้ทดสอบที่หลังใบหูและรอ 24 ชั่วโมงค่ะ กระปุกขนาด 50 มล. ใช้ได้ประมาณสองเดือนหากใช้ทุกวัน และเก็บได้ 12 เดือนหลังเปิดค่ะ',
      vi: 'Dạ, anh/chị dùng sáng và tối sau toner: làm ấm một lượng kem bằng hạt đậu giữa các đầu ngón tay rồi ấn nhẹ lên da ạ. Trước lần dùng đầu tiên, anh/chị thử ở sau tai và chờ 24 giờ nhé. Hũ 50 ml dùng hằng ngày được khoảng hai tháng và nên dùng hết trong 12 tháng sau khi mở nắp ạ.',
      id: 'Gunakan pagi dan malam setelah toner: hangatkan krim seukuran biji kacang polong di ujung jari, lalu tepuk-tepuk lembut ke kulit. Sebelum pemakaian pertama, lakukan uji tempel di belakang telinga dan tunggu 24 jam. Satu jar 50 ml cukup untuk sekitar dua bulan pemakaian harian dan tahan 12 bulan setelah dibuka.',
      ms: 'Gunakan pagi dan malam selepas toner: panaskan krim sebesar sebiji kacang di hujung jari, kemudian tekan perlahan pada kulit. Sebelum penggunaan pertama, buat ujian tampalan di belakang telinga dan tunggu 24 jam. Balang 50 ml tahan kira-kira dua bulan untuk kegunaan harian dan boleh digunakan sehingga 12 bulan selepas dibuka.',
      de: 'Morgens und abends nach dem Toner verwenden: eine erbsengroße Menge zwischen den Fingerspitzen anwärmen und sanft in die Haut drücken. Vor der ersten Anwendung hinter dem Ohr testen und 24 Stunden abwarten. Ein 50-ml-Tiegel reicht bei täglicher Anwendung etwa zwei Monate und ist nach dem Öffnen 12 Monate haltbar.',
      es: 'Úsela por la mañana y por la noche después del tónico: caliente una cantidad del tamaño de un guisante entre las yemas de los dedos y presiónela suavemente sobre la piel. Antes del primer uso, haga una prueba detrás de la oreja y espere 24 horas. El tarro de 50 ml dura unos dos meses con uso diario y se conserva 12 meses una vez abierto.',
      pt: 'Use de manhã e à noite, depois do tônico: aqueça uma quantidade do tamanho de uma ervilha entre as pontas dos dedos e pressione suavemente na pele. Antes do primeiro uso, faça um teste atrás da orelha e espere 24 horas. O pote de 50 ml dura cerca de dois meses com uso diário e pode ser usado por 12 meses depois de aberto.',
      ja: '朝晩、化粧水の後にお使いください。パール粒大を指先で温めてから、肌にやさしく押し込むようになじませます。初めてお使いになる前に、耳の後ろでパッチテストを行い24時間様子を見てください。50mlで毎日使って約2か月分、開封後は12か月以内にお使いください。',
      zh: '早晚在爽肤水之后使用：取豌豆大小的用量在指尖温热，再轻轻按压于肌肤上。首次使用前，请先在耳后做过敏测试并观察24小时。50毫升一罐，每天使用约可用两个月，开封后请在12个月内用完。',
    },
  },
  {
    topic: 'after_sales',
    title: 'Skin reaction or rash after using the cream',
    tags: ['allergy', 'irritation', 'rash', 'safety'],
    answers: {
      en: 'If your skin reacts to the cream (redness, itching or a rash), stop using it straight away and rinse the area with cool water. If you have swelling, trouble breathing or the reaction spreads, see a doctor immediately. Then send us a photo of the skin and the batch number from the bottom of the jar; a member of our team will follow up with you personally.',
      th: 'หากมีอาการแพ้ ผื่นแดง หรือคันหลังใช้ครีม รบกวนหยุดใช้ทันทีและล้างบริเวณนั้นด้วยน้ำเย็นนะคะ หากมีอาการบวม หายใจลำบาก หรืออาการลุกลาม กรุณาไปพบแพทย์ทันทีค่ะ จากนั้นรบกวนส่งรูปผิวและเลขล็อตที่ก้นกระปุกมาให้ทางร้าน เจ้าหน้าที่จะติดต่อกลับเพื่อดูแลคุณลูกค้าโดยตรงค่ะ',
      vi: 'Dạ, nếu da anh/chị bị kích ứng sau khi dùng kem (đỏ, ngứa hoặc nổi mẩn), anh/chị vui lòng ngừng dùng ngay và rửa vùng da đó bằng nước mát ạ. Nếu bị sưng, khó thở hoặc vùng kích ứng lan rộng, anh/chị hãy đi khám bác sĩ ngay. Sau đó anh/chị gửi giúp shop ảnh vùng da và số lô in dưới đáy hũ; nhân viên của shop sẽ liên hệ hỗ trợ anh/chị trực tiếp ạ.',
      id: 'Jika kulit Anda bereaksi setelah memakai krim (kemerahan, gatal, atau ruam), mohon segera hentikan pemakaian dan bilas area tersebut dengan air dingin. Jika muncul bengkak, sesak napas, atau reaksinya menyebar, segera periksa ke dokter. Setelah itu kirimkan foto kulit dan nomor batch di bagian bawah jar; tim kami akan menghubungi Anda secara langsung.',
      ms: 'Jika kulit anda bertindak balas selepas menggunakan krim (kemerahan, gatal atau ruam), sila berhenti menggunakannya serta-merta dan bilas kawasan itu dengan air sejuk. Jika terdapat bengkak, sukar bernafas atau reaksi merebak, segera jumpa doktor. Kemudian hantarkan gambar kulit dan nombor kelompok di bawah balang; pasukan kami akan menghubungi anda secara terus.',
      de: 'Wenn Ihre Haut auf die Creme reagiert (Rötung, Juckreiz oder Ausschlag), verwenden Sie sie bitte nicht weiter und spülen Sie die Stelle mit kühlem Wasser ab. Bei Schwellungen, Atemnot oder wenn sich die Reaktion ausbreitet, suchen Sie bitte sofort einen Arzt auf. Senden Sie uns danach ein Foto der Haut und die Chargennummer vom Boden des Tiegels – jemand aus unserem Team meldet sich persönlich bei Ihnen.',
      es: 'Si su piel reacciona a la crema (enrojecimiento, picor o sarpullido), deje de usarla de inmediato y aclare la zona con agua fresca. Si nota hinchazón, dificultad para respirar o la reacción se extiende, acuda al médico enseguida. Después envíenos una foto de la piel y el número de lote que aparece en la base del tarro; alguien de nuestro equipo se pondrá en contacto con usted personalmente.',
      pt: 'Se a sua pele reagir ao creme (vermelhidão, coceira ou irritação), pare de usar imediatamente e enxágue a área com água fria. Se houver inchaço, dificuldade para respirar ou a reação se espalhar, procure um médico na hora. Depois, envie para nós uma foto da pele e o número do lote que fica no fundo do pote; alguém da nossa equipe vai falar com você pessoalmente.',
      ja: 'クリームの使用後に赤み・かゆみ・発疹などが出た場合は、すぐにご使用を中止し、患部を冷たい水で洗い流してください。腫れや息苦しさがある場合、または症状が広がる場合は、すぐに医師の診察を受けてください。そのうえで、肌の写真と容器の底にあるロット番号をお送りください。担当者から直接ご連絡いたします。',
      zh: '如果使用面霜后皮肤出现泛红、发痒或起疹子等过敏反应，请立即停止使用，并用冷水冲洗患处。如出现肿胀、呼吸困难或反应扩散，请马上就医。之后请把皮肤的照片和罐底的批号发给我们，我们的工作人员会亲自与您联系跟进。',
    },
  },
  {
    topic: 'after_sales',
    title: 'Damaged or wrong item received',
    tags: ['damaged', 'broken', 'wrong item', 'replacement'],
    allows: ['replacement'],
    answers: {
      en: "We're sorry about that! Send us a photo of the item and the parcel within 7 days of delivery, with your order number. We will ship a replacement at no cost, and you don't need to send the damaged one back.",
      th: 'ทางร้านขออภัยเป็นอย่างยิ่งค่ะ รบกวนส่งรูปสินค้าและกล่องพัสดุพร้อมเลขที่คำสั่งซื้อภายใน 7 วันหลังได้รับสินค้านะคะ ทางร้านจะส่งสินค้าชิ้นใหม่ให้โดยไม่มีค่าใช้จ่าย และไม่ต้องส่งชิ้นที่เสียหายกลับมาค่ะ',
      vi: 'Dạ, shop thành thật xin lỗi anh/chị ạ. Anh/chị vui lòng gửi ảnh sản phẩm và thùng hàng kèm mã đơn hàng trong vòng 7 ngày kể từ khi nhận. Shop sẽ gửi sản phẩm thay thế miễn phí, anh/chị không cần gửi trả món bị hỏng ạ.',
      id: 'Mohon maaf atas kejadian ini! Kirimkan foto produk dan paketnya beserta nomor pesanan dalam 7 hari setelah diterima. Kami akan mengirim pengganti tanpa biaya, dan barang yang rusak tidak perlu dikembalikan.',
      ms: 'Kami mohon maaf! Sila hantar gambar barang dan bungkusan berserta nombor pesanan dalam tempoh 7 hari selepas diterima. Kami akan menghantar barang gantian tanpa sebarang caj, dan anda tidak perlu memulangkan barang yang rosak.',
      de: 'Das tut uns sehr leid. Bitte senden Sie uns innerhalb von 7 Tagen nach Erhalt ein Foto des Artikels und des Pakets, zusammen mit Ihrer Bestellnummer. Wir schicken Ihnen kostenlos Ersatz – den beschädigten Artikel müssen Sie nicht zurücksenden.',
      es: 'Lo sentimos mucho. Envíenos una foto del producto y del paquete en los 7 días siguientes a la entrega, junto con su número de pedido. Le mandaremos uno nuevo sin coste y no hace falta que nos devuelva el dañado.',
      pt: 'Sentimos muito! Envie uma foto do produto e da embalagem em até 7 dias após a entrega, junto com o número do pedido. Mandaremos um novo sem custo, e você não precisa devolver o item danificado.',
      ja: 'ご迷惑をおかけし申し訳ございません。お受け取りから7日以内に、商品と梱包の写真をご注文番号とあわせてお送りください。代わりの商品を無料でお送りします。破損した商品のご返送は不要です。',
      zh: '非常抱歉！请在签收后7天内，把商品和包裹的照片连同订单号发给我们。我们会免费为您补发新品，破损的商品无需寄回。',
    },
  },
];

/** Stores the demo knowledge base for the demo site. */
export async function seedDemoKnowledge(storage: Storage, siteId: string): Promise<void> {
  for (const entry of DEMO_KNOWLEDGE) await storage.createKnowledgeEntry({ siteId, ...entry });
}
