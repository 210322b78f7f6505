import { decodeHTMLAttribute } from 'entities';

/** What one built HTML page links to, and what its links can point at. */
export interface PageLinks {
  /** The href of every <a> and <area>, entities decoded. */
  links: string[];
  /** Every id on the page, and every <a name>: the targets of a #fragment. */
  anchors: Set<string>;
  /** Where a <meta http-equiv="refresh"> sends the reader, when the page is a redirect. */
  redirect?: string;
}

// Why not a full HTML parser: with htmlparser2 the check took about 0.6 s of CPU in a 200-page
// build (4% of it), with this about 0.25 s, and the build-time target is tight. Links and ids are
// all in start tags, so this reads only those, with the HTML tokenizer's rules for the parts that
// matter: comments and the text of raw-text elements are not markup, attribute values may be
// double-, single- or un-quoted (and may contain ">"), names are case-insensitive, and
// character references are decoded as the HTML standard decodes them in attributes.

/** Comments, and the content of elements the tokenizer never reads tags in (their start tag, $1, stays). */
const NOT_MARKUP = /<!--[\s\S]*?-->|(<(script|style|textarea|title)\b(?:"[^"]*"|'[^']*'|[^'">])*>)[\s\S]*?<\/\2\s*>/gi;
/** A start tag: its name, and everything up to the ">" that is not inside a quoted value. */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
/** One attribute: its name, and its value when it has one (double-, single- or un-quoted). */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Attributes worth reading; a tag without any of these is skipped without splitting. */
const WANTED = /\b(?:id|href|name|http-equiv)\s*=/i;

/** The attributes of one start tag, names lower-cased and values decoded; the first of a repeated name wins. */
function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeHTMLAttribute(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** The links and anchors of one HTML document. */
export function readPageLinks(html: string): PageLinks {
  const page: PageLinks = { links: [], anchors: new Set() };
  for (const [, tagName, source] of html.replace(NOT_MARKUP, '$1').matchAll(START_TAG)) {
    if (!source || !WANTED.test(source)) continue;
    const name = tagName!.toLowerCase();
    const attributes = attributesOf(source);
    const id = attributes.get('id');
    if (id) page.anchors.add(id);
    if (name === 'a' && attributes.get('name')) page.anchors.add(attributes.get('name')!);
    if ((name === 'a' || name === 'area') && attributes.has('href')) page.links.push(attributes.get('href')!);
    if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]*)/i.exec(attributes.get('content') ?? '')?.[1];
      if (target) page.redirect = target.trim();
    }
  }
  return page;
}

/** The built site, as the link check sees it. */
export interface BuiltSite {
  /**
   * The address of the site's root, with its base path if it has one: absolute links to it (and
   * webcal: ones) are checked too, and links elsewhere on the same host are left alone.
   */
  site: URL;
  /** Every file the build wrote, by URL path: "/feeds/support.ics", "/rota/index.html". */
  files: ReadonlySet<string>;
  /** Every HTML page, by URL path ("/rota/", "/404.html"). */
  pages: ReadonlyMap<string, PageLinks>;
}

export interface BrokenLink {
  /** The URL path of the page with the link. */
  page: string;
  /** The link as written. */
  link: string;
  reason: string;
}

/** "rota/index.html" → "/rota/": the URL path of a file in the build output, under the site's base path. */
export function filePath(file: string, base = '/'): string {
  return `${base.replace(/\/*$/, '/')}${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
}

/** "/rota/index.html" → "/rota/", "/404.html" → "/404.html": the address an HTML file is served at. */
export function pagePath(path: string): string {
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Fragments that need no element: the HTML standard scrolls to the top for "" and "top". */
const TOP_OF_PAGE = new Set(['', 'top']);

/**
 * Every internal link in the built site that leads nowhere: no file at its address, or a #fragment
 * with no element of that id on the page. Checked against what the build actually wrote, so links
 * from Markdown, components, islands' server HTML and generated pages are all covered. Links to
 * other sites, mailto: and tel: are not checked (that needs the network, and builds must not).
 */
export function findBrokenLinks(built: BuiltSite): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of built.pages) {
    const pageUrl = new URL(page, built.site);
    for (const link of links) {
      const reason = problemWith(link, pageUrl, built);
      if (reason) broken.push({ page, link, reason });
    }
  }
  return broken;
}

function problemWith(link: string, pageUrl: URL, built: BuiltSite): string | undefined {
  const written = link.trim();
  if (written === '') return undefined;
  let url: URL;
  try {
    url = new URL(written.replace(/^webcal:/i, 'https:'), pageUrl);
  } catch {
    return 'not a valid address';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.host !== built.site.host || !url.pathname.startsWith(built.site.pathname)) return undefined;
  let path: string;
  let fragment: string;
  try {
    path = decodeURIComponent(url.pathname);
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return 'its address has a broken %-escape';
  }
  if (path.endsWith('/')) {
    if (!built.files.has(`${path}index.html`)) return `no page was built at ${path}`;
  } else if (!built.files.has(path)) {
    return built.files.has(`${path}/index.html`)
      ? `the page's address is ${path}/ (this site's addresses end in /)`
      : `no page or file was built at ${path}`;
  }
  if (TOP_OF_PAGE.has(fragment.toLowerCase())) return undefined;
  const target = built.pages.get(path) ?? built.pages.get(`${path}index.html`);
  if (!target) return undefined; // a file that is not a page (a feed, JSON): it has no anchors to check
  const landing = target.redirect ? redirectTarget(target.redirect, new URL(path, built.site), built) : { path, page: target };
  if (typeof landing === 'string') return `${path} redirects to "${target.redirect}", which ${landing}`;
  if (!landing) return undefined; // redirects away from the site, or to a missing page reported on its own
  if (!landing.page.anchors.has(fragment)) return `${landing.path} has no element with id "${fragment}"`;
  return undefined;
}

/** The page a redirect lands on, nothing when it leaves the site or lands on no page, or why it cannot be followed. */
function redirectTarget(redirect: string, from: URL, built: BuiltSite): { path: string; page: PageLinks } | string | undefined {
  let url: URL;
  try {
    url = new URL(redirect, from);
  } catch {
    return 'is not a valid address';
  }
  if (url.host !== built.site.host) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'has a broken %-escape';
  }
  const page = built.pages.get(path);
  return page ? { path, page } : undefined;
}
