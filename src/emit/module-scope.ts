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
  /** Marks the runtime as needed at run time (not only for types). */
  useRuntimeValue(): void;
  imports(importExtension: string): ImportView[];
  runtimeImport(importExtension: string): string;
}

export function createModuleScope(className: string): ModuleScope {
  const byFile = new Map<string, Set<string>>();
  let runtimeValue = false;
  return {
    className,
    importType(fromClass, fileStem, symbol) {
      if (fromClass.toLowerCase() === className.toLowerCase()) return;
      const set = byFile.get(fileStem) ?? new Set<string>();
      set.add(symbol);
      byFile.set(fileStem, set);
    },
    useRuntimeValue() {
      runtimeValue = true;
    },
    imports(importExtension) {
      return [...byFile.keys()].sort(compareCodePoints).map((stem) => ({
        names: [...(byFile.get(stem) ?? [])].sort(compareCodePoints).join(", "),
        from: JSON.stringify(`./${stem}${importExtension}`),
      }));
    },
    runtimeImport(importExtension) {
      const from = JSON.stringify(`./runtime/index${importExtension}`);
      return runtimeValue ? `import * as $rt from ${from};` : `import type * as $rt from ${from};`;
    },
  };
}
