/**
 * The mofgen runtime: the small, dependency-free support code generated bindings call into.
 * Generated SDKs carry a verbatim copy of these files; `mofgen/runtime` exports the same API for
 * code that prefers a package import.
 */
export type {
  CimDateTime,
  CimDateTimeParseResult,
  CimInterval,
  CimIntervalFields,
  CimTimestamp,
  CimTimestampFields,
} from "./datetime.js";
export { isCimDateTime, isCimInterval, parseCimDateTime } from "./datetime.js";
export type { CimDurationParts } from "./datetime-convert.js";
export {
  cimIntervalFromDuration,
  cimIntervalFromMicroseconds,
  cimIntervalToMicroseconds,
  cimIntervalToMilliseconds,
  cimTimestampFromDate,
  cimTimestampToDate,
} from "./datetime-convert.js";
export type { CimDecodedValue, CimDecodeOptions, CimDecodeResult, CimInt64Mode } from "./decode.js";
export { decodeCimInstance, decodeWireValue } from "./decode.js";
export type { CimEncodeOptions, CimEncodeResult } from "./encode.js";
export { encodeWireValue } from "./encode.js";
export { inheritedMethod } from "./inherit.js";
export type { CimEmbeddedInstance, CimInstance, CimInstanceText } from "./instance.js";
export { cimInstanceText } from "./instance.js";
export type { CimInvokeOptions, CimMethodOutput } from "./invoke.js";
export { invokeCimMethod } from "./invoke.js";
export type {
  CimJobClassOf,
  CimJobMethodOutput,
  CimJobResult,
  CimJobSnapshot,
  CimWaitForJobOptions,
  CimWaitForJobResult,
} from "./job.js";
export {
  CIM_METHOD_COMPLETED,
  CIM_METHOD_JOB_STARTED,
  CimJobState,
  classifyJobResult,
  isJobFinished,
  isJobStarted,
  isJobSuccessful,
  waitForJob,
} from "./job.js";
export type {
  CimClassMeta,
  CimClassResolver,
  CimMethodMeta,
  CimParameterMeta,
  CimPropertyMeta,
  CimType,
  CimValueMeta,
} from "./metadata.js";
export type { CimKeyValue, CimObjectPath } from "./object-path.js";
export { asCimObjectPath, formatCimObjectPath, parseCimObjectPath } from "./object-path.js";
export type { CimReference } from "./reference.js";
export { cimReference, toCimReference } from "./reference.js";
export type { CimInvokeRequest, CimTransport } from "./transport.js";
export type { CimValueCode, CimValueMap, CimValueRange } from "./value-map.js";
export { inValueRange, isClaimedValue, lookupValueCode, lookupValueName } from "./value-map.js";
export type { CimWireLocation } from "./wire-error.js";
export { CimDecodeError, CimEncodeError, CimWireError } from "./wire-error.js";
export type { WireInstance, WireValue } from "./wire-value.js";
export { isWireInstance } from "./wire-value.js";
