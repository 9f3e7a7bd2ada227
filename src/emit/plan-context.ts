/** What every planner needs: the schema, the options, the module being built, a diagnostic sink. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { CimClass, Schema } from "../model/model.js";
import type { EmitOptions } from "./emit-options.js";
import type { ModuleScope } from "./module-scope.js";

export interface PlanContext {
  readonly schema: Schema;
  readonly options: EmitOptions;
  readonly scope: ModuleScope;
  readonly diagnostics: Diagnostic[];
}

/** A class of the schema by case-insensitive name. */
export function findClass(schema: Schema, name: string): CimClass | undefined {
  return schema.classes.get(name.toLowerCase());
}
