/**
 * CIM object paths (DSP0004 §8.2, WMI object paths): the text form that names a class or an
 * instance, e.g. `\\HOST\root\virtualization\v2:Msvm_ConcreteJob.InstanceID="…"`, and the
 * structured form the runtime passes around.
 */

/** A key property value inside an object path. Real-valued and NULL keys do not exist in CIM. */
export type CimKeyValue = string | number | bigint | boolean;

/**
 * A structured object path.
 *
 * - A class path (used as the target of static methods) has no `keys`.
 * - An instance path has `keys`; an empty `keys` object is a singleton instance (`Class=@`).
 */
export interface CimObjectPath {
  /** The class of the named instance (for instance paths, its most derived class). */
  readonly className: string;
  /** The namespace, e.g. `root\virtualization\v2` or `root/cimv2`, kept as written. */
  readonly namespace?: string;
  /** The host, without the leading `\\` or `//`. Only meaningful together with `namespace`. */
  readonly host?: string;
  /** Key property values by key name, in the order they appeared. */
  readonly keys?: Readonly<Record<string, CimKeyValue>>;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads `"…"` starting at `start` (the opening quote); `\\` and `\"` are the only escapes. */
function readQuoted(text: string, start: number): { value: string; end: number } | undefined {
  let value = "";
  for (let i = start + 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '"') return { value, end: i + 1 };
    if (ch === "\\") {
      const next = text.charAt(i + 1);
      if (next !== '"' && next !== "\\") return undefined;
      value += next;
      i++;
    } else {
      value += ch;
    }
  }
  return undefined;
}

/** Reads an unquoted key value: a decimal integer or TRUE/FALSE (any case). */
function readBare(raw: string): CimKeyValue | undefined {
  if (/^[+-]?\d+$/.test(raw)) {
    const big = BigInt(raw);
    const small = Number(big);
    // Keys beyond 2^53 (uint64 keys) stay exact as bigint.
    return Number.isSafeInteger(small) ? small : big;
  }
  const upper = raw.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return undefined;
}

function parseKeys(text: string): Record<string, CimKeyValue> | undefined {
  const entries: [string, CimKeyValue][] = [];
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf("=", i);
    if (eq < 0) return undefined;
    const name = text.slice(i, eq).trim();
    if (!identifier.test(name)) return undefined;
    let value: CimKeyValue | undefined;
    let end: number;
    if (text.charAt(eq + 1) === '"') {
      const quoted = readQuoted(text, eq + 1);
      if (!quoted) return undefined;
      value = quoted.value;
      end = quoted.end;
    } else {
      const comma = text.indexOf(",", eq + 1);
      end = comma < 0 ? text.length : comma;
      value = readBare(text.slice(eq + 1, end).trim());
    }
    if (value === undefined) return undefined;
    entries.push([name, value]);
    if (end === text.length) break;
    if (text.charAt(end) !== ",") return undefined;
    i = end + 1;
    if (i === text.length) return undefined;
  }
  // fromEntries defines own properties, so a key named like an Object.prototype member is safe.
  return Object.fromEntries(entries);
}

/**
 * Parses an object path in WMI (`\\HOST\ns:Class.Key="v"`) or WBEM URI-like
 * (`//host/ns:Class.Key="v"`) spelling, with or without host and namespace. Never throws.
 *
 * Not supported: WMI's abbreviated single-key form `Class="value"` (the key name is needed to
 * type the value) and real-valued keys (CIM forbids them).
 *
 * @param text - the path text
 * @returns the structured path, or `undefined` when the text is not a well-formed path
 */
export function parseCimObjectPath(text: string): CimObjectPath | undefined {
  let rest = text.trim();
  let host: string | undefined;
  const hostMatch = /^(?:\\\\|\/\/)([^\\/]+)[\\/]/.exec(rest);
  if (hostMatch) {
    host = hostMatch[1];
    rest = rest.slice(hostMatch[0].length);
  }
  // The namespace ends at the first colon that precedes the class name; later colons belong to
  // quoted key values.
  const classStart = /^(?:([^:".=]+):)?([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
  if (!classStart) return undefined;
  const namespace = classStart[1];
  const className = classStart[2] ?? "";
  if (host !== undefined && namespace === undefined) return undefined;
  const tail = rest.slice(classStart[0].length);
  const base: CimObjectPath = {
    className,
    ...(namespace === undefined ? {} : { namespace }),
    ...(host === undefined ? {} : { host }),
  };
  if (tail === "") return base;
  if (tail === "=@") return { ...base, keys: {} };
  if (!tail.startsWith(".")) return undefined;
  const keys = parseKeys(tail.slice(1));
  return keys === undefined ? undefined : { ...base, keys };
}

function formatKeyValue(value: CimKeyValue): string {
  if (typeof value === "string") return `"${value.replace(/[\\"]/g, "\\$&")}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * Formats a structured path as text that {@link parseCimObjectPath} reads back unchanged.
 *
 * The host prefix follows the namespace's own separator (`\\` for `root\cimv2`, `//` for
 * `root/cimv2`) and is written only when a namespace is present, since a host alone does not
 * form a valid path.
 *
 * @param path - the path to format
 * @returns the path text
 */
export function formatCimObjectPath(path: CimObjectPath): string {
  let text = "";
  if (path.namespace !== undefined) {
    if (path.host !== undefined) {
      const slash = path.namespace.includes("/") && !path.namespace.includes("\\");
      text += slash ? `//${path.host}/` : `\\\\${path.host}\\`;
    }
    text += `${path.namespace}:`;
  }
  text += path.className;
  if (path.keys === undefined) return text;
  const bindings = Object.entries(path.keys).map(([k, v]) => `${k}=${formatKeyValue(v)}`);
  return bindings.length === 0 ? `${text}=@` : `${text}.${bindings.join(",")}`;
}

function isKeyValue(value: unknown): value is CimKeyValue {
  return (
    typeof value === "string" ||
    typeof value === "bigint" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/**
 * Checks a structured path that comes from untyped data (a transport, JSON) and copies it, so
 * later changes to the source object cannot alter the result.
 *
 * @param value - anything
 * @returns a clean {@link CimObjectPath} with only the known fields, or `undefined` when
 *   `value` does not have that shape
 */
export function asCimObjectPath(value: unknown): CimObjectPath | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { className, namespace, host, keys } = value as Record<string, unknown>;
  if (typeof className !== "string" || !identifier.test(className)) return undefined;
  if (namespace !== undefined && typeof namespace !== "string") return undefined;
  if (host !== undefined && typeof host !== "string") return undefined;
  let checkedKeys: Record<string, CimKeyValue> | undefined;
  if (keys !== undefined) {
    if (typeof keys !== "object" || keys === null || Array.isArray(keys)) return undefined;
    const entries = Object.entries(keys);
    if (!entries.every(([name, v]) => identifier.test(name) && isKeyValue(v))) return undefined;
    checkedKeys = Object.fromEntries(entries);
  }
  return {
    className,
    ...(namespace === undefined ? {} : { namespace }),
    ...(host === undefined ? {} : { host }),
    ...(checkedKeys === undefined ? {} : { keys: checkedKeys }),
  };
}
