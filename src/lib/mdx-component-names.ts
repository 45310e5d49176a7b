/**
 * The names an MDX long-read may use without importing them, for the content check. Kept apart from
 * components/mdx-components.ts (which must list exactly these, the compiler checks) so that loading
 * the site's data does not import every component: a component's stylesheet goes to every page whose
 * code imports the component, and every page loads the site's data.
 */
export const mdxComponentNames = ['Term', 'Note', 'Chart', 'Calculator', 'Interactive', 'Figure', 'Ref', 'ForecastSystem', 'h2'] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];
