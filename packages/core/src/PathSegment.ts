/**
 * The one sanitizer for anything that becomes a file name (contract §1). Core stays free of
 * `node:path`; the guarantee that the result never escapes its root is checked in the tests with
 * `path.resolve`.
 *
 * @since 0.1.0
 */

const unsafe = /[^A-Za-z0-9._-]/g

/**
 * A single path segment made from any string: only `[A-Za-z0-9._-]` is kept, every other UTF-16
 * code unit becomes `_`, and `""`, `.` and `..` become `_`. The result contains no separator and is
 * never a reference to the current or parent directory, so `join(root, sanitize(s))` stays inside
 * `root`.
 *
 * @since 0.1.0
 */
export const sanitize = (s: string): string => {
  const kept = s.replace(unsafe, "_")
  return kept === "" || kept === "." || kept === ".." ? "_" : kept
}
