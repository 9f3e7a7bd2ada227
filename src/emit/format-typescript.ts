/**
 * Prettier in-process with pinned options, one file at a time (Prettier is super-linear in file
 * size, so per-class files keep it fast). The standalone build with only the parser's plugins
 * loads much faster than the full package.
 */
import * as babel from "prettier/plugins/babel";
import * as estree from "prettier/plugins/estree";
import { format } from "prettier/standalone";
import { PRETTIER_OPTIONS } from "./prettier-options.js";
import { withVerbatimSetAside } from "./set-aside-verbatim.js";

export { PRETTIER_OPTIONS } from "./prettier-options.js";

/**
 * Formats one generated file (`path` is its output path, for callers that cache or report per
 * file). The emit stage takes one of these from its caller, so where formatting runs (in this
 * thread, or a worker pool at the CLI edge) is not its concern.
 */
export type FormatFile = (path: string, source: string) => Promise<string>;

export function formatTypeScript(source: string): Promise<string> {
  return format(source, { ...PRETTIER_OPTIONS, plugins: [estree, babel] });
}

/**
 * The in-process formatter: one file at a time, so that handing it every file at once does not
 * interleave (and keep alive) hundreds of Prettier ASTs.
 */
export function serialFormatter(): FormatFile {
  let queue: Promise<unknown> = Promise.resolve();
  return withVerbatimSetAside((_path, source) => {
    const result = queue.then(() => formatTypeScript(source));
    queue = result.catch(() => undefined);
    return result;
  });
}
