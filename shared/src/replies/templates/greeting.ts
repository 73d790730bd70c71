// greeting: the first reply to a buyer who opens with hello; introduces the agent by name.
import type { ReplyTemplate } from '../types.ts';

export const greetingTemplates = [
  {
    id: 'greeting.welcome',
    scenario: 'greeting',
    intents: ['greeting_thanks'],
    slots: ['buyer_name', 'agent_name'],
    commitments: [],
    texts: {
      en: {
        text: "Hi {buyer_name}, thanks for reaching out! I'm {agent_name} and I'm happy to help. What can I do for you today?",
      },
      th: {
        text: 'สวัสดี{particle} คุณ{buyer_name} ขอบคุณที่ทักมาหาทางร้านนะ{particle_q}\nแอดมิน{agent_name}ยินดีดูแล{particle} มีอะไรให้ช่วยไหม{particle_q}',
        gloss:
          'Hello, {buyer_name}, thank you for messaging our shop. Admin {agent_name} is happy to look after you. Is there anything I can help with?',
      },
      vi: {
        text: 'Dạ em chào anh/chị {buyer_name} ạ! Em là {agent_name} bên shop, em có thể hỗ trợ gì cho anh/chị ạ? 😊',
        gloss: "Hello {buyer_name} (respectfully)! I'm {agent_name} from the shop; how can I help you?",
      },
      id: {
        text: 'Halo Kak {buyer_name}, terima kasih sudah menghubungi kami 😊 Saya {agent_name}, siap membantu. Ada yang bisa saya bantu, Kak?',
        gloss:
          "Hello {buyer_name} (Kak), thank you for contacting us. I'm {agent_name}, ready to help. Is there anything I can help with?",
      },
      ms: {
        text: 'Hai {buyer_name}, terima kasih kerana menghubungi kami. Saya {agent_name}, sedia membantu. Apa yang boleh saya bantu hari ini?',
        gloss:
          "Hi {buyer_name}, thank you for contacting us. I'm {agent_name}, ready to help. What can I help with today?",
      },
      tl: {
        text: 'Hello po, {buyer_name}! Salamat po sa pag-message. Ako po si {agent_name}. Paano ko po kayo matutulungan ngayon? 😊',
        gloss: "Hello, {buyer_name}! Thank you for messaging. I'm {agent_name}. How can I help you today?",
      },
      'zh-Hans': {
        text: '{buyer_name}您好，感谢您的咨询！我是客服{agent_name}，很高兴为您服务。请问有什么可以帮您？',
        gloss:
          "Hello {buyer_name}, thank you for your enquiry! I'm {agent_name} from customer service, glad to serve you. How can I help?",
      },
      'zh-Hant': {
        text: '{buyer_name}您好，感謝您的詢問！我是客服{agent_name}，很高興為您服務。請問有什麼需要協助的地方嗎？',
        gloss:
          "Hello {buyer_name}, thank you for your enquiry! I'm {agent_name} from customer service, glad to serve you. Is there anything you need help with?",
      },
      ja: {
        text: '{buyer_name}様\nお問い合わせいただき、誠にありがとうございます。担当の{agent_name}が承ります。どのようなご用件でしょうか。',
        gloss:
          'Dear {buyer_name}, thank you very much for your enquiry. I, {agent_name}, will be handling it. How may I help you?',
      },
      ko: {
        text: '{buyer_name} 고객님, 안녕하세요! 문의해 주셔서 감사합니다. 상담원 {agent_name}입니다. 무엇을 도와드릴까요?',
        gloss:
          'Hello, {buyer_name} (valued customer)! Thank you for your enquiry. This is {agent_name}, your advisor. How may I help you?',
      },
      de: {
        text: 'Guten Tag {buyer_name}, vielen Dank für Ihre Nachricht. Mein Name ist {agent_name}. Wie kann ich Ihnen weiterhelfen?',
        gloss:
          'Good day {buyer_name}, thank you for your message. My name is {agent_name}. How can I help you?',
      },
      fr: {
        text: "Bonjour {buyer_name}, merci pour votre message. Je m'appelle {agent_name} et je suis là pour vous aider. Que puis-je faire pour vous ?",
        gloss:
          "Hello {buyer_name}, thank you for your message. My name is {agent_name} and I'm here to help you. What can I do for you?",
      },
      es: {
        text: 'Hola, {buyer_name}. Gracias por contactarnos. Le atiende {agent_name}. ¿En qué puedo ayudarle?',
        gloss:
          "Hello, {buyer_name}. Thank you for contacting us. You're speaking with {agent_name}. How can I help you?",
      },
      pt: {
        text: 'Olá, {buyer_name}! Tudo bem? Agradecemos o seu contato. Meu nome é {agent_name}. Como posso ajudar você hoje?',
        gloss:
          'Hello, {buyer_name}! How are you? Thank you for getting in touch. My name is {agent_name}. How can I help you today?',
      },
      it: {
        text: 'Buongiorno {buyer_name}, grazie per averci contattato. Sono {agent_name}: in cosa posso aiutarLa?',
        gloss:
          "Good morning {buyer_name}, thank you for contacting us. I'm {agent_name}: how can I help you?",
      },
      ar: {
        text: 'أهلاً وسهلاً {buyer_name}، شكراً لتواصلك معنا. معك {agent_name} من فريق خدمة العملاء، كيف يمكنني مساعدتك؟',
        gloss:
          "Welcome, {buyer_name}, thank you for contacting us. You're with {agent_name} from the customer service team; how can I help you?",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
