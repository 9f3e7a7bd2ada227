/**
 * The Handlebars environment: HTML escaping off (the output is TypeScript), strict lookups,
 * built-in helpers only. Templates are compiled once per process.
 */
import { join } from "node:path";
import Handlebars from "handlebars";
import { closestMatch } from "../diagnostics/closest-match.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { TemplateOverrides } from "./emit-options.js";
import { packageRoot, readTree } from "./package-assets.js";
import type { ClassFileView, IndexFileView, SchemaFileView } from "./view-model.js";

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
  readonly schemaFile: (view: SchemaFileView) => string;
}

let renderers: Renderers | undefined;
let builtInTemplates: ReadonlyMap<string, string> | undefined;

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
  const schemaTemplate = compile("schema.hbs");
  return {
    classFile: (view) => classTemplate(view),
    indexFile: (view) => indexTemplate(view),
    schemaFile: (view) => schemaTemplate(view),
  };
}

/** The renderers over the templates shipped with mofgen. */
export function defaultRenderers(): Renderers {
  renderers ??= createRenderers(builtIns());
  return renderers;
}

function builtIns(): ReadonlyMap<string, string> {
  builtInTemplates ??= readTree(join(packageRoot(), "templates"), [".hbs"]);
  return builtInTemplates;
}

/** Compiled override sets by directory; an entry is reused while the files are unchanged. */
interface CompiledOverrides {
  readonly files: ReadonlyMap<string, string>;
  readonly renderers: Renderers;
}
const overrideCache = new Map<string, CompiledOverrides>();

/**
 * The renderers for one run: the built-in ones, or the built-in templates with `overrides`
 * replacing some by path. An override that does not compile is an error naming the file
 * (`undefined` is returned then); one that fails while rendering is reported once and renders
 * nothing, so the run stops with a diagnostic rather than an exception.
 */
export function selectRenderers(
  overrides: TemplateOverrides | undefined,
  diagnostics: Diagnostic[],
): Renderers | undefined {
  if (overrides === undefined) return defaultRenderers();
  const builtIn = builtIns();
  const known = [...builtIn.keys()];
  let compiles = true;
  for (const [file, source] of overrides.files) {
    const where = `${overrides.dir}/${file}`;
    if (!builtIn.has(file)) {
      const suggestion = closestMatch(file, known);
      const hint = suggestion === undefined ? "" : `; did you mean '${suggestion}'?`;
      diagnostics.push(
        makeDiagnostic("MOF5203", `template '${where}' replaces no built-in template${hint}`),
      );
      continue;
    }
    try {
      Handlebars.create().precompile(source, COMPILE_OPTIONS);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(
        makeDiagnostic("MOF5202", `template '${where}' does not compile: ${reason}`),
      );
      compiles = false;
    }
  }
  if (!compiles) return undefined;
  const cached = overrideCache.get(overrides.dir);
  const compiled =
    cached !== undefined && sameFiles(cached.files, overrides.files)
      ? cached.renderers
      : createRenderers(new Map([...builtIn, ...overrides.files]));
  overrideCache.set(overrides.dir, { files: overrides.files, renderers: compiled });
  let failed = false;
  const guard =
    <V>(render: (view: V) => string) =>
    (view: V): string => {
      try {
        return render(view);
      } catch (error) {
        if (!failed) {
          const reason = error instanceof Error ? error.message : String(error);
          diagnostics.push(
            makeDiagnostic(
              "MOF5204",
              `the templates in '${overrides.dir}' failed while rendering: ${reason}`,
            ),
          );
        }
        failed = true;
        return "";
      }
    };
  return {
    classFile: guard(compiled.classFile),
    indexFile: guard(compiled.indexFile),
    schemaFile: guard(compiled.schemaFile),
  };
}

function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([file, source]) => b.get(file) === source);
}
