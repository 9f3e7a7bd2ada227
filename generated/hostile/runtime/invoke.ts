/**
 * The one generic method call every generated method wrapper delegates to: encode, send,
 * decode, with the schema metadata deciding every conversion.
 */
import type { CimDecodedValue, CimDecodeOptions } from "./decode.js";
import { decodeWireValue } from "./decode.js";
import { encodeWireValue } from "./encode.js";
import type { CimMethodMeta } from "./metadata.js";
import type { CimObjectPath } from "./object-path.js";
import type { CimTransport } from "./transport.js";
import { CimDecodeError, CimEncodeError } from "./wire-error.js";
import type { WireValue } from "./wire-value.js";

/**
 * A method output as the runtime knows it without generated types: `ReturnValue` plus the OUT
 * parameters, each decoded by its metadata (so a uint64 return code is a bigint in the default
 * int64 mode, a datetime return value a `CimDateTime`). Generated bindings name a precise
 * output type instead.
 */
export interface CimMethodOutput {
  /**
   * The method's return value; absent for `void` methods. Codes outside the method's ValueMap
   * (vendor or newer codes) are returned as they are; look them up with `lookupValueName`.
   */
  readonly ReturnValue?: CimDecodedValue;
  /** OUT parameters by their schema names; parameters the transport did not return are absent. */
  readonly [parameter: string]: CimDecodedValue | undefined;
}

/** Options for {@link invokeCimMethod}. */
export interface CimInvokeOptions extends Omit<CimDecodeOptions, "location"> {
  /** Namespace to use when the target path has none; defaults to the method metadata's. */
  readonly namespace?: string;
}

/** The decode location for one element of a method call. */
function at(method: CimMethodMeta, elementName: string) {
  return { className: method.className, methodName: method.name, elementName };
}

/**
 * Invokes an extrinsic method through a transport and returns its checked, typed output.
 *
 * Errors and results follow one rule: unknown enum values are data, malformed values are errors.
 * - A `ReturnValue` or OUT value that is well-formed but not in the schema's ValueMap is returned
 *   as-is; this function never throws because of a return code.
 * - A caller value that cannot be encoded rejects with {@link CimEncodeError} before anything
 *   is sent; so does an input member the method does not declare as IN.
 * - An OUT value (or `ReturnValue`) that does not fit its declared type, or a missing
 *   `ReturnValue`, rejects with {@link CimDecodeError} naming class, method and parameter.
 *   Methods whose metadata says `returnType: "void"` have no `ReturnValue`: none is required,
 *   and one the transport sends anyway is left out of the output.
 * - Transport failures reject with whatever the transport rejected with.
 *
 * OUT parameters the transport did not return are absent from the output; wire names are matched
 * case-insensitively, output names are the schema's.
 *
 * @param transport - carries the call
 * @param method - the generated method metadata
 * @param target - the instance path, or `null` for a static method
 * @param input - the IN parameters by name; `undefined` members are omitted, `null` is sent
 * @param options - int64 mode, embedded class lookup, namespace override
 * @returns the decoded OUT parameters plus `ReturnValue`, as `TOutput`: the runtime decodes
 *   each value by the metadata, so `TOutput` must be the output type generated from the same
 *   method as `method` (generated bindings guarantee this)
 * @typeParam TOutput - the generated output type; inferred from the binding's return type
 */
export async function invokeCimMethod<TOutput extends object = CimMethodOutput>(
  transport: CimTransport,
  method: CimMethodMeta,
  target: CimObjectPath | null,
  input: object,
  options: CimInvokeOptions = {},
): Promise<TOutput> {
  const byName = new Map(method.parameters.map((p) => [p.name.toLowerCase(), p]));
  const wireInput: Record<string, WireValue> = {};
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const parameter = byName.get(name.toLowerCase());
    if (parameter?.in !== true) {
      const expected = "an IN parameter";
      throw new CimEncodeError(
        `${name} is not ${expected} of this method`,
        at(method, name),
        expected,
      );
    }
    const encoded = encodeWireValue(parameter, value, {
      ...options,
      location: at(method, parameter.name),
    });
    if (!encoded.ok) throw encoded.error;
    wireInput[parameter.name] = encoded.value;
  }

  const raw = await transport.invokeMethod({
    target,
    className: target?.className ?? method.className,
    methodName: method.name,
    namespace: target?.namespace ?? options.namespace ?? method.namespace ?? "",
    input: wireInput,
  });

  const rawByName = new Map(
    Object.entries(raw).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const output: Record<string, CimDecodedValue> = {};
  const returnType = method.returnType;
  if (returnType !== "void") {
    const rawReturn = rawByName.get("returnvalue");
    if (rawReturn === undefined || rawReturn === null) {
      throw new CimDecodeError(
        "the transport returned no ReturnValue",
        at(method, "ReturnValue"),
        returnType,
      );
    }
    const decodedReturn = decodeWireValue({ name: "ReturnValue", type: returnType }, rawReturn, {
      ...options,
      location: at(method, "ReturnValue"),
    });
    if (!decodedReturn.ok) throw decodedReturn.error;
    output.ReturnValue = decodedReturn.value;
  }

  for (const parameter of method.parameters) {
    if (parameter.out !== true) continue;
    // The return value owns the name; an OUT parameter spelled the same cannot replace it.
    if (returnType !== "void" && parameter.name.toLowerCase() === "returnvalue") continue;
    const value = rawByName.get(parameter.name.toLowerCase());
    if (value === undefined) continue;
    const decoded = decodeWireValue(parameter, value, {
      ...options,
      location: at(method, parameter.name),
    });
    if (!decoded.ok) throw decoded.error;
    output[parameter.name] = decoded.value;
  }
  // The decoded values have the types the generated TOutput declares for the same metadata.
  return output as TOutput;
}
