/** gov.uk's bank-holiday divisions, as its file keys them: the one list the schemas use. */
export const BANK_HOLIDAY_DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type BankHolidayDivisionId = (typeof BANK_HOLIDAY_DIVISIONS)[number];

/** Holidays past the published list are estimated by rule, and the rules here are this division's. */
export const ESTIMATED_DIVISION: BankHolidayDivisionId = 'england-and-wales';
