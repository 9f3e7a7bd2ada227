/**
 * Compiler directives (`#pragma name(args)`). Every pragma is recorded as written and later
 * stages act on the ones they need (the input stage follows `include`, the model applies
 * `namespace`). The pragmas mofcomp knows are accepted without a warning, since Windows MOF
 * files use them; their arguments are checked so that a typo is not silently ignored.
 */
import type { PragmaCstNode } from "../../grammar/cst.generated.js";
import { UnterminatedString } from "../../grammar/tokens.js";
import type { Pragma, PragmaArgument, Span } from "./ast.js";
import {
  type BuildContext,
  first,
  firstLexed,
  lexed,
  report,
  spanFrom,
  tokenSpan,
} from "./build-context.js";
import { decodeStringLiteral } from "./literals.js";

const knownPragmas: ReadonlySet<string> = new Set([
  "include",
  "locale",
  "namespace",
  "instancelocale",
  "nonlocal",
  "nonlocaltype",
  "source",
  "sourcetype",
  "classflags",
  "deleteclass",
  "autorecover",
  "amendment",
]);

/** Pragmas whose arguments are one string, e.g. `include("file.mof")`. */
const singleStringPragmas: ReadonlySet<string> = new Set([
  "include",
  "locale",
  "namespace",
  "instancelocale",
  "nonlocal",
  "nonlocaltype",
  "source",
  "sourcetype",
  "amendment",
]);

function checkPragmaArguments(
  ctx: BuildContext,
  name: string,
  args: readonly PragmaArgument[],
  span: Span,
): void {
  const strings = args.filter((a) => a.kind === "string").length;
  let expectation: string | undefined;
  if (singleStringPragmas.has(name) && (args.length !== 1 || strings !== 1)) {
    expectation = `one string argument, for example #pragma ${name}("...")`;
  } else if (name === "classflags" && (args.length === 0 || strings !== args.length)) {
    expectation = 'one or more string arguments, for example #pragma classflags("forceupdate")';
  } else if (name === "deleteclass" && first(args)?.kind !== "string") {
    expectation = 'a class name string first, for example #pragma deleteclass("X", NOFAIL)';
  } else if (name === "autorecover" && args.length > 0) {
    expectation = "no arguments";
  }
  if (expectation !== undefined) {
    report(ctx, "MOF2021", `#pragma ${name} takes ${expectation}`, span);
  }
}

export function buildPragma(ctx: BuildContext, node: PragmaCstNode): Pragma | undefined {
  if (node.recoveredNode === true) return undefined;
  const c = node.children;
  const nameToken = lexed(first(c.pragmaName));
  if (nameToken === undefined) return undefined;
  const name = nameToken.image.toLowerCase();
  const args: PragmaArgument[] = [];
  for (const argument of c.pragmaArgument ?? []) {
    const stringToken = lexed(first(argument.children.StringLiteral));
    if (stringToken !== undefined) {
      // Lenient: Windows paths such as "System\CIM_X.mof" keep their invalid escapes.
      const decoded = decodeStringLiteral(
        stringToken.image,
        true,
        stringToken.tokenType !== UnterminatedString,
      );
      args.push({ kind: "string", value: decoded.value, span: tokenSpan(ctx, stringToken) });
      continue;
    }
    const word = lexed(first(argument.children.word));
    if (word !== undefined) {
      args.push({ kind: "identifier", value: word.image, span: tokenSpan(ctx, word) });
    }
  }
  const nameSpan = tokenSpan(ctx, nameToken);
  const span = spanFrom(ctx, firstLexed(first(c.Hash)), firstLexed(first(c.RParen), nameToken));
  const known = knownPragmas.has(name);
  if (known) {
    checkPragmaArguments(ctx, name, args, span);
  } else {
    report(ctx, "MOF2012", `unknown pragma '${nameToken.image}' is ignored`, nameSpan);
  }
  return { kind: "pragma", name, nameSpan, args, known, span };
}
