import type { CivilDate } from '../time/civil-date.ts';

/**
 * Addresses of the calendar feeds, the ways to subscribe to them, and the pages events link back to.
 * Everything is absolute, from the site's published address, because calendar apps fetch feeds and
 * open links from outside the site.
 */

export const FEEDS_DIR = 'feeds';

/** Path of each feed below the site root, e.g. "feeds/people/wei-li.ics". */
export const feedPaths = {
  support: `${FEEDS_DIR}/support.ics`,
  onCall: `${FEEDS_DIR}/on-call.ics`,
  person: (personId: string) => `${FEEDS_DIR}/people/${personId}.ics`,
} as const;

/** What calendar apps call each feed (also the name passed to Outlook when subscribing). */
export const feedNames = {
  support: 'Support rota: first line',
  onCall: 'Support rota: on call',
  person: (name: string) => `Support rota: ${name}`,
} as const;

export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path.replace(/^\//, ''), withSlash(site)).href;
}

export interface SubscribeLinks {
  /** The feed over https, for copying into an app's "add by URL" field. */
  https: string;
  /** The same address as webcal:, which opens the device's calendar app to subscribe. */
  webcal: string;
  google: string;
  /** Outlook on the web with a work or school (Microsoft 365) account. */
  outlook: string;
  /** Outlook.com with a personal Microsoft account. */
  outlookPersonal: string;
}

export function subscribeLinks(feedUrl: string, calendarName: string): SubscribeLinks {
  const webcal = feedUrl.replace(/^https?:/, 'webcal:');
  // Google subscribes from the webcal: form; Outlook wants the http(s) address and a name to show.
  const outlookQuery = `url=${encodeURIComponent(feedUrl)}&name=${encodeURIComponent(calendarName)}`;
  return {
    https: feedUrl,
    webcal,
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.office.com/calendar/0/addfromweb?${outlookQuery}`,
    outlookPersonal: `https://outlook.live.com/calendar/0/addfromweb?${outlookQuery}`,
  };
}

/** The rota page, opened at a week and optionally filtered to one person (the viewer reads both). */
export function rotaPageUrl(site: string | URL, options: { week?: CivilDate | undefined; person?: string | undefined } = {}): string {
  const url = new URL('rota/', withSlash(site));
  if (options.person) url.searchParams.set('person', options.person);
  if (options.week) url.searchParams.set('week', options.week);
  return url.href;
}

export const handbookPages = {
  onCall: 'handbook/on-call/',
  firstLine: 'handbook/first-line-support/',
  calendars: 'handbook/rota-calendars/',
} as const;

function withSlash(site: string | URL): string {
  const href = typeof site === 'string' ? site : site.href;
  return href.endsWith('/') ? href : `${href}/`;
}
