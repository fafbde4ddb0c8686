/**
 * The checker of the multi-process race: from what every worker recorded and what the store holds
 * at the end, the list of violated invariants (empty when the store kept every promise) and the
 * figures of the run.
 */

interface Outcome {
  readonly ok?: unknown
  readonly err?: string
  readonly message?: string
}

/** What one worker recorded (see `worker.ts`). */
export interface Report {
  readonly name: string
  readonly casLog: ReadonlyArray<{ f: number; run: string; v: number } & Outcome>
  readonly appendLog: ReadonlyArray<{ f: number; run: string; id: string; seq?: number; appended?: boolean } & Outcome>
  readonly leaseLog: ReadonlyArray<{ f: number; run: string; token: number; id: string; phase: string } & Outcome>
  readonly feedLog: ReadonlyArray<{ run: string; seq: number; id: string }>
  readonly errors: ReadonlyArray<{ op: string } & Outcome>
  /** Calls and milliseconds spent per kind of call. */
  readonly timing?: Record<string, { n: number; ms: number }>
}

/** What the store holds at the end. */
export interface Stored {
  /** Per CAS run: its version. */
  readonly runs: ReadonlyMap<string, { readonly version: number }>
  /** Per event stream (the appendOnce streams and the leased runs): its events in seq order. */
  readonly events: ReadonlyMap<string, ReadonlyArray<{ readonly seq: number; readonly id: string; readonly payload: unknown }>>
}

/** The figures of one race. */
export interface Figures {
  readonly casCalls: number
  /** CAS rounds: (run, version) pairs that had a winner. */
  readonly casRounds: number
  /** Rounds with more than one contender. */
  readonly contendedRounds: number
  readonly appendCalls: number
  readonly appendedEvents: number
  readonly leaseWrites: number
  readonly fenced: number
  readonly feedEvents: number
}

export const check = (reports: ReadonlyArray<Report>, stored: Stored): { readonly violations: Array<string>; readonly figures: Figures } => {
  const violations: Array<string> = []
  const fail = (message: string) => {
    if (violations.length < 50) violations.push(message)
  }
  const all = <A extends object>(pick: (r: Report) => ReadonlyArray<A>): Array<A & { readonly p: string }> =>
    reports.flatMap((r) => pick(r).map((x) => ({ ...x, p: r.name })))

  for (const r of reports) for (const e of r.errors) fail(`${r.name}: unexpected ${e.err} from ${e.op}: ${e.message}`)

  // CAS: exactly one winner per (run, version) reached; the final version counts the winners.
  const cas = all((r) => r.casLog)
  const rounds = new Map<string, { contenders: number; winners: Array<string> }>()
  for (const c of cas) {
    if (c.err !== undefined) {
      fail(`casState ${c.run}@${c.v} by ${c.p}/${c.f}: unexpected ${c.err}: ${c.message}`)
      continue
    }
    const key = `${c.run}@${c.v}`
    const round = rounds.get(key) ?? { contenders: 0, winners: [] }
    round.contenders++
    if (c.ok === true) round.winners.push(`${c.p}/${c.f}`)
    rounds.set(key, round)
  }
  let casRounds = 0
  let contendedRounds = 0
  for (const [key, round] of rounds) {
    if (round.winners.length > 1) fail(`CAS round ${key}: ${round.winners.length} winners (${round.winners.join(", ")})`)
    if (round.winners.length >= 1) casRounds++
    if (round.contenders > 1) contendedRounds++
  }
  for (const [run, { version }] of stored.runs) {
    for (let v = 1; v < version; v++) {
      const round = rounds.get(`${run}@${v}`)
      if (round === undefined || round.winners.length !== 1) {
        fail(`CAS ${run}: version ${v} was left by ${round?.winners.length ?? 0} winners, not exactly one`)
      }
    }
    const wins = [...rounds].filter(([key]) => key.startsWith(`${run}@`)).reduce((n, [, r]) => n + r.winners.length, 0)
    if (version !== 1 + wins) fail(`CAS ${run}: stored version ${version}, but ${wins} CAS calls returned true (expected version ${1 + wins})`)
  }

  // Event streams: dense seqs, each id once.
  const seqOf = new Map<string, number>()
  for (const [run, events] of stored.events) {
    events.forEach((e, i) => {
      if (e.seq !== i + 1) fail(`${run}: seq ${e.seq} at position ${i + 1}: seqs are not dense`)
      const key = `${run}/${e.id}`
      if (seqOf.has(key)) fail(`${run}: event ${e.id} stored twice (seqs ${seqOf.get(key)} and ${e.seq})`)
      seqOf.set(key, e.seq)
    })
  }

  // appendOnce with colliding ids: one append per id, every caller told the stored seq.
  const appends = all((r) => r.appendLog)
  const appendedBy = new Map<string, number>()
  for (const a of appends) {
    if (a.err !== undefined) {
      fail(`appendOnce ${a.run}/${a.id} by ${a.p}/${a.f}: unexpected ${a.err}: ${a.message}`)
      continue
    }
    const key = `${a.run}/${a.id}`
    const stored = seqOf.get(key)
    if (stored === undefined) fail(`appendOnce ${key} acknowledged (seq ${a.seq}) but not stored`)
    else if (stored !== a.seq) fail(`appendOnce ${key}: caller ${a.p}/${a.f} told seq ${a.seq}, stored at ${stored}`)
    if (a.appended === true) appendedBy.set(key, (appendedBy.get(key) ?? 0) + 1)
  }
  for (const [key, n] of appendedBy) if (n > 1) fail(`appendOnce ${key}: ${n} callers were told they appended it`)
  for (const key of new Set(appends.map((a) => `${a.run}/${a.id}`))) {
    if (seqOf.has(key) && appendedBy.get(key) !== 1) fail(`appendOnce ${key}: stored, but ${appendedBy.get(key) ?? 0} callers appended it`)
  }

  // Leases: an acknowledged fenced write is stored, a Fenced one is not, and no write of an older
  // token follows one of a newer token.
  const leaseWrites = all((r) => r.leaseLog)
  let fenced = 0
  for (const w of leaseWrites) {
    const key = `${w.run}/${w.id}`
    if (w.err === "Fenced") {
      fenced++
      if (seqOf.has(key)) fail(`lease write ${key} (token ${w.token}) was Fenced but is stored at seq ${seqOf.get(key)}`)
    } else if (w.err !== undefined) {
      fail(`lease write ${key}: unexpected ${w.err}: ${w.message}`)
    } else if (seqOf.get(key) !== w.ok) {
      fail(`lease write ${key} acknowledged at seq ${String(w.ok)}, stored at ${String(seqOf.get(key))}`)
    }
  }
  for (const [run, events] of stored.events) {
    if (!run.startsWith("lease-")) continue
    let newest = 0
    for (const e of events) {
      const token = (e.payload as { token?: number }).token ?? 0
      if (token < newest) fail(`${run}: seq ${e.seq} written with token ${token} after a write with token ${newest}: a stale holder was not fenced`)
      newest = Math.max(newest, token)
    }
  }

  // The change feed: every stored event exactly once, each run's events in seq order.
  const feed = all((r) => r.feedLog)
  const seen = new Map<string, number>()
  const lastSeq = new Map<string, number>()
  for (const e of feed) {
    const key = `${e.run}/${e.id}`
    seen.set(key, (seen.get(key) ?? 0) + 1)
    if (seqOf.get(key) !== e.seq) fail(`feed: ${key} at seq ${e.seq}, stored at ${String(seqOf.get(key))}`)
    if ((lastSeq.get(e.run) ?? 0) >= e.seq) fail(`feed: ${e.run} seq ${e.seq} after seq ${lastSeq.get(e.run)}`)
    lastSeq.set(e.run, Math.max(lastSeq.get(e.run) ?? 0, e.seq))
  }
  for (const [key, n] of seen) if (n > 1) fail(`feed: ${key} seen ${n} times`)
  const missing = [...seqOf.keys()].filter((key) => !seen.has(key))
  if (missing.length > 0) fail(`feed: ${missing.length} committed events never seen, e.g. ${missing.slice(0, 5).join(", ")}`)

  return {
    violations,
    figures: {
      casCalls: cas.length,
      casRounds,
      contendedRounds,
      appendCalls: appends.length,
      appendedEvents: [...appendedBy.values()].length,
      leaseWrites: leaseWrites.length,
      fenced,
      feedEvents: feed.length
    }
  }
}
