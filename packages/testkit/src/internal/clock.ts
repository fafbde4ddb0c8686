/**
 * The kit's time source. Store timestamps come from the Effect `Clock` of the calling fiber, so the
 * kit gives every scenario a clock whose "now" it sets by hand: the model then predicts every
 * `createdAt`, `expiresAt` and `firedAt` exactly. Sleeping is delegated to the live clock on purpose
 * — a TestClock would freeze the timeouts and retries of a real backend's driver.
 */
import { Clock, Duration, Effect } from "effect"

/** 2030-01-01T00:00:00Z: where every scenario's clock starts. */
export const Epoch = Date.UTC(2030, 0, 1)

/** A clock the scenario moves by hand. */
export interface ControlledClock extends Clock.Clock {
  /** The current time, in milliseconds since the Unix epoch. */
  readonly now: () => number
  /** Move the clock forward (or, with care, backward) by `millis`. */
  readonly advance: (millis: number) => void
  /** Set the current time. */
  readonly set: (millis: number) => void
}

/** A controlled clock standing at `start` (default {@link Epoch}). */
export const make = (start: number = Epoch): ControlledClock => {
  let current = start
  const live = Clock.make()
  const nanos = () => BigInt(current) * BigInt(1_000_000)
  return {
    [Clock.ClockTypeId]: Clock.ClockTypeId,
    unsafeCurrentTimeMillis: () => current,
    currentTimeMillis: Effect.sync(() => current),
    unsafeCurrentTimeNanos: nanos,
    currentTimeNanos: Effect.sync(nanos),
    sleep: (duration: Duration.Duration) => live.sleep(duration),
    now: () => current,
    advance: (millis) => {
      current += millis
    },
    set: (millis) => {
      current = millis
    }
  }
}
