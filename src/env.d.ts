declare namespace App {
  interface Locals {
    /** The id of the article a page renders, set by src/pages/articles/[id].astro for its notes. */
    article?: string;
  }
}
