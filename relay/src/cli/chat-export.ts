// Reads a merchant's chat-history CSV export into rows, finding the message column by its usual names.
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

export interface ChatRow {
  /** Line of the CSV file where the row starts, for messages about it. */
  line: number;
  text: string;
  locale?: string;
  conversationId?: string;
}

/** A row that was skipped, and why: reported to the merchant rather than silently dropped. */
export interface SkippedRow {
  line: number;
  reason: string;
}

export interface ChatExport {
  rows: ChatRow[];
  skipped: SkippedRow[];
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

export async function readChatExport(input: Readable, options: ChatExportOptions = {}): Promise<ChatExport> {
  const skipped: SkippedRow[] = [];
  const parser = input.pipe(
    parse({
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      // A malformed row (an unclosed quote, say) is reported and skipped; the rest of the file still counts.
      skip_records_with_error: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ line: error.lines ?? 0, reason: error.message });
  });
  const rows: ChatRow[] = [];
  let textColumn: string | undefined;
  let localeColumn: string | undefined;
  let conversationColumn: string | undefined;
  for await (const { record, info } of parser as AsyncIterable<{
    record: Record<string, string>;
    info: { lines: number };
  }>) {
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
    if (!text) {
      skipped.push({ line: info.lines, reason: 'the message column is empty' });
      continue;
    }
    const row: ChatRow = { line: info.lines, text };
    const locale = localeColumn ? record[localeColumn]?.trim() : undefined;
    if (locale) row.locale = locale;
    const conversationId = conversationColumn ? record[conversationColumn]?.trim() : undefined;
    if (conversationId) row.conversationId = conversationId;
    rows.push(row);
  }
  return { rows, skipped };
}
