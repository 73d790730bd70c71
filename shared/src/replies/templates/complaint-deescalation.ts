// complaint_deescalation: an angry buyer; acknowledge, take personal ownership, promise a clear answer.
import type { ReplyTemplate } from '../types.ts';

export const complaintDeescalationTemplates = [
  {
    id: 'complaint_deescalation.ownership',
    scenario: 'complaint_deescalation',
    intents: ['complaint'],
    slots: ['agent_name'],
    commitments: [],
    agentNote:
      'No emoji, no excuses before the apology, and no compensation in the first reply: that is a separate, flagged step.',
    texts: {
      en: {
        text: "I'm truly sorry. I understand how frustrating this has been, and it's not the experience we want you to have. I'm {agent_name}, and I'll personally take care of your case until it's resolved. I'm reviewing everything now and will come back to you with a clear answer shortly.",
      },
      th: {
        text: 'ทางร้านต้องขออภัยเป็นอย่างสูง{particle} เข้าใจเลยว่าเรื่องนี้ทำให้คุณลูกค้าไม่สบายใจมาก และไม่ควรเกิดขึ้นเลย{particle}\nแอดมิน{agent_name}จะดูแลเรื่องนี้ให้ด้วยตัวเองจนกว่าจะเรียบร้อย{particle}\nตอนนี้กำลังตรวจสอบข้อมูลทั้งหมด และจะรีบกลับมาแจ้งคำตอบที่ชัดเจนให้นะ{particle_q}',
        gloss:
          "We sincerely apologise. We understand this has upset you a lot, and it should never have happened. Admin {agent_name} will personally look after this until it's settled. We're checking everything now and will come back quickly with a clear answer.",
      },
      vi: {
        text: 'Dạ shop thật sự xin lỗi anh/chị ạ. Em hiểu chuyện này khiến anh/chị rất phiền lòng, và đáng lẽ anh/chị không phải gặp phải. Em là {agent_name}, em sẽ trực tiếp theo dõi và xử lý trường hợp của anh/chị đến khi xong ạ. Em đang kiểm tra lại toàn bộ thông tin và sẽ phản hồi anh/chị rõ ràng trong thời gian sớm nhất ạ.',
        gloss:
          "We're truly sorry. I understand this has upset you a lot, and you shouldn't have had to go through it. I'm {agent_name}; I'll personally follow and handle your case until it's done. I'm reviewing all the information and will give you a clear answer as soon as possible.",
      },
      id: {
        text: 'Kami benar-benar minta maaf, Kak. Kami paham ini sangat mengecewakan, dan seharusnya Kakak tidak mengalaminya. Saya {agent_name}, dan saya sendiri yang akan menangani kasus Kakak sampai tuntas. Saat ini saya sedang mengecek semuanya dan akan segera kembali dengan jawaban yang jelas.',
        gloss:
          "We're truly sorry. We understand this is very disappointing, and you shouldn't have experienced it. I'm {agent_name}, and I'll personally handle your case until it's fully resolved. I'm checking everything now and will be back soon with a clear answer.",
      },
      ms: {
        text: 'Kami benar-benar memohon maaf. Kami faham perkara ini sangat mengecewakan, dan anda tidak sepatutnya mengalaminya. Saya {agent_name}, dan saya sendiri akan menguruskan kes anda sehingga selesai. Saya sedang menyemak semua maklumat sekarang dan akan kembali kepada anda dengan jawapan yang jelas secepat mungkin.',
        gloss:
          "We truly apologise. We understand this is very disappointing, and you shouldn't have had to experience it. I'm {agent_name}, and I'll personally handle your case until it's resolved. I'm reviewing all the details now and will come back to you with a clear answer as soon as possible.",
      },
      tl: {
        text: 'Taos-puso po kaming humihingi ng paumanhin. Naiintindihan po namin kung gaano ito nakakainis, at hindi po dapat ito nangyari sa inyo. Ako po si {agent_name}, at ako mismo ang hahawak ng concern ninyo hanggang maayos ito. Nire-review ko na po ang lahat at babalikan ko kayo agad na may malinaw na sagot.',
        gloss:
          "We sincerely apologise. We understand how frustrating this is, and it shouldn't have happened to you. I'm {agent_name}, and I'll personally handle your concern until it's fixed. I'm reviewing everything now and will get back to you soon with a clear answer.",
      },
      'zh-Hans': {
        text: '真的非常抱歉，完全理解这件事给您带来的困扰，这本不该发生。我是客服{agent_name}，接下来会由我全程负责跟进，直到问题解决。我正在核实所有情况，会尽快给您一个明确的答复。',
        gloss:
          "We're truly sorry; we completely understand the trouble this has caused you, and it should never have happened. I'm {agent_name} from customer service, and I'll personally follow this through until it's resolved. I'm verifying everything now and will give you a clear answer as soon as possible.",
      },
      'zh-Hant': {
        text: '真的非常抱歉，完全能理解這件事讓您很困擾，這本來就不應該發生。我是客服{agent_name}，接下來會由我全程負責處理，直到問題解決為止。我正在確認所有狀況，會盡快給您明確的答覆。',
        gloss:
          "We're truly sorry; we completely understand how troubling this is for you, and it should never have happened. I'm {agent_name} from customer service, and I'll personally handle this until it's resolved. I'm checking everything now and will give you a clear answer as soon as possible.",
      },
      ja: {
        text: 'この度は大変ご不快な思いをおかけし、誠に申し訳ございません。担当の{agent_name}と申します。本件は私が責任を持って、解決まで対応させていただきます。現在、経緯をすべて確認しておりますので、確認でき次第、改めて明確にご回答いたします。',
        gloss:
          "We are deeply sorry for the great unpleasantness we have caused you. My name is {agent_name} and I'm in charge of your case. I will take responsibility for this matter and handle it until it is resolved. I'm currently checking everything that happened, and will give you a clear answer as soon as I have.",
      },
      ko: {
        text: '정말 죄송합니다. 얼마나 답답하고 불편하셨을지 충분히 이해합니다. 저는 상담원 {agent_name}입니다. 이 건이 해결될 때까지 제가 직접 책임지고 처리해 드리겠습니다. 지금 전체 내용을 확인하고 있으며, 확인되는 대로 명확한 답변을 드리겠습니다.',
        gloss:
          "We're truly sorry. I fully understand how frustrating and inconvenient this must have been. I'm {agent_name}, your advisor. I'll personally take responsibility for handling this until it's resolved. I'm checking everything now and will give you a clear answer as soon as I have.",
      },
      de: {
        text: 'Das tut mir aufrichtig leid. Ich kann gut verstehen, wie ärgerlich diese Situation für Sie ist – so etwas sollte nicht passieren. Mein Name ist {agent_name}, und ich kümmere mich persönlich um Ihr Anliegen, bis es gelöst ist. Ich prüfe gerade alle Details und melde mich so schnell wie möglich mit einer klaren Antwort bei Ihnen.',
        gloss:
          "I'm sincerely sorry. I fully understand how annoying this situation is for you – this shouldn't happen. My name is {agent_name}, and I'll personally take care of your request until it's solved. I'm checking all the details now and will get back to you as soon as possible with a clear answer.",
      },
      fr: {
        text: "Nous vous présentons toutes nos excuses. Je comprends à quel point cette situation est frustrante, et vous n'auriez pas dû la vivre. Je m'appelle {agent_name} et je vais suivre personnellement votre dossier jusqu'à sa résolution. Je vérifie actuellement tous les éléments et reviens vers vous au plus vite avec une réponse claire.",
        gloss:
          "Please accept our sincere apologies. I understand how frustrating this situation is, and you shouldn't have had to go through it. My name is {agent_name} and I'll personally follow your case until it's resolved. I'm checking everything now and will come back to you as soon as possible with a clear answer.",
      },
      es: {
        text: 'Lo siento de verdad. Entiendo lo frustrante que está siendo esta situación, y no debería haber pasado. Me llamo {agent_name} y me voy a encargar personalmente de su caso hasta que quede resuelto. Estoy revisando todos los detalles y le daré una respuesta clara lo antes posible.',
        gloss:
          "I'm truly sorry. I understand how frustrating this situation is, and it shouldn't have happened. My name is {agent_name} and I'll personally take charge of your case until it's resolved. I'm reviewing all the details and will give you a clear answer as soon as possible.",
      },
      pt: {
        text: 'Sinto muito, de verdade. Entendo o quanto essa situação está sendo frustrante, e você não deveria ter passado por isso. Meu nome é {agent_name} e vou cuidar pessoalmente do seu caso até que tudo seja resolvido. Já estou verificando todos os detalhes e volto com uma resposta clara o mais rápido possível.',
        gloss:
          "I'm truly sorry. I understand how frustrating this situation is, and you shouldn't have gone through it. My name is {agent_name} and I'll personally take care of your case until everything is resolved. I'm already checking all the details and will come back with a clear answer as soon as possible.",
      },
      it: {
        text: 'Mi dispiace davvero molto. Capisco quanto questa situazione sia frustrante, e non sarebbe dovuta accadere. Sono {agent_name} e seguirò personalmente il Suo caso fino alla risoluzione. Sto verificando tutti i dettagli e La ricontatterò al più presto con una risposta chiara.',
        gloss:
          "I'm truly very sorry. I understand how frustrating this situation is, and it shouldn't have happened. I'm {agent_name} and I'll personally follow your case until it's resolved. I'm checking all the details and will contact you again as soon as possible with a clear answer.",
      },
      ar: {
        text: 'نعتذر لك بصدق، ونتفهم تماماً مدى الإزعاج الذي سببه لك هذا الأمر، وما كان ينبغي أن يحدث. معك {agent_name}، وسأتابع طلبك شخصياً حتى يتم حله. أراجع الآن جميع التفاصيل وسأعود إليك بإجابة واضحة في أقرب وقت.',
        gloss:
          "We sincerely apologise, and we fully understand how much trouble this has caused you; it should not have happened. You're with {agent_name}, and I'll personally follow your request until it's resolved. I'm reviewing all the details now and will come back to you with a clear answer as soon as possible.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
