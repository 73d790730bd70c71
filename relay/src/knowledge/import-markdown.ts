// Reads a knowledge-base Markdown file (`## Title`, front lines, `### th` answers) into entries.
import { ParleyError } from '@parley/shared';
import {
  ImportCollector,
  type ParsedImport,
  readAllows,
  readLanguage,
  readList,
  readTopic,
} from './import-rows.ts';
import type { Commitment, KnowledgeTopic } from './vocabulary.ts';

/**
 * The format, as a merchant writes it:
 *
 * ```markdown
 * ## Returns within 30 days
 * topic: returns
 * tags: returns, refund
 * allows: refund
 *
 * ### en
 * Unopened products can be returned within 30 days for a full refund.
 *
 * ### th
 * สินค้าที่ยังไม่ได้เปิดใช้ คืนได้ภายใน 30 วัน และได้รับเงินคืนเต็มจำนวน
 * ```
 *
 * Text before the first `##` (a `# Heading`, an introduction) is ignored. `topic:`, `tags:` and `allows:` lines
 * are read only straight under the `##` heading. Text under the heading before any `###` is the answer in the
 * site's default language. Headings inside fenced code blocks are text.
 */
export function parseMarkdownImport(text: string, defaultLanguage: string): ParsedImport {
  const collector = new ImportCollector();
  let section: Section | undefined;
  let sections = 0;
  let fenced = false;
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    const heading = fenced ? null : /^(#{2,3})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading?.[1] === '##') {
      if (section) finish(section, collector);
      sections++;
      section = newSection(line, heading[2] ?? '', defaultLanguage);
      return;
    }
    if (!section) return;
    if (heading?.[1] === '###') {
      startAnswer(section, line, heading[2] ?? '');
      return;
    }
    if (section.inFront && readFrontLine(section, line, raw)) return;
    if (raw.trim()) section.inFront = false;
    section.answer?.text.push(raw);
  });
  if (section) finish(section, collector);
  if (sections === 0) {
    throw new ParleyError(
      'validation_failed',
      'The Markdown has no entries: start each one with a "## Title" line, then its answers under "### en", "### th"….',
    );
  }
  return collector.result();
}

interface Answer {
  line: number;
  /** Null when the heading named no language: its text is skipped, and the heading reported. */
  language: string | null;
  problem?: string;
  text: string[];
}

interface Section {
  line: number;
  title: string;
  topic: KnowledgeTopic;
  tags: string[];
  allows: Commitment[];
  /** Still in the lines straight under the heading, where topic:, tags: and allows: are read. */
  inFront: boolean;
  /** A front line that cannot be used: the whole entry is skipped, since its policy would be wrong. */
  problem?: { line: number; reason: string };
  answers: Answer[];
  answer: Answer | undefined;
}

function newSection(line: number, title: string, defaultLanguage: string): Section {
  const answer: Answer = { line, language: defaultLanguage, text: [] };
  return { line, title, topic: 'other', tags: [], allows: [], inFront: true, answers: [answer], answer };
}

function startAnswer(section: Section, line: number, heading: string): void {
  section.inFront = false;
  // "### th", "### th — ไทย" and "### pt-BR (Brazil)" all name their language by the first word.
  const language = readLanguage(/^[A-Za-z_-]+/.exec(heading)?.[0] ?? heading);
  const answer: Answer = language.ok
    ? { line, language: language.value, text: [] }
    : { line, language: null, problem: language.reason, text: [] };
  section.answers.push(answer);
  section.answer = answer;
}

function readFrontLine(section: Section, line: number, raw: string): boolean {
  const front = /^\s*(topic|tags|allows)\s*:\s*(.*)$/i.exec(raw);
  if (!front) return raw.trim() === '';
  const [, key = '', value = ''] = front;
  const field = key.toLowerCase();
  if (field === 'tags') {
    section.tags = readList(value);
  } else if (field === 'topic') {
    const topic = readTopic(value);
    if (topic.ok) section.topic = topic.value;
    else section.problem ??= { line, reason: topic.reason };
  } else {
    const allows = readAllows(value);
    if (allows.ok) section.allows = allows.value;
    else section.problem ??= { line, reason: allows.reason };
  }
  return true;
}

function finish(section: Section, collector: ImportCollector): void {
  const title = section.title.trim();
  if (!title) {
    collector.skip(section.line, 'the "##" heading has no title');
    return;
  }
  if (section.problem) {
    collector.skip(section.problem.line, `"${title}": ${section.problem.reason}`);
    return;
  }
  let answered = false;
  for (const answer of section.answers) {
    if (answer.language === null) {
      collector.skip(answer.line, `"${title}": ${answer.problem}`);
      continue;
    }
    const text = answer.text.join('\n').trim();
    if (!text) continue;
    answered = true;
    const row = { topic: section.topic, title, language: answer.language, answer: text };
    collector.add(answer.line, { ...row, tags: section.tags, allows: section.allows }, section.line);
  }
  if (!answered && section.answers.every((answer) => answer.language !== null)) {
    collector.skip(section.line, `"${title}" has no answer text`);
  }
}
