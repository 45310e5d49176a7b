import { joinBase } from './urls';

/** Base-aware link for templates: `href(routes.term('ipo'))`. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/**
 * Absolute URL on the configured site (SITE_URL), for canonical links and share cards. Undefined
 * when no site URL was given: a made-up origin in a canonical link or a citation would send readers
 * and search engines to a site that does not exist, so callers leave the URL out instead.
 */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(href(path), site).toString() : undefined;
}

/** For links that must exist even without a site URL (feed, sitemap): absolute when the origin is known, else a path from the root. */
export function linkUrl(path: string, site: URL | undefined): string {
  return absoluteUrl(path, site) ?? href(path);
}
