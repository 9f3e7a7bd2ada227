import type { CimObjectPath } from "./object-path.js";
import type { WireValue } from "./wire-value.js";

/** One extrinsic method call as the runtime asks a {@link CimTransport} to perform it. */
export interface CimInvokeRequest {
  /**
   * The instance to invoke the method on, or `null` (or a class path, i.e. one without `keys`)
   * for a static method.
   */
  readonly target: CimObjectPath | null;
  /** The class to address: the target's actual class, or the declaring class for static calls. */
  readonly className: string;
  /** The method name exactly as declared in the schema. */
  readonly methodName: string;
  /**
   * The CIM namespace, e.g. `root/virtualization/v2`. Empty when neither the target, the call
   * options nor the metadata name one; transports then use their connection's default.
   */
  readonly namespace: string;
  /**
   * Encoded IN parameters keyed by their schema names. Parameters the caller left out are absent
   * (never `undefined`), so a transport can send exactly what it is given.
   */
  readonly input: Readonly<Record<string, WireValue>>;
}

/**
 * What an SDK implements to carry method calls over its protocol (WS-Management, CIM-XML,
 * PowerShell remoting, or an in-memory double in tests).
 *
 * The runtime stays out of protocol details: it encodes parameters into {@link WireValue}s,
 * calls {@link CimTransport.invokeMethod}, and checks whatever comes back against the schema.
 */
export interface CimTransport {
  /**
   * Invokes one extrinsic method.
   *
   * @param request - the call to perform, with encoded IN parameters
   * @returns the raw OUT parameters keyed by name, including `ReturnValue`. Transport failures
   *   (network, authentication, CIM status errors) reject the promise; a non-zero
   *   `ReturnValue` is a normal result, not a failure.
   */
  invokeMethod(request: CimInvokeRequest): Promise<Readonly<Record<string, WireValue>>>;
}
