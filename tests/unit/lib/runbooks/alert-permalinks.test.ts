import { describe, expect, it } from 'vitest';
import { isAlertPermalink, unknownAlertRedirect } from '../../../../src/lib/runbooks/alert-permalinks.ts';

describe('alert permalinks', () => {
  it('recognises permalink pages but not the alert index', () => {
    expect(isAlertPermalink('https://example.gov.uk/runbooks/alerts/DiskSpaceLow/')).toBe(true);
    expect(isAlertPermalink('https://example.gov.uk/runbooks/alerts/')).toBe(false);
    expect(isAlertPermalink('https://example.gov.uk/runbooks/disk-nearly-full/')).toBe(false);
  });

  it('sends an unknown alert to the finder, searched for its name', () => {
    expect(unknownAlertRedirect('/runbooks/alerts/mysql_replica_lag/', '/')).toBe(
      '/runbooks/?q=mysql_replica_lag&from=unknown-alert',
    );
    expect(unknownAlertRedirect('/runbooks/alerts/Disk%20Space%20Low', '/')).toBe(
      '/runbooks/?q=Disk%20Space%20Low&from=unknown-alert',
    );
    expect(unknownAlertRedirect('/handbook/runbooks/alerts/X/', '/handbook')).toBe('/handbook/runbooks/?q=X&from=unknown-alert');
  });

  it('leaves every other missing page alone', () => {
    expect(unknownAlertRedirect('/runbooks/alerts/', '/')).toBeNull();
    expect(unknownAlertRedirect('/runbooks/alerts/a/b/', '/')).toBeNull();
    expect(unknownAlertRedirect('/runbooks/nope/', '/')).toBeNull();
    expect(unknownAlertRedirect('/runbooks/alerts/%E0%A4%A/', '/')).toBe('/runbooks/?q=%25E0%25A4%25A&from=unknown-alert');
  });

  it('still works when serialised into the 404 page’s inline script', () => {
    // The 404 page runs unknownAlertRedirect.toString(), so it must not rely on anything in scope.
    const standalone = new Function(`return (${unknownAlertRedirect.toString()})`)() as typeof unknownAlertRedirect;
    expect(standalone('/runbooks/alerts/NoSuchAlert/', '/')).toBe('/runbooks/?q=NoSuchAlert&from=unknown-alert');
  });
});
