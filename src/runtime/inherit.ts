/**
 * Inherited methods: a subclass's binding of a method it inherits unchanged forwards to the
 * binding of the class that declares it, so the call, its metadata and its documentation exist
 * once, while the subclass keeps its own target type.
 */
import type { CimReference } from "./reference.js";
import type { CimTransport } from "./transport.js";

/**
 * The binding of an inherited method on the class `className`: it calls the declaring class's
 * binding with the same arguments, so the transport receives exactly the request the declaring
 * binding sends (the request names the target's class, not the declaring one).
 *
 * The declaring binding is read on every call rather than when the subclass module loads:
 * class modules import the class registry, which imports every class module, so a subclass
 * module can run before the module of the class it inherits from has initialised, and reading
 * that class's const then would throw a ReferenceError.
 *
 * @param _className - the class whose const holds this binding; only its type is used, to type
 *   the target as a reference to that class
 * @param binding - returns the declaring class's binding (a method of its const, or of its
 *   `$jobs`)
 * @returns a function with the declaring binding's parameters and result, whose target is a
 *   reference to `className`
 * @typeParam TClass - the subclass, inferred from `className`
 * @typeParam TRest - the parameters after the target (named, so editors show their names)
 * @typeParam TResult - the declaring binding's result
 */
export function inheritedMethod<TClass extends string, TRest extends unknown[], TResult>(
  _className: TClass,
  binding: () => (transport: CimTransport, target: CimReference<never>, ...rest: TRest) => TResult,
): (transport: CimTransport, target: CimReference<TClass>, ...rest: TRest) => TResult {
  // The brand exists only in types: a reference to the subclass is a valid target of the
  // declaring class's method, which the brands alone cannot express.
  return (transport, target, ...rest) =>
    binding()(transport, target as CimReference<never>, ...rest);
}
