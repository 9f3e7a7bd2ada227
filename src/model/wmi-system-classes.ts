/**
 * The WMI system classes every WMI namespace has (`__SystemClass` and the provider,
 * event and security classes real Windows MOF derives from or refers to). MOF files never
 * declare them, so mofgen knows them implicitly: a schema includes the ones its classes and
 * instances use (with their superclasses) as classes with `implicit: true`.
 */
import type { ArraySpec, CimPrimitive } from "../ast/ast.js";
import type { CimType } from "./model.js";

export interface SystemProperty {
  readonly name: string;
  readonly type: CimType;
  readonly array: ArraySpec;
  readonly key: boolean;
}

export interface SystemClass {
  readonly name: string;
  readonly superclass: string | undefined;
  readonly abstract: boolean;
  readonly indication: boolean;
  readonly properties: readonly SystemProperty[];
}

type Row = readonly [
  name: string,
  superclass: string | undefined,
  flags: "" | "abstract" | "abstract indication",
  /** `[key] type name` entries separated by `;`; type `T`, `T[]`, `ref:C`, `object`, `object:C`. */
  properties: string,
];

const ROWS: readonly Row[] = [
  ["__SystemClass", undefined, "abstract", ""],
  ["__NotifyStatus", "__SystemClass", "", "uint32 StatusCode"],
  [
    "__ExtendedStatus",
    "__NotifyStatus",
    "",
    "string Description; string Operation; string ParameterInfo; string ProviderName",
  ],
  ["__NAMESPACE", "__SystemClass", "", "key string Name"],
  ["__Provider", "__SystemClass", "abstract", "key string Name"],
  [
    "__Win32Provider",
    "__Provider",
    "",
    "string ClientLoadableCLSID; string CLSID; sint32 Concurrency; string DefaultMachineName;" +
      " boolean Enabled; string HostingModel; string HostingGroup; sint32 ImpersonationLevel;" +
      " sint32 InitializationReentrancy; datetime InitializationTimeoutInterval;" +
      " boolean InitializeAsAdminFirst; datetime OperationTimeoutInterval;" +
      " boolean PerLocaleInitialization; boolean PerUserInitialization; boolean Pure;" +
      " string SecurityDescriptor; boolean SupportsExplicitShutdown;" +
      " boolean SupportsExtendedStatus; boolean SupportsQuotas; boolean SupportsSendStatus;" +
      " boolean SupportsShutdown; boolean SupportsThrottling; datetime UnloadTimeout;" +
      " uint32 Version",
  ],
  ["__ProviderRegistration", "__SystemClass", "abstract", "ref:__Provider provider"],
  [
    "__ObjectProviderRegistration",
    "__ProviderRegistration",
    "abstract",
    "sint32 InteractionType; string[] QuerySupportLevels; boolean SupportsBatching;" +
      " boolean SupportsDelete; boolean SupportsEnumeration; boolean SupportsGet;" +
      " boolean SupportsPut; boolean SupportsTransactions",
  ],
  [
    "__ClassProviderRegistration",
    "__ObjectProviderRegistration",
    "",
    "datetime CacheRefreshInterval; boolean PerUserSchema; string[] ReferencedSetQueries;" +
      " boolean ReloadStructuredPath; string[] ResultSetQueries; string[] UnsupportedQueries;" +
      " uint32 Version",
  ],
  ["__InstanceProviderRegistration", "__ObjectProviderRegistration", "", ""],
  [
    "__PropertyProviderRegistration",
    "__ProviderRegistration",
    "",
    "boolean SupportsGet; boolean SupportsPut",
  ],
  ["__EventProviderRegistration", "__ProviderRegistration", "", "string[] EventQueryList"],
  [
    "__EventConsumerProviderRegistration",
    "__ProviderRegistration",
    "",
    "string[] ConsumerClassNames",
  ],
  ["__MethodProviderRegistration", "__ProviderRegistration", "", ""],
  ["__IndicationRelated", "__SystemClass", "abstract", ""],
  [
    "__Event",
    "__IndicationRelated",
    "abstract indication",
    "uint8[] SECURITY_DESCRIPTOR; uint64 TIME_CREATED",
  ],
  ["__ExtrinsicEvent", "__Event", "abstract", ""],
  ["__SystemEvent", "__ExtrinsicEvent", "", ""],
  ["__InstanceOperationEvent", "__Event", "abstract", "object TargetInstance"],
  ["__InstanceCreationEvent", "__InstanceOperationEvent", "", ""],
  ["__InstanceDeletionEvent", "__InstanceOperationEvent", "", ""],
  ["__InstanceModificationEvent", "__InstanceOperationEvent", "", "object PreviousInstance"],
  ["__ClassOperationEvent", "__Event", "abstract", "object TargetClass"],
  ["__ClassCreationEvent", "__ClassOperationEvent", "", ""],
  ["__ClassDeletionEvent", "__ClassOperationEvent", "", ""],
  ["__ClassModificationEvent", "__ClassOperationEvent", "", "object PreviousClass"],
  ["__NamespaceOperationEvent", "__Event", "abstract", "object:__NAMESPACE TargetNamespace"],
  ["__NamespaceCreationEvent", "__NamespaceOperationEvent", "", ""],
  ["__NamespaceDeletionEvent", "__NamespaceOperationEvent", "", ""],
  [
    "__NamespaceModificationEvent",
    "__NamespaceOperationEvent",
    "",
    "object:__NAMESPACE PreviousNamespace",
  ],
  ["__TimerEvent", "__Event", "", "uint32 NumFirings; string TimerId"],
  [
    "__EventFilter",
    "__IndicationRelated",
    "",
    "uint8[] CreatorSID; string EventAccess; string EventNamespace; key string Name;" +
      " string Query; string QueryLanguage",
  ],
  [
    "__EventConsumer",
    "__IndicationRelated",
    "abstract",
    "uint8[] CreatorSID; string MachineName; uint32 MaximumQueueSize",
  ],
  [
    "__FilterToConsumerBinding",
    "__IndicationRelated",
    "",
    "key ref:__EventConsumer Consumer; uint8[] CreatorSID; boolean DeliverSynchronously;" +
      " uint32 DeliveryQoS; key ref:__EventFilter Filter; boolean MaintainSecurityContext;" +
      " boolean SlowDownProviders",
  ],
  ["__EventGenerator", "__IndicationRelated", "abstract", ""],
  [
    "__TimerInstruction",
    "__EventGenerator",
    "abstract",
    "boolean SkipIfPassed; key string TimerId",
  ],
  ["__IntervalTimerInstruction", "__TimerInstruction", "", "uint32 IntervalBetweenEvents"],
  ["__AbsoluteTimerInstruction", "__TimerInstruction", "", "datetime EventDateTime"],
  ["__AggregateEvent", "__IndicationRelated", "", "uint32 NumberOfEvents; object Representative"],
  ["__SecurityRelatedClass", "__SystemClass", "abstract", ""],
  [
    "__Trustee",
    "__SecurityRelatedClass",
    "",
    "string Domain; string Name; uint8[] SID; uint32 SidLength; string SIDString; uint64 TIME_CREATED",
  ],
  [
    "__ACE",
    "__SecurityRelatedClass",
    "",
    "uint32 AccessMask; uint32 AceFlags; uint32 AceType; string GuidInheritedObjectType;" +
      " string GuidObjectType; uint64 TIME_CREATED; object:__Trustee Trustee",
  ],
  [
    "__SecurityDescriptor",
    "__SecurityRelatedClass",
    "",
    "uint32 ControlFlags; object:__ACE[] DACL; object:__Trustee Group; object:__Trustee Owner;" +
      " object:__ACE[] SACL; uint64 TIME_CREATED",
  ],
];

function parseProperty(text: string): SystemProperty {
  const words = text.trim().split(/\s+/);
  const key = words[0] === "key";
  const [typeText = "string", name = ""] = key ? words.slice(1) : words;
  const array = typeText.endsWith("[]");
  const base = array ? typeText.slice(0, -2) : typeText;
  let type: CimType;
  if (base.startsWith("ref:")) type = { kind: "ref", className: base.slice(4) };
  else if (base === "object") type = { kind: "object", className: undefined };
  else if (base.startsWith("object:")) type = { kind: "object", className: base.slice(7) };
  else type = { kind: "primitive", name: base as CimPrimitive };
  return { name, type, array, key };
}

function parseRow([name, superclass, flags, properties]: Row): SystemClass {
  return {
    name,
    superclass,
    abstract: flags.startsWith("abstract"),
    indication: flags.endsWith("indication"),
    properties: properties === "" ? [] : properties.split(";").map(parseProperty),
  };
}

/** Keyed by lowercased class name; superclasses come before subclasses. */
export const wmiSystemClasses: ReadonlyMap<string, SystemClass> = new Map(
  ROWS.map((row) => [row[0].toLowerCase(), parseRow(row)]),
);
