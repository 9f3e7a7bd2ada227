import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateInMemory } from "../../src/cli/generate-in-memory.js";
import { formatTypeScript } from "../../src/emit/format-typescript.js";
import { restoreDocComments, setAsideDocComments } from "../../src/emit/set-aside-doc-comments.js";
import {
  restorePropertyLists,
  setAsidePropertyLists,
} from "../../src/emit/set-aside-property-lists.js";
import { withVerbatimSetAside } from "../../src/emit/set-aside-verbatim.js";
import { listFiles, readFixtureCases, repoRoot } from "../support/fixture-cases.js";
import { sharedMaterial } from "../support/shared-material.js";

const prettier = withVerbatimSetAside((_path, source) => formatTypeScript(source));

/** Unformatted renders of a generation, class modules and registry only (no runtime). */
async function renders(files: string[], includeDirs: string[] = []): Promise<[string, string][]> {
  const result = await generateInMemory({ files, includeDirs, emit: { format: false } });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return [...result.files].filter(([file]) => !file.startsWith("runtime/"));
}

describe("setting doc comments aside while Prettier formats", () => {
  const source = [
    "export interface A {",
    "        /**",
    "    * Indented   oddly,  with trailing spaces   ",
    "  *   ",
    "\t* led by a tab, ending in a tab\t",
    "      * and an empty line above; '/**' in words",
    "       */",
    "  readonly x?: string;",
    "}",
    'const s = "/** not a comment */";',
    "/**",
    " * Second.",
    " */",
    "export const B = { /** kept inline */ y: 1 };",
    "",
  ].join("\n");

  it("replaces every doc comment that stands on its own lines, and nothing else", () => {
    const { source: short, docs } = setAsideDocComments(source);
    expect(docs).toHaveLength(2);
    expect(docs[1]).toBe("/**\n * Second.\n */");
    expect(short).toContain('const s = "/** not a comment */";');
    expect(short).toContain("/** kept inline */");
    expect(short).not.toContain("Indented");
  });

  it("gives exactly what Prettier gives for the original source", async () => {
    expect(await prettier("a.ts", source)).toBe(await formatTypeScript(source));
  });

  it("refuses placeholders that did not come back one each, in order", () => {
    const { source: short, docs } = setAsideDocComments(source);
    const [first, second] = [...short.matchAll(/\/\*\*\n.*mofgen:doc:\d\n.* \*\//g)].map(
      (m) => m[0],
    );
    expect(restoreDocComments(short, docs)).toBeDefined();
    expect(restoreDocComments(short.replace(second!, ""), docs)).toBeUndefined();
    expect(
      restoreDocComments(
        short.replace(first!, "@").replace(second!, first!).replace("@", second!),
        docs,
      ),
    ).toBeUndefined();
  });

  it("formats the original source when the placeholders are lost or the short one fails", async () => {
    let calls = 0;
    const losesComments = withVerbatimSetAside(async (_path, text) => {
      calls++;
      return calls === 1 ? text.replace("mofgen:doc:1", "lost") : formatTypeScript(text);
    });
    expect(await losesComments("a.ts", source)).toBe(await formatTypeScript(source));
    expect(calls).toBe(2);
    const broken = withVerbatimSetAside((_path, text) => formatTypeScript(text));
    // The error names the line of the original source, not of the shorter one.
    await expect(broken("a.ts", "/**\n * x\n * y\n */\nconst = ;\n")).rejects.toThrow(/\(5:7\)/);
  });
});

describe("setting property lists aside while Prettier formats", () => {
  const element = (name: string, extra = "") => `{ name: "${name}", type: "string"${extra} }`;
  const listOf = (elements: string[], indent: number) =>
    `[\n${elements.map((e) => `${" ".repeat(indent + 2)}${e},\n`).join("")}${" ".repeat(indent)}]`;
  const module = (elements: string[]) =>
    [
      "export const A = {",
      "  $class: {",
      '    name: "A",',
      `    properties: ${listOf(elements, 4)},`,
      "  },",
      "  nested: { deeper: {",
      `    properties: ${listOf(elements, 4)},`,
      "  } },",
      "};",
      "",
    ].join("\n");

  it("sets aside lists of two or more plain elements that fit, and nothing else", () => {
    const two = [element("A"), element("B", ", key: true, array: 4")];
    expect(setAsidePropertyLists(module(two)).lists).toEqual([two, two]);
    for (const odd of [
      [element("A")],
      [element("A"), element('B"quoted')],
      [element("A"), element("B\\x")],
      [element("A"), element("Bé")],
      [element("A"), element("B", ", size: 0x10")],
      [element("A"), element("B".repeat(90))],
    ]) {
      expect(setAsidePropertyLists(module(odd)).lists, odd.join()).toEqual([]);
    }
  });

  it("gives exactly what Prettier gives, at any depth, long elements included", async () => {
    const long = element("L".repeat(70));
    for (const elements of [
      [element("A"), element("B")],
      [element("A"), long],
      [element("A"), element("B"), element("C", ', embeddedClass: "X_Y"')],
    ]) {
      const source = module(elements);
      expect(await prettier("a.ts", source)).toBe(await formatTypeScript(source));
    }
  });

  it("refuses placeholders that moved, went missing, or leave an element too wide", () => {
    const elements = [element("A"), element("L".repeat(60))];
    const { source, lists } = setAsidePropertyLists(module(elements));
    expect(lists).toHaveLength(2);
    expect(restorePropertyLists(source, lists)).toBeDefined();
    expect(restorePropertyLists(source.replace("$mofgenList1", "x"), lists)).toBeUndefined();
    const deeper = source.replace(
      "    properties: $mofgenList1",
      "          properties: $mofgenList1",
    );
    expect(restorePropertyLists(deeper, lists)).toBeUndefined();
  });
});

describe("verbatim text set aside, compared with Prettier over real output", () => {
  it("leaves every golden file exactly as Prettier formats it", async () => {
    for (const c of readFixtureCases()) {
      const dir = path.join(repoRoot, c.out);
      for (const file of listFiles(dir).filter(
        (f) => f.endsWith(".ts") && !f.startsWith("runtime/"),
      )) {
        const text = fs.readFileSync(path.join(dir, file), "utf8");
        expect(await formatTypeScript(text), `${c.out}/${file}`).toBe(text);
      }
    }
  });

  it("matches Prettier on every file of every golden case", async () => {
    for (const c of readFixtureCases()) {
      const inputs = c.inputs.map((file) => path.join(repoRoot, file));
      const includeDirs = c.include.map((dir) => path.join(repoRoot, dir));
      for (const [file, text] of await renders(inputs, includeDirs)) {
        expect(await prettier(file, text), `${c.name}/${file}`).toBe(await formatTypeScript(text));
      }
    }
  });

  const cim = sharedMaterial(
    "corpora/cim-schema-2.49.0/cim_schema_2.49.0.mof",
    "the CIM 2.49 doc-comment formatting comparison",
  );
  it.skipIf(!cim.present)(
    "matches Prettier on a spread of CIM 2.49 files (needs ../shared)",
    async () => {
      const all = await renders([cim.path]);
      // Every 16th file, plus the largest ones, where Prettier's layout has the most to do.
      const bySize = [...all].sort((a, b) => b[1].length - a[1].length).slice(0, 10);
      const sample = new Map([...all.filter((_, i) => i % 16 === 0), ...bySize]);
      for (const [file, text] of sample) {
        expect(await prettier(file, text), file).toBe(await formatTypeScript(text));
      }
    },
  );
});
