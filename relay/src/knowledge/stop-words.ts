// Function words dropped from the index and from questions, as normalizeTerm spells them (lower case, Latin folded).

// A knowledge base holds tens of entries, not millions, so inverse document frequency cannot tell "how" from
// "shipping": the one title that happens to contain "how" would outrank the entry a buyer asked about. Only
// words that carry no topic in any of these languages belong here; a word that is a function word in one language
// and a product word in another (Vietnamese "hang", goods) stays out.
const STOP_WORDS: Record<string, string> = {
  en: `a an the and or but is are was were be been am do does did i me my you your we our us it its this that
    these those to of in on at for with by from as can could will would should may might how what when where which
    who why there here if so not no yes please hi hello get got have has had just about any some much many too very
    they them he she his her`,
  de: `der die das den dem des ein eine einen einem einer und oder aber ist sind war bin bist ich du sie wir ihr es
    mein meine dein deine mit von zu zum zur im am an auf aus fur wie was wann wo warum kann konnen mir mich dir
    dich nicht kein keine noch schon auch bitte hallo ja nein wird werden habe hast hat haben gibt`,
  es: `el la los las un una unos unas y o de del al a en con por para que es son me mi mis te tu su se lo le les yo
    como cuando donde cual puedo puede pueden hay hola gracias no si muy mas`,
  pt: `o a os as um uma e ou de do da dos das em no na nos nas com por para que eu me meu minha voce se como quando
    onde qual posso pode tem ter oi ola obrigado obrigada nao sim muito`,
  fr: `le la les un une des et ou de du au aux en dans avec pour par que qui est sont je tu il elle nous vous mon ma
    mes votre comment quand quel quelle peux peut bonjour merci ne pas oui non ce cette se sur`,
  id: `yang dan di ke dari ini itu untuk dengan saya aku anda kamu apa apakah bisa boleh ada tidak tak nya kah ya
    mau sudah belum akan atau juga kami kita berapa bagaimana gimana kak sis gan min`,
  ms: 'saya awak anda boleh tak tidak ke ini itu yang dan di dari untuk dengan ada apa berapa bagaimana macam mana',
  vi: 'toi ban la co khong duoc cua va cho nao nhe oi voi nay thi ma minh em anh chi a ha vay gi sao',
  tl: `ang ng mga sa na po ba ko mo ako ikaw kayo ito iyan at ay lang naman pa nga yung kasi paano kailan saan ano
    pwede puwede`,
  th: 'ครับ ค่ะ คะ นะ จ้ะ จ้า ไหม มั้ย หรือ ได้ ที่ และ ของ จะ ก็ ว่า อะไร บ้าง ยังไง อย่างไร ฉัน ผม เรา คุณ หนู นี้ นั้น เป็น คือ ให้ มี ไม่',
  zh: '的 了 吗 呢 吧 啊 是 我 你 您 他 她 们 这 那 在 有 和 与 或 也 就 都 要 会 能 可以 怎么 什么 请 个',
  ja: 'の は が を に で と も か です ます でし た て い し な ね よ この その あの これ それ 私 お ご',
};

const stopWords = new Set(Object.values(STOP_WORDS).flatMap((words) => words.split(/\s+/)));

export function isStopWord(term: string): boolean {
  return stopWords.has(term);
}
