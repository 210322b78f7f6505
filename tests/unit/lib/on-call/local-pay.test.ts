import { describe, expect, it } from 'vitest';
import { formatMinor, formatMoney, parseBaseRate } from '../../../../src/lib/on-call/local-pay.ts';

describe('base rate', () => {
  it.each([
    ['12.50', 1250],
    ['12.5', 1250],
    ['12', 1200],
    [12.5, 1250],
    ['£9.05', 905],
    [' 20.00 ', 2000],
  ])('%j is %i pence an hour', (value, pence) => expect(parseBaseRate(value)).toBe(pence));

  it.each(['', 'lots', '12.505', '-3', '0', '1,000'])('refuses %j', (value) => expect(parseBaseRate(value)).toBeUndefined());

  it('formats pence as plain figures and as money', () => {
    expect(formatMinor(340_000)).toBe('3400.00');
    expect(formatMinor(5)).toBe('0.05');
    expect(formatMoney(123_456_789, 'GBP')).toBe('£1,234,567.89');
    expect(formatMoney(1250, 'EUR')).toBe('EUR 12.50');
  });
});
