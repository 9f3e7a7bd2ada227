/**
 * Hand-built schemas for emit tests, so the emitter is tested without the parser and model.
 * Qualifier values are plain JS values (`true`, strings, string arrays, bigints).
 */
import type { ArraySpec, CimPrimitive, Span } from "../../src/ast/ast.js";
import type {
  CimClass,
  CimMethod,
  CimParameter,
  CimProperty,
  CimType,
  ModelValue,
  Qualifiers,
  QualifierValue,
  Schema,
} from "../../src/model/model.js";

export const span: Span = { file: "test.mof", line: 1, column: 1, offset: 0, length: 1 };
const flavors = {
  overridable: true,
  toSubclass: true,
  translatable: false,
  toInstance: false,
  amended: false,
};

export type QualifierInput = Readonly<
  Record<string, ModelValue | { value: ModelValue; origin: string }>
>;

export function qualifiers(input: QualifierInput = {}, origin = "X"): Qualifiers {
  const map = new Map<string, QualifierValue>();
  for (const [name, raw] of Object.entries(input)) {
    const withOrigin =
      typeof raw === "object" && raw !== null && !Array.isArray(raw) && "origin" in raw;
    const value = withOrigin ? raw.value : (raw as ModelValue);
    map.set(name.toLowerCase(), {
      name,
      value,
      flavors,
      origin: withOrigin ? raw.origin : origin,
      span,
    });
  }
  return map;
}

export function prim(name: CimPrimitive): CimType {
  return { kind: "primitive", name };
}

export function ref(className: string): CimType {
  return { kind: "ref", className };
}

export interface PropertyInput {
  readonly name: string;
  readonly type?: CimType;
  readonly array?: ArraySpec;
  readonly q?: QualifierInput;
  readonly overrides?: string;
}

export interface ParameterInput {
  readonly name: string;
  readonly type?: CimType;
  readonly array?: ArraySpec;
  readonly q?: QualifierInput;
  readonly in?: boolean;
  readonly out?: boolean;
}

export interface MethodInput {
  readonly name: string;
  readonly returnType?: CimType | null;
  readonly q?: QualifierInput;
  readonly parameters?: readonly ParameterInput[];
  readonly static?: boolean;
  readonly overrides?: string;
}

export interface ClassInput {
  readonly name: string;
  readonly superclass?: string;
  readonly q?: QualifierInput;
  readonly properties?: readonly PropertyInput[];
  readonly methods?: readonly MethodInput[];
  readonly namespace?: string;
  readonly abstract?: boolean;
}

/**
 * Builds a schema; each class inherits its superclass's members (inherited first, overrides
 * replacing them in place), as the model does.
 */
export function buildSchema(inputs: readonly ClassInput[]): Schema {
  const classes = new Map<string, CimClass>();
  for (const input of inputs) {
    const parent =
      input.superclass === undefined ? undefined : classes.get(input.superclass.toLowerCase());
    const localProps = (input.properties ?? []).map(
      (p): CimProperty => ({
        name: p.name,
        type: p.type ?? prim("string"),
        array: p.array ?? false,
        default: undefined,
        qualifiers: qualifiers(p.q, input.name),
        origin: input.name,
        overrides: p.overrides,
        span,
      }),
    );
    const localMethods = (input.methods ?? []).map(
      (m): CimMethod => ({
        name: m.name,
        returnType: m.returnType === null ? undefined : (m.returnType ?? prim("uint32")),
        parameters: (m.parameters ?? []).map(
          (p): CimParameter => ({
            name: p.name,
            type: p.type ?? prim("string"),
            array: p.array ?? false,
            qualifiers: qualifiers(p.q, input.name),
            in: p.in ?? true,
            out: p.out ?? false,
            span,
          }),
        ),
        qualifiers: qualifiers(m.q, input.name),
        origin: input.name,
        overrides: m.overrides,
        static: m.static ?? false,
        span,
      }),
    );
    classes.set(input.name.toLowerCase(), {
      name: input.name,
      superclass: parent?.name,
      namespace: input.namespace ?? "root/cimv2",
      qualifiers: qualifiers(input.q, input.name),
      isAssociation: false,
      isIndication: false,
      isAbstract: input.abstract ?? false,
      properties: merge(parent?.properties ?? [], localProps),
      methods: merge(parent?.methods ?? [], localMethods),
      implicit: false,
      span,
    });
  }
  return { qualifierTypes: new Map(), classes, instances: [] };
}

function merge<T extends { readonly name: string }>(
  inherited: readonly T[],
  local: readonly T[],
): T[] {
  const result = [...inherited];
  for (const member of local) {
    const at = result.findIndex((m) => m.name.toLowerCase() === member.name.toLowerCase());
    if (at >= 0) result[at] = member;
    else result.push(member);
  }
  return result;
}

/** CIM_Job.KillJob and friends, trimmed from CIM 2.49, plus a Hyper-V-style subclass. */
export function jobSchema(): Schema {
  return buildSchema([
    {
      name: "CIM_ManagedElement",
      abstract: true,
      q: { Description: "The root of the hierarchy." },
      properties: [
        { name: "InstanceID", q: { Description: "Opaque identifier." } },
        { name: "ElementName", q: { Description: "A user-friendly name.", MaxLen: 256n } },
      ],
    },
    {
      name: "CIM_Job",
      superclass: "CIM_ManagedElement",
      abstract: true,
      properties: [
        { name: "JobStatus" },
        { name: "ElapsedTime", type: prim("datetime") },
        {
          name: "RecoveryAction",
          type: prim("uint16"),
          q: {
            ValueMap: ["0", "1", "2", "3", "4", "5"],
            Values: [
              "Unknown",
              "Other",
              "Do Not Continue",
              "Continue With Next Job",
              "Re-run Job",
              "Run Recovery Job",
            ],
          },
        },
      ],
      methods: [
        {
          name: "KillJob",
          q: {
            Deprecated: ["CIM_ConcreteJob.RequestStateChange()"],
            Description: "A method to kill this job.",
            ValueMap: ["0", "1", "2", "3", "4", "6", "7", "..", "32768..65535"],
            Values: [
              "Success",
              "Not Supported",
              "Unknown",
              "Timeout",
              "Failed",
              "Access Denied",
              "Not Found",
              "DMTF Reserved",
              "Vendor Specific",
            ],
          },
          parameters: [{ name: "DeleteOnKill", type: prim("boolean"), q: { In: true } }],
        },
      ],
    },
    {
      name: "CIM_ConcreteJob",
      superclass: "CIM_Job",
      properties: [{ name: "InstanceID", overrides: "CIM_ManagedElement", q: { Key: true } }],
      methods: [
        {
          name: "RequestStateChange",
          q: {
            ValueMap: [
              "0",
              "1",
              "2",
              "3",
              "4",
              "5",
              "6",
              "..",
              "4096",
              "4097",
              "4098..32767",
              "32768..65535",
            ],
            Values: [
              "Completed with No Error",
              "Not Supported",
              "Unknown/Unspecified Error",
              "Can NOT complete within Timeout Period",
              "Failed",
              "Invalid Parameter",
              "In Use",
              "DMTF Reserved",
              "Method Parameters Checked - Transition Started",
              "Invalid State Transition",
              "Method Reserved",
              "Vendor Specific",
            ],
          },
          parameters: [
            {
              name: "RequestedState",
              type: prim("uint16"),
              q: {
                ValueMap: ["2", "3", "4", "5", "6", "7", "..", "32768..65535"],
                Values: [
                  "Start",
                  "Suspend",
                  "Terminate",
                  "Kill",
                  "Exception",
                  "Service",
                  "DMTF Reserved",
                  "Vendor Reserved",
                ],
              },
            },
            { name: "TimeoutPeriod", type: prim("datetime") },
          ],
        },
      ],
    },
    {
      name: "Msvm_MigrationJob",
      superclass: "CIM_ConcreteJob",
      namespace: "root/virtualization/v2",
      properties: [
        { name: "VirtualSystemName", q: { Description: "The migrating system." } },
        { name: "Bytes", type: prim("uint64"), q: { Units: "Bytes" } },
        { name: "Owner", type: ref("CIM_Job") },
        { name: "Settings", array: true, q: { EmbeddedInstance: "CIM_ConcreteJob" } },
      ],
    },
  ]);
}
