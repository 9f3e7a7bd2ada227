import { describe, expect, it } from "vitest";
import type { Span } from "../../src/ast/ast.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import {
  formatDiagnostic,
  formatSummary,
  sortDiagnostics,
} from "../../src/diagnostics/format-diagnostic.js";
import { makeDiagnostic } from "../../src/diagnostics/make-diagnostic.js";

const plain = { color: false, cwd: "/work" } as const;

/** A span for `needle` (its first occurrence at or after `from`) in `text`. */
function spanOf(
  file: string,
  text: string,
  needle: string,
  from = 0,
  length = needle.length,
): Span {
  const offset = text.indexOf(needle, from);
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  const line = (before.match(/\r\n|\r|\n/g) ?? []).length + 1;
  return { file, line, column: offset - lineStart + 1, offset, length };
}

describe("formatDiagnostic", () => {
  it("keeps a message quoting MOF text with line breaks or control characters on one line", () => {
    const text = 'class A { [Override("x\\ny\\u001b")] string P; };';
    const d = makeDiagnostic(
      "MOF3205",
      "property 'P' has Override(\"x\ny\u001b\") but class 'A' has no superclass",
      spanOf("/work/a.mof", text, "Override"),
    );
    expect(formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain).split("\n")[0]).toBe(
      "a.mof:1:12 - error MOF3205: property 'P' has Override(\"x\u240ay\u241b\") but class 'A' has no superclass",
    );
  });

  it("shows control characters of the line as their pictures, so the terminal is not restyled", () => {
    const text = "class A\u001b[31m { \u0000\u007f\u009b };";
    const d = makeDiagnostic(
      "MOF2001",
      "unexpected character",
      spanOf("/work/a.mof", text, "\u0000"),
    );
    expect(formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain)).toBe(
      [
        "a.mof:1:16 - error MOF2001: unexpected character",
        "",
        "1 | class A\u241b[31m { \u2400\u2421\ufffd };",
        "  |                ^",
      ].join("\n"),
    );
  });

  it("prints the location relative to cwd, the code, the line and a caret under the span", () => {
    const text = "class A {\n  string Name\n};\n";
    const d = makeDiagnostic("MOF1010", "expected ';'", spanOf("/work/s/a.mof", text, "Name"));
    expect(formatDiagnostic(d, new Map([["/work/s/a.mof", text]]), plain)).toBe(
      [
        "s/a.mof:2:10 - error MOF1010: expected ';'",
        "",
        "2 |   string Name",
        "  |          ^~~~",
      ].join("\n"),
    );
  });

  it("keeps paths outside cwd absolute and widens the gutter for big line numbers", () => {
    const text = `${"\n".repeat(1233)}x = 1;`;
    const d = makeDiagnostic("MOF1012", "repeated", spanOf("/other/b.mof", text, "1"));
    expect(formatDiagnostic(d, new Map([["/other/b.mof", text]]), plain)).toBe(
      ["/other/b.mof:1234:5 - warning MOF1012: repeated", "", "1234 | x = 1;", "     |     ^"].join(
        "\n",
      ),
    );
  });

  it("expands tabs so the caret lines up", () => {
    const text = "class A {\n\tuint32\tP;\n};";
    const d = makeDiagnostic("MOF1010", "m", spanOf("/work/a.mof", text, "P;"));
    expect(formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain)).toBe(
      ["a.mof:2:9 - error MOF1010: m", "", "2 |     uint32  P;", "  |             ^~"].join("\n"),
    );
  });

  it("shows the right line in CRLF and lone-CR files", () => {
    const text = "a\r\nbb\rccc\r\n";
    const d = makeDiagnostic("MOF1010", "m", spanOf("/work/a.mof", text, "ccc"));
    expect(formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain)).toBe(
      ["a.mof:3:1 - error MOF1010: m", "", "3 | ccc", "  | ^~~"].join("\n"),
    );
  });

  it("clamps a span that runs past the end of its line", () => {
    const text = 'x = "abc\nmore";';
    const d = makeDiagnostic("MOF1010", "m", spanOf("/work/a.mof", text, '"', 0, 14));
    expect(formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain)).toBe(
      ["a.mof:1:5 - error MOF1010: m", "", '1 | x = "abc', "  |     ^~~~"].join("\n"),
    );
  });

  it("puts a single caret after the last character for an end-of-file position", () => {
    const text = "class A {";
    const span: Span = { file: "/work/a.mof", line: 1, column: 10, offset: 9, length: 0 };
    const d = makeDiagnostic("MOF1010", "m", span);
    expect(formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain)).toBe(
      ["a.mof:1:10 - error MOF1010: m", "", "1 | class A {", "  |          ^"].join("\n"),
    );
  });

  it("cuts a very long line to a window around the span", () => {
    const text = `${"a".repeat(50_000)}BAD${"b".repeat(50_000)}`;
    const d = makeDiagnostic("MOF1010", "m", spanOf("/work/a.mof", text, "BAD"));
    const lines = formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain).split("\n");
    expect(lines).toEqual([
      "a.mof:1:50001 - error MOF1010: m",
      "",
      `1 | …${"a".repeat(40)}BAD${"b".repeat(77)}…`,
      `  |  ${" ".repeat(40)}^~~`,
    ]);
  });

  it("keeps the start of a long line when the span is near it", () => {
    const text = `ab${"c".repeat(200)}`;
    const d = makeDiagnostic("MOF1010", "m", spanOf("/work/a.mof", text, "b"));
    const lines = formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain).split("\n");
    expect(lines.slice(2)).toEqual([`1 | ab${"c".repeat(118)}…`, "  |  ^"]);
  });

  it("keeps the end of a long line when the span is near it", () => {
    const text = `${"c".repeat(200)}Z`;
    const d = makeDiagnostic("MOF1010", "m", spanOf("/work/a.mof", text, "Z"));
    const lines = formatDiagnostic(d, new Map([["/work/a.mof", text]]), plain).split("\n");
    expect(lines.slice(2)).toEqual([`1 | …${"c".repeat(119)}Z`, `  | ${" ".repeat(120)}^`]);
  });

  it("prints a diagnostic without a place as code and message only", () => {
    const d = makeDiagnostic("MOF1001", "cannot read file '/x.mof'");
    expect(formatDiagnostic(d, new Map(), plain)).toBe("error MOF1001: cannot read file '/x.mof'");
  });

  it("prints no frame when the file's text is unknown", () => {
    const span: Span = { file: "/work/a.mof", line: 3, column: 2, offset: 10, length: 1 };
    const d = makeDiagnostic("MOF1003", "NUL byte", span);
    expect(formatDiagnostic(d, new Map([["/work/a.mof", ""]]), plain)).toBe(
      "a.mof:3:2 - error MOF1003: NUL byte",
    );
  });

  it("prints related locations with their own frames, indented", () => {
    const main = '#pragma include("q.mof")\n';
    const sub = 'class X {};\n#pragma include("../q.mof")\n';
    const sources = new Map([
      ["/work/main.mof", main],
      ["/work/sub/x.mof", sub],
    ]);
    const d = makeDiagnostic(
      "MOF1012",
      "'/work/q.mof' is already included",
      spanOf("/work/sub/x.mof", sub, "#pragma"),
      [{ message: "first included here", span: spanOf("/work/main.mof", main, "#pragma", 0, 24) }],
    );
    expect(formatDiagnostic(d, sources, plain)).toBe(
      [
        "sub/x.mof:2:1 - warning MOF1012: '/work/q.mof' is already included",
        "",
        '2 | #pragma include("../q.mof")',
        "  | ^~~~~~~",
        "",
        "  main.mof:1:1 - first included here",
        "",
        '  1 | #pragma include("q.mof")',
        "    | ^~~~~~~~~~~~~~~~~~~~~~~~",
      ].join("\n"),
    );
  });

  it("colours with ANSI codes only when asked", () => {
    const text = "x y";
    const d = makeDiagnostic("MOF1010", "m", spanOf("/work/a.mof", text, "y"));
    expect(
      formatDiagnostic(d, new Map([["/work/a.mof", text]]), { color: true, cwd: "/work" }),
    ).toBe(
      [
        "\u001b[36ma.mof\u001b[0m:\u001b[33m1\u001b[0m:\u001b[33m3\u001b[0m - \u001b[31merror\u001b[0m \u001b[90mMOF1010\u001b[0m: m",
        "",
        "\u001b[90m1 |\u001b[0m x y",
        "\u001b[90m  |\u001b[0m   \u001b[31m^\u001b[0m",
      ].join("\n"),
    );
  });
});

describe("sortDiagnostics", () => {
  const at = (file: string, offset: number, message: string): Diagnostic =>
    makeDiagnostic("MOF1010", message, { file, line: 1, column: offset + 1, offset, length: 1 });

  it("orders by file in compile order, span-less first, then by offset, keeping ties stable", () => {
    const sorted = sortDiagnostics(
      [
        at("/z.mof", 1, "z"),
        at("/b.mof", 9, "b9"),
        at("/a.mof", 5, "a5-first"),
        makeDiagnostic("MOF1001", "no place"),
        at("/a.mof", 2, "a2"),
        at("/a.mof", 5, "a5-second"),
        at("/y.mof", 0, "y"),
        at("/b.mof", 1, "b1"),
      ],
      ["/b.mof", "/a.mof"],
    );
    expect(sorted.map((d) => d.message)).toEqual([
      "no place",
      "b1",
      "b9",
      "a2",
      "a5-first",
      "a5-second",
      "y",
      "z",
    ]);
  });
});

describe("formatSummary", () => {
  const error = makeDiagnostic("MOF1001", "e");
  const warning = makeDiagnostic("MOF1012", "w");

  it.each([
    [[], 1, undefined, "Found no problems in 1 file."],
    [[error, error, warning], 3, undefined, "Found 2 errors and 1 warning in 3 files."],
    [[error], 1634, 412.4, "Found 1 error in 1634 files (0.41 s)."],
    [[warning, warning], 2, 1500, "Found 0 errors and 2 warnings in 2 files (1.50 s)."],
  ])("summarises %j over %i files", (diagnostics, files, elapsedMs, expected) => {
    const extra = elapsedMs === undefined ? { files } : { files, elapsedMs };
    expect(formatSummary(diagnostics, extra)).toBe(expected);
  });
});
