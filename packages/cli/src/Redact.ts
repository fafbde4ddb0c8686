/**
 * Secrets never reach the terminal: every message `runledger` prints goes through {@link text}, which
 * hides the password of any database URL in it and every secret registered with {@link register}.
 *
 * @since 0.1.0
 */

const secrets = new Set<string>()

/**
 * Hide `secret` (a password) wherever it appears in later output.
 *
 * @since 0.1.0
 */
export const register = (secret: string): void => {
  if (secret.length > 0) secrets.add(secret)
}

/**
 * Remember the password of a database URL, so it is hidden even where a driver quotes it on its own.
 *
 * @since 0.1.0
 */
export const registerUrl = (url: string): void => {
  try {
    const parsed = new URL(url)
    if (parsed.password !== "") {
      register(parsed.password)
      register(decodeURIComponent(parsed.password))
    }
  } catch {
    // Not a URL: the pattern in `text` still hides a `user:password@` part.
  }
}

// scheme://user:password@host → scheme://user:***@host
const urlPassword = /([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):([^@\s]*)@/gi
// key=value forms of connection strings
const keyPassword = /(password\s*=\s*)('[^']*'|"[^"]*"|[^\s;&]+)/gi

/**
 * `message` with URL passwords and registered secrets replaced by `***`.
 *
 * @since 0.1.0
 */
export const text = (message: string): string => {
  let out = message.replace(urlPassword, "$1:***@").replace(keyPassword, "$1***")
  for (const secret of secrets) out = out.split(secret).join("***")
  return out
}

/**
 * A URL fit to show: the password replaced by `***`.
 *
 * @since 0.1.0
 */
export const url = (value: string): string => text(value)
