/**
 * The Handlebars environment: HTML escaping off (the output is TypeScript), strict lookups,
 * built-in helpers only. Templates are compiled once per process.
 */
import { join } from "node:path";
import Handlebars from "handlebars";
import { packageRoot, readTree } from "./package-assets.js";
import type { ClassFileView, IndexFileView } from "./view-model.js";

const COMPILE_OPTIONS: CompileOptions = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: {},
  preventIndent: false,
};

interface Renderers {
  readonly classFile: (view: ClassFileView) => string;
  readonly indexFile: (view: IndexFileView) => string;
}

let renderers: Renderers | undefined;

/** Builds renderers from template sources keyed by path (`class.hbs`, `partials/jsdoc.hbs`, ...). */
export function createRenderers(templates: ReadonlyMap<string, string>): Renderers {
  const env = Handlebars.create();
  const partials = [...templates.keys()].filter((p) => p.startsWith("partials/")).sort();
  for (const path of partials) {
    const name = path.slice("partials/".length, -".hbs".length);
    env.registerPartial(name, env.compile(templates.get(path) ?? "", COMPILE_OPTIONS));
  }
  const compile = (path: string) => {
    const source = templates.get(path);
    if (source === undefined) throw new Error(`mofgen template ${path} is missing`);
    return env.compile(source, COMPILE_OPTIONS);
  };
  const classTemplate = compile("class.hbs");
  const indexTemplate = compile("index.hbs");
  return {
    classFile: (view) => classTemplate(view),
    indexFile: (view) => indexTemplate(view),
  };
}

/** The renderers over the templates shipped with mofgen. */
export function defaultRenderers(): Renderers {
  renderers ??= createRenderers(readTree(join(packageRoot(), "templates"), [".hbs"]));
  return renderers;
}
