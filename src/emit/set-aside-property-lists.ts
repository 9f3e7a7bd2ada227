/**
 * The property list of a class's runtime metadata (`$class.properties`, one small object per
 * property, inherited ones included) is a fifth of Prettier's work on mofgen's output, and its
 * layout is fixed: Prettier always breaks an array of two or more objects one element per line,
 * and prints each element as written when it fits the line. The renderer already writes such a
 * list that way (see `expandedArrayLiteral`), so it is set aside while Prettier formats the rest
 * and put back at the indentation Prettier gave its placeholder.
 *
 * Only lists whose every element is plain (identifier keys; strings of printable ASCII without
 * quotes or backslashes, booleans, integers) and fits the line are set aside: for those,
 * Prettier's output is exactly the text (no quote, escape or number normalisation, no width
 * subtleties). The tests compare the result with Prettier's over every golden case and CIM 2.49.
 */
import { PRETTIER_OPTIONS } from "./prettier-options.js";

const LIST = /^([ \t]*)properties: \[\n((?:[ \t]*\{ [^\n]* \},\n){2,})[ \t]*\](,?)$/gm;
const VALUE = String.raw`(?:"[\x20\x21\x23-\x5B\x5D-\x7E]*"|true|false|-?[1-9][0-9]*|0)`;
const FIELD = String.raw`[A-Za-z_$][\w$]*: ${VALUE}`;
const PLAIN_ELEMENT = new RegExp(String.raw`^\{ ${FIELD}(?:, ${FIELD})* \}$`);
const PLACEHOLDER = /^([ \t]*)properties: \$mofgenList(\d+)(,?)$/gm;

/** The source with placeholders, and the elements of each list set aside, in order. */
export interface ListsSetAside {
  readonly source: string;
  readonly lists: readonly (readonly string[])[];
}

/** Whether `element` keeps its text at `indent`: it fits with its trailing comma. */
function fits(element: string, indent: number): boolean {
  return indent + element.length + 1 <= PRETTIER_OPTIONS.printWidth;
}

export function setAsidePropertyLists(source: string): ListsSetAside {
  const lists: string[][] = [];
  const replaced = source.replace(LIST, (list: string, indent: string, body: string, comma) => {
    const elements = body
      .split("\n")
      .slice(0, -1)
      .map((line) => line.trim().slice(0, -1));
    const plain = elements.every(
      (element) => PLAIN_ELEMENT.test(element) && fits(element, indent.length + 2),
    );
    if (!plain) return list;
    const id = lists.push(elements) - 1;
    return `${indent}properties: $mofgenList${id}${comma}`;
  });
  return { source: replaced, lists };
}

/**
 * Puts the lists back into Prettier's output. `undefined` when the placeholders did not come
 * back one each, in order and on lines of their own, or an element no longer fits.
 */
export function restorePropertyLists(
  formatted: string,
  lists: readonly (readonly string[])[],
): string | undefined {
  let expected = 0;
  let broken = false;
  const restored = formatted.replace(
    PLACEHOLDER,
    (placeholder: string, indent: string, id: string, comma: string) => {
      const elements = lists[Number(id)];
      if (Number(id) !== expected || elements === undefined) return placeholder;
      expected++;
      const inner = `${indent}  `;
      if (!elements.every((element) => fits(element, inner.length))) broken = true;
      const lines = elements.map((element) => `${inner}${element},\n`).join("");
      return `${indent}properties: [\n${lines}${indent}]${comma}`;
    },
  );
  return expected === lists.length && !broken ? restored : undefined;
}
