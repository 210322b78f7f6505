import { describe, expect, it } from 'vitest';
import { jsonPathAt } from '../../../../src/lib/opsgenie/json-path.ts';

describe('the JSON path at a place in JSON text', () => {
  const text = '{"data": {"rotations": [{"id": "a"}, {"id": "b", "periods": [1, 2, ';
  it('follows objects and arrays to the value being read', () => {
    expect(jsonPathAt(text, text.length)).toBe('$.data.rotations[1].periods[2]');
    expect(jsonPathAt(text, text.indexOf('"b"'))).toBe('$.data.rotations[1].id');
    expect(jsonPathAt(text, 1)).toBe('$');
  });
  it('is not fooled by brackets and quotes inside strings, and quotes odd keys', () => {
    const tricky = '{"a]\\"{": {"x": "[,{", "y": [';
    expect(jsonPathAt(tricky, tricky.length)).toBe('$["a]\\"{"].y[0]');
  });
});
