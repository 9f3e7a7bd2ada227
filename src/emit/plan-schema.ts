/**
 * `schema.ts`: one `resolveClass(name)` over the `$class` metadata of every emitted class, so
 * embedded instances decode property by property whatever subclass the server sends.
 *
 * Class modules whose methods take embedded instances import it, and it imports every class
 * module: a cycle, which is safe because the registry is only read when a method is called,
 * never while modules load. Only those modules (and callers of `resolveClass`) pull in the
 * whole schema; the others stay tree-shakeable.
 */
import type { CimClass } from "../model/model.js";
import type { EmitOptions } from "./emit-options.js";
import { quoteString } from "./escape-literal.js";
import { createModuleScope, SCHEMA_FILE_STEM } from "./module-scope.js";
import { planHeader } from "./plan-header.js";
import { classFileStem, classSymbol } from "./symbol-names.js";
import type { SchemaFileView } from "./view-model.js";

/** The file the registry is written to. */
export const SCHEMA_FILE = `${SCHEMA_FILE_STEM}.ts`;

/** The names `schema.ts` exports (checked for collisions with class exports). */
export const SCHEMA_EXPORTS: readonly string[] = ["resolveClass"];

export function planSchemaFile(classes: readonly CimClass[], options: EmitOptions): SchemaFileView {
  const scope = createModuleScope("");
  for (const cls of classes) {
    scope.importValue(cls.name, classFileStem(cls.name), classSymbol(cls.name));
  }
  return {
    header: planHeader(options),
    imports: scope.imports(options.importExtension),
    runtimeImport: scope.runtimeImport(options.importExtension),
    entries: classes.map((cls) => ({
      key: quoteString(cls.name.toLowerCase()),
      symbol: classSymbol(cls.name),
    })),
  };
}
