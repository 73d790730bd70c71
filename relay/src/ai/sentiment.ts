// Offline sentiment: how the buyer feels, from emoji and strong words in the supported languages, with the
// intent as a prior (a complaint is negative unless the words say otherwise). Coarse on purpose: three levels.
import type { Intent, Sentiment } from '@parley/shared';

const NEGATIVE =
  /😡|😠|🤬|😤|😭|😢|😞|👎|💔|\b(worst|terrible|awful|horrible|scam|fraud|useless|disappointed|angry|ridiculous|unacceptable|never again|schlecht|betrug|enttäuscht|unverschämt|nul|arnaque|déçu|decepcionad|estafa|fatal|pésimo|pessimo|truffa|deluso|golpe|horrível|péssimo|ужас|обман|разочарован|rezalet|dolandırıcı|berbat|oszustwo|tragedia|beroerd|oplichter|teleurgesteld|parah|kecewa|penipu|tipu|teruk|hampa|nakakainis|panloloko|tệ|lừa đảo|thất vọng|te qua|lua dao)\b|แย่|ผิดหวัง|โกง|หลอก|差劲|垃圾|骗子|失望|最悪|がっかり|詐欺|최악|실망|사기|سيء|نصب|محتال/iu;
const POSITIVE =
  /😍|🥰|😊|🙂|❤️|♥|👍|🙏|\b(thanks|thank you|great|love|perfect|amazing|awesome|danke|super|merci|génial|gracias|genial|grazie|ottimo|obrigad|ótimo|спасибо|отлично|teşekkür|harika|dziękuję|dzięki|świetn|bedankt|geweldig|terima kasih|makasih|mantap|bagus|salamat|ang ganda|cảm ơn|cam on|tuyệt vời)\b|ขอบคุณ|ดีมาก|谢谢|謝謝|太好了|ありがとう|最高|감사|좋아요|شكرا|ممتاز/iu;

const NEGATIVE_INTENTS: ReadonlySet<Intent> = new Set([
  'complaint',
  'product_safety',
  'damaged_or_defective',
  'wrong_or_missing_item',
  'delivery_problem',
]);

export function scoreSentiment(text: string, intent: Intent): Sentiment {
  const negative = NEGATIVE.test(text);
  const positive = POSITIVE.test(text);
  if (negative && !positive) return 'negative';
  if (positive && !negative) return NEGATIVE_INTENTS.has(intent) ? 'neutral' : 'positive';
  return NEGATIVE_INTENTS.has(intent) ? 'negative' : 'neutral';
}
