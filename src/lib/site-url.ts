import { joinBase } from './urls';

/** Base-aware link for templates: `href(routes.term('ipo'))`. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL on the configured site, for canonical links, feeds and share cards. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'https://trillion-explainer.example.org').toString();
}
