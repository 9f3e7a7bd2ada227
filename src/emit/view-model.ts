/**
 * What the templates see. Every string here is final TypeScript text (escaped, named, ordered);
 * numbers are strings (Handlebars adds adjacent numbers) and flags are booleans, so templates
 * only place text.
 */

/** A JSDoc block's inner lines, already escaped; empty when there is nothing to say. */
export interface JsDocView {
  readonly lines: readonly string[];
}

export interface ImportView {
  /** `import type` when every name is a type, else `import`. */
  readonly keyword: string;
  /** Comma-separated, sorted binding names; types carry `type ` in a value import. */
  readonly names: string;
  /** The imported names without any `type ` marker. */
  readonly symbols: readonly string[];
  /** The module specifier, already quoted. */
  readonly from: string;
}

/** A member of an interface or type literal. */
export interface MemberView {
  readonly doc: JsDocView;
  readonly key: string;
  /** `"?"` or `""`. */
  readonly optional: string;
  readonly type: string;
}

export interface ValueMapMemberView {
  readonly doc: JsDocView;
  readonly key: string;
  readonly code: string;
}

export interface ValueMapGuardView {
  readonly doc: JsDocView;
  readonly name: string;
  /** The Values string (quoted) that the guard tests for. */
  readonly text: string;
}

export interface ValueMapView {
  readonly doc: JsDocView;
  readonly typeName: string;
  /** `enumStyle: "const"`: emit the `as const` object of named codes. */
  readonly constObject: boolean;
  readonly members: readonly ValueMapMemberView[];
  /** The union of known codes (`"0 | 1 | 2"`), used when there is no const object. */
  readonly unionOfCodes: string;
  /** Append `| (number & {})`: codes outside the named ones are legal. */
  readonly open: boolean;
  /** The integer code type of the open part (`number` or `bigint`). */
  readonly openType: string;
  /** Integer maps get a runtime descriptor with `nameOf` and range guards. */
  readonly descriptor: boolean;
  readonly descriptorName: string;
  readonly descriptorDoc: JsDocView;
  /** `[code, "name"]` pairs. */
  readonly singles: readonly string[];
  /** `{ lo: 8, hi: 32767, name: "DMTF Reserved" }` literals. */
  readonly ranges: readonly string[];
  /** Quoted unclaimed name, or `""` when the map has no `..` entry. */
  readonly unclaimed: string;
  readonly guards: readonly ValueMapGuardView[];
}

export interface MethodTypesView {
  readonly inputName: string;
  readonly inputDoc: JsDocView;
  readonly inputMembers: readonly MemberView[];
  readonly outputName: string;
  readonly outputDoc: JsDocView;
  readonly outputMembers: readonly MemberView[];
}

/**
 * A method on the binding const: bound in full where the class declares it, or shared with the
 * declaring class where the class inherits it (see `sharedDeclaration` in plan-method.ts).
 */
export type MethodBindingView = FullMethodBindingView | SharedMethodBindingView;

export interface FullMethodBindingView {
  readonly shared: false;
  readonly doc: JsDocView;
  readonly key: string;
  /** The method metadata object literal. */
  readonly meta: string;
  /** Parameter list after `transport` (`, target: …, input: …`). */
  readonly params: string;
  /** Arguments after `transport` and the metadata (`target, input`). */
  readonly args: string;
  readonly outputType: string;
  /** The metadata accessor, e.g. `Foo.$methods.KillJob`. */
  readonly metaRef: string;
}

/**
 * An inherited method that forwards to the declaring class's binding (`$rt.inheritedMethod`)
 * and whose `$methods` entry is a getter of the declaring class's metadata. Both are read on
 * use, never while the module loads (a superclass's module may not have run yet).
 */
export interface SharedMethodBindingView {
  readonly shared: true;
  readonly doc: JsDocView;
  readonly key: string;
  /** The class of the const, quoted: what the forwarder's target references. */
  readonly targetClass: string;
  /** The declaring class's binding, e.g. `CIM_Job.KillJob`. */
  readonly bindingRef: string;
  /** The declaring class's metadata, e.g. `CIM_Job.$methods.KillJob`. */
  readonly metaRef: string;
}

/**
 * The job-aware wrapper of a method that returns 4096 plus an OUT reference to a job, under
 * `$jobs` of the binding const: in full (it calls the raw binding and classifies the outcome),
 * or, for a shared method, forwarding to the declaring class's wrapper.
 */
export type JobWrapperView = FullJobWrapperView | SharedJobWrapperView;

export interface FullJobWrapperView {
  readonly shared: false;
  readonly doc: JsDocView;
  readonly key: string;
  /** Same parameter list as the raw binding. */
  readonly params: string;
  /** The raw binding, e.g. `Foo.Start` or `Foo["odd name"]`. */
  readonly rawRef: string;
  /** Arguments of the raw binding (`transport, target, input, options`). */
  readonly rawArgs: string;
  readonly outputType: string;
  /** The job reference's declared class, quoted. */
  readonly jobClass: string;
  /** The OUT parameter naming the job, quoted. */
  readonly jobParameter: string;
  readonly metaRef: string;
  /** The return-code value-map descriptor (names failure codes). */
  readonly returnCodes: string;
}

export interface SharedJobWrapperView {
  readonly shared: true;
  readonly doc: JsDocView;
  readonly key: string;
  /** The class of the const, quoted. */
  readonly targetClass: string;
  /** The declaring class's wrapper, e.g. `CIM_Job.$jobs.KillJob`. */
  readonly wrapperRef: string;
}

export interface ClassFileView {
  readonly header: readonly string[];
  readonly imports: readonly ImportView[];
  /** The runtime import line (`import * as $rt …` or `import type * as $rt …`). */
  readonly runtimeImport: string;
  /** The class registry import line, or `""`. */
  readonly schemaImport: string;
  readonly doc: JsDocView;
  readonly name: string;
  /** `" extends …"` or `""`. */
  readonly extendsClause: string;
  readonly properties: readonly MemberView[];
  readonly valueMaps: readonly ValueMapView[];
  readonly methodTypes: readonly MethodTypesView[];
  readonly bindingDoc: JsDocView;
  /** Class metadata object literal. */
  readonly classMeta: string;
  readonly methods: readonly MethodBindingView[];
  readonly jobs: readonly JobWrapperView[];
  /** Quoted type of the transport parameter, e.g. `$rt.CimTransport`. */
  readonly transportType: string;
  readonly promiseType: string;
}

export interface IndexFileView {
  readonly header: readonly string[];
  /** Module specifiers, already quoted, in code-unit order. */
  readonly modules: readonly string[];
}

/** `schema.ts`: the registry of every emitted class's runtime metadata. */
export interface SchemaFileView {
  readonly header: readonly string[];
  readonly imports: readonly ImportView[];
  /** The runtime import line (types only). */
  readonly runtimeImport: string;
  readonly entries: readonly SchemaEntryView[];
}

export interface SchemaEntryView {
  /** The lowercased class name, quoted. */
  readonly key: string;
  /** The binding const holding the class's `$class`. */
  readonly symbol: string;
}
