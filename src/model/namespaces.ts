/**
 * Namespace paths from `#pragma namespace(...)`. Paths are normalised to forward slashes
 * without a host (`\\.\root\cimv2`, `//server/root/cimv2` and `root\cimv2` all become
 * `root/cimv2`). As in mofcomp, a path that is not absolute (no leading slash or host, and
 * not starting at `root`) is relative to the current namespace: `ms_409` after
 * `\\.\root\x` is `root/x/ms_409`, which is how Windows amendment (.mfl) files name their
 * locale namespace. `__create` components are dropped: mofgen creates namespaces implicitly,
 * so `namespace("__create")` does not switch namespace. Namespaces are case-insensitive; the
 * first spelling met is the canonical one, so equal namespaces compare equal as strings.
 */

export const DEFAULT_NAMESPACE = "root/cimv2";

export interface NamespaceTracker {
  /** The namespace productions are placed in now. */
  readonly current: () => string;
  /** Applies a `#pragma namespace` argument. */
  readonly apply: (argument: string) => void;
  /** The canonical spelling of any namespace path (for lookups from outside pragmas). */
  readonly canonical: (path: string) => string;
}

export function createNamespaceTracker(defaultNamespace: string): NamespaceTracker {
  const spellings = new Map<string, string>();
  const canonical = (path: string): string => {
    const key = path.toLowerCase();
    const known = spellings.get(key);
    if (known !== undefined) return known;
    spellings.set(key, path);
    return path;
  };
  const initial = resolveNamespacePath(defaultNamespace, "");
  let current = canonical(initial === "" ? DEFAULT_NAMESPACE : initial);
  return {
    current: () => current,
    apply: (argument) => {
      const next = resolveNamespacePath(argument, current);
      if (next !== "") current = canonical(next);
    },
    canonical,
  };
}

/** The normalised absolute path `argument` names when the current namespace is `current`. */
export function resolveNamespacePath(argument: string, current: string): string {
  let text = argument.trim().replace(/\\/g, "/");
  let absolute = false;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(text);
  if (scheme !== null) {
    text = text.slice(scheme[0].length);
    absolute = true;
  } else if (text.startsWith("//")) {
    // `//./root/x` or `//server/root/x`: drop the host.
    text = text.slice(2).replace(/^[^/]*/, "");
    absolute = true;
  } else if (text.startsWith("/")) {
    absolute = true;
  }
  const parts = text.split("/").filter((part) => part !== "" && part.toLowerCase() !== "__create");
  if (parts.length === 0) return absolute ? "" : current;
  if (!absolute && parts[0]?.toLowerCase() === "root") absolute = true;
  if (absolute || current === "") return parts.join("/");
  return `${current}/${parts.join("/")}`;
}
