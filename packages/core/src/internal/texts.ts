/**
 * The texts of the private copies a store's fast decoders make of JSON input (`fastDecode.ts`),
 * remembered for the rest of the call: a copy is never shared with the caller, so it does not change,
 * and its canonical text (for the size limit and the fingerprint) and its stored text (key order kept)
 * need not be computed again. When every object of a value has its keys in sorted order already, the
 * two texts are the same string.
 *
 * Only texts of at least {@link RememberFrom} characters are remembered: a shorter one is made again
 * in less time than remembering it takes (a memory costs a map entry and keeps the copy alive for a
 * while, which the young-generation GC pays for: with every payload of the bench remembered, a
 * durable appendOnce at synchronous=NORMAL took 53.7 µs against 51.5 µs with none).
 *
 * The memory is two generations of plain `Map`s keyed by the copy: new entries go into the young
 * one, and when it holds {@link MaxEntries} entries or {@link MaxChars} characters of text it becomes
 * the old one and the old one is dropped. A copy is looked up a moment after it was made (in the
 * same call), so two generations keep everything in use, while what they hold on to after a call
 * stays bounded (a `WeakMap` holds on to nothing, but its `set` cost a batch of 100 events more than
 * its SHA-256 fingerprints). A text no longer remembered is just computed again.
 */
import type { Json } from "../Json.js"

/** The shortest text remembered. */
export const RememberFrom = 128

/** The most copies one generation remembers. */
export const MaxEntries = 1024
/** The most characters of text one generation remembers (a bigger text is not remembered). */
export const MaxChars = 1024 * 1024

interface Texts {
  /** The canonical text. */
  readonly canonical: string
  /** Whether it is also the JSON text (keys in sorted order everywhere). */
  readonly isJsonText: boolean
}

let young = new Map<object, Texts>()
let old = new Map<object, Texts>()
let youngChars = 0

/** Remember the canonical text of the copy `value`, and whether it is its JSON text too. */
export const remember = (value: object, canonicalText: string, isJsonText: boolean): void => {
  const chars = canonicalText.length
  if (chars > MaxChars) return
  if (young.size >= MaxEntries || youngChars + chars > MaxChars) {
    old = young
    young = new Map()
    youngChars = 0
  }
  young.set(value, { canonical: canonicalText, isJsonText })
  youngChars += chars
}

const recall = (value: object): Texts | undefined => young.get(value) ?? old.get(value)

/** The remembered canonical text of `value`, if any. */
export const canonicalOf = (value: Json): string | undefined =>
  value !== null && typeof value === "object" ? recall(value)?.canonical : undefined

/** The remembered JSON text of `value`, if any. */
export const storedOf = (value: Json): string | undefined => {
  if (value === null || typeof value !== "object") return undefined
  const texts = recall(value)
  return texts !== undefined && texts.isJsonText ? texts.canonical : undefined
}
