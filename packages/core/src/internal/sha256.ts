// SHA-256 (FIPS 180-4) in plain TypeScript: core must stay free of `node:crypto`, and WebCrypto is
// asynchronous. It runs for every event appended (the fingerprint), so it is written for speed: the
// text is encoded as UTF-8 straight into a reused buffer, the message schedule is a reused array, and
// the digest is printed through a lookup table. Checked against known vectors and `node:crypto` in
// `test/Json.test.ts`.
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
])

const W = new Int32Array(64)
const H = new Int32Array(8)
// The digest's 64 hex digits are built as character codes and made one string at the end (string
// concatenation would make a string per step).
const HEX_CODES = new Uint8Array(Array.from("0123456789abcdef", (c) => c.charCodeAt(0)))
const DIGITS: Array<number> = new Array(64)

// The padded message. Grown (never shrunk) when a longer one comes.
let buffer = new Uint8Array(1024)

/** Compress the 64-byte blocks of `bytes[0 .. length)` into `H`. */
const blocks = (bytes: Uint8Array, length: number): void => {
  let h0 = H[0]!, h1 = H[1]!, h2 = H[2]!, h3 = H[3]!, h4 = H[4]!, h5 = H[5]!, h6 = H[6]!, h7 = H[7]!
  for (let offset = 0; offset < length; offset += 64) {
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4
      W[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!
    }
    for (let i = 16; i < 64; i++) {
      const w15 = W[i - 15]!, w2 = W[i - 2]!
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
      const ch = (e & f) ^ (~e & g)
      const t1 = (h + s1 + ch + K[i]! + W[i]!) | 0
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
      const maj = (a & b) ^ (a & c) ^ (b & c)
      const t2 = (s0 + maj) | 0
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    h0 = (h0 + a) | 0
    h1 = (h1 + b) | 0
    h2 = (h2 + c) | 0
    h3 = (h3 + d) | 0
    h4 = (h4 + e) | 0
    h5 = (h5 + f) | 0
    h6 = (h6 + g) | 0
    h7 = (h7 + h) | 0
  }
  H[0] = h0
  H[1] = h1
  H[2] = h2
  H[3] = h3
  H[4] = h4
  H[5] = h5
  H[6] = h6
  H[7] = h7
}

/** Pad the `length` message bytes at the start of `bytes` (which has room) and hash them. */
const digest = (bytes: Uint8Array, length: number): string => {
  const padded = ((length + 9 + 63) >> 6) << 6
  bytes[length] = 0x80
  // Short messages (most fingerprints) are cheaper to pad byte by byte than through \`fill\`.
  if (padded - length < 64) for (let i = length + 1; i < padded - 8; i++) bytes[i] = 0
  else bytes.fill(0, length + 1, padded - 8)
  const bitsHigh = Math.floor(length / 0x20000000)
  const bitsLow = (length * 8) >>> 0
  bytes[padded - 8] = bitsHigh >>> 24
  bytes[padded - 7] = bitsHigh >>> 16
  bytes[padded - 6] = bitsHigh >>> 8
  bytes[padded - 5] = bitsHigh
  bytes[padded - 4] = bitsLow >>> 24
  bytes[padded - 3] = bitsLow >>> 16
  bytes[padded - 2] = bitsLow >>> 8
  bytes[padded - 1] = bitsLow
  H[0] = 0x6a09e667
  H[1] = 0xbb67ae85 | 0
  H[2] = 0x3c6ef372
  H[3] = 0xa54ff53a | 0
  H[4] = 0x510e527f
  H[5] = 0x9b05688c | 0
  H[6] = 0x1f83d9ab
  H[7] = 0x5be0cd19
  blocks(bytes, padded)
  for (let i = 0; i < 8; i++) {
    const word = H[i]!
    const at = i * 8
    DIGITS[at] = HEX_CODES[word >>> 28]!
    DIGITS[at + 1] = HEX_CODES[(word >>> 24) & 0xf]!
    DIGITS[at + 2] = HEX_CODES[(word >>> 20) & 0xf]!
    DIGITS[at + 3] = HEX_CODES[(word >>> 16) & 0xf]!
    DIGITS[at + 4] = HEX_CODES[(word >>> 12) & 0xf]!
    DIGITS[at + 5] = HEX_CODES[(word >>> 8) & 0xf]!
    DIGITS[at + 6] = HEX_CODES[(word >>> 4) & 0xf]!
    DIGITS[at + 7] = HEX_CODES[word & 0xf]!
  }
  return String.fromCharCode.apply(null, DIGITS)
}

const paddedSize = (length: number): number => ((length + 9 + 63) >> 6) << 6

/** The SHA-256 digest of `bytes`, as 64 lowercase hex digits. */
export const sha256Hex = (bytes: Uint8Array): string => {
  const size = paddedSize(bytes.length)
  if (buffer.length < size) buffer = new Uint8Array(size)
  buffer.set(bytes)
  return digest(buffer, bytes.length)
}

/**
 * Write the UTF-8 bytes of `text` (lone surrogates as U+FFFD, as `TextEncoder` encodes them) into
 * `bytes` from `n` (which has room for 3 bytes per code unit): the index after them.
 */
const encodeInto = (bytes: Uint8Array, n: number, text: string): number => {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c < 0x80) {
      bytes[n++] = c
    } else if (c < 0x800) {
      bytes[n++] = 0xc0 | (c >> 6)
      bytes[n++] = 0x80 | (c & 0x3f)
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00)
          i++
          bytes[n++] = 0xf0 | (point >> 18)
          bytes[n++] = 0x80 | ((point >> 12) & 0x3f)
          bytes[n++] = 0x80 | ((point >> 6) & 0x3f)
          bytes[n++] = 0x80 | (point & 0x3f)
          continue
        }
        c = 0xfffd
      }
      bytes[n++] = 0xe0 | (c >> 12)
      bytes[n++] = 0x80 | ((c >> 6) & 0x3f)
      bytes[n++] = 0x80 | (c & 0x3f)
    }
  }
  return n
}

/** The reused buffer, grown to take `units` UTF-16 code units of message. */
const room = (units: number): Uint8Array => {
  const size = paddedSize(units * 3)
  if (buffer.length < size) buffer = new Uint8Array(size)
  return buffer
}

/**
 * The SHA-256 digest of the UTF-8 bytes of `text` (lone surrogates as U+FFFD, as `TextEncoder`
 * encodes them), as 64 lowercase hex digits.
 */
export const sha256HexOfString = (text: string): string => {
  const bytes = room(text.length)
  return digest(bytes, encodeInto(bytes, 0, text))
}

/**
 * {@link sha256HexOfString} of `[<a>,<b>]` (the canonical text of a pair whose items' texts are `a`
 * and `b`), without building that string: an event's fingerprint.
 */
export const sha256HexOfPair = (a: string, b: string): string => {
  const bytes = room(a.length + b.length + 3)
  let n = 0
  bytes[n++] = 0x5b // [
  n = encodeInto(bytes, n, a)
  bytes[n++] = 0x2c // ,
  n = encodeInto(bytes, n, b)
  bytes[n++] = 0x5d // ]
  return digest(bytes, n)
}

/** The length in bytes of the UTF-8 encoding of `text` (lone surrogates as U+FFFD, 3 bytes). */
export const utf8Length = (text: string): number => {
  let n = text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) {
      n += 1
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A pair: 4 bytes for 2 code units.
        n += 2
        i++
      } else {
        n += 2
      }
    } else {
      n += 2
    }
  }
  return n
}
