import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../../src/api/generate.js";
import { generateInMemory } from "../../src/cli/generate-in-memory.js";
import { planGenerate } from "../../src/cli/generate-plan.js";

const MOF = `
[Description("A sample.")]
class T_Sample { [Key] string Id; };
`;
const input = { files: ["t.mof"], sources: { "t.mof": MOF } };
const CUSTOM_INDEX = "// custom index\n{{#each modules}}\nexport * from {{this}};\n{{/each}}\n";

describe("template overrides", () => {
  it("replace a template by path; the others stay built-in", async () => {
    const result = await generate(input, {
      format: false,
      templates: new Map([["index.hbs", CUSTOM_INDEX]]),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.files.get("index.ts")?.startsWith("// custom index\nexport * from ")).toBe(true);
    const builtIn = await generate(input, { format: false });
    expect(result.files.get("T_Sample.ts")).toBe(builtIn.files.get("T_Sample.ts"));
  });

  it("replace a partial", async () => {
    const result = await generate(input, {
      format: false,
      templates: new Map([
        ["partials/jsdoc.hbs", "{{#if lines.length}}\n/** custom */\n{{/if}}\n"],
      ]),
    });
    expect(result.diagnostics).toEqual([]);
    const file = result.files.get("T_Sample.ts") ?? "";
    expect(file).toContain("/** custom */\nexport interface T_Sample");
    expect(file).not.toContain("A sample.");
  });

  it("an override that does not compile is an error naming the file", async () => {
    const result = await generate(input, {
      templates: new Map([["index.hbs", "{{#each modules}}\nexport * from {{this}};\n"]]),
    });
    expect(result.files.size).toBe(0);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([["MOF5202", "error"]]);
    expect(result.diagnostics[0]?.message).toMatch(
      /^template 'templates\/index\.hbs' does not compile: /,
    );
  });

  it("an override that fails while rendering is one error, not an exception", async () => {
    const result = await generate(input, {
      templates: new Map([["index.hbs", "{{nosuchfield}}\n"]]),
    });
    expect(result.files.size).toBe(0);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["MOF5204"]);
  });

  it("a file that replaces no built-in template is a warning with a suggestion", async () => {
    const result = await generate(input, {
      format: false,
      templates: new Map([["clas.hbs", "x"]]),
    });
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        "MOF5203",
        "template 'templates/clas.hbs' replaces no built-in template; did you mean 'class.hbs'?",
      ],
    ]);
    expect(result.files.size).toBeGreaterThan(0);
  });
});

describe("templatesDir in a configuration", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is read relative to the configuration, and re-read when a template changes", async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-templates-")));
    fs.writeFileSync(path.join(dir, "t.mof"), MOF);
    fs.mkdirSync(path.join(dir, "tpl"));
    fs.writeFileSync(path.join(dir, "tpl/index.hbs"), CUSTOM_INDEX);
    fs.writeFileSync(
      path.join(dir, "mofgen.config.json"),
      JSON.stringify({ inputs: "t.mof", out: "gen", templatesDir: "tpl", format: false }),
    );
    const indexOnce = async () => {
      const plan = await planGenerate({}, [], dir!);
      if ("usageError" in plan) throw new Error(plan.usageError);
      const result = await generateInMemory(plan.requests[0]!);
      expect(result.diagnostics).toEqual([]);
      expect(result.templateFiles).toEqual([`${dir}/tpl/index.hbs`]);
      return result.files.get("index.ts") ?? "";
    };
    expect(await indexOnce()).toMatch(/^\/\/ custom index\n/);
    fs.writeFileSync(path.join(dir, "tpl/index.hbs"), CUSTOM_INDEX.replace("custom", "edited"));
    expect(await indexOnce()).toMatch(/^\/\/ edited index\n/);
  });

  it("a missing templatesDir is a usage error", async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "mofgen-templates-")));
    fs.writeFileSync(path.join(dir, "t.mof"), MOF);
    fs.writeFileSync(
      path.join(dir, "mofgen.config.json"),
      JSON.stringify({ inputs: "t.mof", out: "gen", templatesDir: "tpl" }),
    );
    expect(await planGenerate({}, [], dir)).toEqual({
      usageError: "cannot use templates directory 'tpl': no such directory",
    });
  });
});
