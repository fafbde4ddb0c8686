import { Either, Encoding } from "effect"

// A change-feed cursor stands for a feed position: a whole number that a backend assigns in commit
// order. The tag keeps a run-list cursor from being mistaken for a feed cursor and vice versa.
const tag = "feed"

/** An opaque, URL-safe cursor for the feed after `position`. */
export const encodeFeedCursor = (position: number): string => Encoding.encodeBase64Url(JSON.stringify([tag, position]))

/** The position a cursor stands for, or none when it was not made by {@link encodeFeedCursor}. */
export const decodeFeedCursor = (cursor: string): number | undefined => {
  const text = Encoding.decodeBase64UrlString(cursor)
  if (Either.isLeft(text)) return undefined
  try {
    const parsed: unknown = JSON.parse(text.right)
    if (Array.isArray(parsed) && parsed.length === 2 && parsed[0] === tag) {
      const position: unknown = parsed[1]
      if (typeof position === "number" && Number.isSafeInteger(position) && position >= 0) return position
    }
  } catch {
    // not JSON: not one of ours
  }
  return undefined
}
