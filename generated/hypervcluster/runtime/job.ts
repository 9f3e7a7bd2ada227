/**
 * The CIM job pattern used by Hyper-V and most DMTF profiles: a long-running method returns
 * 4096 ("Method Parameters Checked - Job Started") plus an OUT `REF Job` to a `CIM_ConcreteJob`
 * subclass, whose `JobState` the caller polls until it reaches a terminal state.
 */
import type { CimMethodMeta } from "./metadata.js";
import type { CimReference } from "./reference.js";
import type { CimValueMap } from "./value-map.js";
import { lookupValueName } from "./value-map.js";
import { CimDecodeError } from "./wire-error.js";

/** `ReturnValue` of a method that finished synchronously and successfully. */
export const CIM_METHOD_COMPLETED = 0;

/** `ReturnValue` of a method that started a job (the OUT `Job` reference names it). */
export const CIM_METHOD_JOB_STARTED = 4096;

/**
 * `CIM_ConcreteJob.JobState` codes the polling logic relies on (the ValueMap of CIM 2.49).
 * Other codes (New, Starting, Running, Suspended, Shutting Down, Service, Query Pending, vendor
 * codes) mean "not finished yet".
 */
export const CimJobState = {
  Completed: 7,
  Terminated: 8,
  Killed: 9,
  Exception: 10,
} as const;

/**
 * Whether a method return code means a job was started and must be awaited.
 *
 * @param returnValue - the method's `ReturnValue`
 * @returns `true` for 4096
 */
export function isJobStarted(returnValue: number): boolean {
  return returnValue === CIM_METHOD_JOB_STARTED;
}

/**
 * The three outcomes of a method that may start a job, told apart by its `ReturnValue`.
 *
 * - `completed`: 0, the work finished synchronously.
 * - `job`: 4096, the work continues in the job named by `job`; poll it with {@link waitForJob}.
 * - `failed`: any other code, with its Values name when the method's ValueMap names it.
 *
 * Each outcome keeps the whole `output` so the other OUT parameters stay reachable.
 *
 * @typeParam TOutput - the generated output type of the method
 * @typeParam TJobClass - the class the method's OUT `Job` reference declares
 */
export type CimJobResult<TOutput extends CimJobMethodOutput, TJobClass extends string> =
  | { readonly kind: "completed"; readonly output: TOutput }
  | { readonly kind: "job"; readonly job: CimReference<TJobClass>; readonly output: TOutput }
  | {
      readonly kind: "failed";
      readonly code: TOutput["ReturnValue"];
      /** The Values name of `code`, or `undefined` when the ValueMap does not name it. */
      readonly name: string | undefined;
      readonly output: TOutput;
    };

/** What {@link classifyJobResult} needs of a method output: a numeric return code. */
export interface CimJobMethodOutput {
  readonly ReturnValue: number;
}

/**
 * Sorts the output of a job-starting method into a {@link CimJobResult}. Generated job
 * wrappers call this after the raw method binding; unknown codes are data (`failed`), never
 * exceptions.
 *
 * @param method - the method's metadata, naming it in errors
 * @param output - the raw output of the method binding
 * @param jobParameter - the name of the OUT reference parameter that names the job
 * @param returnCodes - the method's return-code ValueMap, to name failure codes
 * @returns the outcome
 * @throws {@link CimDecodeError} when the method returned 4096 without a job reference, which
 *   leaves nothing to poll
 */
export function classifyJobResult<
  TOutput extends CimJobMethodOutput,
  TJobParameter extends keyof TOutput & string,
>(
  method: CimMethodMeta,
  output: TOutput,
  jobParameter: TJobParameter,
  returnCodes?: CimValueMap,
): CimJobResult<TOutput, CimJobClassOf<TOutput[TJobParameter]>> {
  const code = output.ReturnValue;
  if (code === CIM_METHOD_COMPLETED) return { kind: "completed", output };
  if (code !== CIM_METHOD_JOB_STARTED) {
    const name = returnCodes === undefined ? undefined : lookupValueName(returnCodes, code);
    return { kind: "failed", code, name, output };
  }
  const job = output[jobParameter] as CimReference | null | undefined;
  if (job === undefined || job === null) {
    const location = { className: method.className, methodName: method.name };
    throw new CimDecodeError(
      "the method returned 4096 (job started) but no job reference",
      { ...location, elementName: jobParameter },
      "a job reference",
    );
  }
  return { kind: "job", job: job as CimReference<CimJobClassOf<TOutput[TJobParameter]>>, output };
}

/** The class a (possibly optional) `CimReference<C>` output member declares: `C`. */
export type CimJobClassOf<TMember> =
  NonNullable<TMember> extends CimReference<infer TClass> ? TClass : string;

/**
 * Whether a `JobState` is terminal (Completed, Terminated, Killed or Exception).
 *
 * @param jobState - the job's `JobState`
 * @returns `true` when polling can stop
 */
export function isJobFinished(jobState: number): boolean {
  return jobState >= CimJobState.Completed && jobState <= CimJobState.Exception;
}

/** The `CIM_ConcreteJob` properties the polling helper reads; generated job types satisfy it. */
export interface CimJobSnapshot {
  readonly JobState?: number | null;
  readonly ErrorCode?: number | null;
  readonly ErrorDescription?: string | null;
  readonly PercentComplete?: number | null;
}

/**
 * Whether a finished job succeeded: Completed with no non-zero `ErrorCode`.
 *
 * @param job - the last snapshot of the job
 * @returns `true` on success
 */
export function isJobSuccessful(job: CimJobSnapshot): boolean {
  return job.JobState === CimJobState.Completed && (job.ErrorCode ?? 0) === 0;
}

/** Options for {@link waitForJob}. */
export interface CimWaitForJobOptions {
  /** Delay between polls in milliseconds; default 500. */
  readonly intervalMs?: number;
  /**
   * Maximum number of polls before giving up; default unlimited. Counting polls rather than
   * measuring wall time keeps the helper deterministic and testable.
   */
  readonly maxPolls?: number;
  /**
   * Waits between polls. Defaults to the host's `setTimeout`; tests inject a fake. Receives the
   * poll number so a caller can implement back-off.
   */
  readonly sleep?: (ms: number, poll: number) => Promise<void>;
}

/** The outcome of {@link waitForJob}; a failed job is a finished job, not an exception. */
export type CimWaitForJobResult<TJob extends CimJobSnapshot> =
  | { readonly status: "finished"; readonly job: TJob; readonly polls: number }
  | { readonly status: "gave-up"; readonly job: TJob; readonly polls: number };

/** Resolves after `ms` using whatever timer the host provides, without DOM or Node typings. */
function hostSleep(ms: number): Promise<void> {
  const timers = globalThis as { setTimeout?: (callback: () => void, ms: number) => unknown };
  return new Promise((resolve) => {
    if (timers.setTimeout === undefined) resolve();
    else timers.setTimeout(resolve, ms);
  });
}

/**
 * Polls a job until it reaches a terminal state or the poll budget runs out.
 *
 * @param getJob - fetches the current state of the job instance (e.g. a transport's GetInstance
 *   followed by `decodeCimInstance`); its rejections propagate
 * @param job - the OUT `Job` reference returned with 4096
 * @param options - interval, poll budget, injectable sleep
 * @returns the last snapshot with `status: "finished"`, or `status: "gave-up"` when `maxPolls`
 *   polls did not reach a terminal state; check success with {@link isJobSuccessful}
 */
export async function waitForJob<TJob extends CimJobSnapshot, TClass extends string>(
  getJob: (job: CimReference<TClass>) => Promise<TJob>,
  job: CimReference<TClass>,
  options: CimWaitForJobOptions = {},
): Promise<CimWaitForJobResult<TJob>> {
  const intervalMs = options.intervalMs ?? 500;
  const maxPolls = options.maxPolls ?? Number.POSITIVE_INFINITY;
  const sleep = options.sleep ?? hostSleep;
  let polls = 0;
  for (;;) {
    const snapshot = await getJob(job);
    polls++;
    if (typeof snapshot.JobState === "number" && isJobFinished(snapshot.JobState)) {
      return { status: "finished", job: snapshot, polls };
    }
    if (polls >= maxPolls) return { status: "gave-up", job: snapshot, polls };
    await sleep(intervalMs, polls);
  }
}
