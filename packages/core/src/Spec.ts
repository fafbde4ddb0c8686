/**
 * Definitions (specs) of flows with numbered revisions (contract §6), as records and pure reducers.
 *
 * Every write of a spec creates the next revision; older revisions stay readable until the spec is
 * deleted, so a run pinned to `(specId, revision)` can be checked against what still exists.
 * Revision numbers are never reused, not even after a delete: a re-created spec continues after the
 * last revision its predecessor reached, so a pin can never silently point at different content.
 *
 * @since 0.1.0
 */
import { Either, Option, Schema } from "effect"
import { RevisionConflict } from "./Errors.js"
import { SpecId } from "./Identifiers.js"
import { fingerprint, Json } from "./Json.js"
import { TenantScope } from "./TenantScope.js"

/**
 * A revision number: 1, 2, …
 *
 * @since 0.1.0
 */
export const Revision = Schema.Int.pipe(Schema.positive(), Schema.annotations({ identifier: "Revision" }))

/**
 * One revision of a spec. `contentHash` is the SHA-256 of the definition's canonical JSON
 * (`Json.fingerprint`): equal hashes mean equal definitions, whatever the key order.
 *
 * @since 0.1.0
 */
export class SpecRevision extends Schema.Class<SpecRevision>("@runledger/SpecRevision")({
  scope: TenantScope,
  specId: SpecId,
  revision: Revision,
  definition: Json,
  contentHash: Schema.String,
  createdAt: Schema.Date
}) {}

/**
 * What a write expects of the stored spec: `undefined` = nothing (unconditional), `null` = that it
 * does not exist, a number = that its current revision is exactly that.
 *
 * @since 0.1.0
 */
export type ExpectedRevision = number | null | undefined

/**
 * The stored state of one spec id: its live revisions in ascending order (empty when the spec does
 * not exist) and the last revision number ever issued (kept through deletes).
 *
 * @since 0.1.0
 */
export interface SpecHistory {
  readonly revisions: ReadonlyArray<SpecRevision>
  readonly lastRevision: number
}

/**
 * The history of a spec id never written.
 *
 * @since 0.1.0
 */
export const emptyHistory: SpecHistory = { revisions: [], lastRevision: 0 }

/**
 * The current revision, if the spec exists.
 *
 * @since 0.1.0
 */
export const current = (history: SpecHistory): Option.Option<SpecRevision> =>
  Option.fromNullable(history.revisions[history.revisions.length - 1])

/**
 * The current revision number, `null` when the spec does not exist (the `actual` of a conflict).
 *
 * @since 0.1.0
 */
export const currentRevision = (history: SpecHistory): number | null =>
  Option.match(current(history), { onNone: () => null, onSome: (r) => r.revision })

/**
 * A given revision, if it still exists.
 *
 * @since 0.1.0
 */
export const getRevision = (history: SpecHistory, revision: number): Option.Option<SpecRevision> =>
  Option.fromNullable(history.revisions.find((r) => r.revision === revision))

/**
 * The content hash of a definition: SHA-256 of its canonical JSON, lowercase hex.
 *
 * @since 0.1.0
 */
export const contentHash = (definition: Json): string => fingerprint(definition)

const matches = (history: SpecHistory, expected: ExpectedRevision): boolean =>
  expected === undefined || expected === currentRevision(history)

/**
 * Decide a `put`: the history with a new revision (the last issued + 1) when `expected` holds,
 * otherwise `RevisionConflict { expected, actual }`. Every successful put creates a revision, even
 * with unchanged content; compare `contentHash` first to avoid one.
 *
 * @since 0.1.0
 */
export const put = (
  history: SpecHistory,
  write: { readonly scope: TenantScope; readonly specId: SpecId; readonly definition: Json },
  expected: ExpectedRevision,
  now: Date
): Either.Either<{ readonly history: SpecHistory; readonly revision: SpecRevision }, RevisionConflict> => {
  if (!matches(history, expected)) {
    return Either.left(
      new RevisionConflict({ specId: write.specId, expected: expected ?? null, actual: currentRevision(history) })
    )
  }
  const revision = SpecRevision.make({
    scope: write.scope,
    specId: write.specId,
    revision: history.lastRevision + 1,
    definition: write.definition,
    contentHash: contentHash(write.definition),
    createdAt: now
  })
  return Either.right({
    history: { revisions: [...history.revisions, revision], lastRevision: revision.revision },
    revision
  })
}

/**
 * Decide a `delete`: every revision goes (the revision counter stays). `deleted` is false when the
 * spec did not exist and nothing was expected. With `expected`, the current revision must equal it,
 * otherwise `RevisionConflict` (also when the spec does not exist: `actual: null`).
 *
 * @since 0.1.0
 */
export const remove = (
  history: SpecHistory,
  specId: SpecId,
  expected: number | undefined
): Either.Either<{ readonly history: SpecHistory; readonly deleted: boolean }, RevisionConflict> => {
  if (!matches(history, expected)) {
    return Either.left(new RevisionConflict({ specId, expected: expected ?? null, actual: currentRevision(history) }))
  }
  return history.revisions.length === 0
    ? Either.right({ history, deleted: false })
    : Either.right({ history: { revisions: [], lastRevision: history.lastRevision }, deleted: true })
}
