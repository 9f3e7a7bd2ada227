// The `mofgen` command (package.json "bin") as a handful of files instead of the ~70 modules tsc
// emits: Node's module loader then spends less of every run's start-up finding, reading and
// linking files (a cold `mofgen validate` of DMTF CIM 2.49 is about 20 ms faster). The
// programmatic API ("exports") stays the plain tsc build. Dependencies are not bundled:
// grammar/chevrotain.ts picks Chevrotain's single-file build at run time, and the format workers
// load Prettier themselves.
import { readFileSync } from "node:fs";
import { defineConfig } from "rolldown";

const { dependencies } = JSON.parse(readFileSync(new URL("package.json", import.meta.url), "utf8"));
const external = new RegExp(`^(node:|(${Object.keys(dependencies).join("|")})(/|$))`);

export default defineConfig({
  input: { main: "dist/src/cli/main.js" },
  platform: "node",
  external,
  // cleanDir: chunk names carry content hashes, so stale chunks would otherwise pile up.
  output: { dir: "dist/cli", format: "esm", cleanDir: true },
});
