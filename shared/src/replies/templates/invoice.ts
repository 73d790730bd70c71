// invoice: asks for the billing details each market's invoices need (tax ids differ by country).
import type { ReplyTemplate } from '../types.ts';

export const invoiceTemplates = [
  {
    id: 'invoice.billing_details',
    scenario: 'invoice',
    intents: ['invoice_request'],
    slots: ['order_id'],
    commitments: [],
    agentNote:
      "Each language asks for its own country's details: NPWP (ID), TIN (PH), 税号 (CN), 統一編號 (TW), 사업자등록번호 (KR), CPF/CNPJ (BR), codice fiscale / SDI (IT).",
    texts: {
      en: {
        text: "Happy to send you an invoice for order {order_id}. Could you please confirm the name and billing address that should appear on it, plus your tax ID (such as a VAT number) if you need one? We'll send it over as soon as it's ready.",
      },
      th: {
        text: 'ทางร้านยินดีออกใบกำกับภาษีสำหรับคำสั่งซื้อ {order_id} ให้{particle}\nรบกวนแจ้งชื่อและที่อยู่สำหรับออกใบกำกับภาษี พร้อมเลขประจำตัวผู้เสียภาษี (ถ้ามี) ด้วยนะ{particle_q}\nเมื่อเอกสารพร้อม ทางร้านจะส่งให้ทันที{particle}',
        gloss:
          "We're happy to issue a tax invoice for order {order_id}. Please tell us the name and address for the tax invoice, along with your taxpayer ID number (if any). We'll send it as soon as the document is ready.",
      },
      vi: {
        text: 'Dạ shop sẽ xuất hóa đơn cho đơn hàng {order_id} ạ. Anh/chị gửi giúp shop tên, địa chỉ ghi trên hóa đơn và mã số thuế (nếu cần xuất hóa đơn công ty) nhé ạ. Có hóa đơn là shop gửi ngay cho anh/chị ạ.',
        gloss:
          "We'll issue an invoice for order {order_id}. Please send us the name and address to put on the invoice and the tax code (if you need a company invoice). As soon as the invoice is ready, we'll send it to you.",
      },
      id: {
        text: 'Siap, Kak, kami bantu buatkan invoice untuk pesanan {order_id}. Boleh diinfokan nama dan alamat yang dicantumkan di invoice, serta NPWP kalau diperlukan? Begitu invoicenya siap, langsung kami kirimkan.',
        gloss:
          "Sure, we'll prepare an invoice for order {order_id}. Could you tell us the name and address to show on the invoice, and your NPWP (tax ID) if needed? As soon as the invoice is ready, we'll send it.",
      },
      ms: {
        text: 'Kami boleh sediakan invois untuk pesanan {order_id}. Sila sahkan nama dan alamat bil yang perlu dicatatkan pada invois, serta nombor cukai anda (jika perlu). Kami akan menghantarnya sebaik sahaja invois siap.',
        gloss:
          "We can prepare an invoice for order {order_id}. Please confirm the name and billing address to appear on the invoice, and your tax number (if needed). We'll send it as soon as the invoice is ready.",
      },
      tl: {
        text: 'Sige po, gagawan namin kayo ng invoice para sa order {order_id}. Pakikumpirma lang po ang pangalan at billing address na ilalagay dito, pati ang TIN ninyo kung kailangan. Ipapadala po namin agad kapag ready na.',
        gloss:
          "Sure, we'll make an invoice for order {order_id}. Please confirm the name and billing address to put on it, and your TIN if needed. We'll send it as soon as it's ready.",
      },
      'zh-Hans': {
        text: '好的，可以为您开具订单 {order_id} 的发票。请提供发票抬头和税号（开具企业发票时需要），以及接收电子发票的邮箱。开好后我们会第一时间发给您。',
        gloss:
          "Sure, we can issue an invoice for order {order_id}. Please provide the invoice title and tax number (needed for a company invoice), plus the email address to receive the e-invoice. We'll send it as soon as it's issued.",
      },
      'zh-Hant': {
        text: '好的，可以為您開立訂單 {order_id} 的發票。請提供發票抬頭與統一編號（公司報帳需要時），或是您要使用的載具。開立後我們會馬上提供給您。',
        gloss:
          "Sure, we can issue an invoice for order {order_id}. Please provide the invoice title and company tax ID (if you need it for company expenses), or the e-invoice carrier you'd like to use. We'll provide it as soon as it's issued.",
      },
      ja: {
        text: 'ご注文（{order_id}）の領収書を発行いたします。恐れ入りますが、宛名（会社名またはお名前）と、但し書きにご希望がございましたらお知らせいただけますでしょうか。準備ができ次第、お送りいたします。',
        gloss:
          'We will issue a receipt for your order ({order_id}). Could you please tell us the addressee (company or personal name), and any wording you would like in the description line? We will send it as soon as it is ready.',
      },
      ko: {
        text: '주문({order_id})에 대한 증빙 서류를 발급해 드리겠습니다. 세금계산서가 필요하시면 사업자등록번호, 상호, 대표자명, 그리고 받으실 이메일 주소를 알려 주세요. 준비되는 대로 바로 보내 드리겠습니다.',
        gloss:
          "We'll issue proof-of-purchase documents for order ({order_id}). If you need a tax invoice, please tell us your business registration number, company name, representative's name and the email address to receive it. We'll send it as soon as it's ready.",
      },
      de: {
        text: 'Gern senden wir Ihnen eine Rechnung zu Ihrer Bestellung {order_id}. Bitte teilen Sie uns Namen und Rechnungsadresse mit, die auf der Rechnung stehen sollen, sowie gegebenenfalls Ihre Umsatzsteuer-Identifikationsnummer. Sobald die Rechnung fertig ist, schicken wir sie Ihnen zu.',
        gloss:
          "We'll gladly send you an invoice for your order {order_id}. Please tell us the name and billing address to appear on it, and your VAT ID number if applicable. As soon as the invoice is ready, we'll send it to you.",
      },
      fr: {
        text: "Nous vous envoyons volontiers une facture pour la commande {order_id}. Pourriez-vous nous confirmer le nom et l'adresse de facturation à y faire figurer, ainsi que votre numéro de TVA intracommunautaire si besoin ? Nous vous l'enverrons dès qu'elle sera prête.",
        gloss:
          "We'll gladly send you an invoice for order {order_id}. Could you confirm the name and billing address to include, and your EU VAT number if needed? We'll send it as soon as it's ready.",
      },
      es: {
        text: 'Con mucho gusto le enviamos la factura del pedido {order_id}. ¿Podría confirmarnos el nombre o razón social, la dirección de facturación y su NIF, si lo necesita? Se la enviaremos en cuanto esté lista.',
        gloss:
          "We'll gladly send you the invoice for order {order_id}. Could you confirm the name or company name, the billing address and your tax ID (NIF), if you need it? We'll send it as soon as it's ready.",
      },
      pt: {
        text: 'Podemos enviar a nota fiscal do pedido {order_id}, sim! Para emitir, precisamos do nome completo ou razão social, do endereço e do CPF ou CNPJ. Assim que estiver pronta, enviamos para você.',
        gloss:
          "Yes, we can send the invoice (nota fiscal) for order {order_id}! To issue it, we need the full name or company name, the address and the CPF or CNPJ. As soon as it's ready, we'll send it to you.",
      },
      it: {
        text: "Saremo lieti di inviarLe la fattura per l'ordine {order_id}. Può confermarci intestazione, indirizzo di fatturazione e codice fiscale o partita IVA, e se necessario il codice SDI o l'indirizzo PEC? Gliela invieremo non appena sarà pronta.",
        gloss:
          "We'll be glad to send you the invoice for order {order_id}. Could you confirm the billing name, billing address and tax code or VAT number, and if needed the SDI code or PEC address? We'll send it as soon as it's ready.",
      },
      ar: {
        text: 'يسعدنا إصدار فاتورة للطلب رقم {order_id}. يُرجى تزويدنا بالاسم وعنوان الفوترة المطلوب ظهورهما على الفاتورة، والرقم الضريبي إن وُجد. سنرسلها إليك فور تجهيزها.',
        gloss:
          "We're happy to issue an invoice for order number {order_id}. Please give us the name and billing address to appear on the invoice, and the tax (VAT) number if there is one. We'll send it to you as soon as it's ready.",
      },
    },
  },
] as const satisfies readonly ReplyTemplate[];
