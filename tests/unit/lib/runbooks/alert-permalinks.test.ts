import { describe, expect, it } from 'vitest';
import { isAlertPermalink, missingAlert, missingRunbookRedirect } from '../../../../src/lib/runbooks/alert-permalinks.ts';

describe('alert permalinks', () => {
  it('recognises permalink pages but not the alert index', () => {
    expect(isAlertPermalink('https://example.gov.uk/runbooks/alerts/DiskSpaceLow/')).toBe(true);
    expect(isAlertPermalink('https://example.gov.uk/runbooks/alerts/')).toBe(false);
    expect(isAlertPermalink('https://example.gov.uk/runbooks/disk-nearly-full/')).toBe(false);
  });

  it('does not send an unknown alert anywhere: the 404 page says it has no runbook', () => {
    expect(missingRunbookRedirect('/runbooks/alerts/mysql_replica_lag/', '/')).toBeNull();
  });

  it('names an unknown alert and searches the finder for the words of its name', () => {
    expect(missingAlert('/runbooks/alerts/mysql_replication_lag_high/', '/')).toEqual({
      name: 'mysql_replication_lag_high',
      finder: '/runbooks/?q=mysql%20replication%20lag%20high&from=unknown-alert',
    });
    expect(missingAlert('/runbooks/alerts/MySQLReplicationLagHigh', '/')?.finder).toBe(
      '/runbooks/?q=my%20sql%20replication%20lag%20high&from=unknown-alert',
    );
    expect(missingAlert('/runbooks/alerts/HTTP5xxRate/', '/')?.finder).toBe('/runbooks/?q=http5xx%20rate&from=unknown-alert');
    expect(missingAlert('/runbooks/alerts/Disk%20Space%20Low', '/')).toEqual({
      name: 'Disk Space Low',
      finder: '/runbooks/?q=disk%20space%20low&from=unknown-alert',
    });
    expect(missingAlert('/handbook/runbooks/alerts/X/', '/handbook')?.finder).toBe('/handbook/runbooks/?q=x&from=unknown-alert');
    expect(missingAlert('/runbooks/alerts/%E0%A4%A/', '/')?.name).toBe('%E0%A4%A');
  });

  it('is not about any other address', () => {
    for (const path of ['/runbooks/alerts/', '/runbooks/alerts/a/b/', '/runbooks/disk-full/', '/handbook/nope/']) {
      expect(missingAlert(path, '/')).toBeNull();
    }
  });

  it('sends a link to a runbook that is not there to the finder, searched for the words of its name', () => {
    expect(missingRunbookRedirect('/runbooks/disk-full/', '/')).toBe('/runbooks/?q=disk%20full&from=unknown-runbook');
    expect(missingRunbookRedirect('/runbooks/redis_memory--high', '/')).toBe('/runbooks/?q=redis%20memory%20high&from=unknown-runbook');
    expect(missingRunbookRedirect('/runbooks/disk-full.html', '/')).toBe('/runbooks/?q=disk%20full&from=unknown-runbook');
    expect(missingRunbookRedirect('/handbook/runbooks/old-name/', '/handbook/')).toBe(
      '/handbook/runbooks/?q=old%20name&from=unknown-runbook',
    );
  });

  it('leaves every other missing page alone', () => {
    expect(missingRunbookRedirect('/runbooks/alerts/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/alerts/a/b/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/a/b/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/---/', '/')).toBeNull();
    expect(missingRunbookRedirect('/runbooks/', '/')).toBeNull();
    expect(missingRunbookRedirect('/handbook/nope/', '/')).toBeNull();
  });

  it('still works when serialised into the 404 page’s inline script', () => {
    // The 404 page runs missingRunbookRedirect.toString(), so it must not rely on anything in scope.
    const standalone = new Function(`return (${missingRunbookRedirect.toString()})`)() as typeof missingRunbookRedirect;
    expect(standalone('/runbooks/old-name/', '/')).toBe('/runbooks/?q=old%20name&from=unknown-runbook');
    const alone = new Function(`return (${missingAlert.toString()})`)() as typeof missingAlert;
    expect(alone('/runbooks/alerts/NoSuchAlert/', '/')?.finder).toBe('/runbooks/?q=no%20such%20alert&from=unknown-alert');
  });
});
