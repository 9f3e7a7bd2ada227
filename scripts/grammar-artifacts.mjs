// Writes the grammar artifacts that are committed with the sources: the typed CST
// (grammar/cst.generated.d.ts, used by the src/ast/build-*.ts modules) and the railroad diagrams
// (grammar/diagrams.html). Runs after `tsc` because it loads the compiled parser.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chevrotain } from "../dist/grammar/chevrotain.js";
import { mofParser } from "../dist/grammar/parser.js";

const { createSyntaxDiagramsCode, generateCstDts } = chevrotain;

const grammarDir = fileURLToPath(new URL("../grammar/", import.meta.url));

writeFileSync(`${grammarDir}cst.generated.d.ts`, generateCstDts(mofParser.getGAstProductions()));
writeFileSync(
  `${grammarDir}diagrams.html`,
  createSyntaxDiagramsCode(mofParser.getSerializedGastProductions()),
);
