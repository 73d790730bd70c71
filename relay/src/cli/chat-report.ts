// Summarises analysed chat history per language and intent, to decide which markets and languages to staff first.
import { INTENT_LABELS, type Intent, languageName, MAX_MESSAGE_LENGTH } from '@parley/shared';
import type { LanguageEngine } from '../ai/index.ts';
import type { ChatRow, SkippedRow } from './chat-export.ts';

export interface LanguageSummary {
  language: string;
  messages: number;
  share: number;
  urgent: number;
  topIntents: { intent: Intent; messages: number }[];
}

export interface ChatSummary {
  messages: number;
  skipped: number;
  languages: LanguageSummary[];
  intents: { intent: Intent; messages: number; share: number }[];
  urgent: number;
  /** Languages ordered by staffing need: volume, with urgent messages counted three times. */
  staffingOrder: string[];
}

/** How many earlier messages of a conversation the classifier sees, as in the live relay. */
const HISTORY_DEPTH = 5;

export interface SummarizeOptions {
  /** Told about each row left out, with its line number. */
  onSkip?: (skipped: SkippedRow) => void;
  /** Called every `progressEvery` rows, for progress on long inputs. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export async function summarizeChats(
  engine: LanguageEngine,
  rows: readonly ChatRow[],
  options: SummarizeOptions = {},
): Promise<ChatSummary> {
  const progressEvery = options.progressEvery ?? 1000;
  const byLanguage = new Map<string, { messages: number; urgent: number; intents: Map<Intent, number> }>();
  const intents = new Map<Intent, number>();
  const histories = new Map<string, string[]>();
  let analysed = 0;
  let skipped = 0;
  let urgent = 0;
  for (const row of rows) {
    if (row.text.length > MAX_MESSAGE_LENGTH) {
      skipped++;
      options.onSkip?.({ line: row.line, reason: `the message is over ${MAX_MESSAGE_LENGTH} characters` });
      continue;
    }
    if ((analysed + skipped) % progressEvery === 0 && analysed + skipped > 0) {
      options.onProgress?.(analysed + skipped, rows.length);
    }
    const history = row.conversationId ? (histories.get(row.conversationId) ?? []) : [];
    const analysis = await engine.analyze({ text: row.text, locale: row.locale, history });
    if (row.conversationId) histories.set(row.conversationId, [...history, row.text].slice(-HISTORY_DEPTH));
    analysed++;
    const entry = byLanguage.get(analysis.language) ?? { messages: 0, urgent: 0, intents: new Map() };
    entry.messages++;
    entry.intents.set(analysis.intent, (entry.intents.get(analysis.intent) ?? 0) + 1);
    if (analysis.urgency === 'high') {
      entry.urgent++;
      urgent++;
    }
    byLanguage.set(analysis.language, entry);
    intents.set(analysis.intent, (intents.get(analysis.intent) ?? 0) + 1);
  }
  const share = (n: number) => (analysed === 0 ? 0 : Math.round((n / analysed) * 1000) / 10);
  const languages = [...byLanguage.entries()]
    .map(([language, entry]) => ({
      language,
      messages: entry.messages,
      share: share(entry.messages),
      urgent: entry.urgent,
      topIntents: [...entry.intents.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([intent, messages]) => ({ intent, messages })),
    }))
    .sort((a, b) => b.messages - a.messages);
  return {
    messages: analysed,
    skipped,
    languages,
    intents: [...intents.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([intent, messages]) => ({ intent, messages, share: share(messages) })),
    urgent,
    staffingOrder: [...languages]
      .sort((a, b) => b.messages + 2 * b.urgent - (a.messages + 2 * a.urgent))
      .map((l) => l.language),
  };
}

export function formatChatReport(summary: ChatSummary, source: string): string {
  const out: string[] = [];
  const row = (label: string, ...cells: (string | number)[]) =>
    out.push(`  ${label.padEnd(28)}${cells.map((c) => String(c).padStart(10)).join('')}`);
  out.push(`Parley chat report: ${summary.messages} messages from ${source}`);
  if (summary.skipped > 0)
    out.push(`(${summary.skipped} rows skipped; stderr lists each with its line number)`);
  out.push(
    '',
    `  ${'Language'.padEnd(28)}${['messages', 'share', 'urgent'].map((h) => h.padStart(10)).join('')}`,
  );
  for (const l of summary.languages)
    row(`${languageName(l.language)} (${l.language})`, l.messages, `${l.share}%`, l.urgent);
  out.push('', `  ${'Intent'.padEnd(28)}${['messages', 'share'].map((h) => h.padStart(10)).join('')}`);
  for (const i of summary.intents) row(INTENT_LABELS[i.intent], i.messages, `${i.share}%`);
  out.push('', 'Top intents per language:');
  for (const l of summary.languages) {
    const tops = l.topIntents.map((t) => `${INTENT_LABELS[t.intent]} ${t.messages}`).join(', ');
    out.push(`  ${l.language}: ${tops}`);
  }
  out.push(
    '',
    `Urgent messages (safety and other high urgency): ${summary.urgent}`,
    `Staff first (volume, urgent counted triple): ${summary.staffingOrder.map(languageName).join(', ')}`,
    '',
  );
  return out.join('\n');
}
