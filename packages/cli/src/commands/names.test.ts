import { EventEmitter } from 'node:events';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { compareLine, compareStream, endQuietlyOnClosedPipe } from './names';

async function run(input: string, chunkSize = 7): Promise<string[]> {
  const chunks: string[] = [];
  for (let i = 0; i < input.length; i += chunkSize) chunks.push(input.slice(i, i + chunkSize));
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString('utf8');
      done();
    },
  });
  await compareStream(Readable.from(chunks), sink);
  return out.split('\n').filter((l) => l !== '');
}

describe('kinlink names compare', () => {
  it('answers one JSON line per input line, in order, with score and same', async () => {
    const lines = await run([
      JSON.stringify({ a: 'محمد حسين', b: 'Muhamed Husein' }),
      JSON.stringify({ a: 'Hassan', b: 'Hussein' }),
      JSON.stringify({ a: 'Мухамед', b: 'Mohammed', id: 7 }),
    ].join('\n') + '\n');
    const results = lines.map((l) => JSON.parse(l) as { score: number; same: boolean });
    expect(results).toHaveLength(3);
    expect(results[0]!.same).toBe(true);
    expect(results[1]!.same).toBe(false);
    expect(results[2]!.same).toBe(true);
    for (const r of results) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('a bad line gets an error for that line and the stream goes on', async () => {
    const lines = await run('{"a":"Ali","b":"Али"}\nnot json\n{"a":1,"b":"x"}\n[1,2]\nnull\n{"a":"Omar","b":"Amr"}\r\n\n{"a":"Ali","b":"Aly"}', 5);
    const results = lines.map((l) => JSON.parse(l) as { score?: number; same?: boolean; error?: string });
    expect(results).toHaveLength(8);
    expect(results[0]!.same).toBe(true);
    expect(results[1]!.error).toMatch(/JSON/);
    expect(results[2]!.error).toMatch(/strings/);
    expect(results[3]!.error).toMatch(/object/);
    expect(results[4]!.error).toMatch(/object/);
    expect(results[5]!.same).toBe(false);
    expect(results[6]!.error).toMatch(/empty/);
    expect(results[7]!.same).toBe(true); // last line without a newline
  });

  it('reads a line as JSON does, whatever its spacing, escapes, field order or extra fields', () => {
    const answer = (a: string, b: string): string => compareLine(JSON.stringify({ a, b }));
    expect(compareLine(' { "a" : "Mohammed Hussein" ,\t"b": "محمد حسين" } ')).toBe(answer('Mohammed Hussein', 'محمد حسين'));
    expect(compareLine('{"a":"Omar \\"Abu\\" Ali","b":"Umar Ali"}')).toBe(answer('Omar "Abu" Ali', 'Umar Ali'));
    expect(compareLine('{"a":"\\u041c\\u0443\\u0445\\u0430\\u043c\\u0435\\u0434","b":"Muhamed"}')).toBe(answer('Мухамед', 'Muhamed'));
    expect(compareLine('{"b":"Hassan","a":"Hussein"}')).toBe(answer('Hussein', 'Hassan'));
    expect(compareLine('{"a":"Said","b":"Saad","id":7}')).toBe(answer('Said', 'Saad'));
    // a raw control character inside a string is not JSON, however plain the rest of the line
    expect(JSON.parse(compareLine('{"a":"Ali\u0001","b":"Ali"}')).error).toMatch(/JSON/);
    expect(JSON.parse(compareLine('{"a":"Ali","b":"Ali"')).error).toMatch(/JSON/);
  });

  it('compareLine never throws on odd input', () => {
    for (const line of ['', '{', '{"a":"' + 'x'.repeat(10_000) + '","b":"😀"}', '{"a":"\\u0000","b":""}']) {
      expect(() => JSON.parse(compareLine(line))).not.toThrow();
    }
  });
});

describe('a closed output pipe', () => {
  it('ends the command with status 0 on EPIPE (a reader such as head stopped early); other errors still throw', () => {
    const out = new EventEmitter();
    const codes: number[] = [];
    endQuietlyOnClosedPipe(out, (code) => codes.push(code));
    out.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(codes).toEqual([0]);
    expect(() => out.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow('disk full');
  });
});
