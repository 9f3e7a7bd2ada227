// Reads every class and method page of the reference directory, in file-name order so that a
// run is reproducible.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseClassPage } from "./class-pages.mjs";
import { parseMethodPage } from "./method-pages.mjs";

export function loadPages(pagesDir) {
  const files = readdirSync(pagesDir)
    .filter((f) => /^(cim|msvm)-[a-z0-9]+(-[a-z0-9]+)?\.md$/.test(f))
    .sort();
  const classPages = [];
  const methodPages = [];
  for (const file of files) {
    const text = readFileSync(path.join(pagesDir, file), "utf8").replace(/\r\n/g, "\n");
    if (file.split("-").length === 2) {
      const c = parseClassPage(file, text);
      if (c) classPages.push(c);
    } else {
      const m = parseMethodPage(file, text);
      if (m) methodPages.push(m);
    }
  }
  return { classPages, methodPages };
}
