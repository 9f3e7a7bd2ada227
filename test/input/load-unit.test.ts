import { describe, expect, it } from "vitest";
import type { Pragma, PragmaArgument, Production, Span } from "../../src/ast/ast.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { formatDiagnostic } from "../../src/diagnostics/format-diagnostic.js";
import { loadCompilationUnit, type ParseMof, type SourceHost } from "../../src/input/load-unit.js";

/**
 * A stand-in parser that knows just enough MOF for the loader: `#pragma name(args)` (string or
 * bare-word arguments) and `class Name {};`. It keeps the loader's tests independent of the
 * grammar.
 */
const stubParse: ParseMof = (text, file) => {
  const spanOf = (offset: number, length: number): Span => {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { file, line, column: offset - (before.lastIndexOf("\n") + 1) + 1, offset, length };
  };
  const productions: Production[] = [];
  for (const m of text.matchAll(/#pragma (\w+)\((.*)\)|class (\w+) \{\};/g)) {
    const span = spanOf(m.index, m[0].length);
    if (m[3] !== undefined) {
      const name = { text: m[3], span: spanOf(m.index + 6, m[3].length) };
      productions.push({
        kind: "class",
        name,
        qualifiers: [],
        superclass: undefined,
        alias: undefined,
        features: [],
        span,
      });
      continue;
    }
    const args: PragmaArgument[] = (m[2] ?? "")
      .split(",")
      .filter((a) => a.trim() !== "")
      .map((a) =>
        a.startsWith('"')
          ? { kind: "string", value: a.slice(1, -1), span }
          : { kind: "identifier", value: a.trim(), span },
      );
    const pragma: Pragma = {
      kind: "pragma",
      name: m[1] ?? "",
      nameSpan: span,
      args,
      known: true,
      span,
    };
    productions.push(pragma);
  }
  return { document: { file, productions }, diagnostics: [] };
};

function memoryHost(files: Record<string, string>): SourceHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(path) {
      reads.push(path);
      const text = files[path];
      return text === undefined ? undefined : new TextEncoder().encode(text);
    },
  };
}

function load(files: Record<string, string>, entries: string[], includeDirs: string[] = []) {
  const host = memoryHost(files);
  const result = loadCompilationUnit(entries, { includeDirs, host, parse: stubParse });
  const classNames = result.unit.productions.map((p) =>
    p.kind === "class" ? p.name.text : `#${p.kind === "pragma" ? p.name : p.kind}`,
  );
  return { ...result, classNames, host };
}

const brief = (ds: readonly Diagnostic[]) =>
  ds.map(
    (d) =>
      `${d.code} ${d.span ? `${d.span.file}:${d.span.line}:${d.span.column}` : "-"} ${d.message}`,
  );

describe("loadCompilationUnit", () => {
  it("expands includes in place, relative to the including file's directory", () => {
    const { unit, classNames, diagnostics } = load(
      {
        "/s/main.mof": 'class A {};\n#pragma include("sub/b.mof")\nclass C {};',
        "/s/sub/b.mof": 'class B1 {};\n#pragma include("../d/c.mof")\nclass B2 {};',
        "/s/d/c.mof": "class X {};",
      },
      ["/s/main.mof"],
    );
    expect(diagnostics).toEqual([]);
    expect(classNames).toEqual(["A", "B1", "X", "B2", "C"]);
    expect([...unit.sources.keys()]).toEqual(["/s/main.mof", "/s/sub/b.mof", "/s/d/c.mof"]);
    expect(unit.sources.get("/s/d/c.mof")).toBe("class X {};");
    expect(unit.documents.map((d) => d.file)).toEqual([
      "/s/main.mof",
      "/s/sub/b.mof",
      "/s/d/c.mof",
    ]);
  });

  it("keeps other pragmas in the production order", () => {
    const { classNames } = load(
      { "/a.mof": '#pragma namespace("root/x")\nclass A {};\n#pragma locale("en_US")' },
      ["/a.mof"],
    );
    expect(classNames).toEqual(["#namespace", "A", "#locale"]);
  });

  it("treats the entry files as one unit in the order given", () => {
    const { classNames } = load({ "/b.mof": "class B {};", "/a.mof": "class A {};" }, [
      "/b.mof",
      "/a.mof",
    ]);
    expect(classNames).toEqual(["B", "A"]);
  });

  it("searches the including directory first, then the include directories in order", () => {
    const files = {
      "/p/main.mof": '#pragma include("q.mof")\n#pragma include("r.mof")',
      "/p/q.mof": "class Local {};",
      "/i1/q.mof": "class Shadowed {};",
      "/i1/r.mof": "class FromI1 {};",
      "/i2/r.mof": "class FromI2 {};",
    };
    const { classNames } = load(files, ["/p/main.mof"], ["/i1", "/i2"]);
    expect(classNames).toEqual(["Local", "FromI1"]);
  });

  it("normalises Windows backslashes in include paths and include directories", () => {
    const { classNames, diagnostics } = load(
      {
        "/s/main.mof": '#pragma include("System\\CIM_X.mof")\n#pragma include("sub\\\\y.mof")',
        "/s/System/CIM_X.mof": "class CIM_X {};",
        "/inc/sub/y.mof": "class Y {};",
      },
      ["/s/main.mof"],
      ["\\inc\\"],
    );
    expect(diagnostics).toEqual([]);
    expect(classNames).toEqual(["CIM_X", "Y"]);
  });

  it("reports a missing include at the pragma, naming every place searched", () => {
    const { diagnostics, classNames } = load(
      { "/s/main.mof": 'class A {};\n  #pragma include("gone.mof")\nclass B {};' },
      ["/s/main.mof"],
      ["/inc", "/s"],
    );
    expect(classNames).toEqual(["A", "B"]);
    expect(diagnostics).toEqual([
      {
        code: "MOF1010",
        severity: "error",
        message: "cannot find included file 'gone.mof'; looked for '/s/gone.mof', '/inc/gone.mof'",
        span: { file: "/s/main.mof", line: 2, column: 3, offset: 14, length: 27 },
      },
    ]);
  });

  it("reports an include cycle at the pragma that closes it, with the chain", () => {
    const { diagnostics, classNames } = load(
      {
        "/a.mof": 'class A {};\n#pragma include("b.mof")',
        "/b.mof": '#pragma include("c.mof")\nclass B {};',
        "/c.mof": '#pragma include("a.mof")\nclass C {};',
      },
      ["/a.mof"],
    );
    expect(classNames).toEqual(["A", "C", "B"]);
    expect(brief(diagnostics)).toEqual([
      "MOF1011 /c.mof:1:1 include cycle: '/a.mof' includes '/b.mof' includes '/c.mof' includes '/a.mof'",
    ]);
    expect(
      diagnostics[0]?.related?.map((r) => `${r.span.file}:${r.span.line} ${r.message}`),
    ).toEqual(["/a.mof:2 '/b.mof' is included here", "/b.mof:1 '/c.mof' is included here"]);
  });

  it("reports a file that includes itself", () => {
    const { diagnostics } = load({ "/a.mof": '#pragma include("a.mof")' }, ["/a.mof"]);
    expect(brief(diagnostics)).toEqual([
      "MOF1011 /a.mof:1:1 include cycle: '/a.mof' includes '/a.mof'",
    ]);
  });

  it("reads and parses a twice-included file once and warns at the second include", () => {
    const { diagnostics, classNames, host } = load(
      {
        "/s/main.mof": '#pragma include("q.mof")\n#pragma include("sub/x.mof")',
        "/s/sub/x.mof": '#pragma include("../q.mof")\nclass X {};',
        "/s/q.mof": "class Q {};",
      },
      ["/s/main.mof"],
    );
    expect(classNames).toEqual(["Q", "X"]);
    expect(host.reads.filter((p) => p === "/s/q.mof")).toHaveLength(1);
    expect(brief(diagnostics)).toEqual([
      "MOF1012 /s/sub/x.mof:1:1 '/s/q.mof' is already part of this compilation; this include is skipped",
    ]);
    expect(diagnostics[0]?.related?.map((r) => `${r.span.file}:${r.span.line}`)).toEqual([
      "/s/main.mof:1",
    ]);
  });

  it("warns without a place when an entry file is given twice", () => {
    const { diagnostics, classNames } = load({ "/a.mof": "class A {};" }, ["/a.mof", "/a.mof"]);
    expect(classNames).toEqual(["A"]);
    expect(brief(diagnostics)).toEqual([
      "MOF1012 - '/a.mof' is already part of this compilation; this include is skipped",
    ]);
  });

  it.each([
    ["no argument", "#pragma include()"],
    ["a bare word", "#pragma include(x)"],
    ["two strings", '#pragma include("a.mof","b.mof")'],
    ["an empty string", '#pragma include("")'],
  ])("rejects an include with %s", (_, pragma) => {
    const { diagnostics } = load({ "/a.mof": pragma }, ["/a.mof"]);
    expect(brief(diagnostics)).toEqual([
      `MOF1013 /a.mof:1:1 '#pragma include' takes exactly one string, the path of the file to include, as in #pragma include("CIM_Example.mof")`,
    ]);
  });

  it("reports an unreadable entry file without a place and goes on", () => {
    const { diagnostics, classNames, unit } = load({ "/b.mof": "class B {};" }, [
      "/a.mof",
      "/b.mof",
    ]);
    expect(classNames).toEqual(["B"]);
    expect([...unit.sources.keys()]).toEqual(["/b.mof"]);
    expect(diagnostics).toEqual([
      { code: "MOF1001", severity: "error", message: "cannot read file '/a.mof'" },
    ]);
  });

  it("passes on decoding problems and keeps the lossy text for code frames", () => {
    const host: SourceHost = {
      readFile: (path) => (path === "/a.mof" ? new Uint8Array([0x61, 0xe9]) : undefined),
    };
    const result = loadCompilationUnit(["/a.mof"], { includeDirs: [], host, parse: stubParse });
    expect(brief(result.diagnostics)).toEqual([
      "MOF1002 /a.mof:1:2 invalid UTF-8 byte 0xE9 at byte offset 1; the file may be in a legacy encoding such as Latin-1 or Windows-1252, save it as UTF-8",
    ]);
    expect(result.unit.sources.get("/a.mof")).toBe("a\uFFFD");
  });

  it("does not parse a file with a NUL, and keeps its text for the NUL's code frame", () => {
    const text = "class A {};\n  \u0000 class B {};";
    const host: SourceHost = {
      readFile: (path) => (path === "/a.mof" ? new TextEncoder().encode(text) : undefined),
    };
    const result = loadCompilationUnit(["/a.mof"], { includeDirs: [], host, parse: stubParse });
    expect(brief(result.diagnostics)).toEqual([
      "MOF1003 /a.mof:2:3 NUL byte at byte offset 14; is this a binary file?",
    ]);
    expect(result.unit.productions).toEqual([]);
    expect(result.unit.sources.get("/a.mof")).toBe(text);
    expect(formatDiagnostic(result.diagnostics[0]!, result.unit.sources, { color: false })).toBe(
      [
        "/a.mof:2:3 - error MOF1003: NUL byte at byte offset 14; is this a binary file?",
        "",
        "2 |   \u2400 class B {};",
        "  |   ^",
      ].join("\n"),
    );
  });
});
