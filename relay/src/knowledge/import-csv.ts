// Reads a knowledge-base CSV (topic,title,language,answer,tags,allows; one row per answer) into entries.
import { ParleyError } from '@parley/shared';
import { type CsvError, parse } from 'csv-parse/sync';
import {
  ImportCollector,
  type ParsedImport,
  readAllows,
  readLanguage,
  readList,
  readTopic,
} from './import-rows.ts';

export const CSV_COLUMNS = ['topic', 'title', 'language', 'answer', 'tags', 'allows'] as const;
const REQUIRED_COLUMNS = ['title', 'language', 'answer'] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

/**
 * Rows with the same topic and title become one entry with an answer per language. A row that cannot be used
 * (malformed quoting, too many cells, an unknown topic, language or commitment, an empty answer) is reported with
 * its line and left out; the other rows still count. A file without the needed columns is refused whole.
 */
export function parseCsvImport(text: string): ParsedImport {
  const collector = new ImportCollector();
  // csv-parse may raise several errors for one broken row; the merchant needs one line each.
  const reported = new Set<number>();
  let header: string[] | undefined;
  let records: { record: Row; info: { lines: number } }[];
  try {
    // csv-parse miscounts lines on CRLF files; spreadsheets write CRLF, and line numbers are the whole point here.
    records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      columns: (names: string[]) => {
        header = names.map((name) => name.trim().toLowerCase());
        return header;
      },
      skip_empty_lines: true,
      // Trailing optional cells (tags, allows) may be left off; an extra cell means a row is misaligned.
      relax_column_count_less: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        const line = Number(error?.lines) || 0;
        if (error && !reported.has(line)) {
          reported.add(line);
          collector.skip(line, csvProblem(error));
        }
        return undefined;
      },
    }) as unknown as { record: Row; info: { lines: number } }[];
  } catch (error) {
    throw new ParleyError('validation_failed', `The CSV cannot be read: ${(error as Error).message}`);
  }
  if (!header)
    throw new ParleyError('validation_failed', 'The CSV is empty; its first line must be the header.');
  const missing = REQUIRED_COLUMNS.filter((column) => !header?.includes(column));
  if (missing.length > 0) {
    throw new ParleyError(
      'validation_failed',
      `The CSV has no ${missing.join(', ')} column. Its header must name the columns ${CSV_COLUMNS.join(',')} ` +
        '(topic, tags and allows may be left out).',
      { details: { missing, columns: header } },
    );
  }

  for (const { record, info } of records) {
    // info.lines is where the record ends; answers spanning lines (quoted line breaks) started that much earlier.
    const line = info.lines - Object.values(record).reduce((sum, cell) => sum + newlines(cell), 0);
    const title = record.title?.trim();
    if (!title) {
      collector.skip(line, 'the title is empty');
      continue;
    }
    const answer = record.answer?.trim();
    if (!answer) {
      collector.skip(line, `the answer of "${title}" is empty`);
      continue;
    }
    const topic = readTopic(record.topic);
    const language = readLanguage(record.language);
    const allows = readAllows(record.allows);
    if (!topic.ok || !language.ok || !allows.ok) {
      const reasons = [topic, language, allows].flatMap((cell) => (cell.ok ? [] : [cell.reason]));
      collector.skip(line, reasons.join('; '));
      continue;
    }
    collector.add(line, {
      topic: topic.value,
      title,
      language: language.value,
      answer,
      tags: readList(record.tags),
      allows: allows.value,
    });
  }
  return collector.result();
}

function newlines(cell: string | undefined): number {
  return cell ? cell.split('\n').length - 1 : 0;
}

/** csv-parse's message without its own "at line N", which the report gives separately. */
function csvProblem(error: CsvError): string {
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS')
    return 'the row has more cells than the header has columns';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return 'a quoted cell is never closed';
  return `the row is not valid CSV (${error.message.replace(/ at line \d+/, '')})`;
}
