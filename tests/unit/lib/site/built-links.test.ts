import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import {
  filePath,
  findBrokenLinks,
  pagePath,
  readPageLinks,
  type BuiltSite,
  type PageLinks,
} from '../../../../src/lib/site/built-links.ts';

const SITE = new URL('https://support.example.gov.uk/');

/** A built site from HTML by URL path, plus other files (feeds, JSON) that are not pages. */
function built(html: Record<string, string>, otherFiles: string[] = [], site = SITE): BuiltSite {
  const pages = new Map<string, PageLinks>();
  const files = new Set(otherFiles);
  for (const [path, source] of Object.entries(html)) {
    files.add(path.endsWith('/') ? `${path}index.html` : path);
    pages.set(path, readPageLinks(source));
  }
  return { site, files, pages };
}

const links = (...hrefs: string[]) => hrefs.map((href) => `<a href="${href}">x</a>`).join('');

describe('readPageLinks', () => {
  it('reads the href of every link and image-map area, with entities decoded', () => {
    const page = readPageLinks(
      `<nav><a href="/a/">A</a><a href="/b/?x=1&amp;y=2">B</a></nav><map><area href="/c/" alt="C"></map><a>no href</a>`,
    );
    expect(page.links).toEqual(['/a/', '/b/?x=1&y=2', '/c/']);
  });

  it('collects ids and <a name> as anchors', () => {
    const page = readPageLinks(`<h2 id="how-to-fix">How</h2><a name="old-anchor"></a><div id="caf&eacute;"></div>`);
    expect([...page.anchors].sort()).toEqual(['café', 'how-to-fix', 'old-anchor']);
  });

  it('does not take markup inside scripts, styles or comments for links', () => {
    const page = readPageLinks(
      `<script>const s = '<a href="/in-script/">'; </script><style>a[href="/in-style/"]{}</style><!-- <a href="/in-comment/"> -->`,
    );
    expect(page.links).toEqual([]);
  });

  it('reads attributes as an HTML parser does: any quoting, any case, ">" inside a value, the first of a repeated name', () => {
    const page = readPageLinks(
      `<A HREF='/single/'>x</A><a href=/bare/>x</a><a title="a > b" href="/after-gt/">x</a>` +
        `<a\n  class="c"\n  href="/newlines/"\n>x</a><a href="/self-closing/"/><a href="/first/" href="/second/">x</a><DIV ID="Upper"></DIV>`,
    );
    expect(page.links).toEqual(['/single/', '/bare/', '/after-gt/', '/newlines/', '/self-closing/', '/first/']);
    expect([...page.anchors]).toEqual(['Upper']);
  });

  it('takes only <a> and <area> links: not <abbr>, <article>, <link> or data-href', () => {
    const page = readPageLinks(
      `<abbr href="/abbr/">x</abbr><article href="/article/"></article><link rel="icon" href="/favicon.svg"><a data-href="/data/">x</a>`,
    );
    expect(page.links).toEqual([]);
  });

  it('does not take the text of <title> or <textarea> for markup, but does read links a <noscript> offers', () => {
    const page = readPageLinks(
      `<title><a href="/in-title/"></title><textarea id="rows"><a href="/in-textarea/"></textarea><noscript><a href="/no-js/">x</a></noscript>`,
    );
    expect(page.links).toEqual(['/no-js/']);
    expect([...page.anchors]).toEqual(['rows']);
  });

  it('reads where a refresh redirect goes', () => {
    expect(readPageLinks(`<meta http-equiv="refresh" content="0; url=/runbooks/disk-nearly-full/">`).redirect).toBe(
      '/runbooks/disk-nearly-full/',
    );
    expect(readPageLinks(`<meta http-equiv="Refresh" content="5;URL='/x/'">`).redirect).toBe('/x/');
    expect(readPageLinks(`<meta name="robots" content="noindex">`).redirect).toBeUndefined();
  });
});

/** What htmlparser2, a full HTML parser, finds: the reference readPageLinks must agree with. */
function parsedLinks(html: string): { links: string[]; anchors: string[] } {
  const links: string[] = [];
  const anchors = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) anchors.add(attributes.id);
        if (name === 'a' && attributes.name) anchors.add(attributes.name);
        if ((name === 'a' || name === 'area') && attributes.href !== undefined) links.push(attributes.href);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { links, anchors: [...anchors].sort() };
}

describe('readPageLinks against a full HTML parser', () => {
  // Documents made of the pieces that trip up a scanner: every way of quoting a value, ">" and
  // entities inside values, upper case, tag-like text in comments, scripts, styles and textareas,
  // tags whose names start with "a", and attributes whose names end in "href" or "id".
  const value = fc.oneof(
    fc.constantFrom('/a/', '/b/#x', 'a > b', 'x&amp;y', '&quot;q&quot;', '&#47;c&#x2F;', 'caf&eacute;', ''),
    fc.stringMatching(/^[a-z0-9/#-]{1,8}$/),
  );
  const attribute = fc
    .tuple(fc.constantFrom('href', 'HREF', 'id', 'ID', 'name', 'class', 'data-href', 'xid', 'title'), value, fc.constantFrom('"', "'", ''))
    .map(([name, v, quote]) =>
      quote === '' && /^[^\s"'=<>`&]+$/.test(v) ? `${name}=${v}` : `${name}=${quote || '"'}${v.replace(quote || '"', '')}${quote || '"'}`,
    );
  const tag = fc.tuple(
    fc.constantFrom('a', 'A', 'area', 'abbr', 'article', 'div', 'h2', 'span', 'meta'),
    fc.array(attribute, { maxLength: 3 }),
    fc.constantFrom('>', ' >', '/>', '\n>'),
  );
  const piece = fc.oneof(
    tag.map(([name, attributes, end]) => `<${name}${attributes.map((a) => ` ${a}`).join('')}${end}`),
    fc.constantFrom(
      '</a>',
      '</div>',
      'text',
      ' & ',
      '<!-- <a href="/in-comment/"> -->',
      '<script>let a = "<a href=\\"/s/\\">";</script>',
      '<style>a[id="s"]{}</style>',
      '<textarea id="t"><a href="/t/"></textarea>',
      '<title><a href="/x/"></title>',
    ),
  );

  it('finds the same links and anchors as htmlparser2 in any mix of them', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const html = pieces.join('');
        const mine = readPageLinks(html);
        expect({ links: mine.links, anchors: [...mine.anchors].sort() }).toEqual(parsedLinks(html));
      }),
      { numRuns: 400 },
    );
  });
});

describe('filePath and pagePath', () => {
  it('give the URL path a built file is served at', () => {
    expect(filePath('rota/index.html')).toBe('/rota/index.html');
    expect(filePath('feeds\\support.ics')).toBe('/feeds/support.ics');
    expect(filePath('rota/index.html', '/handbook')).toBe('/handbook/rota/index.html');
    expect(pagePath('/rota/index.html')).toBe('/rota/');
    expect(pagePath('/index.html')).toBe('/');
    expect(pagePath('/404.html')).toBe('/404.html');
  });
});

describe('findBrokenLinks', () => {
  it('finds nothing wrong when every link leads to a page, file or element that was built', () => {
    const site = built(
      {
        '/':
          `<p id="intro">Hi</p>` +
          links('/rota/', '/rota/#this-week', 'rota/', '/feeds/support.ics', '/api/rota/v1/people.json', '#top', '#', '#intro'),
        '/rota/': `<h2 id="this-week">This week</h2>${links('../', '/', 'https://support.example.gov.uk/rota/#this-week')}`,
      },
      ['/feeds/support.ics', '/api/rota/v1/people.json'],
    );
    expect(findBrokenLinks(site)).toEqual([]);
  });

  it('reports a link to a page that was not built', () => {
    const site = built({ '/': links('/handbook/no-such-page/', 'nope/') });
    expect(findBrokenLinks(site)).toEqual([
      { page: '/', link: '/handbook/no-such-page/', reason: 'no page was built at /handbook/no-such-page/' },
      { page: '/', link: 'nope/', reason: 'no page was built at /nope/' },
    ]);
  });

  it('reports a link to a file that was not built', () => {
    const site = built({ '/': links('/feeds/missing.ics') }, ['/feeds/support.ics']);
    expect(findBrokenLinks(site)).toEqual([
      { page: '/', link: '/feeds/missing.ics', reason: 'no page or file was built at /feeds/missing.ics' },
    ]);
  });

  it('reports a link to a page without its trailing slash, saying what to write', () => {
    const site = built({ '/': links('/sla'), '/sla/': '' });
    expect(findBrokenLinks(site)).toEqual([
      { page: '/', link: '/sla', reason: "the page's address is /sla/ (this site's addresses end in /)" },
    ]);
  });

  it('reports a #fragment that is not an id on the page it points at, this page or another', () => {
    const site = built({
      '/': `<h2 id="here">Here</h2>${links('#nowhere', '/runbooks/disk/#how-to-fx')}`,
      '/runbooks/disk/': '<h2 id="how-to-fix">How to fix</h2>',
    });
    expect(findBrokenLinks(site)).toEqual([
      { page: '/', link: '#nowhere', reason: '/ has no element with id "nowhere"' },
      { page: '/', link: '/runbooks/disk/#how-to-fx', reason: '/runbooks/disk/ has no element with id "how-to-fx"' },
    ]);
  });

  it('checks a fragment against a percent-encoded id', () => {
    const site = built({ '/': `<h2 id="café">x</h2>${links('#caf%C3%A9', '#caf%E9')}` });
    expect(findBrokenLinks(site)).toEqual([{ page: '/', link: '#caf%E9', reason: 'its address has a broken %-escape' }]);
  });

  it('checks a fragment on a redirect page against the page it redirects to', () => {
    const site = built({
      '/': links('/alerts/DiskSpaceLow/#how-to-fix', '/alerts/DiskSpaceLow/#nope'),
      '/alerts/DiskSpaceLow/': '<meta http-equiv="refresh" content="0; url=/runbooks/disk/">',
      '/runbooks/disk/': '<h2 id="how-to-fix">How to fix</h2>',
    });
    expect(findBrokenLinks(site)).toEqual([
      { page: '/', link: '/alerts/DiskSpaceLow/#nope', reason: '/runbooks/disk/ has no element with id "nope"' },
    ]);
  });

  it('reports a redirect it cannot follow instead of stopping with a stack trace', () => {
    const site = built({
      '/': links('/alerts/A/#x', '/alerts/B/#x'),
      '/alerts/A/': '<meta http-equiv="refresh" content="0; url=http://[oops/">',
      '/alerts/B/': '<meta http-equiv="refresh" content="0; url=/runbooks/%E9/">',
    });
    expect(findBrokenLinks(site)).toEqual([
      { page: '/', link: '/alerts/A/#x', reason: '/alerts/A/ redirects to "http://[oops/", which is not a valid address' },
      { page: '/', link: '/alerts/B/#x', reason: '/alerts/B/ redirects to "/runbooks/%E9/", which has a broken %-escape' },
    ]);
  });

  it('ignores fragments on files that are not pages', () => {
    expect(findBrokenLinks(built({ '/': links('/feeds/support.ics#x') }, ['/feeds/support.ics']))).toEqual([]);
  });

  it('checks absolute and webcal: links to the site itself, not to other sites or other schemes', () => {
    const site = built(
      {
        '/': links(
          'https://support.example.gov.uk/gone/',
          'webcal://support.example.gov.uk/feeds/gone.ics',
          'webcal://support.example.gov.uk/feeds/support.ics',
          'https://www.gov.uk/bank-holidays',
          'https://github.com/org/repo/edit/main/content/docs/index.mdx',
          'mailto:support@example.gov.uk',
          'tel:+442079460000',
        ),
      },
      ['/feeds/support.ics'],
    );
    expect(findBrokenLinks(site).map((b) => b.link)).toEqual([
      'https://support.example.gov.uk/gone/',
      'webcal://support.example.gov.uk/feeds/gone.ics',
    ]);
  });

  it('under a base path, checks links within it and leaves the rest of the host alone', () => {
    const base = new URL('https://example.gov.uk/handbook/');
    const site = built({ '/handbook/': links('/handbook/rota/', '/handbook/gone/', '/other-app/'), '/handbook/rota/': '' }, [], base);
    expect(findBrokenLinks(site).map((b) => b.link)).toEqual(['/handbook/gone/']);
  });

  it('does not choke on an address that cannot be parsed', () => {
    const site = built({ '/': links('http://[not-an-address/') });
    expect(findBrokenLinks(site)).toEqual([{ page: '/', link: 'http://[not-an-address/', reason: 'not a valid address' }]);
  });
});
