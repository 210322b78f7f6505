import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  chosenFilterCount,
  describeResults,
  finderQueryString,
  hasSelection,
  pagefindFilters,
  parseFinderQuery,
  unknownFilterValues,
} from '../../../../src/lib/runbooks/finder-query.ts';

describe('finder URL state', () => {
  it('reads the query and filters, dropping unknown values and keeping vocabulary order', () => {
    expect(parseFinderQuery('?q=+disk+&severity=warning&severity=critical&severity=bogus&platform=govpress,container-hosting')).toEqual({
      q: 'disk',
      severity: ['critical', 'warning'],
      platform: ['govpress', 'container-hosting'],
      service: [],
      from: null,
    });
  });

  it('writes a state back to the same URL it reads', () => {
    const search = '?q=disk+full&severity=critical&platform=govpress&service=storage&service=database';
    const state = parseFinderQuery(search);
    expect(parseFinderQuery(finderQueryString(state))).toEqual(state);
    expect(finderQueryString(state)).toBe('?q=disk+full&severity=critical&platform=govpress&service=database&service=storage');
    expect(finderQueryString(EMPTY_STATE)).toBe('');
  });

  it('remembers that the reader came from an unknown alert, while there is a query', () => {
    const state = parseFinderQuery('?q=mysql_replica_lag&from=unknown-alert');
    expect(state.from).toBe('unknown-alert');
    expect(finderQueryString(state)).toBe('?q=mysql_replica_lag&from=unknown-alert');
    expect(finderQueryString({ ...state, q: '' })).toBe('');
  });

  it('remembers a link to a runbook that is not there, and ignores any other "from"', () => {
    const state = parseFinderQuery('?q=disk+full&from=unknown-runbook');
    expect(state.from).toBe('unknown-runbook');
    expect(finderQueryString(state)).toBe('?q=disk+full&from=unknown-runbook');
    expect(parseFinderQuery('?q=disk&from=<script>').from).toBeNull();
    expect(finderQueryString(parseFinderQuery('?q=disk&from=elsewhere'))).toBe('?q=disk');
  });
});

describe('Pagefind filters', () => {
  it('always limits results to runbooks through the severity filter', () => {
    expect(pagefindFilters(EMPTY_STATE)).toEqual({ Severity: { any: ['Critical', 'Warning', 'Info'] } });
  });

  it('offers alternatives within a group and combines groups', () => {
    const state = { ...EMPTY_STATE, severity: ['critical'], platform: ['govpress', 'secure-wordpress'], service: ['dns'] };
    expect(pagefindFilters(state)).toEqual({
      Severity: { any: ['Critical'] },
      Platform: { any: ['GovPress managed WordPress hosting', 'Secure WordPress hosting (blogs and campaign multisites)'] },
      Service: { any: ['DNS'] },
    });
  });
});

describe('result summary', () => {
  it('describes what is shown for the live region', () => {
    expect(describeResults(19, EMPTY_STATE)).toBe('Showing all 19 runbooks');
    expect(describeResults(1, { ...EMPTY_STATE, q: 'disk' })).toBe('1 runbook matches “disk”');
    expect(describeResults(3, { ...EMPTY_STATE, q: 'disk', severity: ['critical', 'warning'] })).toBe(
      '3 runbooks match “disk” and 2 filters',
    );
    expect(describeResults(0, { ...EMPTY_STATE, platform: ['govpress'] })).toBe('No runbooks match 1 filter');
  });

  it('counts the filter values ticked across every group, not the search words', () => {
    expect(chosenFilterCount(EMPTY_STATE)).toBe(0);
    expect(chosenFilterCount({ ...EMPTY_STATE, q: 'disk' })).toBe(0);
    expect(chosenFilterCount({ ...EMPTY_STATE, severity: ['critical', 'warning'], platform: ['govpress'], service: ['dns'] })).toBe(4);
  });

  it('knows when anything is selected', () => {
    expect(hasSelection(EMPTY_STATE)).toBe(false);
    expect(hasSelection({ ...EMPTY_STATE, service: ['dns'] })).toBe(true);
  });
});

describe('filter values a link asks for that the finder does not have', () => {
  it('are listed with their group, once each, so the finder can say it left them out', () => {
    const search = '?severity=critical&severity=bogus,bogus&platform=%3Csvg%20onload%3Dx%3E&service=storage&q=disk';
    expect(unknownFilterValues(search).map(({ facet, value }) => [facet.key, value])).toEqual([
      ['severity', 'bogus'],
      ['platform', '<svg onload=x>'],
    ]);
  });

  it('are none for a link the finder wrote itself', () => {
    expect(unknownFilterValues('?q=x&severity=critical&platform=govpress&service=database')).toEqual([]);
    expect(unknownFilterValues('?severity=')).toEqual([]);
  });
});
