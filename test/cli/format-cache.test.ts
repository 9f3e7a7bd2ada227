import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachingFormatter } from "../../src/cli/format-cache.js";
import type { FormatFile } from "../../src/emit/format-typescript.js";
import { contentHash } from "../../src/output/content-hash.js";
import { parseManifest } from "../../src/output/manifest.js";
import { hashedManifest } from "../support/manifests.js";

let out: string;
beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-format-cache-"));
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

/** A formatter that upper-cases, counting its calls. */
function counting() {
  const calls: string[] = [];
  const format: FormatFile = async (file, source) => {
    calls.push(file);
    return source.toUpperCase();
  };
  return { format, calls };
}

/** The previous run: `a.ts` rendered as "raw a" and written formatted as "RAW A". */
function previousRun(formatter = "prettier-1") {
  fs.writeFileSync(path.join(out, "a.ts"), "RAW A");
  const text = hashedManifest(
    { "a.ts": "RAW A" },
    { fingerprint: "f", formatter, diagnostics: 0, sources: new Map() },
  ).replace(`"sha256"`, `"render":"${contentHash("raw a")}","sha256"`);
  return parseManifest(text);
}

describe("cachingFormatter", () => {
  it("reuses the file on disk when the render and the formatter are unchanged", async () => {
    const inner = counting();
    const cache = cachingFormatter(inner.format, previousRun(), "prettier-1", out);
    expect(await cache.format("a.ts", "raw a")).toBe("RAW A");
    expect(await cache.format("b.ts", "raw b")).toBe("RAW B");
    expect(inner.calls).toEqual(["b.ts"]);
    expect(cache.renders).toEqual(
      new Map([
        ["a.ts", contentHash("raw a")],
        ["b.ts", contentHash("raw b")],
      ]),
    );
  });

  it("formats again when the render changed", async () => {
    const inner = counting();
    const cache = cachingFormatter(inner.format, previousRun(), "prettier-1", out);
    expect(await cache.format("a.ts", "raw a2")).toBe("RAW A2");
    expect(inner.calls).toEqual(["a.ts"]);
  });

  it("formats again when the file was edited by hand or deleted", async () => {
    const inner = counting();
    const cache = cachingFormatter(inner.format, previousRun(), "prettier-1", out);
    fs.writeFileSync(path.join(out, "a.ts"), "RAW A // edited");
    expect(await cache.format("a.ts", "raw a")).toBe("RAW A");
    fs.rmSync(path.join(out, "a.ts"));
    expect(await cache.format("a.ts", "raw a")).toBe("RAW A");
    expect(inner.calls).toEqual(["a.ts", "a.ts"]);
  });

  it("formats again when the formatter or its settings changed", async () => {
    const inner = counting();
    const cache = cachingFormatter(inner.format, previousRun(), "prettier-2", out);
    await cache.format("a.ts", "raw a");
    expect(inner.calls).toEqual(["a.ts"]);
  });
});
