// Market profiles: how a shop in each market writes to its buyers. Data only; lookups live in lookup.ts.
import { ALL_CAPS, NEEDFUL_REVERT, PET_NAMES, TAOBAO_QIN } from './rules.ts';
import type { MarketCode, MarketProfile } from './types.ts';

export const MARKET_PROFILES = {
  TH: {
    code: 'TH',
    name: 'Thailand',
    languages: [{ language: 'th' }],
    locale: 'th-TH',
    currency: 'THB',
    timeZone: 'Asia/Bangkok',
    wholePrices: true,
    formality: {
      register:
        'Polite and soft (สุภาพ). Every sentence ends with a polite particle; warmth matters as much as formality, so softeners such as นะคะ / นะครับ are normal.',
      addressBuyer: 'คุณลูกค้า, or คุณ + first name (คุณสมชาย). Never เธอ or แก.',
      selfReference:
        'ทางร้าน (the shop) or แอดมิน: gender-neutral, so the shop sounds the same whoever types. ดิฉัน / ผม only when the agent speaks personally.',
      particles: {
        female: { statement: 'ค่ะ', question: 'คะ' },
        male: { statement: 'ครับ', question: 'ครับ' },
        neutral: 'female',
        neutralReason:
          'Most Thai shop and brand accounts write with ค่ะ / คะ, and buyers read it as the shop\'s voice rather than as a statement about the agent; a male agent who wants ครับ sets persona.gender to "male".',
      },
    },
    greeting: {
      norm: 'Open with สวัสดีค่ะ / ครับ and thank the buyer for messaging. คุณ + first name is friendly without being familiar.',
      examples: ['สวัสดีค่ะ คุณลูกค้า ยินดีให้บริการค่ะ', 'สวัสดีครับ ขอบคุณที่ทักมาหาทางร้านนะครับ'],
    },
    closing: {
      norm: 'Thank the buyer again and invite further questions.',
      examples: ['ขอบคุณมากค่ะ หากมีข้อสงสัยเพิ่มเติม ทักมาได้ตลอดเลยนะคะ', 'ขอบคุณที่อุดหนุนทางร้านนะครับ'],
    },
    apology: {
      norm: 'Apologise early and humbly, as the shop, and never imply the buyer is at fault. Calm and considerate (เกรงใจ) rather than dramatic.',
      examples: ['ขออภัยในความไม่สะดวกค่ะ', 'ทางร้านต้องขออภัยเป็นอย่างสูงครับ'],
    },
    emoji: {
      policy: 'welcome',
      note: 'Emoji and stickers (🙏 😊) are normal in Thai shop chat; leave them out of complaints and safety cases.',
    },
    avoid: [
      {
        id: 'th-missing-particle',
        term: 'A reply with no polite particle (ค่ะ / คะ / ครับ)',
        pattern: /(?:ค่ะ|คะ|ครับ|คับ|ค่า|จ้า|จ้ะ|งับ)(?=\s|$|[!?.~]|\p{Extended_Pictographic})/u,
        flagWhen: 'absent',
        languages: ['th'],
        reason: 'Without a particle a Thai reply reads curt or annoyed, however polite the words are.',
        fix: 'End sentences with ค่ะ (คะ in questions and after นะ) for a female or shop voice, or ครับ for a male one.',
      },
      {
        id: 'th-casual-particle',
        term: 'Chat-slang particles คับ, งับ, จ้า',
        pattern: /(?:คับ|งับ|จ้า|จ้ะ)(?=\s|$|[!?.~]|\p{Extended_Pictographic})/u,
        languages: ['th'],
        reason:
          'Friendly between regular customers, but unprofessional in complaints, refunds and safety cases.',
        fix: 'Use ค่ะ / คะ or ครับ.',
      },
      {
        id: 'th-thoe',
        term: 'เธอ ("you" to a friend)',
        pattern: /เธอ/u,
        languages: ['th'],
        reason: 'เธอ is for friends or juniors; from a shop it sounds condescending.',
        fix: "Use คุณลูกค้า or คุณ + the buyer's name.",
      },
    ],
    notes: [
      'Thai buyers read dates in the Buddhist era (2568 = 2025); the th-TH Intl locale formats them that way.',
      "Mirror the buyer's marketplace words: ทัก (to message), ใบปะหน้า (shipping label), เลขพัสดุ (tracking number).",
    ],
  },

  VN: {
    code: 'VN',
    name: 'Vietnam',
    languages: [{ language: 'vi' }],
    locale: 'vi-VN',
    currency: 'VND',
    timeZone: 'Asia/Ho_Chi_Minh',
    wholePrices: true,
    formality: {
      register:
        'Respectful and warm. Replies start with Dạ and sentences end with ạ; the kinship words (anh / chị / em) carry the politeness.',
      addressBuyer:
        "anh/chị, written with the slash while the buyer's gender is unknown; anh for a man, chị for a woman once known. Bạn suits youth brands but feels distant from a small shop.",
      selfReference:
        'em (the agent as the younger party) or shop: "em bên shop", "shop xin lỗi anh/chị". Not tôi, which sounds cold in sales chat; chúng tôi is fine in formal notices.',
    },
    greeting: {
      norm: 'Dạ + a greeting to anh/chị, then offer help.',
      examples: ['Dạ em chào anh/chị ạ, shop có thể hỗ trợ gì cho anh/chị ạ?', 'Dạ shop xin chào anh/chị ạ!'],
    },
    closing: {
      norm: 'Thank the buyer for supporting the shop and invite them back.',
      examples: ['Dạ em cảm ơn anh/chị đã ủng hộ shop ạ!', 'Anh/chị cần hỗ trợ gì thêm cứ nhắn shop nhé ạ.'],
    },
    apology: {
      norm: 'Apologise sincerely (thành thật xin lỗi), ask for understanding (mong anh/chị thông cảm), then give the fix.',
      examples: [
        'Dạ shop thành thật xin lỗi anh/chị vì sự bất tiện này ạ.',
        'Mong anh/chị thông cảm cho shop ạ.',
      ],
    },
    emoji: {
      policy: 'welcome',
      note: 'Friendly emoji (😊 🥰) are common in Vietnamese shop chat; keep them out of complaints.',
    },
    avoid: [
      {
        id: 'vi-rude-pronouns',
        term: 'mày / tao',
        pattern: /(?<!\p{L})(?:mày|tao)(?!\p{L})/iu,
        languages: ['vi'],
        reason: 'Insulting between strangers.',
        fix: 'Use anh/chị for the buyer and em or shop for yourself.',
      },
      {
        id: 'vi-cung',
        term: 'cưng ("darling")',
        pattern: /(?<!\p{L})cưng(?!\p{L})/iu,
        languages: ['vi'],
        reason: 'Far too intimate for a buyer.',
        fix: 'Use anh/chị.',
      },
      {
        id: 'vi-toi',
        term: 'tôi ("I") from the shop',
        pattern: /(?<!chúng\s)(?<!\p{L})tôi(?!\p{L})/iu,
        languages: ['vi'],
        reason: 'Tôi from a seller sounds cold, even superior, in chat.',
        fix: 'Use em or shop.',
      },
      {
        id: 'vi-missing-da',
        term: 'A reply without dạ / ạ',
        pattern: /(?<!\p{L})(?:dạ|ạ)(?!\p{L})/iu,
        flagWhen: 'absent',
        languages: ['vi'],
        reason: 'Without dạ or ạ a Vietnamese service reply reads blunt.',
        fix: 'Start with Dạ and end the key sentences with ạ.',
      },
    ],
    notes: [
      'VND has no minor unit; chat prices are written 150.000đ or 150k.',
      'Vietnamese names put the given name last: address Nguyễn Thị Lan as chị Lan.',
    ],
  },

  ID: {
    code: 'ID',
    name: 'Indonesia',
    languages: [{ language: 'id' }],
    locale: 'id-ID',
    currency: 'IDR',
    timeZone: 'Asia/Jakarta',
    wholePrices: true,
    formality: {
      register:
        'Friendly and polite (sopan tapi santai): short sentences softened with ya, mohon for requests, and Kak throughout.',
      addressBuyer:
        'Kak (Kakak) for every buyer, whatever their age or gender; Bapak/Ibu in formal or B2B contexts. Anda is correct but stiff.',
      selfReference:
        'kami (the shop); saya when the agent speaks personally; "admin" or "min" is a common shop voice.',
    },
    greeting: {
      norm: 'Halo Kak or a time-of-day greeting, thanks, and an offer to help.',
      examples: [
        'Halo Kak, terima kasih sudah menghubungi kami 😊',
        'Selamat siang, Kak! Ada yang bisa kami bantu?',
      ],
    },
    closing: {
      norm: 'Thank the buyer and invite the next order or question.',
      examples: [
        'Terima kasih, Kak. Ditunggu orderan berikutnya ya 🙏',
        'Kalau ada pertanyaan lain, jangan sungkan chat kami ya, Kak.',
      ],
    },
    apology: {
      norm: 'Apologise warmly and quickly, then give the fix; a stiff letter-style apology reads distant.',
      examples: ['Mohon maaf atas ketidaknyamanannya, Kak.', 'Mohon maaf sekali ya, Kak, kami cek dulu.'],
    },
    emoji: { policy: 'welcome', note: '🙏 and 😊 are expected warmth; leave them out of complaints.' },
    avoid: [
      {
        id: 'id-multiple-exclamation',
        term: 'Several "!" in a row',
        pattern: /[!！]{2,}/u,
        languages: ['id'],
        reason: 'Indonesian buyers read "!!" as shouting or annoyance, even when it is meant cheerfully.',
        fix: 'Use one "!" at most and soften with ya, Kak, or 🙏.',
      },
      {
        id: 'id-slang-pronouns',
        term: 'lu / lo / gue',
        pattern: /(?<!\p{L})(?:lu|lo|loe|gue|gw|gua)(?!\p{L})/iu,
        languages: ['id'],
        reason: 'Jakarta street slang: rude from a shop.',
        fix: 'Use Kak for the buyer and kami or saya for yourself.',
      },
    ],
    notes: [
      'Prices are written Rp150.000 or 150rb, without decimals.',
      'Buyers ping with "P" or "Kak?"; it is not rude.',
    ],
  },

  MY: {
    code: 'MY',
    name: 'Malaysia',
    languages: [{ language: 'ms' }, { language: 'en' }, { language: 'zh', script: 'Hans' }],
    locale: 'ms-MY',
    currency: 'MYR',
    timeZone: 'Asia/Kuala_Lumpur',
    wholePrices: false,
    formality: {
      register:
        "Courteous and warm; written Malay is more formal than spoken. Many buyers write English or Chinese: answer in the buyer's language.",
      addressBuyer: "tuan/puan (formal) or the buyer's name; anda in writing.",
      selfReference: 'kami (the shop); saya when the agent speaks personally.',
    },
    greeting: {
      norm: 'A greeting and thanks; answer Assalamualaikum with Waalaikumussalam before anything else.',
      examples: [
        'Hai, terima kasih kerana menghubungi kami. Apa yang boleh kami bantu?',
        'Waalaikumussalam, terima kasih kerana menghubungi kami.',
      ],
    },
    closing: {
      norm: 'Thank the buyer and wish them well.',
      examples: [
        'Terima kasih, semoga hari anda menyenangkan.',
        'Jika ada sebarang pertanyaan, jangan segan untuk menghubungi kami.',
      ],
    },
    apology: {
      norm: 'A formal apology (memohon maaf) followed by what happens next.',
      examples: ['Kami memohon maaf atas kesulitan yang dialami.', 'Harap maaf atas kelewatan ini.'],
    },
    emoji: { policy: 'sparing', note: 'A 🙏 or 😊 is fine in friendly exchanges.' },
    avoid: [
      {
        id: 'ms-butuh',
        term: 'butuh (Indonesian "need")',
        pattern: /(?<!\p{L})butuh(?!\p{L})/iu,
        languages: ['ms'],
        reason: 'Means "need" in Indonesian but is vulgar slang in Malaysian Malay.',
        fix: 'Use perlu or memerlukan.',
      },
      {
        id: 'ms-kak',
        term: 'kak to an unknown buyer',
        pattern: /(?<!\p{L})kak(?!\p{L})/iu,
        languages: ['ms'],
        reason:
          'In Malaysia kak means "older sister": it guesses the buyer\'s gender and age (the Indonesian Kak does not).',
        fix: "Use the buyer's name, tuan/puan, or anda.",
      },
      {
        id: 'ms-kau',
        term: 'kau / engkau',
        pattern: /(?<!\p{L})(?:kau|engkau)(?!\p{L})/iu,
        languages: ['ms'],
        reason: 'Intimate or rude from a shop.',
        fix: 'Use anda or tuan/puan.',
      },
    ],
    notes: [
      'Malay and Indonesian look alike but differ: butuh, percuma ("free" in Malay, "in vain" in Indonesian) and kak are traps.',
    ],
  },

  PH: {
    code: 'PH',
    name: 'Philippines',
    languages: [{ language: 'tl' }, { language: 'en' }],
    // English formats: Filipino shops write prices and dates the English way (₱1,299, March 12, 2025).
    locale: 'en-PH',
    currency: 'PHP',
    timeZone: 'Asia/Manila',
    wholePrices: true,
    formality: {
      register:
        'Warm, courteous and respectful of age (paggalang). Taglish, Tagalog mixed with English, is the normal register of online selling.',
      addressBuyer: "Ma'am/Sir while the gender is unknown; po and opo in every Tagalog sentence.",
      selfReference: 'kami / namin (the shop); ako when the agent speaks personally.',
    },
    greeting: {
      norm: 'A bright greeting with po and an offer to help.',
      examples: [
        'Hi po! Salamat sa pag-message. Paano po namin kayo matutulungan?',
        "Good day, Ma'am/Sir! How may I help you?",
      ],
    },
    closing: {
      norm: 'Thanks with po and a warm send-off.',
      examples: ['Salamat po! Ingat po kayo.', "Thank you po for your order, Ma'am/Sir!"],
    },
    apology: {
      norm: 'Apologise warmly and personally, then reassure that it will be fixed.',
      examples: ['Pasensya na po sa abala.', 'Humihingi po kami ng paumanhin. Aayusin po namin ito agad.'],
    },
    emoji: { policy: 'welcome', note: '😊 and 🙏 are common; leave them out of complaints.' },
    avoid: [
      {
        id: 'tl-missing-po',
        term: 'Tagalog without po',
        pattern: /(?<!\p{L})(?:po|opo)(?!\p{L})/iu,
        flagWhen: 'absent',
        languages: ['tl'],
        reason: 'Tagalog to a customer without po reads disrespectful, especially to older buyers.',
        fix: 'Add po (Salamat po, Opo, Pasensya na po).',
      },
      PET_NAMES,
    ],
    notes: [
      'Cash on delivery and e-wallets (GCash, Maya) are common; payment questions are often about them.',
    ],
  },

  SG: {
    code: 'SG',
    name: 'Singapore',
    languages: [{ language: 'en' }, { language: 'zh', script: 'Hans' }, { language: 'ms' }],
    locale: 'en-SG',
    currency: 'SGD',
    timeZone: 'Asia/Singapore',
    wholePrices: false,
    formality: {
      register:
        'Efficient and courteous: get to the point. Standard English in writing, though Singlish is spoken.',
      addressBuyer: 'First name, or Mr/Ms + surname when formal; 您 in Chinese.',
      selfReference: 'we for the shop; I when the agent speaks personally.',
    },
    greeting: {
      norm: 'Short and friendly.',
      examples: ['Hi Mei Ling, thanks for reaching out. How can I help?'],
    },
    closing: {
      norm: 'Brief thanks.',
      examples: ['Thank you, have a great day!', "Let us know if there's anything else we can help with."],
    },
    apology: {
      norm: 'Apologise once, then give the concrete fix and its date.',
      examples: ["Sorry for the inconvenience. Here's what we'll do:"],
    },
    emoji: { policy: 'sparing', note: 'An occasional 🙂 is fine.' },
    avoid: [
      {
        id: 'sg-singlish',
        term: 'Singlish particles (lah, leh, lor, meh)',
        pattern: /(?<!\p{L})(?:lah|leh|lor|meh)(?!\p{L})/iu,
        languages: ['en'],
        reason: "Friendly in speech but unprofessional in a shop's writing.",
        fix: 'Write standard English and keep the warmth in the wording.',
      },
      PET_NAMES,
      NEEDFUL_REVERT,
    ],
    notes: ['Buyers compare delivery promises closely: give dates, not "soon".'],
  },

  US: {
    code: 'US',
    name: 'United States',
    languages: [{ language: 'en' }],
    locale: 'en-US',
    currency: 'USD',
    timeZone: 'America/New_York',
    wholePrices: false,
    formality: {
      register:
        "Friendly, upbeat and direct; contractions are fine. Informality here is respect for the buyer's time, not a lack of respect.",
      addressBuyer:
        'First name ("Hi Sarah"). Sir/Ma\'am reads stiff in chat; "Dear" reads like a letter or a scam.',
      selfReference: 'I for the agent, we for the company.',
    },
    greeting: {
      norm: 'Hi + first name, thanks, and straight to the point.',
      examples: ['Hi Sarah, thanks for reaching out!', 'Hi there! How can I help today?'],
    },
    closing: {
      norm: 'Offer more help; keep it short.',
      examples: ["Let me know if there's anything else I can do.", 'Have a great day!'],
    },
    apology: {
      norm: 'Apologise once, own it, and move to the fix; repeated apologies sound scripted.',
      examples: [
        "I'm sorry about that. Here's what I'll do:",
        'Sorry for the trouble, and thanks for your patience.',
      ],
    },
    emoji: { policy: 'sparing', note: 'An occasional 🙂 in friendly exchanges; none in complaints.' },
    avoid: [PET_NAMES, TAOBAO_QIN, NEEDFUL_REVERT, ALL_CAPS],
    notes: ['Dates are month first; write the month name so 3/12 and 12/3 cannot be confused.'],
  },

  GB: {
    code: 'GB',
    name: 'United Kingdom',
    languages: [{ language: 'en' }],
    locale: 'en-GB',
    currency: 'GBP',
    timeZone: 'Europe/London',
    wholePrices: false,
    formality: {
      register: 'Polite and understated: friendly, never gushing. Overexcitement reads insincere.',
      addressBuyer: 'First name in chat ("Hi James"); Mr/Ms + surname in formal email. No pet names.',
      selfReference: 'I for the agent, we for the company.',
    },
    greeting: {
      norm: 'Hi or Hello, with thanks for getting in touch.',
      examples: ['Hi James, thanks for getting in touch.', 'Hello, thanks for your message.'],
    },
    closing: {
      norm: 'Understated thanks.',
      examples: ['Kind regards', 'Many thanks, and have a lovely day.'],
    },
    apology: {
      norm: 'Apologise plainly and explain the fix; understatement beats drama.',
      examples: ['Sorry for the inconvenience.', "I'm sorry about this. Here's what we'll do:"],
    },
    emoji: { policy: 'sparing', note: 'Rare; never in complaints.' },
    avoid: [
      PET_NAMES,
      {
        id: 'gb-mate-love',
        term: '"mate", "love", "luv" as address',
        pattern: /(?<!\p{L})(?:mate|love|luv)(?=\s*[,.!?]|\s*$)/iu,
        languages: ['en'],
        reason: "Regional spoken warmth, overfamiliar in a shop's writing.",
        fix: 'Use the first name.',
      },
      TAOBAO_QIN,
      NEEDFUL_REVERT,
      ALL_CAPS,
    ],
    notes: ['Dates are day first (12 March 2025).'],
  },

  DE: {
    code: 'DE',
    name: 'Germany',
    languages: [{ language: 'de' }],
    locale: 'de-DE',
    currency: 'EUR',
    timeZone: 'Europe/Berlin',
    wholePrices: false,
    formality: {
      register:
        'Formal and precise (Sie). Politeness is shown through accuracy: concrete dates, clear next steps, no exaggeration.',
      addressBuyer:
        'Sie, Ihnen, Ihr, always capitalised; Frau / Herr + surname when known ("Guten Tag Frau Schneider"), otherwise "Guten Tag" without a name. Some startups use du on purpose: follow that only if the merchant\'s own brand does.',
      selfReference: 'wir for the shop; ich when the agent speaks personally.',
    },
    greeting: {
      norm: 'Guten Tag (or Hallo in chat), thanks for the message.',
      examples: [
        'Guten Tag Frau Schneider, vielen Dank für Ihre Nachricht.',
        'Hallo und vielen Dank für Ihre Anfrage.',
      ],
    },
    closing: {
      norm: 'Mit freundlichen Grüßen in email; Viele Grüße or Beste Grüße in chat.',
      examples: ['Mit freundlichen Grüßen', 'Viele Grüße'],
    },
    apology: {
      norm: 'One clear apology, then facts and a concrete solution with a date. Effusive apologies without a fix sound hollow.',
      examples: ['Das tut uns leid.', 'Wir bitten die Unannehmlichkeiten zu entschuldigen.'],
    },
    emoji: { policy: 'none', note: 'Emoji from a shop look unprofessional to most German buyers.' },
    avoid: [
      {
        id: 'de-du',
        term: 'du / dich / dir / dein',
        pattern: /(?<!\p{L})(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)(?!\p{L})/iu,
        languages: ['de'],
        reason:
          'Customers expect Sie from a business; du reads presumptuous unless the brand deliberately uses it.',
        fix: 'Use Sie / Ihnen / Ihr.',
      },
      {
        id: 'de-multiple-exclamation',
        term: 'Several "!" in a row',
        pattern: /!{2,}/u,
        languages: ['de'],
        reason: 'Reads as pushy or unprofessional.',
        fix: 'End with a full stop; one "!" at most.',
      },
      {
        id: 'de-bald',
        term: 'bald ("soon") without a date',
        pattern: /(?<!\p{L})bald(?!\p{L})/iu,
        languages: ['de'],
        reason: 'German buyers expect a concrete date; "bald" sounds evasive.',
        fix: 'Give a date or a range ("bis Freitag, 14. März").',
      },
      PET_NAMES,
      TAOBAO_QIN,
    ],
    notes: [
      'Buyers know their 14-day right of withdrawal (Widerrufsrecht); answer return questions precisely.',
      'Parcels are often left with a neighbour ("bei einem Nachbarn abgegeben").',
    ],
  },

  FR: {
    code: 'FR',
    name: 'France',
    languages: [{ language: 'fr' }],
    locale: 'fr-FR',
    currency: 'EUR',
    timeZone: 'Europe/Paris',
    wholePrices: false,
    formality: {
      register:
        'Courteous and formal (vous). Bonjour at the start of every new exchange is expected; leaving it out reads as rude.',
      addressBuyer:
        'vous; Madame / Monsieur + surname when known. "Bonjour" alone is safe when the gender is unknown.',
      selfReference: 'nous for the shop; je when the agent speaks personally.',
    },
    greeting: {
      norm: 'Bonjour, then thanks for the message.',
      examples: [
        'Bonjour Madame Martin, merci pour votre message.',
        'Bonjour, merci de nous avoir contactés.',
      ],
    },
    closing: {
      norm: 'A courteous close; Cordialement in email.',
      examples: [
        'Belle journée à vous.',
        'Nous restons à votre disposition pour toute question.',
        'Cordialement',
      ],
    },
    apology: {
      norm: 'Polite and measured, then the solution. Over-apologising reads insincere.',
      examples: ['Nous sommes désolés pour ce désagrément.', 'Veuillez nous excuser pour ce contretemps.'],
    },
    emoji: { policy: 'none', note: 'Emoji look unprofessional in French customer service writing.' },
    avoid: [
      {
        id: 'fr-tu',
        term: 'tu / toi / ton / ta / tes / te',
        pattern: /(?<!\p{L})(?:tu|toi|ton|ta|tes|te)(?!\p{L})|(?<!\p{L})t['’](?=\p{L})/iu,
        languages: ['fr'],
        reason: 'A shop says vous to customers; tu is for friends and children.',
        fix: 'Use vous / votre / vos.',
      },
      {
        id: 'fr-salut',
        term: 'Salut / Coucou',
        pattern: /(?<!\p{L})(?:salut|coucou)(?!\p{L})/iu,
        languages: ['fr'],
        reason: 'Too casual from a shop.',
        fix: 'Use Bonjour (Bonsoir in the evening).',
      },
      PET_NAMES,
      TAOBAO_QIN,
    ],
    notes: ['French typography puts a space before ? ! : ; ("Numéro de suivi : …").'],
  },

  ES: {
    code: 'ES',
    name: 'Spain',
    languages: [{ language: 'es' }],
    locale: 'es-ES',
    currency: 'EUR',
    timeZone: 'Europe/Madrid',
    wholePrices: false,
    formality: {
      register:
        'Warm but formal: usted with a friendly tone. Many Spanish brands use tú; usted is never wrong from a foreign shop and is what Latin American buyers expect.',
      addressBuyer: 'usted (le, su); "Hola, Lucía". Estimado / Estimada guesses the gender.',
      selfReference: 'nosotros for the shop; yo when the agent speaks personally ("le atiende Carlos").',
    },
    greeting: {
      norm: 'Hola or Buenos días, thanks, and an offer to help.',
      examples: [
        'Hola, Lucía. Gracias por contactarnos.',
        'Buenos días, le atiende Carlos. ¿En qué puedo ayudarle?',
      ],
    },
    closing: {
      norm: 'Stay available.',
      examples: ['Un saludo.', 'Quedamos a su disposición para cualquier duda.'],
    },
    apology: {
      norm: 'Sincere and a little warm, then the fix.',
      examples: ['Lamentamos mucho las molestias.', 'Disculpe las molestias.'],
    },
    emoji: { policy: 'sparing', note: 'An occasional 🙂 in friendly exchanges.' },
    avoid: [
      {
        id: 'es-tu',
        term: 'tú / te / ti / tu / tus / contigo',
        pattern: /(?<!\p{L})(?:tú|te|ti|tu|tus|contigo|tuyo|tuya)(?!\p{L})/iu,
        languages: ['es'],
        reason:
          'Usted is the safe default for a shop; tú can read presumptuous, especially in Latin America.',
        fix: 'Use usted / le / su.',
      },
      {
        id: 'es-coger',
        term: 'coger',
        pattern: /(?<!\p{L})cog(?:e|er|en|es|ido|ida|iendo|emos)(?!\p{L})/iu,
        languages: ['es'],
        reason: 'Harmless in Spain ("to take") but vulgar in much of Latin America.',
        fix: 'Use recoger or tomar.',
      },
      {
        id: 'es-estimado',
        term: 'Estimado / Estimada',
        // Only as a form of address ("Estimado cliente", "Estimada María"): "fecha estimada" is just "estimated date".
        // No `i` flag, because with it \p{Lu} would match lower-case letters too.
        pattern: /(?<!\p{L})[Ee]stimad[oa](?=\s+(?:[Cc]liente|[Ss]eñor|[Ss]eñora|[Ss]ra?\.?\s|\p{Lu}))/u,
        languages: ['es'],
        reason: "Guesses the buyer's gender.",
        fix: 'Use "Hola, {nombre}" or "Estimado/a".',
      },
      PET_NAMES,
      TAOBAO_QIN,
    ],
    notes: ['Questions and exclamations open with ¿ and ¡.'],
  },

  IT: {
    code: 'IT',
    name: 'Italy',
    languages: [{ language: 'it' }],
    locale: 'it-IT',
    currency: 'EUR',
    timeZone: 'Europe/Rome',
    wholePrices: false,
    formality: {
      register:
        'Formal and courteous (Lei) with warmth. The capitalised courtesy forms (La, Le, Suo) are still usual in customer service writing.',
      addressBuyer: 'Lei; Buongiorno + name, or Gentile cliente (gender-neutral).',
      selfReference: 'noi for the shop; io when the agent speaks personally.',
    },
    greeting: {
      norm: 'Buongiorno (Buonasera in the evening) and thanks for the message.',
      examples: [
        'Buongiorno, grazie per averci contattato.',
        'Gentile cliente, La ringraziamo per il messaggio.',
      ],
    },
    closing: {
      norm: 'Stay available; Cordiali saluti in email.',
      examples: ['Cordiali saluti', 'Restiamo a disposizione per qualsiasi chiarimento.'],
    },
    apology: {
      norm: 'Ci scusiamo per il disagio, then the solution; Ci dispiace molto adds warmth.',
      examples: ['Ci scusiamo per il disagio.', 'Ci dispiace molto per quanto accaduto.'],
    },
    emoji: { policy: 'sparing', note: 'Rare in writing from a shop.' },
    avoid: [
      {
        id: 'it-tu',
        term: 'tu / ti / tuo / tua, and tu verb forms (puoi, vuoi, hai…)',
        // Chat Italian drops the pronoun, so the verb is what gives "tu" away: "Puoi mandarci una foto?".
        pattern: /(?<!\p{L})(?:tu|ti|tuo|tua|tuoi|tue|puoi|vuoi|potresti|vorresti|devi|hai|sei)(?!\p{L})/iu,
        languages: ['it'],
        reason: 'A shop addresses customers with Lei.',
        fix: 'Use Lei / La / Le / Suo.',
      },
      {
        id: 'it-ciao',
        term: 'Ciao',
        pattern: /(?<!\p{L})ciao(?!\p{L})/iu,
        languages: ['it'],
        reason: 'Too casual for a first contact with a customer.',
        fix: 'Use Buongiorno or Salve.',
      },
      {
        id: 'it-caro',
        term: 'Caro / Cara as an opener',
        pattern: /^\s*car[oa](?!\p{L})/imu,
        languages: ['it'],
        reason: "Familiar, and guesses the buyer's gender.",
        fix: 'Use Gentile cliente or Buongiorno + name.',
      },
      PET_NAMES,
      TAOBAO_QIN,
    ],
    notes: [
      'Invoices (fattura elettronica) need codice fiscale or partita IVA, often with a codice SDI or PEC address.',
    ],
  },

  BR: {
    code: 'BR',
    name: 'Brazil',
    languages: [{ language: 'pt' }],
    locale: 'pt-BR',
    currency: 'BRL',
    timeZone: 'America/Sao_Paulo',
    wholePrices: false,
    formality: {
      register:
        'Warm, friendly and personal: Brazilians expect a human tone and rapport ("Tudo bem?"). Respect is shown by care, not by distance.',
      addressBuyer:
        'você; o senhor / a senhora for older buyers or very formal contexts. Not the tu conjugations of Portugal.',
      selfReference:
        'nós / a gente for the shop; eu for the agent. Obrigado / obrigada agrees with the speaker, so shop scripts say "Agradecemos" instead.',
    },
    greeting: {
      norm: 'Olá or Oi, tudo bem?, and thanks for the contact.',
      examples: ['Olá, Ana! Tudo bem? Agradecemos o seu contato.', 'Oi, tudo bem? Como posso ajudar?'],
    },
    closing: {
      norm: 'Friendly and open.',
      examples: ['Qualquer dúvida, estamos à disposição!', 'Um abraço e até a próxima!'],
    },
    apology: {
      norm: 'Empathy first, then the solution; a cold formal apology feels robotic.',
      examples: ['Poxa, sentimos muito pelo transtorno!', 'Pedimos desculpas pelo ocorrido.'],
    },
    emoji: { policy: 'welcome', note: 'Emoji (😊 🙌) are normal in friendly exchanges; none in complaints.' },
    avoid: [
      {
        id: 'pt-rapariga',
        term: 'rapariga',
        pattern: /(?<!\p{L})raparigas?(?!\p{L})/iu,
        languages: ['pt'],
        reason: '"Girl" in Portugal, offensive in Brazil.',
        fix: 'Use moça or menina.',
      },
      {
        id: 'pt-european-vocabulary',
        term: 'European Portuguese words (telemóvel, ecrã, autocarro)',
        pattern: /(?<!\p{L})(?:telemóvel|ecrã|autocarro|casa de banho)(?!\p{L})/iu,
        languages: ['pt'],
        reason: 'Read as foreign to Brazilian buyers.',
        fix: 'Use celular, tela, ônibus, banheiro.',
      },
      PET_NAMES,
      TAOBAO_QIN,
    ],
    notes: [
      'Invoices are notas fiscais and need a CPF (person) or CNPJ (company).',
      'Instalments (parcelamento) are common; buyers ask about them as payment questions.',
    ],
  },

  JP: {
    code: 'JP',
    name: 'Japan',
    languages: [{ language: 'ja' }],
    locale: 'ja-JP',
    currency: 'JPY',
    timeZone: 'Asia/Tokyo',
    wholePrices: true,
    formality: {
      register:
        "Keigo: です / ます throughout, humble forms for the shop's actions (いたします, させていただきます) and respectful forms for the buyer's (ご確認ください).",
      addressBuyer: 'Name + 様, or お客様. Never さん or a bare name.',
      selfReference: '当店 / 弊社 for the shop; わたくし or 担当の〇〇 for the agent.',
    },
    greeting: {
      norm: 'Thank the buyer for the enquiry and introduce yourself.',
      examples: ['お問い合わせいただき、誠にありがとうございます。', '〇〇ショップ担当の山田でございます。'],
    },
    closing: {
      norm: 'A set formula of goodwill.',
      examples: [
        '今後ともよろしくお願いいたします。',
        'ご不明な点がございましたら、お気軽にお問い合わせください。',
      ],
    },
    apology: {
      norm: 'Apologise first and fully, before any explanation, even when the carrier is at fault; then the remedy.',
      examples: [
        'この度はご迷惑をおかけし、誠に申し訳ございません。',
        'ご不便をおかけしておりますことを深くお詫び申し上げます。',
      ],
    },
    emoji: { policy: 'none', note: 'Emoji and emoticons look unprofessional in Japanese customer service.' },
    avoid: [
      {
        id: 'ja-ryokai',
        term: '了解しました',
        pattern: /了解(?:しました|です|いたしました)/u,
        languages: ['ja'],
        reason: 'Considered improper towards customers and superiors.',
        fix: 'Use 承知いたしました or かしこまりました.',
      },
      {
        id: 'ja-sumimasen',
        term: 'すみません',
        pattern: /すみません|すいません/u,
        languages: ['ja'],
        reason: 'Too light for a business apology.',
        fix: 'Use 申し訳ございません.',
      },
      {
        id: 'ja-gokurousama',
        term: 'ご苦労様',
        pattern: /ご苦労様|ご苦労さま/u,
        languages: ['ja'],
        reason: 'Said to subordinates; rude to a customer.',
        fix: 'Thank the customer: ありがとうございます.',
      },
      {
        id: 'ja-casual-endings',
        term: 'Plain-form endings (だよ, だね, じゃん, したよ)',
        // Plain verbs with よ/ね ("発送したよ", "あるよ") too; polite forms end in す before よ/ね, so stay clear.
        pattern: /(?:だよね|だよ|だね|じゃん|[たるいう]よね?|[たる]ね)(?=[。！!？?\s]|$)/u,
        languages: ['ja'],
        reason: 'Casual speech; a shop writes in です / ます.',
        fix: 'Rewrite in です / ます with keigo.',
      },
      {
        id: 'ja-multiple-exclamation',
        term: 'Several "！" in a row',
        pattern: /[!！]{2,}/u,
        languages: ['ja'],
        reason: 'Reads childish or pushy in business writing.',
        fix: 'End with 。',
      },
    ],
    notes: [
      'Buyers expect precise commitments: a date and what happens next.',
      'Yen has no decimals; ja-JP Intl formatting writes ￥1,500.',
    ],
  },

  KR: {
    code: 'KR',
    name: 'South Korea',
    languages: [{ language: 'ko' }],
    locale: 'ko-KR',
    currency: 'KRW',
    timeZone: 'Asia/Seoul',
    wholePrices: true,
    formality: {
      register:
        '합니다체 (formal) for apologies, policies and refunds; 해요체 (polite) for friendly requests. Never 반말.',
      addressBuyer: '고객님, or name + 고객님. Never 당신 or 너.',
      selfReference: '저희 (humble "we"), never 우리; 저 for the agent.',
    },
    greeting: {
      norm: '안녕하세요 + 고객님 and thanks for the enquiry.',
      examples: ['안녕하세요, 고객님. 문의해 주셔서 감사합니다.', '안녕하세요! 무엇을 도와드릴까요?'],
    },
    closing: {
      norm: 'Thanks and a good-day wish.',
      examples: ['감사합니다. 좋은 하루 보내세요!', '추가로 궁금하신 점이 있으시면 언제든지 문의해 주세요.'],
    },
    apology: {
      norm: '불편을 드려 죄송합니다 with a concrete plan; 정말 죄송합니다 for serious cases. No excuses before the apology.',
      examples: ['불편을 드려 죄송합니다.', '이용에 불편을 드려 정말 죄송합니다.'],
    },
    emoji: { policy: 'sparing', note: '^^ or 😊 in friendly chat; none in complaints.' },
    avoid: [
      {
        id: 'ko-dangsin',
        term: '당신',
        pattern: /당신/u,
        languages: ['ko'],
        reason: 'Sounds confrontational when said to a customer.',
        fix: 'Use 고객님.',
      },
      {
        id: 'ko-uri',
        term: '우리 (회사 / 가게 / 스토어)',
        pattern: /우리\s?(?:회사|가게|쇼핑몰|스토어|매장)/u,
        languages: ['ko'],
        reason: 'Not humble enough towards a customer.',
        fix: 'Use 저희.',
      },
      {
        id: 'ko-laughter',
        term: 'ㅋㅋ / ㅎㅎ',
        pattern: /[ㅋㅎ]{2,}/u,
        languages: ['ko'],
        reason: 'Chat laughter is unprofessional from a shop.',
        fix: 'Remove it; use ^^ at most in friendly chat.',
      },
    ],
    notes: [
      'Buyers expect a fast first answer; acknowledge quickly even if the full answer takes longer.',
      "Avoid particles (은/는, 이/가) right after a filled slot: the right form depends on the value's last sound.",
    ],
  },

  CN: {
    code: 'CN',
    name: 'China (mainland)',
    languages: [{ language: 'zh', script: 'Hans' }],
    locale: 'zh-CN',
    currency: 'CNY',
    timeZone: 'Asia/Shanghai',
    wholePrices: true,
    formality: {
      register:
        'Polite and service-minded; 您 in service writing, with soft particles (哦, 呢) on marketplaces.',
      addressBuyer:
        '您. 亲 is standard on Taobao / Tmall-style marketplaces, but reads cheap for premium brands and wrong outside mainland China.',
      selfReference: '我们 for the shop; 客服 + name for the agent (我是客服小王).',
    },
    greeting: {
      norm: '您好 and an offer to help.',
      examples: ['您好，欢迎光临！请问有什么可以帮您？', '亲，在的，请问有什么可以帮您？'],
    },
    closing: {
      norm: 'Thanks and good wishes.',
      examples: ['感谢您的支持，祝您生活愉快！', '有任何问题随时联系我们哦。'],
    },
    apology: {
      norm: 'Apologise, then show effort and a clear solution.',
      examples: ['非常抱歉给您带来不便。', '实在抱歉，我们马上为您处理。'],
    },
    emoji: { policy: 'sparing', note: 'Marketplace stickers are common; none in complaints.' },
    avoid: [
      {
        id: 'zh-ni',
        term: '你 to a customer',
        pattern: /你/u,
        languages: ['zh'],
        reason: '您 is the respectful form expected in service writing.',
        fix: 'Use 您.',
      },
      {
        id: 'zh-meibanfa',
        term: '没办法 / 不行',
        pattern: /没办法|沒辦法|不行/u,
        languages: ['zh'],
        reason: 'Sounds dismissive.',
        fix: 'Say what you can do: 很抱歉，暂时无法……，我们可以……',
      },
    ],
    notes: [
      'Big sales days (618, 双11) bring courier delays.',
      'Invoices (发票) need a 抬头 and, for companies, a 税号.',
    ],
  },

  TW: {
    code: 'TW',
    name: 'Taiwan',
    languages: [{ language: 'zh', script: 'Hant' }],
    locale: 'zh-TW',
    currency: 'TWD',
    timeZone: 'Asia/Taipei',
    wholePrices: true,
    formality: {
      register: 'Polite and gentle; warm soft particles (喔, 唷, 呢) with 您.',
      addressBuyer: '您; 親愛的顧客 in broadcast messages. Never the mainland 亲.',
      selfReference: '我們 for the shop; 客服 + name for the agent.',
    },
    greeting: {
      norm: '您好 and an offer to help.',
      examples: ['您好，歡迎光臨！請問有什麼需要協助的地方嗎？'],
    },
    closing: {
      norm: 'Thanks and a warm wish.',
      examples: ['謝謝您的支持，祝您有美好的一天！', '有任何問題歡迎隨時詢問喔。'],
    },
    apology: {
      norm: 'Gentle apology, then the remedy.',
      examples: ['非常抱歉造成您的不便。', '真的很抱歉，我們會馬上為您處理。'],
    },
    emoji: { policy: 'sparing', note: 'Emoticons are common in friendly chat; none in complaints.' },
    avoid: [
      {
        id: 'zh-hant-simplified',
        term: 'Simplified characters',
        pattern: /[们这为说时国发货订单亲钱请谢让问题没关]/u,
        languages: ['zh-Hant'],
        reason: 'Simplified text reads as mainland or machine-converted; Taiwanese buyers notice at once.',
        fix: 'Write in Traditional characters.',
      },
      {
        id: 'zh-hant-mainland-terms',
        term: 'Mainland vocabulary (視頻, 信息, 質量, 屏幕, 快遞)',
        pattern: /視頻|信息|質量|屏幕|快遞/u,
        languages: ['zh-Hant'],
        reason: 'Taiwanese buyers use other words; mainland terms feel foreign.',
        fix: 'Use 影片, 訊息, 品質, 螢幕, 宅配 / 物流.',
      },
      {
        id: 'zh-hant-qin',
        term: '親～ (Taobao "dear")',
        pattern: /亲|親(?=[，,～~！!]|\s|$)/u,
        languages: ['zh-Hant'],
        reason: 'Mainland marketplace style.',
        fix: 'Use 您好.',
      },
      PET_NAMES,
    ],
    notes: [
      'Convenience-store pickup (超商取貨) is a common delivery method.',
      'Invoices: 統一編號 for companies, 載具 for e-invoices.',
    ],
  },

  SA: {
    code: 'SA',
    name: 'Saudi Arabia',
    languages: [{ language: 'ar' }],
    locale: 'ar-SA',
    // Saudi marketplaces print prices and order numbers in Latin digits; mixing them with Arabic-Indic amounts in
    // one message looks inconsistent.
    numberingSystem: 'latn',
    currency: 'SAR',
    timeZone: 'Asia/Riyadh',
    wholePrices: false,
    formality: {
      register:
        'Courteous Modern Standard Arabic with warm, hospitable phrases (أهلاً وسهلاً، يسعدنا خدمتك). Buyers may write in Gulf dialect; answer in polite MSA.',
      addressBuyer:
        "Gender-neutral forms: يُرجى + verbal noun rather than gendered imperatives (أرسل / أرسلي), and the buyer's name rather than عزيزي / عزيزتي.",
      selfReference: "نحن / فريق خدمة العملاء: the plural keeps the agent's own gender out of adjectives.",
    },
    greeting: {
      norm: 'Answer السلام عليكم with وعليكم السلام first; otherwise أهلاً وسهلاً and thanks.',
      examples: ['أهلاً وسهلاً، شكراً لتواصلك معنا.', 'وعليكم السلام ورحمة الله، كيف يمكننا مساعدتك؟'],
    },
    closing: {
      norm: 'Thanks and good wishes.',
      examples: ['شكراً لتواصلك معنا، نتمنى لك يوماً سعيداً.', 'في خدمتك دائماً.'],
    },
    apology: {
      norm: 'A respectful apology with reassurance and a clear remedy.',
      examples: ['نعتذر عن الإزعاج.', 'نأسف لما حدث، وسنعمل على حل المشكلة فوراً.'],
    },
    emoji: { policy: 'sparing', note: 'A 🌹 or 🙏 is fine in friendly chat; never pork or alcohol imagery.' },
    avoid: [
      {
        id: 'ar-latin-punctuation',
        term: 'Latin ? , ; after Arabic text',
        pattern: /(?<=[\u0600-\u06FF]\s?)[?,;]/u,
        languages: ['ar'],
        reason: 'Looks machine-made; Arabic has its own marks.',
        fix: 'Use ؟ ، ؛',
      },
      {
        id: 'ar-intimate-address',
        term: 'حبيبي / عزيزي / عزيزتي',
        pattern: /حبيبي|حبيبتي|عزيزي|عزيزتي/u,
        languages: ['ar'],
        reason: "حبيبي is too intimate from a shop; عزيزي / عزيزتي guesses the buyer's gender.",
        fix: "Greet with أهلاً وسهلاً and the buyer's name.",
      },
      {
        id: 'ar-taboo-emoji',
        term: 'Pork and alcohol emoji',
        pattern: /🐷|🐖|🐽|🍺|🍻|🍷|🥂|🍾|🍸/u,
        reason: 'Offensive or inappropriate to many Saudi buyers.',
        fix: 'Remove them.',
      },
    ],
    notes: [
      'The weekend is Friday and Saturday; couriers and replies slow down then.',
      'During Ramadan activity moves to the evening; رمضان كريم is a welcome greeting.',
    ],
  },
} as const satisfies Record<MarketCode, MarketProfile>;
