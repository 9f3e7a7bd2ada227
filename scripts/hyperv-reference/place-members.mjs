// Places every member in the topmost documented class that has it, and re-declares it with
// Override only where a subclass page really changes it (the rules in the entry script).

import { buildMethod, buildProperty } from "./build-members.mjs";
import { systemPropertiesOf } from "./class-hierarchy.mjs";
import { lower } from "./page-text.mjs";
import { report } from "./report.mjs";

/**
 * Whether a subclass page's member differs from the inherited declaration. A value or return-code
 * list missing from either page counts as unspecified, not as a difference.
 */
function differs(inherited, built) {
  const lists = built.qualifiers.has("ValueMap") && inherited.qualifiers.has("ValueMap");
  return signatureKey(inherited, lists) !== signatureKey(built, lists);
}

function signatureKey(member, withLists) {
  const skip = withLists ? ["Override"] : ["Override", "ValueMap", "Values"];
  const q = (map) =>
    JSON.stringify(
      [...map].filter(([k]) => !skip.includes(k)).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  const lists = withLists
    ? [member.qualifiers.get("ValueMap"), member.qualifiers.get("Values")]
    : [];
  if (member.kind === "property") {
    const key = member.qualifiers.has("Key");
    return JSON.stringify([member.type, member.refClass, member.isArray, key, ...lists]);
  }
  return JSON.stringify([
    member.returnType,
    member.params.map((p) => [p.name, p.type, p.refClass, p.isArray, q(p.qualifiers)]),
    ...lists,
    member.qualifiers.get("Deprecated") ?? null,
  ]);
}

/** A value list documented only on a subclass page belongs to the declaring class. */
function backfillValues(inherited, built, page) {
  if (inherited.member.qualifiers.has("ValueMap") || !built.qualifiers.has("ValueMap")) return;
  for (const key of ["ValueMap", "Values"]) {
    if (built.qualifiers.has(key)) inherited.member.qualifiers.set(key, built.qualifiers.get(key));
  }
  report.notes.push(`${page.file}: value list of ${built.name} moved up to ${inherited.owner}`);
}

/** Statistics the summary prints: how often a subclass page repeated or changed a member. */
function emptyStats() {
  return {
    inheritedProps: 0,
    overriddenProps: 0,
    overriddenPropsUnmarked: 0,
    inheritedMethods: 0,
    overriddenMethods: 0,
  };
}

/**
 * Places the members of every class, superclasses first (`order`), so each page is compared
 * with the complete declarations of its ancestors. `effective` maps `p:name`/`m:name` to the
 * declaring class and member as seen from a class.
 */
export function placeMembers(order, pages, byName, methodsByClass) {
  const classes = new Map();
  const stats = emptyStats();
  for (const page of order) {
    const parent = page.superclass ? classes.get(lower(page.superclass)) : null;
    const effective = new Map(parent ? parent.effective : []);
    const members = [
      ...placeProperties(page, effective, systemPropertiesOf(page, byName), stats),
      ...placeMethods(page, effective, pages, methodsByClass, stats),
    ];
    classes.set(lower(page.name), { page, members, effective });
  }
  return { classes, stats };
}

/** The properties `page` declares itself (new ones and overrides), in page order. */
function placeProperties(page, effective, systemProps, stats) {
  const members = [];
  for (const p of page.props) {
    if (systemProps.includes(p.name)) continue;
    const built = buildProperty(page, p);
    const inherited = effective.get(`p:${lower(p.name)}`);
    if (inherited) {
      const marked = built.qualifiers.has("Override");
      if (!marked && !differs(inherited.member, built)) {
        backfillValues(inherited, built, page);
        stats.inheritedProps++;
        continue;
      }
      built.qualifiers.set("Override", p.name);
      stats.overriddenProps++;
      if (!marked) stats.overriddenPropsUnmarked++;
    } else if (built.qualifiers.has("Override")) {
      built.qualifiers.delete("Override");
      report.notes.push(
        `${page.file}: Override on ${p.name} dropped, no documented ancestor has it`,
      );
    }
    members.push(built);
    effective.set(`p:${lower(p.name)}`, { owner: page.name, member: built });
  }
  return members;
}

/** The methods `page` declares itself (new ones and overrides), in method-page order. */
function placeMethods(page, effective, pages, methodsByClass, stats) {
  const pagesOfClass = methodsByClass.get(lower(page.name)) ?? [];
  const declaredByFile = new Map();
  // Deprecated methods go last so their replacement is already settled in this class.
  for (const m of [
    ...pagesOfClass.filter((x) => !x.deprecation),
    ...pagesOfClass.filter((x) => x.deprecation),
  ]) {
    const built = buildMethod(m);
    if (m.deprecation) {
      built.qualifiers.set("Deprecated", [
        deprecationTarget(m.deprecation, effective, page, pages, methodsByClass),
      ]);
    }
    const inherited = effective.get(`m:${lower(m.name)}`);
    if (inherited) {
      // Return codes only a subclass page lists are its own: unlike a property's value list
      // they do not move up, the superclass page states its codes in prose or not at all.
      const ownCodes =
        built.qualifiers.has("ValueMap") && !inherited.member.qualifiers.has("ValueMap");
      if (!ownCodes && !differs(inherited.member, built)) {
        stats.inheritedMethods++;
        continue;
      }
      built.qualifiers.set("Override", m.name);
      stats.overriddenMethods++;
    }
    declaredByFile.set(m.file, built);
    effective.set(`m:${lower(m.name)}`, { owner: page.name, member: built });
  }
  return pagesOfClass.map((m) => declaredByFile.get(m.file)).filter((built) => built !== undefined);
}

/**
 * "Class.Method()" naming the replacement: the class that declares it for this class, or, when
 * only subclasses have it (CIM_Job.KillJob -> RequestStateChange), the nearest subclass with a
 * page for it (breadth-first, alphabetical within a level), which is where it is declared.
 */
function deprecationTarget(dep, effective, page, pages, methodsByClass) {
  if (dep.member && dep.className) return `${dep.className}.${dep.member}()`;
  if (!dep.member) return "No value";
  let owner = effective.get(`m:${lower(dep.member)}`)?.owner ?? null;
  let level = [lower(page.name)];
  while (!owner && level.length) {
    const next = pages
      .filter((c) => c.superclass && level.includes(lower(c.superclass)))
      .map((c) => c.name)
      .sort();
    owner =
      next.find((name) =>
        (methodsByClass.get(lower(name)) ?? []).some((m) => lower(m.name) === lower(dep.member)),
      ) ?? null;
    level = next.map(lower);
  }
  if (!owner) report.unparsed.push(`${page.file}: replacement method ${dep.member} not found`);
  return `${owner ?? page.name}.${dep.member}()`;
}
