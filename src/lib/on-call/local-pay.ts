/**
 * The money side of on-call pay, which never goes in the repository or on the site: a base hourly
 * rate from the environment (ON_CALL_BASE_RATE) or from the git-ignored file
 * content/rota/on-call.local.yaml (`baseRate`, optional `currency: GBP`). The environment
 * wins. Without either, reports give hours only.
 */
export interface BasePay {
  /** Minor units (pence) per hour, so sums are exact. */
  ratePerHour: number;
  currency: string;
  /** Where the rate came from, for the report's footnote. */
  source: string;
}

/** "12.50", "12.5", 12.5 or "£12.50" to 1250 pence; undefined when it is not an amount. */
export function parseBaseRate(value: string | number): number | undefined {
  const text = String(value).trim().replace(/^£/, '');
  const match = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || 0);
  return pence > 0 ? pence : undefined;
}

/** 123456 pence in GBP as "1234.56": plain figures for CSV and JSON; tables add the symbol. */
export function formatMinor(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function formatMoney(amount: number, currency: string): string {
  const symbol = currency === 'GBP' ? '£' : `${currency} `;
  const [whole, pence] = formatMinor(amount).split('.') as [string, string];
  return `${symbol}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${pence}`;
}
