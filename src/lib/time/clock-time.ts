/** The one rule for a time of day in the data files: 24-hour "HH:mm", quoted in YAML. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const CLOCK_TIME_MESSAGE = 'must be a 24-hour time in quotes, like "10:00"';

/** A local date and time in the data files: "2026-12-23T10:00". */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;

/** The end of working hours that means "to midnight": the day is worked whole. */
export const END_OF_DAY = ['24:00', '23:59'] as const;
export function isEndOfDay(value: string): boolean {
  return (END_OF_DAY as readonly string[]).includes(value);
}
