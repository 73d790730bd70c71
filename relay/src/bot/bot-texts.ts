// What the bot says in its own voice, in every reply-library language. It never promises anything; its messages
// carry author "bot", which every client labels as automated. Answers come from the knowledge base and library.
import { replyLanguageFor } from '@parley/shared';

interface BotTexts {
  /** After a request for a person, a complaint or a safety report. `{when}` is filled by `handoffAfterHours`. */
  handoff: string;
  /** A safety report: acknowledge, say a person is taking over, nothing more. */
  safety: string;
  /** Appended to a hand-off outside business hours. */
  backAt: string;
  /** Closes a bot answer: the way to a person is always open. */
  askForPerson: string;
}

const TEXTS: Record<string, BotTexts> = {
  en: {
    handoff: "Thanks, I've passed your message to our team. A person will reply here as soon as possible.",
    safety:
      'Thank you for telling us, and we are sorry. A person from our team is taking this over now and will reply here as soon as possible.',
    backAt: 'Our team is back {when}.',
    askForPerson: 'Type "person" at any time to reach our team.',
  },
  th: {
    handoff: 'ขอบคุณค่ะ ระบบได้ส่งข้อความของคุณลูกค้าให้ทีมงานแล้ว เจ้าหน้าที่จะตอบกลับที่นี่โดยเร็วที่สุดค่ะ',
    safety: 'ขอบคุณที่แจ้งให้ทราบค่ะ และขออภัยเป็นอย่างยิ่ง เจ้าหน้าที่ของร้านกำลังรับเรื่องนี้ต่อ และจะตอบกลับที่นี่โดยเร็วที่สุดค่ะ',
    backAt: 'ทีมงานจะกลับมาให้บริการ {when} ค่ะ',
    askForPerson: 'หากต้องการคุยกับเจ้าหน้าที่ พิมพ์ "ขอคุยกับเจ้าหน้าที่" ได้ตลอดเวลาค่ะ',
  },
  vi: {
    handoff:
      'Dạ, tin nhắn của anh/chị đã được chuyển cho nhân viên. Nhân viên sẽ trả lời tại đây sớm nhất có thể ạ.',
    safety:
      'Dạ, cảm ơn anh/chị đã báo cho shop, shop rất xin lỗi ạ. Nhân viên của shop đang tiếp nhận và sẽ trả lời anh/chị tại đây sớm nhất có thể ạ.',
    backAt: 'Nhân viên sẽ quay lại {when} ạ.',
    askForPerson: 'Anh/chị có thể nhắn "gặp nhân viên" bất cứ lúc nào ạ.',
  },
  id: {
    handoff:
      'Terima kasih, Kak. Pesan Kakak sudah kami teruskan ke tim. Admin akan membalas di sini secepatnya ya.',
    safety:
      'Terima kasih sudah memberi tahu kami, Kak, dan kami mohon maaf. Tim kami sedang menangani ini dan akan membalas di sini secepatnya.',
    backAt: 'Tim kami kembali {when}.',
    askForPerson: 'Ketik "admin" kapan saja untuk bicara dengan tim kami.',
  },
  ms: {
    handoff:
      'Terima kasih. Mesej anda telah dihantar kepada pasukan kami. Kakitangan kami akan membalas di sini secepat mungkin.',
    safety:
      'Terima kasih kerana memaklumkan kami, dan kami memohon maaf. Kakitangan kami sedang mengambil alih perkara ini dan akan membalas di sini secepat mungkin.',
    backAt: 'Pasukan kami kembali {when}.',
    askForPerson: 'Taip "bercakap dengan staf" bila-bila masa untuk menghubungi pasukan kami.',
  },
  tl: {
    handoff:
      'Salamat po. Naipasa na po namin ang mensahe ninyo sa aming team. Sasagot po ang isang staff dito sa lalong madaling panahon.',
    safety:
      'Salamat po sa pagsabi sa amin, at pasensya na po. Hinahawakan na po ito ng aming team at sasagot po kami rito sa lalong madaling panahon.',
    backAt: 'Babalik po ang aming team {when}.',
    askForPerson: 'I-type po ang "kausap ng tao" anumang oras para makausap ang aming team.',
  },
  'zh-Hans': {
    handoff: '感谢您的留言，我们已转交给客服同事，会尽快在这里回复您。',
    safety: '感谢您告诉我们，非常抱歉。我们的客服同事正在接手处理，会尽快在这里回复您。',
    backAt: '客服将于{when}恢复在线。',
    askForPerson: '如需人工客服，随时输入“人工”即可。',
  },
  'zh-Hant': {
    handoff: '感謝您的留言，我們已轉交給客服同仁，會盡快在這裡回覆您。',
    safety: '感謝您告訴我們，非常抱歉。我們的客服同仁正在接手處理，會盡快在這裡回覆您。',
    backAt: '客服將於{when}恢復服務。',
    askForPerson: '如需真人客服，隨時輸入「真人」即可。',
  },
  ja: {
    handoff:
      'お問い合わせありがとうございます。担当者に引き継ぎましたので、こちらでできるだけ早くご返信いたします。',
    safety:
      'お知らせいただきありがとうございます。ご迷惑をおかけし申し訳ございません。担当者がただいま対応を引き継ぎ、こちらでできるだけ早くご連絡いたします。',
    backAt: '担当者は{when}から対応いたします。',
    askForPerson: '担当者とのやり取りをご希望の場合は、いつでも「担当者」とご入力ください。',
  },
  ko: {
    handoff: '문의해 주셔서 감사합니다. 담당 직원에게 전달했으며, 이곳에서 최대한 빨리 답변드리겠습니다.',
    safety:
      '알려 주셔서 감사합니다. 불편을 드려 정말 죄송합니다. 담당 직원이 지금 이 건을 넘겨받아 이곳에서 최대한 빨리 답변드리겠습니다.',
    backAt: '상담원은 {when}에 다시 응대합니다.',
    askForPerson: '상담원과 대화를 원하시면 언제든지 "상담원 연결"이라고 입력해 주세요.',
  },
  de: {
    handoff:
      'Vielen Dank, wir haben Ihre Nachricht an unser Team weitergegeben. Jemand aus dem Team antwortet Ihnen hier so bald wie möglich.',
    safety:
      'Vielen Dank, dass Sie uns Bescheid geben, und es tut uns sehr leid. Jemand aus unserem Team übernimmt das jetzt und antwortet Ihnen hier so bald wie möglich.',
    backAt: 'Unser Team ist {when} wieder für Sie da.',
    askForPerson: 'Schreiben Sie jederzeit „Mitarbeiter“, um mit unserem Team zu sprechen.',
  },
  fr: {
    handoff:
      'Merci, nous avons transmis votre message à notre équipe. Une personne vous répondra ici dès que possible.',
    safety:
      'Merci de nous avoir prévenus, et nous en sommes désolés. Une personne de notre équipe prend le relais dès maintenant et vous répondra ici dès que possible.',
    backAt: 'Notre équipe sera de retour {when}.',
    askForPerson: 'Écrivez « conseiller » à tout moment pour parler à notre équipe.',
  },
  es: {
    handoff:
      'Gracias, hemos pasado su mensaje a nuestro equipo. Una persona le responderá aquí lo antes posible.',
    safety:
      'Gracias por avisarnos, y lo sentimos mucho. Una persona de nuestro equipo se encarga ahora y le responderá aquí lo antes posible.',
    backAt: 'Nuestro equipo vuelve {when}.',
    askForPerson: 'Escriba «hablar con una persona» en cualquier momento para contactar con nuestro equipo.',
  },
  pt: {
    handoff:
      'Obrigado, passamos sua mensagem para a nossa equipe. Uma pessoa vai responder aqui o mais rápido possível.',
    safety:
      'Obrigado por nos avisar, e sentimos muito. Uma pessoa da nossa equipe está assumindo agora e vai responder aqui o mais rápido possível.',
    backAt: 'Nossa equipe volta {when}.',
    askForPerson: 'Escreva "falar com uma pessoa" a qualquer momento para falar com a nossa equipe.',
  },
  it: {
    handoff:
      'Grazie, abbiamo inoltrato il Suo messaggio al nostro team. Una persona Le risponderà qui il prima possibile.',
    safety:
      'Grazie per avercelo segnalato, e ci dispiace molto. Una persona del nostro team se ne sta occupando ora e Le risponderà qui il prima possibile.',
    backAt: 'Il nostro team torna {when}.',
    askForPerson: 'Scriva «parlare con una persona» in qualsiasi momento per contattare il nostro team.',
  },
  ar: {
    handoff: 'شكرًا لك، لقد أحلنا رسالتك إلى فريقنا، وسيرد عليك أحد الموظفين هنا في أقرب وقت ممكن.',
    safety:
      'شكرًا لإبلاغنا، ونعتذر عمّا حدث. يتولى أحد موظفي فريقنا الأمر الآن وسيرد عليك هنا في أقرب وقت ممكن.',
    backAt: 'يعود فريقنا {when}.',
    askForPerson: 'اكتب «موظف» في أي وقت للتحدث مع فريقنا.',
  },
};

export function botTexts(language: string): BotTexts & { language: string } {
  const tag = replyLanguageFor(language);
  const texts = (tag && TEXTS[tag]) || TEXTS.en!;
  return { ...texts, language: tag && TEXTS[tag] ? tag : 'en' };
}

/** "on Monday at 09:00" in the shopper's language and time zone, through Intl. */
export function formatReturn(at: Date, language: string, timeZone: string | undefined): string {
  const locale = language.replace(/-(Hans|Hant)$/, (_, script: string) =>
    script === 'Hant' ? '-TW' : '-CN',
  );
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}
