/**
 * The schema model stage: one CompilationUnit in, the resolved Schema out. Walks the
 * productions in compile order (namespace pragmas apply to what follows them), then resolves
 * qualifier types, merges WMI amendments, orders and builds the classes, and checks the
 * instances. Every problem is a diagnostic; resolution never throws.
 */
import type {
  ClassDeclaration,
  CompilationUnit,
  InstanceDeclaration,
  QualifierDeclaration,
} from "../ast/ast.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { mergeAmendments } from "./merge-amendments.js";
import type { Schema } from "./model.js";
import { createNamespaceTracker, DEFAULT_NAMESPACE } from "./namespaces.js";
import { type DeclaredClass, orderClasses, textCanNameSystemClass } from "./order-classes.js";
import { buildQualifierRegistry } from "./qualifier-registry.js";
import type { Report } from "./report.js";
import { resolveClasses } from "./resolve-inheritance.js";
import { type InstanceEntry, resolveInstances } from "./resolve-instances.js";

export interface ResolveOptions {
  /** Namespace before the first `#pragma namespace`; default "root/cimv2". */
  readonly defaultNamespace?: string;
  /** Amendment locale to merge (0x409, 1033, ms_409, en-US); see merge-amendments.ts. */
  readonly locale?: string;
}

export interface ResolveResult {
  readonly schema: Schema;
  readonly diagnostics: Diagnostic[];
}

export function resolveSchema(unit: CompilationUnit, options: ResolveOptions = {}): ResolveResult {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (diagnostic) => {
    diagnostics.push(diagnostic);
  };
  try {
    return { schema: resolve(unit, options, report), diagnostics };
  } catch (error) {
    // A bug must not take the whole run down, and users get a report, not a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    report(
      makeDiagnostic(
        "MOF3901",
        `internal error while resolving the schema: ${detail}. This is a bug in mofgen; please report it with the input that caused it`,
      ),
    );
    return {
      schema: { qualifierTypes: new Map(), classes: new Map(), instances: [] },
      diagnostics,
    };
  }
}

function resolve(unit: CompilationUnit, options: ResolveOptions, report: Report): Schema {
  const namespaces = createNamespaceTracker(options.defaultNamespace ?? DEFAULT_NAMESPACE);
  const qualifierDeclarations: QualifierDeclaration[] = [];
  const declared: DeclaredClass[] = [];
  const instances: InstanceEntry[] = [];
  for (const production of unit.productions) {
    switch (production.kind) {
      case "pragma": {
        const argument = production.args[0];
        if (production.name === "namespace" && argument?.kind === "string") {
          namespaces.apply(argument.value);
        }
        break;
      }
      case "qualifierDeclaration":
        qualifierDeclarations.push(production);
        break;
      case "class":
        declared.push({
          kind: "declared",
          declaration: production,
          namespace: namespaces.current(),
        });
        break;
      case "instance":
        instances.push({ declaration: production, namespace: namespaces.current() });
        break;
    }
  }

  const registry = buildQualifierRegistry(qualifierDeclarations, report);
  const { classes: baseClasses } = mergeAmendments(declared, options.locale, report);
  const implicitNamespace = baseClasses[0]?.namespace ?? namespaces.current();
  const graph = orderClasses(
    baseClasses,
    instanceDeclarations(instances),
    implicitNamespace,
    report,
    // An amended class has qualifiers from another file: then every class is searched.
    baseClasses === declared ? fileCanNameSystemClass(unit.sources) : undefined,
  );
  const classes = resolveClasses(graph, registry, report);
  const resolvedInstances = resolveInstances(
    instances,
    classAliases(baseClasses),
    classes,
    registry,
    report,
  );
  return { qualifierTypes: registry.types(), classes, instances: resolvedInstances };
}

/** Whether the file of a class declaration, as written, can name a WMI system class. */
function fileCanNameSystemClass(
  sources: ReadonlyMap<string, string>,
): (declaration: ClassDeclaration) => boolean {
  const byFile = new Map<string, boolean>();
  return (declaration) => {
    const file = declaration.span.file;
    let can = byFile.get(file);
    if (can === undefined) {
      const text = sources.get(file);
      can = text === undefined || textCanNameSystemClass(text);
      byFile.set(file, can);
    }
    return can;
  };
}

function instanceDeclarations(entries: readonly InstanceEntry[]): InstanceDeclaration[] {
  return entries.map((entry) => entry.declaration);
}

function classAliases(entries: readonly DeclaredClass[]): ClassDeclaration[] {
  return entries.map((entry) => entry.declaration).filter((c) => c.alias !== undefined);
}
