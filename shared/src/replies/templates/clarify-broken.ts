// clarify_broken: "it's broken" / "it doesn't work" is ambiguous; ask which of three problems it is, with a photo.
import type { ReplyTemplate } from '../types.ts';

export const clarifyBrokenTemplates = [
  {
    id: 'clarify_broken.which_problem',
    scenario: 'clarify_broken',
    intents: ['damaged_or_defective', 'product_question'],
    slots: [],
    commitments: [],
    agentNote:
      'Transit damage goes to a carrier claim, a malfunction to troubleshooting or warranty, a cosmetic defect to a return: the answer picks the next script. If the buyer mentions injury, smoke or burning, switch to product_safety.',
    texts: {
      en: {
        text: "Sorry to hear that! So we can help you as quickly as possible, could you tell us a bit more?\n1. Did it arrive damaged (broken or dented in transit)?\n2. Does it not work (won't turn on, or a function doesn't respond)?\n3. Or is it a cosmetic issue (a scratch, stain or mark)?\nA photo or a short video would help a lot.",
      },
      th: {
        text: 'ขออภัยด้วยนะ{particle_q} เพื่อให้ทางร้านช่วยได้เร็วที่สุด รบกวนคุณลูกค้าแจ้งเพิ่มเติมหน่อยนะ{particle_q}\n1. สินค้าเสียหายระหว่างขนส่ง เช่น แตกหรือบุบ ใช่ไหม{particle_q}\n2. สินค้าใช้งานไม่ได้ เช่น เปิดไม่ติด หรือบางฟังก์ชันไม่ทำงาน ใช่ไหม{particle_q}\n3. หรือเป็นตำหนิภายนอก เช่น รอยขีดข่วนหรือคราบ ใช่ไหม{particle_q}\nถ้าถ่ายรูปหรือคลิปสั้น ๆ ส่งมาด้วย จะช่วยได้มากเลย{particle}',
        gloss:
          "We're sorry. So we can help as fast as possible, could you tell us a little more? 1. Was it damaged in transit, e.g. cracked or dented? 2. Does it not work, e.g. won't turn on or a function doesn't work? 3. Or is it an outer defect, e.g. a scratch or stain? A photo or short clip would help a lot.",
      },
      vi: {
        text: 'Dạ shop rất tiếc về sự cố này ạ. Để shop hỗ trợ nhanh nhất, anh/chị cho shop biết thêm một chút nhé ạ:\n1. Hàng bị hư hại trong lúc vận chuyển (vỡ, móp méo) ạ?\n2. Hàng không hoạt động được (không lên nguồn, một số chức năng không chạy) ạ?\n3. Hay hàng bị lỗi bên ngoài (trầy xước, vết bẩn) ạ?\nAnh/chị gửi kèm ảnh hoặc video ngắn thì shop sẽ kiểm tra được nhanh hơn ạ.',
        gloss:
          "We're sorry about this problem. So we can help as quickly as possible, please tell us a bit more: 1. Was the item damaged in transit (broken, dented)? 2. Does it not work (won't power on, some functions don't work)? 3. Or is there an outer defect (scratch, stain)? If you attach a photo or short video, we can check faster.",
      },
      id: {
        text: 'Mohon maaf atas kendalanya, Kak. Supaya bisa kami bantu secepatnya, boleh diceritakan sedikit lagi?\n1. Apakah barangnya rusak saat pengiriman (pecah, penyok)?\n2. Apakah barangnya tidak berfungsi (tidak mau menyala, ada fitur yang tidak jalan)?\n3. Atau ada cacat di tampilan luar (lecet, noda)?\nKalau bisa, kirimkan juga foto atau video singkatnya ya, Kak, supaya lebih cepat kami cek.',
        gloss:
          "Sorry for the trouble. So we can help as soon as possible, could you tell us a little more? 1. Was the item damaged in shipping (cracked, dented)? 2. Does it not work (won't turn on, a feature doesn't work)? 3. Or is there a cosmetic defect (scuff, stain)? If you can, send a photo or short video too so we can check faster.",
      },
      ms: {
        text: 'Kami mohon maaf atas masalah ini. Supaya kami dapat membantu dengan lebih cepat, boleh anda terangkan sedikit lagi?\n1. Adakah barang rosak semasa penghantaran (pecah, kemek)?\n2. Adakah barang tidak berfungsi (tidak boleh dihidupkan, ada fungsi yang tidak berjalan)?\n3. Atau ada kecacatan pada bahagian luar (calar, kesan kotoran)?\nGambar atau video pendek akan sangat membantu kami.',
        gloss:
          "We apologise for this problem. So we can help faster, could you explain a bit more? 1. Was the item damaged in delivery (cracked, dented)? 2. Does it not work (won't switch on, a function doesn't work)? 3. Or is there an outer defect (scratch, stain)? A photo or short video would help us a lot.",
      },
      tl: {
        text: 'Pasensya na po sa abala! Para matulungan namin kayo agad, pwede po bang pakisabi kung alin dito:\n1. Nasira po ba ito habang nasa biyahe (basag, yupi)?\n2. Hindi po ba ito gumagana (ayaw mag-on, may function na hindi umaandar)?\n3. O may cosmetic defect po ba (gasgas, mantsa)?\nMalaking tulong po kung makakapagpadala kayo ng picture o maikling video.',
        gloss:
          "Sorry for the trouble! So we can help you quickly, could you tell us which of these it is: 1. Was it damaged in transit (cracked, dented)? 2. Does it not work (won't turn on, a function doesn't work)? 3. Or is there a cosmetic defect (scratch, stain)? It would help a lot if you could send a picture or a short video.",
      },
      'zh-Hans': {
        text: '很抱歉给您带来困扰。为了尽快帮您处理，想跟您确认一下具体情况：\n1. 是运输过程中造成的损坏（破裂、压变形）吗？\n2. 还是商品无法正常使用（无法开机、某个功能失灵）？\n3. 或者是外观瑕疵（划痕、污渍）？\n方便的话请拍张照片或短视频发给我们，这样能更快帮您解决。',
        gloss:
          "Sorry for the trouble. To help you as quickly as possible, we'd like to confirm the situation: 1. Was it damaged in transit (cracked, crushed)? 2. Or does it not work properly (won't turn on, a function fails)? 3. Or is it a cosmetic flaw (scratch, stain)? If you can, send us a photo or short video so we can resolve it faster.",
      },
      'zh-Hant': {
        text: '很抱歉造成您的困擾。為了盡快協助您，想跟您確認一下狀況：\n1. 是運送過程中造成的損壞（破裂、壓凹）嗎？\n2. 還是商品無法正常使用（無法開機、某些功能沒有反應）？\n3. 或是外觀上的瑕疵（刮痕、污漬）？\n方便的話請拍張照片或短片傳給我們，這樣能更快為您處理。',
        gloss:
          "Sorry for the trouble. To help you as quickly as possible, we'd like to confirm the situation: 1. Was it damaged in transit (cracked, dented)? 2. Or does it not work properly (won't turn on, some functions don't respond)? 3. Or is it a cosmetic flaw (scratch, stain)? If you can, send us a photo or short video so we can handle it faster.",
      },
      ja: {
        text: 'ご不便をおかけし、申し訳ございません。迅速に対応させていただくため、以下のいずれに当てはまるかお知らせいただけますでしょうか。\n1. 配送中に破損した（割れ・へこみなど）\n2. 正常に動作しない（電源が入らない、一部の機能が動かないなど）\n3. 外観に傷や汚れがある\nあわせて、写真または短い動画をお送りいただけますと大変助かります。',
        gloss:
          'We are sorry for the inconvenience. So we can respond quickly, could you tell us which of the following applies? 1. It was damaged in transit (cracked, dented, etc.) 2. It does not work properly (will not power on, some functions do not work, etc.) 3. There is a scratch or stain on the outside. It would also help greatly if you could send a photo or short video.',
      },
      ko: {
        text: '불편을 드려 죄송합니다. 빠르게 도와드릴 수 있도록 어떤 상황인지 조금만 더 알려 주시겠어요?\n1. 배송 중 파손되었나요? (깨짐, 찌그러짐 등)\n2. 제품이 작동하지 않나요? (전원이 켜지지 않음, 일부 기능 불량 등)\n3. 아니면 외관상 하자인가요? (긁힘, 얼룩 등)\n사진이나 짧은 영상을 함께 보내 주시면 훨씬 빠르게 확인할 수 있습니다.',
        gloss:
          "Sorry for the inconvenience. So we can help quickly, could you tell us a bit more about the situation? 1. Was it damaged in delivery (cracked, dented, etc.)? 2. Does the product not work (won't power on, some functions faulty, etc.)? 3. Or is it a cosmetic defect (scratches, stains, etc.)? If you send a photo or short video, we can check much faster.",
      },
      de: {
        text: 'Das tut uns leid! Damit wir Ihnen schnell helfen können, beschreiben Sie uns das Problem bitte etwas genauer:\n1. Wurde der Artikel beim Versand beschädigt (zerbrochen, verbeult)?\n2. Funktioniert er nicht (lässt sich nicht einschalten, eine Funktion reagiert nicht)?\n3. Oder handelt es sich um einen optischen Mangel (Kratzer, Flecken)?\nEin Foto oder ein kurzes Video hilft uns dabei sehr.',
        gloss:
          "We're sorry about that! So we can help you quickly, please describe the problem in a bit more detail: 1. Was the item damaged in shipping (broken, dented)? 2. Does it not work (won't switch on, a function doesn't respond)? 3. Or is it a cosmetic defect (scratches, stains)? A photo or short video helps us a lot.",
      },
      fr: {
        text: "Nous sommes désolés pour ce souci. Pour vous aider au plus vite, pourriez-vous nous préciser la situation ?\n1. L'article a-t-il été endommagé pendant le transport (cassé, cabossé) ?\n2. Ne fonctionne-t-il pas (ne s'allume pas, une fonction ne répond pas) ?\n3. Ou s'agit-il d'un défaut esthétique (rayure, tache) ?\nUne photo ou une courte vidéo nous aiderait beaucoup.",
        gloss:
          "We're sorry for the trouble. To help you as fast as possible, could you tell us more? 1. Was the item damaged in transit (broken, dented)? 2. Does it not work (won't turn on, a function doesn't respond)? 3. Or is it a cosmetic defect (scratch, stain)? A photo or short video would help us a lot.",
      },
      es: {
        text: 'Sentimos mucho lo ocurrido. Para poder ayudarle lo antes posible, ¿podría indicarnos qué sucede exactamente?\n1. ¿Llegó dañado por el transporte (roto, abollado)?\n2. ¿No funciona (no enciende, alguna función no responde)?\n3. ¿O se trata de un defecto estético (arañazo, mancha)?\nUna foto o un vídeo corto nos ayudaría mucho.',
        gloss:
          "We're very sorry about this. So we can help you as soon as possible, could you tell us exactly what's happening? 1. Did it arrive damaged in transit (broken, dented)? 2. Does it not work (won't turn on, a function doesn't respond)? 3. Or is it a cosmetic defect (scratch, stain)? A photo or short video would help us a lot.",
      },
      pt: {
        text: 'Poxa, sentimos muito! Para ajudarmos você o mais rápido possível, pode nos contar um pouco mais?\n1. O produto chegou danificado pelo transporte (quebrado, amassado)?\n2. Ele não funciona (não liga, alguma função não responde)?\n3. Ou é um defeito estético (arranhão, mancha)?\nUma foto ou um vídeo curto ajuda muito.',
        gloss:
          "Oh no, we're very sorry! So we can help you as quickly as possible, could you tell us a bit more? 1. Did the product arrive damaged in transit (broken, dented)? 2. Does it not work (won't turn on, a function doesn't respond)? 3. Or is it a cosmetic defect (scratch, stain)? A photo or short video helps a lot.",
      },
      it: {
        text: "Ci dispiace per l'inconveniente. Per aiutarLa il prima possibile, potrebbe descriverci meglio il problema?\n1. L'articolo si è danneggiato durante il trasporto (rotto, ammaccato)?\n2. Non funziona (non si accende, una funzione non risponde)?\n3. Oppure si tratta di un difetto estetico (graffio, macchia)?\nUna foto o un breve video ci sarebbe di grande aiuto.",
        gloss:
          "We're sorry for the inconvenience. To help you as soon as possible, could you describe the problem in more detail? 1. Was the item damaged in transit (broken, dented)? 2. Does it not work (won't turn on, a function doesn't respond)? 3. Or is it a cosmetic defect (scratch, stain)? A photo or short video would be a great help.",
      },
      ar: {
        text: 'نأسف لما حدث. حتى نتمكن من مساعدتك بأسرع وقت، يُرجى توضيح المشكلة:\n1. هل تعرّض المنتج للتلف أثناء الشحن (كسر أو انبعاج)؟\n2. هل المنتج لا يعمل (لا يشتغل أو إحدى الوظائف لا تستجيب)؟\n3. أم أن هناك عيباً في المظهر (خدش أو بقعة)؟\nإرسال صورة أو مقطع فيديو قصير سيساعدنا كثيراً.',
        gloss:
          "We're sorry about what happened. So we can help you as quickly as possible, please clarify the problem: 1. Was the product damaged during shipping (cracked or dented)? 2. Does the product not work (won't turn on, or a function doesn't respond)? 3. Or is there a cosmetic defect (a scratch or stain)? Sending a photo or short video would help us a lot.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
