import { Either, Encoding } from "effect"

/** The position after which a keyset page starts: the last run of the previous page. */
export interface RunCursor {
  readonly createdAt: number
  readonly runId: string
}

/** An opaque, URL-safe cursor for the run after `position`. */
export const encodeRunCursor = (position: RunCursor): string =>
  Encoding.encodeBase64Url(JSON.stringify([position.createdAt, position.runId]))

/** The position a cursor stands for, or none when it was not made by {@link encodeRunCursor}. */
export const decodeRunCursor = (cursor: string): RunCursor | undefined => {
  const text = Encoding.decodeBase64UrlString(cursor)
  if (Either.isLeft(text)) return undefined
  try {
    const parsed: unknown = JSON.parse(text.right)
    if (
      Array.isArray(parsed) && parsed.length === 2 && Number.isSafeInteger(parsed[0]) && typeof parsed[1] === "string"
    ) {
      return { createdAt: parsed[0] as number, runId: parsed[1] }
    }
  } catch {
    // not JSON: not one of ours
  }
  return undefined
}
