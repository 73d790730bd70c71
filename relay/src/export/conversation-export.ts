// One conversation as a file a merchant can keep or hand to a buyer: JSON with everything, or CSV for spreadsheets.
import type { ConversationSummary, Message } from '@parley/shared';
import { toCsv } from './csv.ts';

export interface ConversationExport {
  conversation: ConversationSummary;
  messages: Message[];
  exportedAt: string;
}

const CSV_HEADER = [
  'seq',
  'created_at',
  'author',
  'author_id',
  'language',
  'intent',
  'urgency',
  'text',
  'attachments',
] as const;

export function conversationCsv(exported: ConversationExport): string {
  return toCsv([
    CSV_HEADER,
    ...exported.messages.map((message) => [
      message.seq,
      message.createdAt,
      message.author,
      message.authorId,
      message.language,
      message.analysis?.intent ?? null,
      message.analysis?.urgency ?? null,
      message.text,
      (message.attachments ?? []).map((file) => `${file.name} (${file.url})`).join('; '),
    ]),
  ]);
}

/** `conversation-<id>.<ext>`, safe in a Content-Disposition header whatever the id holds. */
export function exportFileName(conversationId: string, extension: 'json' | 'csv'): string {
  return `conversation-${conversationId.replace(/[^A-Za-z0-9_-]/g, '_')}.${extension}`;
}
