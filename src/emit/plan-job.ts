/**
 * Job-aware wrappers: a method whose return codes include 4096 ("Method Parameters Checked -
 * Job Started") and that has an OUT reference to `CIM_Job` or a subclass gets, next to its raw
 * binding, a wrapper that returns `completed`, `job` (with the typed job reference) or `failed`.
 */
import type { CimClass, CimMethod, CimParameter } from "../model/model.js";
import { quoteString } from "./escape-literal.js";
import { objectKey, propertyAccess } from "./names.js";
import { parseValueMap } from "./parse-value-map.js";
import { findClass, type PlanContext } from "./plan-context.js";
import { memberLink } from "./plan-jsdoc.js";
import { importDeclaringClass, type MethodDeclaration } from "./plan-method.js";
import { hasValueMap, valueMapOwner } from "./plan-value-map.js";
import { stringList } from "./qualifier-values.js";
import {
  classFileStem,
  classSymbol,
  methodSymbol,
  valueMapDescriptorSymbol,
} from "./symbol-names.js";
import type {
  FullJobWrapperView,
  FullMethodBindingView,
  SharedJobWrapperView,
} from "./view-model.js";

/** The DMTF base class of every job; DSP1103 jobs are `CIM_ConcreteJob` subclasses. */
const JOB_BASE_CLASS = "cim_job";
const JOB_STARTED = 4096n;
const SMALL_INTEGERS = new Set(["uint8", "uint16", "uint32", "sint8", "sint16", "sint32"]);

/** Whether `className` is `CIM_Job` or inherits from it (cycles in a broken schema end the walk). */
function isJobClass(className: string, ctx: PlanContext): boolean {
  const seen = new Set<string>();
  for (let c = findClass(ctx.schema, className); c !== undefined; ) {
    const lower = c.name.toLowerCase();
    if (lower === JOB_BASE_CLASS) return true;
    if (seen.has(lower)) return false;
    seen.add(lower);
    c = c.superclass === undefined ? undefined : findClass(ctx.schema, c.superclass);
  }
  return false;
}

/** The OUT parameter that names the started job, if the method follows the job pattern. */
export function jobParameterOf(method: CimMethod, ctx: PlanContext): CimParameter | undefined {
  const type = method.returnType;
  if (type?.kind !== "primitive" || !SMALL_INTEGERS.has(type.name)) return undefined;
  if (!hasValueMap(method.qualifiers, type.name)) return undefined;
  const parsed = parseValueMap(
    stringList(method.qualifiers, "ValueMap"),
    stringList(method.qualifiers, "Values"),
    type.name,
  );
  const startsJobs = parsed.entries.some((e) => e.kind === "single" && e.code === JOB_STARTED);
  if (!startsJobs) return undefined;
  return method.parameters.find(
    (p) => p.out && p.array === false && p.type.kind === "ref" && isJobClass(p.type.className, ctx),
  );
}

/** The `$jobs` wrapper of `method` on `cls`, or `undefined` when it does not start jobs. */
export function planJobWrapper(
  cls: CimClass,
  method: CimMethod,
  binding: FullMethodBindingView,
  ctx: PlanContext,
): FullJobWrapperView | undefined {
  const jobParameter = jobParameterOf(method, ctx);
  if (jobParameter === undefined || jobParameter.type.kind !== "ref") return undefined;
  const jobClass =
    findClass(ctx.schema, jobParameter.type.className)?.name ?? jobParameter.type.className;

  // Named exactly as plan-method names the return-code type, in the same module.
  const owner = valueMapOwner(method.qualifiers, method.origin);
  const returnCodes = valueMapDescriptorSymbol(methodSymbol(owner, method.name, "ReturnValue"));
  ctx.scope.importValue(owner, classFileStem(owner), returnCodes);
  ctx.scope.useRuntimeValue();

  const rawArgs = ["transport"];
  if (!method.static) rawArgs.push("target");
  if (method.parameters.some((p) => p.in)) rawArgs.push("input");
  rawArgs.push("options");
  const job = `\`${jobParameter.name}\``;
  return {
    shared: false,
    doc: {
      lines: [
        `Calls ${memberLink(classSymbol(cls.name), method.name)} and tells its outcomes apart:`,
        "- `completed`: 0, the method finished.",
        `- \`job\`: 4096, the work continues in the {@link ${classSymbol(jobClass)}} named by ${job};`,
        "  poll it with the runtime's `waitForJob`.",
        "- `failed`: any other code, with its Values name.",
      ],
    },
    key: objectKey(method.name),
    params: binding.params,
    rawRef: `${classSymbol(cls.name)}${propertyAccess(method.name)}`,
    rawArgs: rawArgs.join(", "),
    outputType: binding.outputType,
    jobClass: quoteString(jobClass),
    jobParameter: quoteString(jobParameter.name),
    metaRef: binding.metaRef,
    returnCodes,
  };
}

/**
 * The `$jobs` wrapper of a method `cls` shares with `declaration`: it forwards to the declaring
 * class's wrapper. That wrapper exists exactly when the declared method starts jobs (the
 * declaring module plans it from the same method and schema), so that decides here too.
 */
export function planSharedJobWrapper(
  cls: CimClass,
  declaration: MethodDeclaration,
  ctx: PlanContext,
): SharedJobWrapperView | undefined {
  if (jobParameterOf(declaration.method, ctx) === undefined) return undefined;
  const owner = importDeclaringClass(declaration, ctx);
  const { name } = declaration.method;
  return {
    shared: true,
    doc: { lines: [`Inherited from ${memberLink(`${owner}.$jobs`, name)}.`] },
    key: objectKey(name),
    targetClass: quoteString(cls.name),
    wrapperRef: `${owner}.$jobs${propertyAccess(name)}`,
  };
}
