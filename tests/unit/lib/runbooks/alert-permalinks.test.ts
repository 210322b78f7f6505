import { describe, expect, it } from 'vitest';
import { isAlertPermalink, missingRunbookRedirect } from '../../../../src/lib/runbooks/alert-permalinks.ts';

describe('alert permalinks', () => {
  it('recognises permalink pages but not the alert index', () => {
    expect(isAlertPermalink('https://example.gov.uk/runbooks/alerts/DiskSpaceLow/')).toBe(true);
    expect(isAlertPermalink('https://example.gov.uk/runbooks/alerts/')).toBe(false);
    expect(isAlertPermalink('https://example.gov.uk/runbooks/disk-nearly-full/')).toBe(false);
  });

  it('sends an unknown alert to the finder, searched for its name', () => {
    expect(missingRunbookRedirect('/runbooks/alerts/mysql_replica_lag/', '/')).toBe(
      '/runbooks/?q=mysql_replica_lag&from=unknown-alert',
    );
    expect(missingRunbookRedirect('/runbooks/alerts/Disk%20Space%20Low', '/')).toBe(
      '/runbooks/?q=Disk%20Space%20Low&from=unknown-alert',
    );
    expect(missingRunbookRedirect('/handbook/runbooks/alerts/X/', '/handbook')).toBe('/handbook/runbooks/?q=X&from=unknown-alert');
  });

  it('sends a link to a runbook that is not there to the finder, searched for the words of its name', () => {
    expect(missingRunbookRedirect('/runbooks/disk-full/', '/')).toBe('/runbooks/?q=disk%20full&from=unknown-runbook');
    expect(missingRunbookRedirect('/runbooks/redis_memory--high', '/')).toBe('/runbooks/?q=redis%20memory%20high&from=unknown-runbook');
    expect(missingRunbookRedirect('/runbooks/disk-full.html', '/')).toBe('/runbooks/?q=disk%20full&from=unknown-runbook');
    expect(missingRunbookRedirect('/handbook/runbooks/old-name/', '/handbook/')).toBe('/handbook/runbooks/?q=old%20name&from=unknown-runbook');
  });

  it('leaves every other missing page alone', () => {
    expect(missingRunbookRedirect('/runbooks/alerts/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/alerts/a/b/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/a/b/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/---/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/', '/')).toBeNull();
    expect(missingRunbookRedirect('/handbook/nope/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/alerts/%E0%A4%A/', '/')).toBe('/runbooks/?q=%25E0%25A4%25A&from=unknown-alert');
  });

  it('still works when serialised into the 404 page’s inline script', () => {
    // The 404 page runs missingRunbookRedirect.toString(), so it must not rely on anything in scope.
    const standalone = new Function(`return (${missingRunbookRedirect.toString()})`)() as typeof missingRunbookRedirect;
    expect(standalone('/runbooks/alerts/NoSuchAlert/', '/')).toBe('/runbooks/?q=NoSuchAlert&from=unknown-alert');
    expect(standalone('/runbooks/old-name/', '/')).toBe('/runbooks/?q=old%20name&from=unknown-runbook');
  });
});
