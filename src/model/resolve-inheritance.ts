/**
 * Builds every class in graph order, so each superclass is complete before its subclasses:
 * effective class qualifiers, and the full property and method lists (inherited members in
 * superclass order, overriding members in the place of the member they override, then new
 * local members).
 *
 * A member that redeclares an inherited name without Override is treated as an implicit
 * override (it takes the inherited member's place and inherits its qualifiers, as with
 * Override), with warning MOF3206: DSP0004 asks for Override, and silently adding a second
 * member of the same name would break every generated type.
 */
import type { ClassDeclaration, MethodDeclaration, PropertyDeclaration, Span } from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { builtinQualifiers } from "./builtin-qualifiers.js";
import { applyFlavors, defaultFlavors } from "./flavors.js";
import { inheritQualifiers, propagatingQualifiers } from "./inherit-qualifiers.js";
import type { CimClass, CimMethod, CimProperty, Qualifiers, QualifierValue } from "./model.js";
import type { ClassGraph, DeclaredClass, ImplicitClass } from "./order-classes.js";
import type { QualifierRegistry } from "./qualifier-registry.js";
import { findQualifier, rawFlag } from "./raw-qualifiers.js";
import type { Report } from "./report.js";
import { type MemberContext, resolveMethod, resolveProperty } from "./resolve-members.js";
import { resolveQualifiers } from "./resolve-qualifiers.js";

/** Where members of the implicit WMI system classes "are": they have no source text. */
export const IMPLICIT_SPAN: Span = {
  file: "<wmi-system>",
  line: 1,
  column: 1,
  offset: 0,
  length: 0,
};

export function resolveClasses(
  graph: ClassGraph,
  registry: QualifierRegistry,
  report: Report,
): Map<string, CimClass> {
  const classes = new Map<string, CimClass>();
  const context: ClassContext = {
    registry,
    findClass: (name) => graph.names.get(name.toLowerCase()),
    report,
    inheritance: new Map(),
  };
  for (const { node, superclassKey } of graph.order) {
    const parent = superclassKey === undefined ? undefined : classes.get(superclassKey);
    const resolved =
      node.kind === "declared"
        ? resolveDeclaredClass(node, parent, context)
        : resolveImplicitClass(node, parent, registry);
    classes.set(resolved.name.toLowerCase(), resolved);
  }
  return classes;
}

/**
 * One kind of member of a declared class, as its subclasses start from it: a subclass copies
 * `view` and `index` and changes its copies. `view` is built when the first subclass needs it
 * and shared by all of them, so the propagating qualifiers of a member are worked out once per
 * class, not once per subclass.
 */
interface InheritedMembers<T extends CimProperty | CimMethod> {
  readonly members: readonly T[];
  /** Lowercased name → position in `members`. */
  readonly index: ReadonlyMap<string, number>;
  view?: readonly T[];
}

interface ClassInheritance {
  readonly properties: InheritedMembers<CimProperty>;
  readonly methods: InheritedMembers<CimMethod>;
}

interface ClassContext {
  readonly registry: QualifierRegistry;
  readonly findClass: (name: string) => string | undefined;
  readonly report: Report;
  readonly inheritance: Map<CimClass, ClassInheritance>;
}

function resolveDeclaredClass(
  node: DeclaredClass,
  parent: CimClass | undefined,
  context: ClassContext,
): CimClass {
  const { declaration } = node;
  const name = declaration.name.text;
  const local = resolveQualifiers(
    declaration.qualifiers,
    {
      kind: "class",
      association:
        (parent?.isAssociation ?? false) || rawFlag(declaration.qualifiers, "association"),
      indication: (parent?.isIndication ?? false) || rawFlag(declaration.qualifiers, "indication"),
    },
    name,
    context.registry,
    context.report,
  );
  const qualifiers = inheritQualifiers(local, parent?.qualifiers, context.report);
  const { properties, methods } = resolveMembers(
    declaration,
    parent,
    parent === undefined ? undefined : context.inheritance.get(parent),
    { ...context, className: name },
  );
  const resolved: CimClass = {
    name,
    superclass: parent?.name,
    namespace: node.namespace,
    qualifiers,
    isAssociation: qualifiers.get("association")?.value === true,
    isIndication: qualifiers.get("indication")?.value === true,
    isAbstract: qualifiers.get("abstract")?.value === true,
    properties: properties.members,
    methods: methods.members,
    implicit: false,
    span: declaration.name.span,
  };
  context.inheritance.set(resolved, { properties, methods });
  return resolved;
}

interface MemberList<T extends CimProperty | CimMethod> {
  readonly members: T[];
  /** Lowercased name → position in `members`. */
  readonly index: Map<string, number>;
}

/**
 * The members a class starts from: those of a declared superclass from its `inherited` record,
 * those of an implicit one (which has none) from its member list.
 */
function memberList<T extends CimProperty | CimMethod>(
  parentMembers: readonly T[],
  inherited: InheritedMembers<T> | undefined,
): MemberList<T> {
  if (inherited === undefined) {
    const members = parentMembers.map(inheritedView);
    return { members, index: new Map(members.map((m, i) => [m.name.toLowerCase(), i])) };
  }
  inherited.view ??= inherited.members.map(inheritedView);
  return { members: [...inherited.view], index: new Map(inherited.index) };
}

function resolveMembers(
  declaration: ClassDeclaration,
  parent: CimClass | undefined,
  parentInheritance: ClassInheritance | undefined,
  context: MemberContext,
): { properties: MemberList<CimProperty>; methods: MemberList<CimMethod> } {
  const properties = memberList(parent?.properties ?? [], parentInheritance?.properties);
  const methods = memberList(parent?.methods ?? [], parentInheritance?.methods);
  const declared = new Map<string, Span>();
  for (const feature of declaration.features) {
    const key = feature.name.text.toLowerCase();
    const first = declared.get(key);
    if (first !== undefined) {
      context.report(
        makeDiagnostic(
          "MOF3204",
          `'${feature.name.text}' is declared twice in class '${context.className}'`,
          feature.name.span,
          [{ message: "first declared here", span: first }],
        ),
      );
      continue;
    }
    declared.set(key, feature.name.span);
    if (feature.kind === "property") {
      place(properties, feature, parent, context, resolveProperty);
    } else {
      place(methods, feature, parent, context, resolveMethod);
    }
  }
  return { properties, methods };
}

/** Resolves one local member and puts it in the place of the member it overrides, or last. */
function place<
  D extends PropertyDeclaration | MethodDeclaration,
  T extends CimProperty | CimMethod,
>(
  list: MemberList<T>,
  declaration: D,
  parent: CimClass | undefined,
  context: MemberContext,
  resolve: (declaration: D, overridden: T | undefined, context: MemberContext) => T,
): void {
  const key = declaration.name.text.toLowerCase();
  const position = overriddenPosition(list, declaration, parent, context);
  if (position === undefined) {
    list.index.set(key, list.members.length);
    list.members.push(resolve(declaration, undefined, context));
    return;
  }
  const overridden = list.members[position]!;
  list.members[position] = resolve(declaration, overridden, context);
  const overriddenKey = overridden.name.toLowerCase();
  if (overriddenKey !== key) {
    // DSP0004 v2 allowed an override to rename the member; the old name then no longer exists.
    list.index.delete(overriddenKey);
    list.index.set(key, position);
  }
}

function overriddenPosition(
  list: MemberList<CimProperty | CimMethod>,
  declaration: PropertyDeclaration | MethodDeclaration,
  parent: CimClass | undefined,
  context: MemberContext,
): number | undefined {
  const kind = declaration.kind;
  const ownKey = declaration.name.text.toLowerCase();
  const usage = findQualifier(declaration.qualifiers, "override");
  if (usage !== undefined) {
    const written = usage.value?.kind === "string" ? usage.value.value : declaration.name.text;
    // Accept the old `Class.Member` and `Member()` spellings of the overridden name.
    const target = written.slice(written.lastIndexOf(".") + 1).replace(/\(\)$/, "");
    const position = list.index.get(target.toLowerCase());
    if (position !== undefined) return position;
    context.report(
      makeDiagnostic(
        "MOF3205",
        parent === undefined
          ? `${kind} '${declaration.name.text}' has Override("${written}") but class '${context.className}' has no superclass`
          : `Override("${written}") names no ${kind} inherited by class '${context.className}' from '${parent.name}'`,
        usage.span,
      ),
    );
    return undefined;
  }
  const position = list.index.get(ownKey);
  if (position === undefined) return undefined;
  const inherited = list.members[position]!;
  context.report(
    makeDiagnostic(
      "MOF3206",
      `${kind} '${declaration.name.text}' redeclares ${inherited.origin}.${inherited.name} without Override; treated as Override("${inherited.name}")`,
      declaration.name.span,
      [{ message: "inherited declaration", span: inherited.span }],
    ),
  );
  return position;
}

/** An inherited member as the subclass sees it: only the qualifiers that propagate. */
function inheritedView<T extends CimProperty | CimMethod>(member: T): T {
  const qualifiers = propagatingQualifiers(member.qualifiers);
  if (!("parameters" in member)) {
    return qualifiers === member.qualifiers ? member : { ...member, qualifiers };
  }
  let parametersChanged = false;
  const parameters = member.parameters.map((parameter) => {
    const own = propagatingQualifiers(parameter.qualifiers);
    if (own === parameter.qualifiers) return parameter;
    parametersChanged = true;
    return { ...parameter, qualifiers: own };
  });
  if (qualifiers === member.qualifiers && !parametersChanged) return member;
  return { ...member, qualifiers, parameters };
}

function resolveImplicitClass(
  node: ImplicitClass,
  parent: CimClass | undefined,
  registry: QualifierRegistry,
): CimClass {
  const { definition } = node;
  const name = definition.name;
  const flag = (qualifier: string): Qualifiers =>
    new Map([[qualifier.toLowerCase(), implicitFlag(qualifier, name, registry)]]);
  const local = new Map<string, QualifierValue>([
    ...(definition.abstract ? flag("Abstract") : []),
    ...(definition.indication ? flag("Indication") : []),
  ]);
  const qualifiers = inheritQualifiers(local, parent?.qualifiers, () => {});
  const properties = (parent?.properties ?? []).map(inheritedView);
  for (const property of definition.properties) {
    properties.push({
      name: property.name,
      type: property.type,
      array: property.array,
      default: undefined,
      qualifiers: property.key ? flag("Key") : new Map(),
      origin: name,
      overrides: undefined,
      span: IMPLICIT_SPAN,
    });
  }
  return {
    name,
    superclass: parent?.name,
    namespace: node.namespace,
    qualifiers,
    isAssociation: false,
    isIndication: qualifiers.get("indication")?.value === true,
    isAbstract: definition.abstract,
    properties,
    methods: (parent?.methods ?? []).map(inheritedView),
    implicit: true,
    span: undefined,
  };
}

/** A TRUE boolean qualifier on an implicit class, typed by the unit's declaration if it has one. */
function implicitFlag(
  qualifier: string,
  origin: string,
  registry: QualifierRegistry,
): QualifierValue {
  const type = registry.lookup(qualifier);
  const builtin = builtinQualifiers.get(qualifier.toLowerCase());
  const flavors = type?.flavors ?? applyFlavors(defaultFlavors, builtin?.flavors ?? []);
  return { name: type?.name ?? qualifier, value: true, flavors, origin, span: undefined };
}
