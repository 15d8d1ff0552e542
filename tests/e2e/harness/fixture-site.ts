/**
 * The fake web the browsers see: every TechFlow page fixture (`tests/fixtures/pages/index.json`) at
 * its real address, the harness's own test pages, a stand-in for the site's stylesheet, placeholders
 * for images and scripts, and a 404 page for anything else. Both drivers answer requests from here, so Chromium and Firefox see the same site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, pageFixtures } from '../../fixtures/pages/fixtures';
import { REPO_ROOT } from './browsers';

/** A page the site serves: a file and its address. */
export interface ServedPage {
  /** The fixture's name in `index.json`, or the harness page's own name. */
  name: string;
  path: string;
  url: string;
  status: number;
}

/** Pages for testing the harness itself, on a site the extension never touches. */
const HARNESS_PAGES: readonly ServedPage[] = [
  {
    name: 'harness-reader-actions',
    path: join(REPO_ROOT, 'tests', 'fixtures', 'harness', 'reader-actions.html'),
    url: 'https://example.org/harness/reader-actions',
    status: 200,
  },
];

export interface SiteResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/** Images the fixtures reference (covers, avatars) get this, so pages load without network errors. */
const PLACEHOLDER_IMAGE = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="100%" height="100%" fill="#d9dde3"/></svg>',
);
const IMAGE_PATH = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;
/** TechFlow's stylesheet stand-in, for the current site's CSS bundles. */
const SITE_STYLESHEET = join(REPO_ROOT, 'tests', 'fixtures', 'site', 'techflow.css');
const SITE_CSS_PATH = /^\/_next\/static\/css\/[\w-]+\.css$/;
/** Other scripts and styles are served empty: the fixtures carry their content server-rendered. */
const EMPTY_ASSETS: ReadonlyArray<[RegExp, string]> = [
  [/\.m?js$/i, 'text/javascript'],
  [/\.css$/i, 'text/css'],
];

const NOT_FOUND_PAGE = Buffer.from(
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404: This page could not be found.</title></head>' +
    '<body><main><h1>404</h1><p>This page could not be found.</p></main></body></html>',
);

/** Scheme is left out: Firefox is served over http, Chromium over https, and both must find the page. */
function addressKey(url: URL): string {
  return `${url.host.toLowerCase()}${url.pathname}${url.search}`;
}

export class FixtureSite {
  readonly pages: readonly ServedPage[];
  private readonly pageByAddress = new Map<string, ServedPage>();

  constructor() {
    this.pages = [
      ...pageFixtures.map((fixture) => ({
        name: fixture.name,
        path: join(PAGES_DIR, fixture.file),
        url: fixture.url,
        // The site's 404 page comes with a 404 status, as from the real server.
        status: fixture.kind === 'not-found' ? 404 : 200,
      })),
      ...HARNESS_PAGES,
    ];
    for (const page of this.pages) this.pageByAddress.set(addressKey(new URL(page.url)), page);
  }

  /** The address of a page by its fixture name (`fr-FR-podcast`, `zh-CN-list`, …). */
  urlOf(name: string): string {
    const page = this.pages.find((candidate) => candidate.name === name);
    if (!page) throw new Error(`No page named ${name} in tests/fixtures/pages/index.json or the harness pages.`);
    return page.url;
  }

  /** The page at `url`: exact address first, then the same path without its query string. */
  pageAt(url: URL): ServedPage | undefined {
    return this.pageByAddress.get(addressKey(url)) ?? this.pageByAddress.get(addressKey(new URL(url.pathname, url)));
  }

  respond(url: URL): SiteResponse {
    const page = this.pageAt(url);
    if (page) return { status: page.status, contentType: 'text/html; charset=utf-8', body: readFileSync(page.path) };
    if (url.pathname === '/favicon.ico') return { status: 204, contentType: 'image/x-icon', body: Buffer.alloc(0) };
    if (IMAGE_PATH.test(url.pathname)) return { status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE };
    if (SITE_CSS_PATH.test(url.pathname) && url.hostname.endsWith('techflowpost.com')) {
      return { status: 200, contentType: 'text/css', body: readFileSync(SITE_STYLESHEET) };
    }
    const asset = EMPTY_ASSETS.find(([pattern]) => pattern.test(url.pathname));
    if (asset) return { status: 200, contentType: asset[1], body: Buffer.alloc(0) };
    return { status: 404, contentType: 'text/html; charset=utf-8', body: NOT_FOUND_PAGE };
  }
}
