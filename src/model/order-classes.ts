/**
 * The class graph: one definition per class name (case-insensitive; a redefinition replaces
 * the earlier one with a warning), superclasses looked up independent of declaration order,
 * the WMI system classes the input uses added implicitly, cycles broken with an error, and the
 * final order — superclasses before subclasses, otherwise declaration order.
 */
import type {
  ClassDeclaration,
  InstanceDeclaration,
  Qualifier,
  Span,
  TypeRef,
} from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { rawValue } from "./raw-qualifiers.js";
import type { Report } from "./report.js";
import { type SystemClass, wmiSystemClasses } from "./wmi-system-classes.js";

export interface DeclaredClass {
  readonly kind: "declared";
  readonly declaration: ClassDeclaration;
  readonly namespace: string;
}

export interface ImplicitClass {
  readonly kind: "system";
  readonly definition: SystemClass;
  readonly namespace: string;
}

export type ClassNode = DeclaredClass | ImplicitClass;

export interface OrderedClass {
  readonly node: ClassNode;
  /** Lowercased name of the superclass that was found (missing and cyclic ones are dropped). */
  readonly superclassKey: string | undefined;
}

export interface ClassGraph {
  /** Superclasses before subclasses, otherwise declaration order (system classes first). */
  readonly order: readonly OrderedClass[];
  /** Canonical spelling of every class, keyed by lowercased name. */
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Only the class declarations for which `canNameSystemClass` is true are searched for the WMI
 * system classes they use (see `textCanNameSystemClass`); by default, all of them.
 */
export function orderClasses(
  declared: readonly DeclaredClass[],
  instances: readonly InstanceDeclaration[],
  implicitNamespace: string,
  report: Report,
  canNameSystemClass: (declaration: ClassDeclaration) => boolean = () => true,
): ClassGraph {
  const byKey = new Map<string, ClassNode>();
  for (const entry of declared) {
    const key = entry.declaration.name.text.toLowerCase();
    const previous = byKey.get(key);
    if (previous?.kind === "declared") {
      report(
        makeDiagnostic(
          "MOF3203",
          `class '${entry.declaration.name.text}' is defined again; this definition replaces the earlier one`,
          entry.declaration.name.span,
          [{ message: "first defined here", span: previous.declaration.name.span }],
        ),
      );
      // The replacing definition takes the later position in declaration order.
      byKey.delete(key);
    }
    byKey.set(key, entry);
  }

  const system = new Map<string, ClassNode>();
  const addSystemClass = (name: string): void => {
    const key = name.toLowerCase();
    if (byKey.has(key) || system.has(key)) return;
    const definition = wmiSystemClasses.get(key);
    if (definition === undefined) return;
    system.set(key, { kind: "system", definition, namespace: implicitNamespace });
    if (definition.superclass !== undefined) addSystemClass(definition.superclass);
    for (const { type } of definition.properties) {
      if (type.kind !== "primitive" && type.className !== undefined) addSystemClass(type.className);
    }
  };
  for (const name of referencedSystemClassNames(declared, instances, canNameSystemClass)) {
    addSystemClass(name);
  }
  // System classes in table order, which lists superclasses first.
  const nodes = new Map<string, ClassNode>();
  for (const key of wmiSystemClasses.keys()) {
    const node = system.get(key);
    if (node !== undefined) nodes.set(key, node);
  }
  for (const [key, node] of byKey) nodes.set(key, node);

  const order: OrderedClass[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (key: string, node: ClassNode): void => {
    state.set(key, "visiting");
    let superclassKey = superclassOf(node)?.toLowerCase();
    if (superclassKey !== undefined) {
      const parent = nodes.get(superclassKey);
      const span = node.kind === "declared" ? node.declaration.superclass?.span : undefined;
      if (parent === undefined) {
        report(
          makeDiagnostic(
            "MOF3201",
            `superclass '${superclassOf(node)}' of class '${nameOf(node)}' is not defined`,
            span,
          ),
        );
        superclassKey = undefined;
      } else if (state.get(superclassKey) === "visiting") {
        report(
          makeDiagnostic(
            "MOF3202",
            `class '${nameOf(node)}' inherits from itself through '${nameOf(parent)}'`,
            span,
          ),
        );
        superclassKey = undefined;
      } else if (state.get(superclassKey) === undefined) {
        visit(superclassKey, parent);
      }
    }
    state.set(key, "done");
    order.push({ node, superclassKey });
  };
  for (const [key, node] of nodes) if (state.get(key) === undefined) visit(key, node);

  const names = new Map<string, string>();
  for (const [key, node] of nodes) names.set(key, nameOf(node));
  return { order, names };
}

/**
 * False when a source text cannot name a WMI system class. Those names start with `__`, which
 * a MOF text can only spell as written, with `\x5F` escapes, or as adjacent strings ending and
 * starting with `_` (`"_" "_X"`). Looking for that in the text is much cheaper than searching
 * every qualifier of a large schema for EmbeddedInstance("__...").
 */
export function textCanNameSystemClass(text: string): boolean {
  return text.includes("__") || text.includes('_"') || /\\[xX]0{0,2}5[fF]/.test(text);
}

export function nameOf(node: ClassNode): string {
  return node.kind === "declared" ? node.declaration.name.text : node.definition.name;
}

export function spanOf(node: ClassNode): Span | undefined {
  return node.kind === "declared" ? node.declaration.name.span : undefined;
}

function superclassOf(node: ClassNode): string | undefined {
  return node.kind === "declared" ? node.declaration.superclass?.text : node.definition.superclass;
}

/**
 * The system class names (`__...`) the input refers to: superclasses, REF and object types,
 * embedded classes, instances. Only those can be implicit, so nothing else is collected.
 */
function referencedSystemClassNames(
  declared: readonly DeclaredClass[],
  instances: readonly InstanceDeclaration[],
  canNameSystemClass: (declaration: ClassDeclaration) => boolean,
): string[] {
  const names: string[] = [];
  const add = (name: string | undefined): void => {
    if (name?.startsWith("__")) names.push(name);
  };
  const addType = (type: TypeRef | undefined): void => {
    if (type !== undefined && type.kind !== "primitive") add(type.className?.text);
  };
  const addEmbedded = (qualifiers: readonly Qualifier[]): void => {
    const value = rawValue(qualifiers, "embeddedinstance");
    if (value?.kind === "string") add(value.value);
  };
  for (const { declaration } of declared) {
    if (!canNameSystemClass(declaration)) continue;
    add(declaration.superclass?.text);
    for (const feature of declaration.features) {
      addEmbedded(feature.qualifiers);
      if (feature.kind === "property") {
        addType(feature.type);
        continue;
      }
      addType(feature.returnType);
      for (const parameter of feature.parameters) {
        addType(parameter.type);
        addEmbedded(parameter.qualifiers);
      }
    }
  }
  for (const instance of instances) add(instance.className.text);
  return names;
}
