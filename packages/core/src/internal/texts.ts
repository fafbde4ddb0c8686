/**
 * The texts of the private copies a store's fast decoders make of JSON input (`fastDecode.ts`),
 * remembered for the rest of the call: a copy is never shared with the caller, so it does not change,
 * and its canonical text (for the size limit and the fingerprint) and its stored text (key order kept)
 * need not be computed again. When every object of a value has its keys in sorted order already, the
 * two texts are the same string.
 */
import type { Json } from "../Json.js"

// One entry per copy: in `same` when its canonical text is its JSON text (keys in sorted order
// everywhere: the common case), else in `canonical`.
const same = new WeakMap<object, string>()
const canonical = new WeakMap<object, string>()

/** Remember the canonical text of the copy `value`, and whether it is its JSON text too. */
export const remember = (value: object, canonicalText: string, isJsonText: boolean): void => {
  if (isJsonText) same.set(value, canonicalText)
  else canonical.set(value, canonicalText)
}

/** The remembered canonical text of `value`, if any. */
export const canonicalOf = (value: Json): string | undefined =>
  value !== null && typeof value === "object" ? same.get(value) ?? canonical.get(value) : undefined

/** The remembered JSON text of `value`, if any. */
export const storedOf = (value: Json): string | undefined =>
  value !== null && typeof value === "object" ? same.get(value) : undefined
