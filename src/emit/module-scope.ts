/**
 * Book-keeping for one generated module while it is planned: which names it imports from
 * which sibling module and whether it needs the runtime as a value or only as types.
 */
import { compareCodePoints } from "./names.js";
import type { ImportView } from "./view-model.js";

export interface ModuleScope {
  /** The CIM class this module is for (its own symbols need no import). */
  readonly className: string;
  /** Records `symbol` as coming from the module of class `fromClass`. */
  importType(fromClass: string, fileStem: string, symbol: string): void;
  /** Records `symbol` as a value (used at run time) from the module of class `fromClass`. */
  importValue(fromClass: string, fileStem: string, symbol: string): void;
  /** Marks the runtime as needed at run time (not only for types). */
  useRuntimeValue(): void;
  /** Marks the class registry (`schema.ts`, imported as `$schema`) as needed at run time. */
  useSchema(): void;
  imports(importExtension: string): ImportView[];
  runtimeImport(importExtension: string): string;
  /** The `$schema` import line, or `""` when the module does not use the registry. */
  schemaImport(importExtension: string): string;
}

/** The file stem of the class registry module (imported as `$schema`, apart from CIM names). */
export const SCHEMA_FILE_STEM = "schema";

export function createModuleScope(className: string): ModuleScope {
  // Per file stem: each symbol and whether it is used as a value.
  const byFile = new Map<string, Map<string, boolean>>();
  let runtimeValue = false;
  let schema = false;
  const record = (fromClass: string, fileStem: string, symbol: string, value: boolean) => {
    if (fromClass.toLowerCase() === className.toLowerCase()) return;
    const symbols = byFile.get(fileStem) ?? new Map<string, boolean>();
    symbols.set(symbol, value || symbols.get(symbol) === true);
    byFile.set(fileStem, symbols);
  };
  return {
    className,
    importType(fromClass, fileStem, symbol) {
      record(fromClass, fileStem, symbol, false);
    },
    importValue(fromClass, fileStem, symbol) {
      record(fromClass, fileStem, symbol, true);
    },
    useRuntimeValue() {
      runtimeValue = true;
    },
    useSchema() {
      schema = true;
    },
    imports(importExtension) {
      return [...byFile.keys()].sort(compareCodePoints).map((stem) => {
        const symbols = byFile.get(stem) ?? new Map<string, boolean>();
        const sorted = [...symbols.keys()].sort(compareCodePoints);
        const anyValue = sorted.some((name) => symbols.get(name) === true);
        const names = sorted.map((name) =>
          anyValue && symbols.get(name) !== true ? `type ${name}` : name,
        );
        return {
          keyword: anyValue ? "import" : "import type",
          names: names.join(", "),
          symbols: sorted,
          from: JSON.stringify(`./${stem}${importExtension}`),
        };
      });
    },
    runtimeImport(importExtension) {
      const from = JSON.stringify(`./runtime/index${importExtension}`);
      return runtimeValue ? `import * as $rt from ${from};` : `import type * as $rt from ${from};`;
    },
    schemaImport(importExtension) {
      const from = JSON.stringify(`./${SCHEMA_FILE_STEM}${importExtension}`);
      return schema ? `import * as $schema from ${from};` : "";
    },
  };
}
