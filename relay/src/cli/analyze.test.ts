import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the real command the contract names, through pnpm, as a merchant or another check would. */
function analyze(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('pnpm', ['--silent', 'analyze', ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    env: { ...process.env, OPENAI_API_KEY: '', OPENAI_BASE_URL: '' },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('pnpm --silent analyze', () => {
  it('writes one JSON line per input line, in order, and nothing else', () => {
    const input = [
      JSON.stringify({ text: 'ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ', locale: 'th-TH' }),
      JSON.stringify({ text: 'Wo ist meine Bestellung? Ich warte seit zwei Wochen.' }),
      '{not json',
      JSON.stringify({ text: 'thank you so much!' }),
      JSON.stringify({ locale: 'en' }),
      '',
    ].join('\n');
    const { stdout, status } = analyze([], input);
    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ language: 'th', intent: 'product_safety', urgency: 'high' });
    expect(lines[0].confidence).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ language: 'de', intent: 'order_status' });
    expect(lines[2]).toMatchObject({ error: { code: 'bad_request' } });
    expect(lines[3]).toMatchObject({ language: 'en', intent: 'greeting_thanks', urgency: 'low' });
    expect(lines[4]).toMatchObject({ error: { code: 'validation_failed' } });
  }, 30_000);

  it('summarises a chat export by language and intent with --report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-report-'));
    const csv = join(dir, 'chats.csv');
    writeFileSync(
      csv,
      [
        'conversation_id,message,locale',
        'c1,"ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น ทำยังไงดีคะ",th-TH',
        'c2,"ของถึงไหนแล้วคะ สั่งไปอาทิตย์นึงแล้ว",th-TH',
        'c3,"shop ơi đơn hàng của em đâu rồi ạ",vi-VN',
        'c4,"Where is my order? It has been two weeks",en-US',
      ].join('\n'),
    );
    const json = analyze(['--input', csv, '--report', '--json']);
    expect(json.status).toBe(0);
    const summary = JSON.parse(json.stdout);
    expect(summary.messages).toBe(4);
    expect(summary.languages.map((l: { language: string }) => l.language)).toEqual(['th', 'vi', 'en']);
    expect(summary.urgent).toBe(1);
    expect(summary.staffingOrder[0]).toBe('th');

    const table = analyze(['--input', csv, '--report']);
    expect(table.stdout).toContain('Thai (th)');
    expect(table.stdout).toContain('Product safety');
  }, 30_000);

  it('reports bad rows with their line numbers, skips them, and still counts the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-report-'));
    const csv = join(dir, 'messy.csv');
    writeFileSync(
      csv,
      [
        'message,locale',
        '"Where is my order #A12345?",en-US',
        ',en-US',
        `"${'x'.repeat(4001)}",en-US`,
        '"ใช้ครีมนี้แล้วแพ้ค่ะ ผื่นขึ้น",th-TH',
        '"unclosed quote,en-US',
      ].join('\n'),
    );
    const { status, stdout, stderr } = analyze(['--input', csv, '--report', '--json']);
    expect(status).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.messages).toBe(2);
    expect(summary.skipped).toBe(3);
    expect(stderr).toContain(`${csv}:3: skipped: the message column is empty`);
    expect(stderr).toContain(`${csv}:4: skipped: the message is over 4000 characters`);
    expect(stderr).toMatch(
      new RegExp(`${csv.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: skipped: .*[Qq]uote`),
    );
  }, 30_000);

  it('explains a missing message column instead of guessing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-report-'));
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'id,foo\n1,bar\n');
    const { status, stderr } = analyze(['--input', csv, '--report']);
    expect(status).toBe(1);
    expect(stderr).toContain('--text-column');
  }, 30_000);
});
