// Makes a content folder N times the size of content/: every article, term, dataset and claim is
// copied N times under new ids, with every reference between them renamed to match, so the copy
// builds exactly like the real site, only bigger. Used by the benchmark to show how build time grows.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

const listIds = (folder, extension) => readdirSync(folder).filter((name) => name.endsWith(extension)).map((name) => basename(name, extension));

export function makeSyntheticContent(source, target, copies) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(source, 'sources'), join(target, 'sources'), { recursive: true });
  cpSync(join(source, 'site.yaml'), join(target, 'site.yaml'));
  // Shared by every copy, named by ids the copies keep: the public record, forecast tables and
  // calculator defaults. The corrections log points at notes of the real articles, so it stays out.
  for (const folder of ['references', 'forecasts', 'calculators']) {
    if (existsSync(join(source, folder))) cpSync(join(source, folder), join(target, folder), { recursive: true });
  }
  const terms = new Set(listIds(join(source, 'glossary'), '.md'));
  const datasets = new Set(listIds(join(source, 'datasets'), '.yaml'));
  const articles = new Set(listIds(join(source, 'articles'), '.mdx'));
  const claimFiles = readdirSync(join(source, 'claims')).filter((name) => name.endsWith('.yaml'));
  const claims = new Set(claimFiles.flatMap((name) => parse(readFileSync(join(source, 'claims', name), 'utf8')).map((claim) => claim.id)));
  const known = new Set([...terms, ...datasets, ...articles, ...claims]);

  for (let copy = 1; copy <= copies; copy++) {
    const rename = (id) => (known.has(id) ? `${id}-copy${copy}` : id);
    const renameList = (list) => list.replace(/[\w-]+/g, (id) => rename(id));
    const rewrite = (text) =>
      text
        // Component attributes in MDX: <Term id="…">, claim="…", dataset="…", term="…", article="…".
        .replace(/\b(id|claim|dataset|term|article)="([^"]+)"/g, (_, name, id) => `${name}="${rename(id)}"`)
        // YAML scalars that hold ids, quoted or not.
        .replace(/^(\s*-?\s*(?:id|claim|explainer):\s*)"?([\w-]+)"?/gm, (_, prefix, id) => `${prefix}"${rename(id)}"`)
        // Inline YAML lists of ids.
        .replace(/^(\s*(?:related|compare|keyFigures):\s*)\[(.*)\]/gm, (_, prefix, list) => `${prefix}[${renameList(list)}]`)
        // Inline flow mappings in datasets: { …, claim: "…" }.
        .replace(/(claim:\s*)"?([\w-]+)"?(\s*[,}])/g, (_, prefix, id, end) => `${prefix}"${rename(id)}"${end}`)
        // Each copy its own title, so its share image differs too: identical copies would let the
        // image cache draw one image for fifty pages and flatter the cold build.
        .replace(/^(title|term):\s*("?)(.*?)\2\s*$/m, (_, field, quote, value) => `${field}: ${quote}${value} (copy ${copy})${quote}`);
    for (const folder of ['glossary', 'datasets', 'articles']) {
      mkdirSync(join(target, folder), { recursive: true });
      for (const name of readdirSync(join(source, folder))) {
        const extension = name.slice(name.indexOf('.'));
        const id = basename(name, extension);
        writeFileSync(join(target, folder, `${rename(id)}${extension}`), rewrite(readFileSync(join(source, folder, name), 'utf8')));
      }
    }
    mkdirSync(join(target, 'claims'), { recursive: true });
    for (const name of claimFiles) {
      writeFileSync(join(target, 'claims', `${basename(name, '.yaml')}-copy${copy}.yaml`), rewrite(readFileSync(join(source, 'claims', name), 'utf8')));
    }
  }
  return { articles: articles.size * copies, terms: terms.size * copies, datasets: datasets.size * copies, claims: claims.size * copies };
}
