/** Path to a Chromium the tests can drive, or undefined when none is installed. */
export function findChromium(): string | undefined;
