/**
 * The qualifier types mofgen assumes when the input declares none (Windows MOF never declares
 * its qualifiers; mofcomp knows them). Two sets: the DMTF standard qualifiers exactly as CIM
 * Schema 2.49 declares them (qualifiers.mof and qualifiers_optional.mof), and the WMI
 * qualifiers Windows MOF files rely on. See qualifier-registry.ts for when this table applies.
 */
import type { ArraySpec, CimPrimitive, Flavor, Scope } from "../ast/ast.js";
import type { ModelValue } from "./model.js";

export interface BuiltinQualifier {
  readonly name: string;
  readonly type: CimPrimitive;
  readonly array: ArraySpec;
  readonly default: ModelValue | undefined;
  readonly scopes: readonly Scope[];
  /** As a Flavor clause would list them; empty means the DSP0004 defaults. */
  readonly flavors: readonly Flavor[];
  readonly origin: "dmtf" | "wmi";
}

type Row = readonly [
  name: string,
  type: `${CimPrimitive}` | `${CimPrimitive}[]`,
  scopes: string,
  flavors: string,
  defaultValue?: ModelValue,
];

// Scope and flavor lists are space-separated to keep each row on one line.
const DMTF: readonly Row[] = [
  ["Association", "boolean", "association", "DisableOverride ToSubclass", false],
  ["Indication", "boolean", "class indication", "DisableOverride ToSubclass", false],
  ["Abstract", "boolean", "class association indication", "EnableOverride Restricted", false],
  ["Aggregate", "boolean", "reference", "DisableOverride ToSubclass", false],
  ["Aggregation", "boolean", "association", "DisableOverride ToSubclass", false],
  ["ArrayType", "string", "property parameter", "DisableOverride ToSubclass", "Bag"],
  ["BitMap", "string[]", "property method parameter", ""],
  ["BitValues", "string[]", "property method parameter", "EnableOverride ToSubclass Translatable"],
  ["ClassConstraint", "string[]", "class association indication", ""],
  ["Composition", "boolean", "association", "DisableOverride ToSubclass", false],
  ["Correlatable", "string[]", "property", ""],
  ["Counter", "boolean", "property method parameter", "", false],
  ["Deprecated", "string[]", "any", "EnableOverride Restricted"],
  ["Description", "string", "any", "EnableOverride ToSubclass Translatable", null],
  ["DisplayName", "string", "any", "EnableOverride ToSubclass Translatable", null],
  ["DN", "boolean", "property method parameter", "DisableOverride ToSubclass", false],
  ["EmbeddedInstance", "string", "property method parameter", "", null],
  ["EmbeddedObject", "boolean", "property method parameter", "DisableOverride ToSubclass", false],
  ["Exception", "boolean", "class indication", "DisableOverride ToSubclass", false],
  ["Experimental", "boolean", "any", "EnableOverride Restricted", false],
  ["Gauge", "boolean", "property method parameter", "", false],
  ["In", "boolean", "parameter", "DisableOverride ToSubclass", true],
  ["IsPUnit", "boolean", "property method parameter", "", false],
  ["Key", "boolean", "property reference", "DisableOverride ToSubclass", false],
  ["MappingStrings", "string[]", "any", ""],
  ["Max", "uint32", "reference", "", null],
  ["MaxLen", "uint32", "property method parameter", "", null],
  ["MaxValue", "sint64", "property method parameter", "", null],
  ["MethodConstraint", "string[]", "method", ""],
  ["Min", "uint32", "reference", "", 0n],
  ["MinLen", "uint32", "property method parameter", "", 0n],
  ["MinValue", "sint64", "property method parameter", "", null],
  ["ModelCorrespondence", "string[]", "any", ""],
  ["NullValue", "string", "property", "DisableOverride ToSubclass", null],
  ["Octetstring", "boolean", "property method parameter", "DisableOverride ToSubclass", false],
  ["Out", "boolean", "parameter", "DisableOverride ToSubclass", false],
  ["Override", "string", "property reference method", "EnableOverride Restricted", null],
  ["Propagated", "string", "property", "DisableOverride ToSubclass", null],
  ["PropertyConstraint", "string[]", "property reference", ""],
  ["PUnit", "string", "property method parameter", "", null],
  ["Read", "boolean", "property", "", true],
  ["Reference", "string", "property", "", null],
  [
    "Required",
    "boolean",
    "property reference method parameter",
    "DisableOverride ToSubclass",
    false,
  ],
  [
    "Revision",
    "string",
    "class association indication",
    "EnableOverride ToSubclass Translatable",
    null,
  ],
  ["Schema", "string", "property method", "DisableOverride ToSubclass Translatable", null],
  ["Static", "boolean", "property method", "DisableOverride ToSubclass", false],
  ["Structure", "boolean", "class indication", "DisableOverride ToSubclass", false],
  ["Terminal", "boolean", "class association indication", "", false],
  ["UMLPackagePath", "string", "class association indication", "", null],
  ["Units", "string", "property method parameter", "EnableOverride ToSubclass Translatable", null],
  ["ValueMap", "string[]", "property method parameter", ""],
  ["Values", "string[]", "property method parameter", "EnableOverride ToSubclass Translatable"],
  [
    "Version",
    "string",
    "class association indication",
    "EnableOverride Restricted Translatable",
    null,
  ],
  ["Weak", "boolean", "reference", "DisableOverride ToSubclass", false],
  ["Write", "boolean", "property", "", false],
  ["XMLNamespaceName", "string", "property method parameter", "", null],
  // qualifiers_optional.mof
  ["Alias", "string", "property reference method", "EnableOverride ToSubclass Translatable", null],
  ["Delete", "boolean", "association reference", "", false],
  ["DisplayDescription", "string", "any", "EnableOverride ToSubclass Translatable", null],
  ["Expensive", "boolean", "any", "", false],
  ["Ifdeleted", "boolean", "association reference", "", false],
  ["Invisible", "boolean", "class association property reference method", "", false],
  ["Large", "boolean", "class property", "", false],
  ["PropertyUsage", "string", "property", "", "CurrentContext"],
  ["Provider", "string", "any", "", null],
  ["SyntaxType", "string", "property reference method parameter", "", null],
  ["Syntax", "string", "property reference method parameter", "", null],
  ["TriggerType", "string", "class association indication property reference method", "", null],
  ["UnknownValues", "string[]", "property", "DisableOverride ToSubclass"],
  ["UnsupportedValues", "string[]", "property", "DisableOverride ToSubclass"],
];

/**
 * WMI qualifiers (Microsoft's "WMI Qualifiers" and "Standard Qualifiers" lists plus the
 * provider-registration and DSC ones found in real Windows MOF). Class identity and
 * provider binding (UUID, Locale, Amendment, Dynamic, Singleton...) are Restricted: a subclass
 * has its own.
 */
const WMI: readonly Row[] = [
  ["Amendment", "boolean", "class association indication", "Restricted", false],
  ["Locale", "sint32", "class association indication", "Restricted", null],
  ["UUID", "string", "class association indication", "Restricted", null],
  ["Dynamic", "boolean", "class association indication property", "", false],
  ["Singleton", "boolean", "class", "", false],
  ["Implemented", "boolean", "method", "Restricted", false],
  ["Constructor", "boolean", "method", "", false],
  ["Destructor", "boolean", "method", "", false],
  ["Privileges", "string[]", "any", ""],
  ["EnumPrivileges", "string[]", "class association indication", ""],
  ["SupportsCreate", "boolean", "class association", "", false],
  ["SupportsUpdate", "boolean", "class association", "", false],
  ["SupportsDelete", "boolean", "class association", "", false],
  ["CreateBy", "string", "class association", "", null],
  ["DeleteBy", "string", "class association", "", null],
  ["ID", "sint32", "property method parameter", "", null],
  ["Optional", "boolean", "parameter", "", false],
  ["Not_Null", "boolean", "property reference parameter", "", false],
  ["CIM_Key", "boolean", "property reference", "", false],
  ["CIMType", "string", "property reference method parameter", "", null],
  ["Lazy", "boolean", "property", "", false],
  ["Fixed", "boolean", "property", "", false],
  ["Indexed", "boolean", "property", "", false],
  ["Volatile", "boolean", "property", "", false],
  ["Subtype", "string", "property parameter", "", null],
  ["Hierarchy", "boolean", "class", "", false],
  ["ClassContext", "string", "class association indication", "", null],
  ["InstanceContext", "string", "class association indication", "", null],
  ["PropertyContext", "string", "property", "", null],
  ["DynProps", "boolean", "class association", "", false],
  ["Source", "string", "class association indication", "", null],
  ["SourceType", "string", "class association indication", "", null],
  ["NamespaceSecuritySDDL", "string", "class association indication", "", null],
  ["Enumeration", "boolean", "class", "", false],
  ["WmiDataId", "sint32", "property", "", null],
  ["WmiMethodId", "sint32", "method", "", null],
  ["WmiSizeIs", "string", "property", "", null],
  ["guid", "string", "class", "", null],
  ["WMI", "boolean", "class", "", false],
  ["ClassVersion", "string", "class association indication", "", null],
  ["FriendlyName", "string", "class association indication", "", null],
  ["MethodResult", "boolean", "method", "", false],
  // Hyper-V (root\virtualization\v2, root\HyperVCluster\v2): an embedded instance of a class
  // that may live in another namespace, and the namespace a reference points into.
  ["HyperVEmbeddedInstance", "string", "property method parameter", "", null],
  ["MSFT_TargetNamespace", "string", "property reference parameter", "", null],
];

function parseRow(row: Row, origin: BuiltinQualifier["origin"]): BuiltinQualifier {
  const [name, typeText, scopes, flavors, defaultValue] = row;
  const array = typeText.endsWith("[]");
  return {
    name,
    type: (array ? typeText.slice(0, -2) : typeText) as CimPrimitive,
    array,
    default: defaultValue,
    scopes: scopes.split(" ") as Scope[],
    flavors: flavors === "" ? [] : (flavors.split(" ") as Flavor[]),
    origin,
  };
}

function buildTable(): ReadonlyMap<string, BuiltinQualifier> {
  const table = new Map<string, BuiltinQualifier>();
  for (const row of DMTF) table.set(row[0].toLowerCase(), parseRow(row, "dmtf"));
  // A WMI row never replaces the DMTF definition of the same qualifier.
  for (const row of WMI) {
    const key = row[0].toLowerCase();
    if (!table.has(key)) table.set(key, parseRow(row, "wmi"));
  }
  return table;
}

/** Keyed by lowercased qualifier name. */
export const builtinQualifiers: ReadonlyMap<string, BuiltinQualifier> = buildTable();
