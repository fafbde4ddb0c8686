/**
 * Secrets never reach the terminal: every message `runledger` prints goes through {@link text}, which
 * replaces the password field of any database URL in it, and any `password=` value, by `***`.
 *
 * Only those fields: the password's text elsewhere is left as it is, because it may also be the user
 * name or part of a table name (with password `runledger`, masking every occurrence printed
 * `postgres://***:***@…` and `table ***_runs has records`).
 *
 * @since 0.1.0
 */

/**
 * Formerly: hide `secret` wherever it appeared in later output. A password is now hidden where it
 * is a password — the field of a URL, a `password=` value — by {@link text} itself, so there is
 * nothing to register; kept so existing callers still compile.
 *
 * @deprecated URL passwords are redacted by pattern; this does nothing.
 * @since 0.1.0
 */
export const register = (_secret: string): void => {}

/**
 * Formerly: remember the password of a database URL. See {@link register}.
 *
 * @deprecated URL passwords are redacted by pattern; this does nothing.
 * @since 0.1.0
 */
export const registerUrl = (_url: string): void => {}

// scheme://user:password@host → scheme://user:***@host
const urlPassword = /([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):([^@\s]*)@/gi
// key=value forms of connection strings, and a URL's ?password= parameter
const keyPassword = /(password\s*=\s*)('[^']*'|"[^"]*"|[^\s;&]+)/gi

/**
 * `message` with the password of every URL in it, and every `password=` value, replaced by `***`.
 *
 * @since 0.1.0
 */
export const text = (message: string): string => message.replace(urlPassword, "$1:***@").replace(keyPassword, "$1***")

/**
 * A URL fit to show: the password replaced by `***`.
 *
 * @since 0.1.0
 */
export const url = (value: string): string => text(value)
