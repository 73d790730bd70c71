// Reads a merchant's chat-history CSV export into rows, finding the message column by its usual names.
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export interface ChatRow {
  text: string;
  locale?: string;
  conversationId?: string;
}

export interface ChatExportOptions {
  textColumn?: string;
  localeColumn?: string;
}

const TEXT_COLUMNS = ['text', 'message', 'body', 'content', 'buyer_message', 'msg'];
const LOCALE_COLUMNS = ['locale', 'language', 'lang', 'browser_language'];
const CONVERSATION_COLUMNS = ['conversation_id', 'conversation', 'chat_id', 'thread_id', 'ticket_id'];

function pickColumn(header: readonly string[], wanted: string | undefined, candidates: readonly string[]) {
  const lower = header.map((h) => h.trim().toLowerCase());
  if (wanted) {
    const index = lower.indexOf(wanted.toLowerCase());
    if (index < 0)
      throw new Error(`The CSV has no column "${wanted}". Its columns are: ${header.join(', ')}.`);
    return header[index];
  }
  const found = candidates.find((c) => lower.includes(c));
  return found === undefined ? undefined : header[lower.indexOf(found)];
}

export async function readChatExport(input: Readable, options: ChatExportOptions = {}): Promise<ChatRow[]> {
  const parser = input.pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }),
  );
  const rows: ChatRow[] = [];
  let textColumn: string | undefined;
  let localeColumn: string | undefined;
  let conversationColumn: string | undefined;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    if (textColumn === undefined) {
      const header = Object.keys(record);
      textColumn = pickColumn(header, options.textColumn, TEXT_COLUMNS);
      if (!textColumn) {
        throw new Error(
          `Could not find the message column (tried ${TEXT_COLUMNS.join(', ')}). Name it with --text-column.`,
        );
      }
      localeColumn = pickColumn(header, options.localeColumn, LOCALE_COLUMNS);
      conversationColumn = pickColumn(header, undefined, CONVERSATION_COLUMNS);
    }
    const text = record[textColumn]?.trim();
    if (!text) continue;
    const row: ChatRow = { text };
    const locale = localeColumn ? record[localeColumn]?.trim() : undefined;
    if (locale) row.locale = locale;
    const conversationId = conversationColumn ? record[conversationColumn]?.trim() : undefined;
    if (conversationId) row.conversationId = conversationId;
    rows.push(row);
  }
  return rows;
}
