/**
 * Qualifier flavors (DSP0004 §5.6.1.2 plus WMI's ToInstance and Amended): the effective flags
 * of a declaration and how a usage's flavor list changes them. Contradicting lists
 * (EnableOverride with DisableOverride, ToSubclass with Restricted) are syntax errors reported
 * by the parser (MOF2016); here the later flavor wins.
 */
import type { Flavor } from "../ast/ast.js";
import type { EffectiveFlavors } from "./model.js";

/** DSP0004 defaults when a declaration has no Flavor clause: EnableOverride, ToSubclass. */
export const defaultFlavors: EffectiveFlavors = {
  overridable: true,
  toSubclass: true,
  translatable: false,
  toInstance: false,
  amended: false,
};

/** Applies a flavor list on top of `base`; flavors not mentioned keep the base setting. */
export function applyFlavors(base: EffectiveFlavors, flavors: readonly Flavor[]): EffectiveFlavors {
  if (flavors.length === 0) return base;
  let { overridable, toSubclass, translatable, toInstance, amended } = base;
  for (const flavor of flavors) {
    switch (flavor) {
      case "EnableOverride":
        overridable = true;
        break;
      case "DisableOverride":
        overridable = false;
        break;
      case "ToSubclass":
        toSubclass = true;
        break;
      case "Restricted":
        toSubclass = false;
        break;
      case "Translatable":
        translatable = true;
        break;
      case "ToInstance":
        toInstance = true;
        break;
      case "Amended":
        amended = true;
        break;
    }
  }
  return { overridable, toSubclass, translatable, toInstance, amended };
}

/** The flavor keywords that describe `flavors` completely (for output and messages). */
export function flavorKeywords(flavors: EffectiveFlavors): Flavor[] {
  const keywords: Flavor[] = [
    flavors.overridable ? "EnableOverride" : "DisableOverride",
    flavors.toSubclass ? "ToSubclass" : "Restricted",
  ];
  if (flavors.translatable) keywords.push("Translatable");
  if (flavors.toInstance) keywords.push("ToInstance");
  if (flavors.amended) keywords.push("Amended");
  return keywords;
}
