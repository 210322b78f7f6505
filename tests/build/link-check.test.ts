// A broken internal link stops the real build with a message naming the source file, the link and
// what is wrong, and no stack trace (src/integrations/link-check.ts, run at the end of the build).
// The fixture, tests/fixtures/broken-links/, adds a handbook page with three kinds of broken link.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, projectCopy, removeWorkDir, run, stackTraceLines, type BadInputCase } from './support/bad-input.ts';

afterAll(removeWorkDir);

const brokenLinks: BadInputCase = {
  kind: 'links',
  name: 'broken',
  dir: join(FIXTURES, '../broken-links'),
  about: 'a handbook page with broken links',
  file: 'content/docs/handbook/broken-links-example.mdx',
  field: [],
  edits: {},
  build: true,
  warning: false,
};

describe('the link check', () => {
  it('stops the build, naming the page’s file, each broken link and why', async () => {
    const { code, output } = await run('npm', ['run', 'build'], projectCopy(brokenLinks));
    expect(code, output).not.toBe(0);
    const source = 'content/docs/handbook/broken-links-example.mdx (page /handbook/broken-links-example/)';
    expect(output).toContain('The built site has 3 broken links:');
    expect(output).toContain(`  - ${source}: link "/handbook/no-such-page/": no page was built at /handbook/no-such-page/`);
    expect(output).toContain(
      `  - ${source}: link "/runbooks/disk-nearly-full/#no-such-section": /runbooks/disk-nearly-full/ has no element with id "no-such-section"`,
    );
    expect(output).toContain(`  - ${source}: link "/sla": the page's address is /sla/ (this site's addresses end in /)`);
    expect(output).not.toContain('/runbooks/disk-nearly-full/":');
    expect(stackTraceLines(output), output).toEqual([]);
  });
});
