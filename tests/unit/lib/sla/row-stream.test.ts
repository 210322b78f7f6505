import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRowSplitter } from '../../../../src/lib/sla/row-stream.ts';

/** Splits `text` fed in pieces cut at `cuts`. */
function split(text: string, separator: string, cuts: number[]): string[][] {
  const splitter = createRowSplitter(separator);
  const rows: string[][] = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < text.length)].sort((a, b) => a - b)) {
    rows.push(...splitter.push(text.slice(from, cut)));
    from = cut;
  }
  rows.push(...splitter.push(text.slice(from)), ...splitter.end());
  return rows;
}

describe('splitting rows as they stream in', () => {
  it('gives the same rows as d3-dsv for the helpdesk exports, however the chunks fall', () => {
    for (const name of ['zendesk', 'jira', 'freshdesk']) {
      const text = readFileSync(`tests/fixtures/sla-exports/${name}.csv`, 'utf8');
      const expected = dsvFormat(',').parseRows(text);
      for (const step of [1, 7, 64, 100_000]) {
        const cuts = Array.from({ length: Math.ceil(text.length / step) }, (_, i) => i * step);
        expect(split(text, ',', cuts)).toEqual(expected);
      }
    }
  });

  it('handles quotes, doubled quotes, separators and line breaks inside fields, CRLF and a byte-order mark', () => {
    expect(split('\uFEFFa;"b;c";"say ""hi"""\r\n"two\nlines";x\r\nlast', ';', [3, 9, 15])).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['two\nlines', 'x'],
      ['last'],
    ]);
  });

  it('agrees with d3-dsv on any well-formed text, cut anywhere', () => {
    const cell = fc.stringMatching(/^[a-c,"\n ]{0,6}$/);
    const row = fc.array(cell, { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(80), { maxLength: 5 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, cuts, eol) => {
          const text = rows.map((r) => dsvFormat(',').formatRows([r])).join(eol);
          expect(split(text, ',', cuts)).toEqual(dsvFormat(',').parseRows(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});
