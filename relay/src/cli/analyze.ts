// `pnpm --silent analyze`: the DESIGN.md contract 3 command. JSON Lines in, one analysis line out per input, in
// order; or `--input chats.csv --report` to summarise a chat-history export by language and intent.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type Analysis, ParleyError } from '@parley/shared';
import { analyzeInputSchema } from '@parley/shared/schemas';
import { createLanguageEngine, type LanguageEngine } from '../ai/index.ts';
import { readChatExport } from './chat-export.ts';
import { formatChatReport, summarizeChats } from './chat-report.ts';

const USAGE = `Usage:
  pnpm --silent analyze < messages.jsonl          one {"text","locale"?} per line in, one analysis per line out
  pnpm --silent analyze --input chats.csv --report [--json] [--text-column NAME] [--locale-column NAME]`;

async function analyzeLine(engine: LanguageEngine, line: string, lineNumber: number): Promise<unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: new ParleyError('bad_request', `Line ${lineNumber} is not valid JSON.`).toBody() };
  }
  const parsed = analyzeInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'line';
    return {
      error: new ParleyError(
        'validation_failed',
        `Line ${lineNumber}: ${where}: ${issue?.message ?? 'invalid'}.`,
      ).toBody(),
    };
  }
  const analysis: Analysis = await engine.analyze(parsed.data);
  return analysis;
}

async function streamJsonLines(engine: LanguageEngine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    // Blank lines are not inputs; skipping them keeps "one output per input" true for files ending in "\n\n".
    if (line.trim() === '') continue;
    const result = await analyzeLine(engine, line, lineNumber);
    if (!process.stdout.write(`${JSON.stringify(result)}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string' },
      report: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'text-column': { type: 'string' },
      'locale-column': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const engine = createLanguageEngine();
  if (values.report || values.input) {
    if (!values.input || !values.report) {
      process.stderr.write(`--input and --report go together.\n${USAGE}\n`);
      return 2;
    }
    const { rows, skipped } = await readChatExport(createReadStream(values.input), {
      textColumn: values['text-column'],
      localeColumn: values['locale-column'],
    });
    // Problems and progress go to stderr so stdout stays the report alone, safe to pipe or parse.
    const reportSkip = ({ line, reason }: { line: number; reason: string }) =>
      process.stderr.write(`${values.input}:${line}: skipped: ${reason}\n`);
    for (const problem of skipped) reportSkip(problem);
    const summary = await summarizeChats(engine, rows, {
      onSkip: reportSkip,
      onProgress: (done, total) => process.stderr.write(`analysed ${done} of ${total} rows…\n`),
    });
    summary.skipped += skipped.length;
    process.stdout.write(
      values.json ? `${JSON.stringify(summary, null, 2)}\n` : formatChatReport(summary, values.input),
    );
    return 0;
  }
  await streamJsonLines(engine);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`analyze: ${message}\n`);
    process.exitCode = 1;
  },
);
