// The fixture's model from the pages: which classes exist, in which order, and the members
// each one declares.

import { synthesizeBases, topologicalOrder, undocumentedTargets } from "./class-hierarchy.mjs";
import { lower } from "./page-text.mjs";
import { placeMembers } from "./place-members.mjs";
import { loadPages } from "./read-pages.mjs";
import { report } from "./report.mjs";

export function buildModel(pagesDir) {
  const { classPages, methodPages } = loadPages(pagesDir);
  const pages = [...classPages, ...synthesizeBases(classPages)];
  const byName = new Map(pages.map((c) => [lower(c.name), c]));
  const methodsByClass = new Map();
  for (const m of methodPages) {
    const key = lower(m.className);
    if (!byName.has(key)) report.unparsed.push(`${m.file}: class ${m.className} has no page`);
    if (!methodsByClass.has(key)) methodsByClass.set(key, []);
    methodsByClass.get(key).push(m);
  }
  const order = topologicalOrder(pages, byName);
  const { classes, stats } = placeMembers(order, pages, byName, methodsByClass);
  const placeholders = undocumentedTargets(classes);
  return { order, classes, placeholders, stats, methodPages, classPages };
}
