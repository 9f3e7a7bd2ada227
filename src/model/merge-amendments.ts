/**
 * WMI amendments. Windows keeps the localisable qualifiers (Description, Values, DisplayName,
 * ...) of a schema in a separate .mfl file: the same classes again, marked
 * `[Amendment, Locale(0x409)]`, in the `ms_409` child namespace, each localised qualifier with
 * the Amended flavor. Given both files in one unit, the Amended qualifiers of the amendment
 * classes of one locale are merged onto the base classes of the same name (and their
 * properties, methods and parameters, matched case-insensitively), replacing base qualifiers of
 * the same name. Amendment classes never become classes of their own.
 *
 * Locale selection: `options.locale` when given (0x409, 1033, ms_409 or a language tag such as
 * en-US); otherwise 0x409 when the unit has it, else the first locale in the unit.
 * Amendments of the other locales are ignored.
 */
import type {
  ClassDeclaration,
  ClassFeature,
  MethodDeclaration,
  ParameterDeclaration,
  Qualifier,
} from "../ast/ast.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { formatLocale, localeOfNamespace, parseLocale } from "./locales.js";
import type { DeclaredClass } from "./order-classes.js";
import { rawFlag, rawValue } from "./raw-qualifiers.js";
import type { Report } from "./report.js";

const EN_US = 0x409;

export interface AmendmentResult {
  /** The non-amendment classes, with the selected locale's amendments merged in. */
  readonly classes: readonly DeclaredClass[];
  /** The locale merged, if any amendment was. */
  readonly locale: number | undefined;
}

export function mergeAmendments(
  declared: readonly DeclaredClass[],
  requestedLocale: string | undefined,
  report: Report,
): AmendmentResult {
  const base: DeclaredClass[] = [];
  const amendments: { readonly entry: DeclaredClass; readonly locale: number | undefined }[] = [];
  const namespaceLocales = new Map<string, number | undefined>();
  for (const entry of declared) {
    let fromNamespace = namespaceLocales.get(entry.namespace);
    if (!namespaceLocales.has(entry.namespace)) {
      fromNamespace = localeOfNamespace(entry.namespace);
      namespaceLocales.set(entry.namespace, fromNamespace);
    }
    const locale = amendmentLocale(entry.declaration.qualifiers, fromNamespace);
    if (locale === null) base.push(entry);
    else amendments.push({ entry, locale });
  }
  if (amendments.length === 0) return { classes: declared, locale: undefined };

  const present = amendments.map((a) => a.locale).filter((l): l is number => l !== undefined);
  let locale = present.includes(EN_US) ? EN_US : present[0];
  if (requestedLocale !== undefined) {
    const parsed = parseLocale(requestedLocale);
    if (parsed === undefined) {
      report(
        makeDiagnostic(
          "MOF3602",
          `locale '${requestedLocale}' is not recognised (use e.g. 0x409, ms_409 or en-US); merging ${locale === undefined ? "no" : formatLocale(locale)} amendments`,
        ),
      );
    } else {
      locale = parsed;
    }
  }

  const byName = new Map<string, number>();
  base.forEach((entry, index) => {
    byName.set(entry.declaration.name.text.toLowerCase(), index);
  });
  for (const { entry, locale: own } of amendments) {
    // An amendment without any locale marker belongs to whichever locale is merged.
    if (own !== undefined && own !== locale) continue;
    const amendment = entry.declaration;
    const index = byName.get(amendment.name.text.toLowerCase());
    if (index === undefined) {
      report(
        makeDiagnostic(
          "MOF3601",
          `amendment for class '${amendment.name.text}', which is not defined`,
          amendment.name.span,
        ),
      );
      continue;
    }
    const target = base[index]!;
    base[index] = { ...target, declaration: amendClass(target.declaration, amendment, report) };
  }
  return { classes: base, locale };
}

/**
 * `null` for a class that is not an amendment; otherwise its LCID, or `undefined` when
 * neither its Locale qualifier nor its namespace names one.
 */
function amendmentLocale(
  qualifiers: readonly Qualifier[],
  fromNamespace: number | undefined,
): number | null | undefined {
  if (!rawFlag(qualifiers, "amendment") && fromNamespace === undefined) return null;
  const written = rawValue(qualifiers, "locale");
  if (written?.kind === "integer") return Number(written.value);
  if (written?.kind === "string") return parseLocale(written.value) ?? fromNamespace;
  return fromNamespace;
}

function amendClass(
  target: ClassDeclaration,
  amendment: ClassDeclaration,
  report: Report,
): ClassDeclaration {
  const features = [...target.features];
  for (const feature of amendment.features) {
    const index = findByName(features, feature.name.text);
    const existing = index === undefined ? undefined : features[index];
    if (existing === undefined || existing.kind !== feature.kind) {
      report(
        makeDiagnostic(
          "MOF3601",
          `amendment for ${feature.kind} '${feature.name.text}', which class '${target.name.text}' does not declare`,
          feature.name.span,
        ),
      );
      continue;
    }
    features[index!] = amendFeature(existing, feature, target.name.text, report);
  }
  return {
    ...target,
    qualifiers: amendQualifiers(target.qualifiers, amendment.qualifiers),
    features,
  };
}

function amendFeature(
  target: ClassFeature,
  amendment: ClassFeature,
  className: string,
  report: Report,
): ClassFeature {
  const qualifiers = amendQualifiers(target.qualifiers, amendment.qualifiers);
  if (target.kind === "property" || amendment.kind === "property") return { ...target, qualifiers };
  return {
    ...target,
    qualifiers,
    parameters: amendParameters(target, amendment, className, report),
  };
}

function amendParameters(
  target: MethodDeclaration,
  amendment: MethodDeclaration,
  className: string,
  report: Report,
): ParameterDeclaration[] {
  const parameters = [...target.parameters];
  for (const parameter of amendment.parameters) {
    const index = findByName(parameters, parameter.name.text);
    if (index === undefined) {
      report(
        makeDiagnostic(
          "MOF3601",
          `amendment for parameter '${parameter.name.text}', which method '${className}.${target.name.text}' does not declare`,
          parameter.name.span,
        ),
      );
      continue;
    }
    const existing = parameters[index]!;
    parameters[index] = {
      ...existing,
      qualifiers: amendQualifiers(existing.qualifiers, parameter.qualifiers),
    };
  }
  return parameters;
}

/** The base list with every Amended qualifier of the amendment put in (replacing in place). */
function amendQualifiers(
  base: readonly Qualifier[],
  amendment: readonly Qualifier[],
): readonly Qualifier[] {
  const amended = amendment.filter((q) => q.flavors.includes("Amended"));
  if (amended.length === 0) return base;
  const byName = new Map(amended.map((q) => [q.name.text.toLowerCase(), q]));
  const result = base.map((q) => {
    const replacement = byName.get(q.name.text.toLowerCase());
    if (replacement === undefined) return q;
    byName.delete(q.name.text.toLowerCase());
    return replacement;
  });
  return [...result, ...byName.values()];
}

function findByName(list: readonly { readonly name: { readonly text: string } }[], name: string) {
  const lower = name.toLowerCase();
  const index = list.findIndex((item) => item.name.text.toLowerCase() === lower);
  return index < 0 ? undefined : index;
}
