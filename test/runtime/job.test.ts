import { describe, expect, it } from "vitest";
import type { CimJobSnapshot } from "../../src/runtime/job.js";
import {
  CIM_METHOD_COMPLETED,
  CIM_METHOD_JOB_STARTED,
  isJobFinished,
  isJobStarted,
  isJobSuccessful,
  waitForJob,
} from "../../src/runtime/job.js";
import { cimReference } from "../../src/runtime/reference.js";

const job = cimReference("Msvm_ConcreteJob", { InstanceID: "J-1" });

/** Serves the given snapshots in order and records the sleeps instead of waiting. */
function scripted(snapshots: readonly CimJobSnapshot[]) {
  let next = 0;
  const sleeps: [number, number][] = [];
  const getJob = () => Promise.resolve(snapshots[Math.min(next++, snapshots.length - 1)] ?? {});
  const sleep = (ms: number, poll: number) => {
    sleeps.push([ms, poll]);
    return Promise.resolve();
  };
  return { getJob, sleep, sleeps };
}

describe("job classification", () => {
  it("classifies return codes", () => {
    expect(CIM_METHOD_COMPLETED).toBe(0);
    expect(isJobStarted(CIM_METHOD_JOB_STARTED)).toBe(true);
    expect(isJobStarted(0)).toBe(false);
    expect(isJobStarted(32775)).toBe(false);
  });

  it.each([
    [4, false],
    [6, false],
    [7, true],
    [10, true],
    [11, false],
    [32768, false],
  ])("treats JobState %d as finished: %s", (state, finished) => {
    expect(isJobFinished(state)).toBe(finished);
  });

  it("requires Completed and no error code for success", () => {
    expect(isJobSuccessful({ JobState: 7 })).toBe(true);
    expect(isJobSuccessful({ JobState: 7, ErrorCode: 0 })).toBe(true);
    expect(isJobSuccessful({ JobState: 7, ErrorCode: 32768 })).toBe(false);
    expect(isJobSuccessful({ JobState: 10, ErrorCode: 0 })).toBe(false);
  });
});

describe("waitForJob", () => {
  it("polls until a terminal state, sleeping between polls", async () => {
    const { getJob, sleep, sleeps } = scripted([
      { JobState: 3 },
      { JobState: 4, PercentComplete: 50 },
      { JobState: 7, ErrorCode: 0 },
    ]);
    const result = await waitForJob(getJob, job, { sleep, intervalMs: 250 });
    expect(result).toEqual({ status: "finished", job: { JobState: 7, ErrorCode: 0 }, polls: 3 });
    expect(sleeps).toEqual([
      [250, 1],
      [250, 2],
    ]);
  });

  it("returns a failed job as finished data", async () => {
    const { getJob, sleep } = scripted([
      { JobState: 10, ErrorCode: 32768, ErrorDescription: "boom" },
    ]);
    const result = await waitForJob(getJob, job, { sleep });
    expect(result.status).toBe("finished");
    expect(isJobSuccessful(result.job)).toBe(false);
  });

  it("gives up after the poll budget", async () => {
    const { getJob, sleep, sleeps } = scripted([{ JobState: 4 }]);
    const result = await waitForJob(getJob, job, { sleep, maxPolls: 3 });
    expect(result).toEqual({ status: "gave-up", job: { JobState: 4 }, polls: 3 });
    expect(sleeps.length).toBe(2);
  });

  it("passes the job reference to the getter and propagates its failure", async () => {
    const seen: unknown[] = [];
    const failing = (ref: typeof job) => {
      seen.push(ref);
      return Promise.reject(new Error("gone"));
    };
    await expect(waitForJob(failing, job)).rejects.toThrow("gone");
    expect(seen).toEqual([job]);
  });
});
