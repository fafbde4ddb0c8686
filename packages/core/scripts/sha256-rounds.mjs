// Prints the body of the block loop of `blocks` in src/internal/sha256.ts: the 64 SHA-256 rounds
// written out, each round's eight working variables the previous round's renamed (so no variable is
// copied between rounds), and the message schedule in locals. `node scripts/sha256-rounds.mjs`;
// paste the output between the loop's braces. Checked against node:crypto by test/Json.test.ts.
const K = [0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]
const lines = []
const v = ["a", "b", "c", "d", "e", "f", "g", "h"]
lines.push("    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7, t1 = 0, t2 = 0")
for (let i = 0; i < 16; i++) lines.push(`    const w${i} = (bytes[offset + ${4 * i}]! << 24) | (bytes[offset + ${4 * i + 1}]! << 16) | (bytes[offset + ${4 * i + 2}]! << 8) | bytes[offset + ${4 * i + 3}]!`)
for (let i = 16; i < 64; i++) lines.push(`    const w${i} = (w${i - 16} + (((w${i - 15} >>> 7) | (w${i - 15} << 25)) ^ ((w${i - 15} >>> 18) | (w${i - 15} << 14)) ^ (w${i - 15} >>> 3)) + w${i - 7} + (((w${i - 2} >>> 17) | (w${i - 2} << 15)) ^ ((w${i - 2} >>> 19) | (w${i - 2} << 13)) ^ (w${i - 2} >>> 10))) | 0`)
for (let i = 0; i < 64; i++) {
  // Round i with rotating names: the variable playing "a" at round i is v[(8 - i % 8) % 8]
  const r = (k) => v[(k - (i % 8) + 8) % 8]
  const [A, B, C, D, E, F, G, H] = [0, 1, 2, 3, 4, 5, 6, 7].map(r)
  lines.push(`    t1 = (${H} + (((${E} >>> 6) | (${E} << 26)) ^ ((${E} >>> 11) | (${E} << 21)) ^ ((${E} >>> 25) | (${E} << 7))) + ((${E} & ${F}) ^ (~${E} & ${G})) + 0x${K[i].toString(16).padStart(8, "0")} + w${i}) | 0`)
  lines.push(`    t2 = ((((${A} >>> 2) | (${A} << 30)) ^ ((${A} >>> 13) | (${A} << 19)) ^ ((${A} >>> 22) | (${A} << 10))) + ((${A} & ${B}) ^ (${A} & ${C}) ^ (${B} & ${C}))) | 0`)
  lines.push(`    ${D} = (${D} + t1) | 0`)
  lines.push(`    ${H} = (t1 + t2) | 0`)
}
lines.push("    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0; h5 = (h5 + f) | 0; h6 = (h6 + g) | 0; h7 = (h7 + h) | 0")
console.log(lines.join("\n"))
