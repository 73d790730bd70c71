// Recognises a shopper asking for a person instead of the bot, in the languages Parley serves, as people type
// it: "real person pls", "ขอคุยกับแอดมิน", "cho em gặp nhân viên", "人工客服". Asking always works, at any time.

const ASKS_FOR_PERSON: readonly RegExp[] = [
  // en
  /\b(?:real|actual|live) (?:person|human|agent)\b|\b(?:talk|speak|chat) (?:to|with) (?:a |an |someone|somebody|a real |the )?(?:human|person|agent|representative|someone|somebody|manager|staff)\b|\bhuman (?:please|pls|agent)\b|\b(?:not|no more) (?:a |the )?(?:bot|robot)\b|\b(?:customer service|support) (?:agent|person)\b|^\s*(?:human|agent|operator|representative)[\s!.?]*$/iu,
  // th
  /(?:ขอ)?(?:คุย|ติดต่อ|พูด)(?:กับ)?(?:คน|แอดมิน|เจ้าหน้าที่|พนักงาน)|ขอ(?:สาย)?(?:แอดมิน|เจ้าหน้าที่|พนักงาน)|ไม่(?:เอา|อยาก(?:คุยกับ)?)บอท/u,
  // vi
  /(?:gặp|nói chuyện với|gap|noi chuyen voi|chat với|kết nối với|ket noi voi) (?:nhân viên|nhan vien|người thật|nguoi that|tư vấn viên|tu van vien|admin|shop)|(?:không|khong) (?:muốn )?(?:nói chuyện với )?(?:bot|máy)/iu,
  // id / ms
  /(?:bicara|ngobrol|chat|hubungkan|sambungkan|cakap|bercakap) (?:dengan |sama |ke )?(?:manusia|orang|admin|cs|agen|petugas|staf|staff|pegawai)|(?:mau|minta|nak|boleh) (?:admin|cs|orang|manusia|agen|petugas)(?: asli| sebenar)?\b|bukan (?:bot|robot)/iu,
  // tl
  /(?:kausap|makausap|makipag-usap sa)(?: ko| ang| ng| sa| po)* (?:tao|totoong tao|agent|ahente|staff)|hindi (?:bot|robot)/iu,
  // zh
  /人工(?:客服|服务|服務)?|真人|转人工|轉人工|(?:找|要|联系|聯繫)(?:客服|真人|人工)|不要(?:机器人|機器人)/u,
  // ja
  /(?:担当者|オペレーター|スタッフ|人間|有人)(?:に|と)(?:代わ|つな|繋|話)|(?:担当者|オペレーター|人間)(?:を|で)お願い/u,
  // ko
  /상담(?:원|사)(?:(?:과|와|이랑|랑)? ?(?:연결|통화|대화|얘기))?|사람(?:이랑|과|하고)? ?(?:대화|얘기|통화|연결)|(?:직원|상담원) 연결/u,
  // de
  /\b(?:mit )?(?:einem |einer )?(?:Menschen|Mitarbeiter(?:in)?|echten Person|Person) (?:sprechen|reden|verbunden)|\bkein(?:en)? (?:Bot|Roboter)\b/iu,
  // fr
  /\b(?:parler|discuter) (?:à|avec) (?:un |une )?(?:humain|personne|conseill(?:er|ère)|agent|vrai)|\bpas (?:un |de )?(?:bot|robot)\b/iu,
  // es / pt / it
  /\b(?:hablar|falar|parlare|conversar) (?:con|com|a|ad|with) (?:un |una |uma |um |una |alguien|alguém|qualcuno|una )?(?:persona|pessoa|humano|humana|agente|operador(?:a)?|operatore|atendente|umano|persona reale)/iu,
  // ar / ru / tr / pl / nl
  /(?:التحدث|أتحدث|أكلم|كلم)(?: مع)? (?:موظف|شخص|إنسان|بشري|خدمة العملاء)|(?:поговорить|связаться|соедините) (?:с )?(?:человеком|оператором|менеджером|сотрудником)|(?:gerçek )?(?:bir )?(?:insanla|temsilciyle|yetkiliyle|müşteri temsilcisiyle) (?:görüşmek|konuşmak)|(?:rozmawiać|porozmawiać|połączyć) z (?:człowiekiem|konsultantem|pracownikiem)|(?:spreken|praten) met (?:een )?(?:mens|medewerker|persoon)/iu,
];

export function asksForPerson(text: string): boolean {
  const normalized = text.normalize('NFC');
  return ASKS_FOR_PERSON.some((pattern) => pattern.test(normalized));
}
