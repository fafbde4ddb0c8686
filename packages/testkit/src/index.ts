/**
 * @runledger/testkit — the conformance kit: prove a backend meets the runledger contract with one
 * call, break it on purpose with fault-injecting wrappers, and reuse the fast-check arbitraries.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export * as Arbitraries from "./Arbitraries.js"
/** @since 0.1.0 */
export * as Faults from "./Faults.js"
/** @since 0.1.0 */
export * as Conformance from "./Conformance.js"
