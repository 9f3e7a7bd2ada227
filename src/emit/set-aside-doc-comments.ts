/**
 * JSDoc text is close to half of what mofgen emits, and Prettier does nothing to it but
 * re-indent it; yet it costs Prettier about a fifth of its time (it scans every comment's text
 * several times). So before formatting, each multi-line JSDoc comment is set aside and a short
 * comment of the same shape takes its place; after formatting, the comments are put back,
 * indented exactly as Prettier indents a JSDoc comment. The result is byte for byte what
 * Prettier gives for the original source (the tests check this over every golden case and the
 * whole CIM 2.49 output). `withVerbatimSetAside` (set-aside-verbatim.ts) applies it.
 *
 * Why the swap cannot change the layout: Prettier attaches and places a comment by its position
 * and its line breaks, never by its words, and a placeholder has the same lines as the original
 * where they matter ("/**" first, " *\/" last, each line starting with "*").
 */
/** The source with placeholders, and the comments they stand for, in order. */
export interface DocsSetAside {
  readonly source: string;
  readonly docs: readonly string[];
}

// In generated code a doc comment starts with a line that is only "/**" (after indentation) and
// ends with a line that is only "*/": string literals never contain a raw line break, so such a
// line cannot be inside a literal.
const DOC_COMMENT = /^([ \t]*)\/\*\*\n(?:[ \t]*\*(?:[^\n]*)\n)*?[ \t]*\*\/$/gm;
const PLACEHOLDER_LINE = " * mofgen:doc:";
const PLACEHOLDER = /^([ \t]*)\/\*\*\n[ \t]* \* mofgen:doc:(\d+)\n[ \t]* \*\/$/gm;

export function setAsideDocComments(source: string): DocsSetAside {
  const docs: string[] = [];
  const replaced = source.replace(DOC_COMMENT, (comment: string, indent: string) => {
    const id = docs.push(comment.slice(indent.length)) - 1;
    return `${indent}/**\n${indent}${PLACEHOLDER_LINE}${id}\n${indent} */`;
  });
  return { source: replaced, docs };
}

/**
 * Puts the comments back into Prettier's output. `undefined` when the placeholders did not come
 * back one each, in order (the caller then formats the original source instead).
 */
export function restoreDocComments(formatted: string, docs: readonly string[]): string | undefined {
  let expected = 0;
  const restored = formatted.replace(PLACEHOLDER, (placeholder: string, indent: string, id) => {
    if (Number(id) !== expected) return placeholder;
    expected++;
    return `${indent}${reindentDoc(docs[Number(id)]!, indent)}`;
  });
  return expected === docs.length ? restored : undefined;
}

/**
 * Prettier's printing of an "indentable" block comment (one whose lines all start with `*`):
 * the lines without leading white space, the inner ones also without trailing white space
 * except a Markdown line break (two spaces) in a JSDoc comment; each line after the first
 * indented like the place the comment is printed at, plus one space.
 */
function reindentDoc(comment: string, indent: string): string {
  const jsDoc = comment[2] === "*" && comment[3] !== "*";
  const lines = comment.slice(1, -1).split("\n");
  const last = lines.length - 1;
  const printed = lines.map((raw, index) => {
    const line = raw.trimStart();
    if (index === 0) return line.trimEnd();
    if (index === last) return `${indent} ${line}`;
    const trimmed = line.trimEnd();
    const lineBreak = jsDoc && trimmed !== "*" && line.endsWith("  ") ? "  " : "";
    return `${indent} ${trimmed}${lineBreak}`;
  });
  return `/${printed.join("\n")}/`;
}
