import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues';
import { LANGUAGES } from './languages';

function leaves(tree: unknown, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** Names of the arguments a message uses (the AST's literal and `#` elements have no `value` name). */
function argumentsOf(elements: Ast, out = new Set<string>()): Set<string> {
  for (const el of elements) {
    // 0 literal, 7 pound sign, 8 tag; everything else is an argument with a name in `value`.
    if (el.type !== 0 && el.type !== 7 && el.type !== 8) out.add(el.value);
    if ('options' in el) for (const option of Object.values(el.options)) argumentsOf(option.value, out);
  }
  return out;
}

const parse = (message: string, locale: string): Ast => new IntlMessageFormat(message, locale).getAst();

const english = new Map(leaves(CATALOGUES.en));

describe('message catalogues', () => {
  it('has a catalogue for every language in the switcher', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  for (const { code } of LANGUAGES) {
    describe(code, () => {
      const messages = leaves(CATALOGUES[code]);

      it('has exactly the English keys', () => {
        expect(messages.map(([k]) => k).sort()).toEqual([...english.keys()].sort());
      });

      it('parses as ICU and uses the same arguments as English', () => {
        for (const [key, message] of messages) {
          const expected = argumentsOf(parse(english.get(key) as string, 'en'));
          expect([...argumentsOf(parse(message, code))].sort(), `${code} ${key}`).toEqual([...expected].sort());
        }
      });

      it('is translated, not copied from English, for most messages', () => {
        if (code === 'en') return;
        const same = messages.filter(([k, v]) => v === english.get(k) && v.length > 3);
        expect(same.length / messages.length).toBeLessThan(0.05);
      });
    });
  }

  it('formats plurals by the language rules', () => {
    const format = (code: 'ar' | 'sl' | 'hr', n: number) =>
      new IntlMessageFormat(CATALOGUES[code].dashboard.openCount, code).format({ count: n });
    expect(format('ar', 2)).toBe('حالتان مفتوحتان');
    expect(format('ar', 5)).toMatch(/^(5|٥) حالات مفتوحة$/);
    expect(format('ar', 11)).toMatch(/^(11|١١) حالة مفتوحة$/);
    expect(format('sl', 2)).toBe('2 odprta primera');
    expect(format('hr', 3)).toBe('3 otvorena slučaja');
    expect(format('hr', 5)).toBe('5 otvorenih slučajeva');
  });

  it('derives Serbian Latin from Serbian Cyrillic', () => {
    expect(CATALOGUES['sr-Latn'].nav.cases).toBe('Slučajevi');
    expect(CATALOGUES['sr-Latn'].relationship.daughter).toBe('Ćerka');
  });
});
