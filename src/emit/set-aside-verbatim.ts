/**
 * What the renderer writes in a layout Prettier would not change (doc comments, property
 * lists) is set aside while Prettier formats a file, and put back afterwards: the same bytes
 * as formatting the whole file, for much less of Prettier's time.
 */
import type { FormatFile } from "./format-typescript.js";
import { restoreDocComments, setAsideDocComments } from "./set-aside-doc-comments.js";
import { restorePropertyLists, setAsidePropertyLists } from "./set-aside-property-lists.js";

/**
 * A formatter that sets verbatim text aside around `format`. Whenever the placeholders do not
 * come back intact, or the shortened source fails to format, the original source is formatted
 * instead: the result (or the error, with its true position) is then Prettier's own.
 */
export function withVerbatimSetAside(format: FormatFile): FormatFile {
  return async (path, source) => {
    const docs = setAsideDocComments(source);
    const lists = setAsidePropertyLists(docs.source);
    if (docs.docs.length > 0 || lists.lists.length > 0) {
      const formatted = await format(path, lists.source).catch(() => undefined);
      const withLists =
        formatted === undefined ? undefined : restorePropertyLists(formatted, lists.lists);
      const restored =
        withLists === undefined ? undefined : restoreDocComments(withLists, docs.docs);
      if (restored !== undefined) return restored;
    }
    return format(path, source);
  };
}
