import { describe, expect, it } from 'vitest';
import { absoluteUrl, feedPaths, rotaPageUrl, subscribeLinks } from '../../../../src/lib/feeds/links.ts';

describe('feed addresses and subscribe links', () => {
  const url = absoluteUrl('https://support.example.gov.uk', feedPaths.person('wei-li'));

  it('builds absolute addresses from the site, with or without a trailing slash or a base path', () => {
    expect(url).toBe('https://support.example.gov.uk/feeds/people/wei-li.ics');
    expect(absoluteUrl('https://support.example.gov.uk/', feedPaths.onCall)).toBe('https://support.example.gov.uk/feeds/on-call.ics');
    expect(absoluteUrl('https://example.github.io/handbook', feedPaths.support)).toBe(
      'https://example.github.io/handbook/feeds/support.ics',
    );
  });

  it('gives webcal:, Google Calendar and Outlook links for a feed', () => {
    expect(subscribeLinks(url, "Support rota: 李伟 (Wei Li) & O'Neill")).toEqual({
      https: url,
      webcal: 'webcal://support.example.gov.uk/feeds/people/wei-li.ics',
      google: 'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fsupport.example.gov.uk%2Ffeeds%2Fpeople%2Fwei-li.ics',
      outlook:
        "https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fsupport.example.gov.uk%2Ffeeds%2Fpeople%2Fwei-li.ics&name=Support%20rota%3A%20%E6%9D%8E%E4%BC%9F%20(Wei%20Li)%20%26%20O'Neill",
      outlookPersonal:
        "https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fsupport.example.gov.uk%2Ffeeds%2Fpeople%2Fwei-li.ics&name=Support%20rota%3A%20%E6%9D%8E%E4%BC%9F%20(Wei%20Li)%20%26%20O'Neill",
    });
  });

  it('links the rota page at a week, for a person', () => {
    expect(rotaPageUrl('https://support.example.gov.uk')).toBe('https://support.example.gov.uk/rota/');
    expect(rotaPageUrl('https://support.example.gov.uk', { week: '2026-12-23', person: 'wei-li' })).toBe(
      'https://support.example.gov.uk/rota/?person=wei-li&week=2026-12-23',
    );
  });
});
