import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Generated SDKs receive src/runtime/*.ts verbatim, so the files must stand alone: only
// relative `.js` imports, and compile under the strictest settings a consumer may use.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const runtimeDir = path.join(repoRoot, "src/runtime");
const runtimeFiles = readdirSync(runtimeDir).filter((name) => name.endsWith(".ts"));
const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const usageContract = `import type { CimInterval, CimReference, CimTimestamp } from "./index.js";
import { cimReference } from "./index.js";

const job = cimReference("Msvm_ConcreteJob", { InstanceID: "J-1" });
const sameClass: CimReference<"Msvm_ConcreteJob"> = job;
const anyClass: CimReference = job;
// @ts-expect-error a reference to one class is not a reference to another
const otherClass: CimReference<"Msvm_ComputerSystem"> = job;
// @ts-expect-error a plain object path is not a checked reference
const plainPath: CimReference<"X"> = { className: "X", keys: {} };
// @ts-expect-error an unchecked string is not a timestamp
const uncheckedText: CimTimestamp = "20240101000000.000000+000";
declare const interval: CimInterval;
// @ts-expect-error an interval is not a timestamp
const intervalAsTimestamp: CimTimestamp = interval;
export { anyClass, intervalAsTimestamp, otherClass, plainPath, sameClass, uncheckedText };
`;

describe("runtime self-containment", () => {
  it("has the files the generator copies", () => {
    expect(runtimeFiles).toContain("index.ts");
    expect(runtimeFiles.length).toBeGreaterThan(10);
  });

  it.each(runtimeFiles)("%s imports only sibling runtime files", (name) => {
    const source = readFileSync(path.join(runtimeDir, name), "utf8");
    const specifiers = [...source.matchAll(/\bfrom\s+"([^"]+)"/g)].map((m) => m[1]);
    for (const specifier of specifiers) {
      expect(specifier).toMatch(/^\.\/[a-z0-9-]+\.js$/);
      expect(runtimeFiles).toContain(specifier?.slice(2).replace(/\.js$/, ".ts"));
    }
    expect(source).not.toMatch(/\bimport\s*\(|\brequire\s*\(/);
  });

  it("compiles alone under strict settings with lib es2022 and no types", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mofgen-runtime-"));
    tempDirs.push(dir);
    for (const name of runtimeFiles) {
      copyFileSync(path.join(runtimeDir, name), path.join(dir, name));
    }
    const tsconfig = {
      compilerOptions: {
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        lib: ["es2022"],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noImplicitOverride: true,
        noImplicitReturns: true,
        noFallthroughCasesInSwitch: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        verbatimModuleSyntax: true,
        erasableSyntaxOnly: true,
        isolatedModules: true,
        noEmit: true,
      },
      include: ["*.ts"],
    };
    // Type-level contracts compiled with the copy: each @ts-expect-error fails the build if the
    // branded types ever start accepting the value.
    writeFileSync(path.join(dir, "usage-contract.ts"), usageContract);
    writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
    // A package.json marks the copy as ESM, as a generated SDK's output directory would be.
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
    const tsc = path.join(repoRoot, "node_modules/.bin/tsc");
    let output = "";
    let status = 0;
    try {
      execFileSync(tsc, ["-p", dir], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const failure = error as { status?: number; stdout?: string; stderr?: string };
      status = failure.status ?? 1;
      output = `${failure.stdout ?? ""}${failure.stderr ?? ""}`;
    }
    expect(output).toBe("");
    expect(status).toBe(0);
  }, 60_000);
});
