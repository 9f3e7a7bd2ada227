import { describe, expect, it } from "vitest";
import type { CompilationUnit, Production } from "../../src/ast/ast.js";
import { resolveSchema } from "../../src/model/resolve-schema.js";

describe("resolveSchema on an AST it cannot handle", () => {
  it("reports MOF3901 with a short message instead of throwing or printing a stack trace", () => {
    // A class node without its member lists cannot come from the parser; it stands in for a bug.
    const broken = { kind: "class", name: { text: "X" } } as unknown as Production;
    const unit: CompilationUnit = { sources: new Map(), documents: [], productions: [broken] };
    const { diagnostics, schema } = resolveSchema(unit);
    expect(diagnostics.map((d) => d.code)).toEqual(["MOF3901"]);
    expect(diagnostics[0]?.message).toMatch(
      /^internal error while resolving the schema: .+please report it/,
    );
    expect(diagnostics[0]?.message).not.toMatch(/\n\s+at /);
    expect(schema.classes.size).toBe(0);
  });
});
