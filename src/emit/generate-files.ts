/**
 * The emit stage: Schema → plan (view models) → templates → Prettier → an in-memory file map
 * of relative `/`-separated paths. Writing is someone else's job.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import type { CimClass, Schema } from "../model/model.js";
import { checkCollisions, type NameClaim } from "./check-collisions.js";
import { type EmitOptions, resolveEmitOptions } from "./emit-options.js";
import { type FormatFile, serialFormatter } from "./format-typescript.js";
import { SCHEMA_FILE_STEM } from "./module-scope.js";
import { bindingName, compareCodePoints } from "./names.js";
import { planClassFile } from "./plan-class.js";
import { planHeader } from "./plan-header.js";
import { planSchemaFile, SCHEMA_EXPORTS, SCHEMA_FILE } from "./plan-schema.js";
import { selectRenderers } from "./render-templates.js";
import { loadRuntimeSources } from "./runtime-sources.js";
import { classFileStem } from "./symbol-names.js";
import type { ClassFileView } from "./view-model.js";

export interface GeneratedFiles {
  readonly files: ReadonlyMap<string, string>;
  readonly diagnostics: Diagnostic[];
}

/**
 * @param options - emit options; missing ones take their defaults (see `resolveEmitOptions`)
 * @param format - formats one file (unused when `options.format` is false); each file is handed
 *   over as soon as it is rendered, so a formatter running elsewhere overlaps with rendering
 */
export async function generateFiles(
  schema: Schema,
  partialOptions: Partial<EmitOptions> = {},
  format: FormatFile = serialFormatter(),
): Promise<GeneratedFiles> {
  const options = resolveEmitOptions(partialOptions);
  const diagnostics: Diagnostic[] = [];
  const renderers = selectRenderers(options.templates, diagnostics);
  if (renderers === undefined) return { files: new Map(), diagnostics };
  const classes = emittedClasses(schema, options.classes);
  const rendered = new Map<string, Promise<Formatted>>();
  const submit = (path: string, source: string) =>
    rendered.set(
      path,
      options.format ? formatOrReport(format, path, source) : Promise.resolve({ text: source }),
    );
  const symbolClaims: NameClaim[] = [];
  const fileClaims: NameClaim[] = [
    { name: "index.ts", owner: "the index module", span: undefined },
  ];

  for (const cls of classes) {
    const symbol = bindingName(cls.name);
    if (symbol !== cls.name) {
      diagnostics.push(
        makeDiagnostic(
          "MOF4002",
          `class '${cls.name}' cannot be a TypeScript name as it is; it is exported as '${symbol}'`,
          cls.span,
        ),
      );
    }
    const view = planClassFile(cls, schema, options, diagnostics);
    const path = `${classFileStem(cls.name)}.ts`;
    fileClaims.push({ name: path, owner: `class ${cls.name}`, span: cls.span });
    symbolClaims.push(
      ...exportedNames(view).map((name) => ({ name, owner: `class ${cls.name}`, span: cls.span })),
    );
    submit(path, renderers.classFile(view));
  }
  const modules = [...classes.map((c) => classFileStem(c.name)), SCHEMA_FILE_STEM].map((stem) =>
    JSON.stringify(`./${stem}${options.importExtension}`),
  );
  submit("index.ts", renderers.indexFile({ header: planHeader(options), modules }));
  submit(SCHEMA_FILE, renderers.schemaFile(planSchemaFile(classes, options)));
  fileClaims.push({ name: SCHEMA_FILE, owner: "the class registry", span: undefined });
  symbolClaims.push(
    ...SCHEMA_EXPORTS.map((name) => ({ name, owner: "the class registry", span: undefined })),
  );
  diagnostics.push(...checkCollisions(symbolClaims, "MOF4001", "exported name"));

  // Collected in path order, so neither files nor diagnostics depend on which finished first.
  const files = new Map<string, string>();
  for (const path of [...rendered.keys()].sort(compareCodePoints)) {
    const result = await rendered.get(path)!;
    files.set(path, result.text);
    if (result.diagnostic !== undefined) diagnostics.push(result.diagnostic);
  }
  for (const [name, source] of options.runtimeSources ?? loadRuntimeSources()) {
    const path = `runtime/${name}`;
    fileClaims.push({ name: path, owner: "the runtime", span: undefined });
    files.set(path, source);
  }
  diagnostics.push(...checkCollisions(fileClaims, "MOF4004", "file"));
  return { files: new Map([...files].sort(([a], [b]) => compareCodePoints(a, b))), diagnostics };
}

/**
 * Classes in name order (so output never depends on input order): every class from the input
 * (or only the `selected` ones), plus the implicit system classes that an emitted class extends.
 */
function emittedClasses(schema: Schema, selected: ReadonlySet<string> | undefined): CimClass[] {
  const wanted = new Map<string, CimClass>();
  for (const cls of schema.classes.values()) {
    if (selected === undefined ? cls.implicit : !selected.has(cls.name.toLowerCase())) continue;
    for (let c: CimClass | undefined = cls; c !== undefined; ) {
      wanted.set(c.name.toLowerCase(), c);
      c = c.superclass === undefined ? undefined : schema.classes.get(c.superclass.toLowerCase());
    }
  }
  return [...wanted.values()].sort((a, b) => compareCodePoints(a.name, b.name));
}

function exportedNames(view: ClassFileView): string[] {
  return [
    view.name,
    ...view.valueMaps.flatMap((v) =>
      v.descriptor ? [v.typeName, v.descriptorName] : [v.typeName],
    ),
    ...view.methodTypes.flatMap((m) => [m.inputName, m.outputName]),
  ];
}

interface Formatted {
  readonly text: string;
  readonly diagnostic?: Diagnostic;
}

async function formatOrReport(
  format: FormatFile,
  path: string,
  source: string,
): Promise<Formatted> {
  try {
    return { text: await format(path, source) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const message = `generated file '${path}' is not valid TypeScript: ${reason}`;
    return { text: source, diagnostic: makeDiagnostic("MOF4030", message) };
  }
}
