// /packages/core/src/Recovery.ts
__vite_ssr_exportName__("SuccessorStarted", () => { try { return SuccessorStarted } catch {} });
__vite_ssr_exportName__("SuccessorFound", () => { try { return SuccessorFound } catch {} });
__vite_ssr_exportName__("LeaseExpired", () => { try { return LeaseExpired } catch {} });
__vite_ssr_exportName__("TimerDue", () => { try { return TimerDue } catch {} });
__vite_ssr_exportName__("SpecRevisionMissing", () => { try { return SpecRevisionMissing } catch {} });
__vite_ssr_exportName__("Finding", () => { try { return Finding } catch {} });
__vite_ssr_exportName__("outcomeOf", () => { try { return outcomeOf } catch {} });
__vite_ssr_exportName__("RunReport", () => { try { return RunReport } catch {} });
__vite_ssr_exportName__("SweepReport", () => { try { return SweepReport } catch {} });
__vite_ssr_exportName__("explain", () => { try { return explain } catch {} });
__vite_ssr_exportName__("describe", () => { try { return describe } catch {} });
__vite_ssr_exportName__("sweep", () => { try { return sweep } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/Limits.ts", {"importedNames":["InputDate"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("effect", {"importedNames":["Effect","Option","Schema"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/core/src/Errors.ts", {"importedNames":["StoreCorrupt"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/core/src/Identifiers.ts", {"importedNames":["OwnerId","RunId","SpecId","TimerId"]});
const __vite_ssr_import_4__ = await __vite_ssr_import__("/packages/core/src/Lease.ts");
const __vite_ssr_import_5__ = await __vite_ssr_import__("/packages/core/src/LeaseStore.ts", {"importedNames":["LeaseStore"]});
const __vite_ssr_import_6__ = await __vite_ssr_import__("/packages/core/src/Limits.ts", {"importedNames":["MaxPageSize"]});
const __vite_ssr_import_7__ = await __vite_ssr_import__("/packages/core/src/internal/operation.ts", {"importedNames":["decodeInput","now","PageLimit"]});
const __vite_ssr_import_8__ = await __vite_ssr_import__("/packages/core/src/Run.ts");
const __vite_ssr_import_9__ = await __vite_ssr_import__("/packages/core/src/RunStatus.ts");
const __vite_ssr_import_10__ = await __vite_ssr_import__("/packages/core/src/RunStore.ts", {"importedNames":["RunStore"]});
const __vite_ssr_import_11__ = await __vite_ssr_import__("/packages/core/src/SpecStore.ts", {"importedNames":["SpecStore"]});
const __vite_ssr_import_12__ = await __vite_ssr_import__("/packages/core/src/TenantScope.ts", {"importedNames":["TenantScope"]});
const __vite_ssr_import_13__ = await __vite_ssr_import__("/packages/core/src/TenantScope.ts");
const __vite_ssr_import_14__ = await __vite_ssr_import__("/packages/core/src/TimerStore.ts", {"importedNames":["TimerStore"]});















class SuccessorStarted extends __vite_ssr_import_1__.Schema.TaggedClass("@runledger/Recovery/SuccessorStarted")(
  "SuccessorStarted",
  { successorRunId: __vite_ssr_import_3__.RunId }
) {
};
class SuccessorFound extends __vite_ssr_import_1__.Schema.TaggedClass("@runledger/Recovery/SuccessorFound")(
  "SuccessorFound",
  { successorRunId: __vite_ssr_import_3__.RunId, cause: __vite_ssr_import_1__.Schema.optional(__vite_ssr_import_1__.Schema.String) }
) {
};
class LeaseExpired extends __vite_ssr_import_1__.Schema.TaggedClass("@runledger/Recovery/LeaseExpired")(
  "LeaseExpired",
  {
    owner: __vite_ssr_import_3__.OwnerId,
    token: __vite_ssr_import_4__.Token,
    expiresAt: __vite_ssr_import_1__.Schema.Date,
    releasedAt: __vite_ssr_import_1__.Schema.optional(__vite_ssr_import_1__.Schema.Date)
  }
) {
};
class TimerDue extends __vite_ssr_import_1__.Schema.TaggedClass("@runledger/Recovery/TimerDue")("TimerDue", {
  timerId: __vite_ssr_import_3__.TimerId,
  fireAt: __vite_ssr_import_1__.Schema.Date
}) {
};
class SpecRevisionMissing extends __vite_ssr_import_1__.Schema.TaggedClass(
  "@runledger/Recovery/SpecRevisionMissing"
)("SpecRevisionMissing", {
  specId: __vite_ssr_import_3__.SpecId,
  revision: __vite_ssr_import_1__.Schema.Int.pipe(__vite_ssr_import_1__.Schema.positive())
}) {
};
const Finding = __vite_ssr_import_1__.Schema.Union(SuccessorStarted, SuccessorFound, LeaseExpired, TimerDue, SpecRevisionMissing);
const outcomeOf = (finding) => finding._tag === "SuccessorStarted" ? "repaired" : finding._tag === "SuccessorFound" ? "already-repaired" : "reported";
class RunReport extends __vite_ssr_import_1__.Schema.Class("@runledger/Recovery/RunReport")({
  runId: __vite_ssr_import_3__.RunId,
  status: __vite_ssr_import_1__.Schema.optional(__vite_ssr_import_9__.RunStatus),
  findings: __vite_ssr_import_1__.Schema.Array(Finding)
}) {
};
class SweepReport extends __vite_ssr_import_1__.Schema.Class("@runledger/Recovery/SweepReport")({
  scope: __vite_ssr_import_12__.TenantScope,
  asOf: __vite_ssr_import_1__.Schema.Date,
  runs: __vite_ssr_import_1__.Schema.Array(RunReport),
  scanned: __vite_ssr_import_1__.Schema.Struct({
    continuedAsNew: __vite_ssr_import_1__.Schema.Int,
    active: __vite_ssr_import_1__.Schema.Int,
    dueTimers: __vite_ssr_import_1__.Schema.Int
  }),
  dueTimersTruncated: __vite_ssr_import_1__.Schema.Boolean
}) {
};
const explain = (finding) => {
  switch (finding._tag) {
    case "SuccessorStarted":
      return `started the missing successor ${finding.successorRunId}`;
    case "SuccessorFound":
      return finding.cause === void 0 ? `successor ${finding.successorRunId} was started by another starter meanwhile` : `successor ${finding.successorRunId} is in place although starting it failed (${finding.cause}): another starter won the race or the acknowledgement was lost`;
    case "LeaseExpired":
      return `could not resume: ${finding.releasedAt === void 0 ? `the lease of "${finding.owner}" (token ${finding.token}) expired at ${finding.expiresAt.toISOString()}` : `the lease of "${finding.owner}" (token ${finding.token}) was released at ${finding.releasedAt.toISOString()}`} while the run is Running; a worker must acquire the lease to resume it`;
    case "TimerDue":
      return `timer "${finding.timerId}" is due since ${finding.fireAt.toISOString()}; left for the timer service to claim`;
    case "SpecRevisionMissing":
      return `could not resume: pinned to revision ${finding.revision} of spec "${finding.specId}", which no longer exists; cancel the run or pin it to an existing revision`;
  }
};
const describe = (report) => report.runs.flatMap(
  (run) => run.findings.map((finding) => `${run.runId}${run.status === void 0 ? "" : ` [${run.status}]`}: ${explain(finding)}`)
);
const Input = __vite_ssr_import_1__.Schema.Struct({
  scope: __vite_ssr_import_12__.TenantScope,
  options: __vite_ssr_import_1__.Schema.Struct({
    now: __vite_ssr_import_1__.Schema.optional((0,__vite_ssr_import_0__.InputDate)),
    pageSize: __vite_ssr_import_1__.Schema.optional((0,__vite_ssr_import_7__.PageLimit)),
    timerLimit: __vite_ssr_import_1__.Schema.optional(__vite_ssr_import_1__.Schema.Int.pipe(__vite_ssr_import_1__.Schema.between(1, __vite_ssr_import_6__.MaxPageSize - 1))),
    successorInput: __vite_ssr_import_1__.Schema.optional(__vite_ssr_import_1__.Schema.declare((u) => typeof u === "function"))
  })
});
const decode = (0,__vite_ssr_import_7__.decodeInput)(Input, "Recovery.sweep");
const isSuccessorOf = (candidate, run) => candidate.parentRunId === run.runId && candidate.chainId === run.chainId;
class Findings {
  byRun = /* @__PURE__ */ new Map();
  add(runId, status, finding) {
    const entry = this.byRun.get(runId);
    if (entry === void 0) this.byRun.set(runId, { status, findings: [finding] });
    else entry.findings.push(finding);
  }
  has(runId) {
    return this.byRun.has(runId);
  }
  reports() {
    return Array.from(this.byRun, ([runId, entry]) => new RunReport({
      runId: __vite_ssr_import_3__.RunId.make(runId),
      ...entry.status === void 0 ? {} : { status: entry.status },
      findings: entry.findings
    }));
  }
}
const sweep = __vite_ssr_import_1__.Effect.fn("Recovery.sweep")(
  function* (scope, options = {}) {
    const input = yield* decode({ scope, options });
    const s = input.scope;
    yield* __vite_ssr_import_1__.Effect.annotateCurrentSpan({ "runledger.scope": __vite_ssr_import_13__.format(s) });
    const asOf = input.options.now ?? (yield* __vite_ssr_import_7__.now);
    const limit = input.options.pageSize ?? 100;
    const successorInput = options.successorInput ?? ((run) => run.state);
    const runs = yield* __vite_ssr_import_10__.RunStore;
    const leases = yield* __vite_ssr_import_5__.LeaseStore;
    const timers = yield* __vite_ssr_import_14__.TimerStore;
    const specs = yield* __vite_ssr_import_11__.SpecStore;
    const findings = new Findings();
    const listAll = (statuses) => __vite_ssr_import_1__.Effect.gen(function* () {
      const all = [];
      let cursor;
      for (; ; ) {
        const page = yield* runs.list(s, { status: statuses, limit, ...cursor === void 0 ? {} : { cursor } });
        all.push(...page.runs);
        if (__vite_ssr_import_1__.Option.isNone(page.nextCursor)) return all;
        cursor = page.nextCursor.value;
      }
    });
    const successorOf = (run) => runs.get(s, __vite_ssr_import_8__.successorRunId(run.runId)).pipe(
      __vite_ssr_import_1__.Effect.map((candidate) => isSuccessorOf(candidate, run) ? __vite_ssr_import_1__.Option.some(candidate) : __vite_ssr_import_1__.Option.none()),
      __vite_ssr_import_1__.Effect.catchTag("NotFound", () => __vite_ssr_import_1__.Effect.succeed(__vite_ssr_import_1__.Option.none()))
    );
    const continued = yield* listAll(["ContinuedAsNew"]);
    for (const run of continued) {
      if (__vite_ssr_import_1__.Option.isSome(yield* successorOf(run))) continue;
      const started = yield* runs.continueAsNew(s, run.runId, successorInput(run)).pipe(
        __vite_ssr_import_1__.Effect.map(
          (continuation) => continuation.created ? new SuccessorStarted({ successorRunId: continuation.successor.runId }) : new SuccessorFound({ successorRunId: continuation.successor.runId })
        ),
        // The run is ContinuedAsNew (absorbing) and no token was passed: a store that says otherwise is broken.
        __vite_ssr_import_1__.Effect.catchTags({
          InvalidTransition: (error) => __vite_ssr_import_1__.Effect.fail(
            new __vite_ssr_import_2__.StoreCorrupt({ operation: "Recovery.sweep", entity: "Run", id: run.runId, reason: `listed as ContinuedAsNew, but ${error.message}` })
          ),
          Fenced: (error) => __vite_ssr_import_1__.Effect.fail(
            new __vite_ssr_import_2__.StoreCorrupt({ operation: "Recovery.sweep", entity: "Run", id: run.runId, reason: `an unfenced write was fenced: ${error.message}` })
          )
        }),
        __vite_ssr_import_1__.Effect.catchAll(
          (error) => (
            // A lost race is benign when the successor is there; otherwise the start failed, and so does the sweep.
            successorOf(run).pipe(
              __vite_ssr_import_1__.Effect.orElseSucceed(() => __vite_ssr_import_1__.Option.none()),
              __vite_ssr_import_1__.Effect.flatMap(__vite_ssr_import_1__.Option.match({
                onNone: () => __vite_ssr_import_1__.Effect.fail(error),
                onSome: (successor) => __vite_ssr_import_1__.Effect.succeed(
                  new SuccessorFound({ successorRunId: successor.runId, cause: `${error._tag}: ${error.message}` })
                )
              }))
            )
          )
        )
      );
      findings.add(run.runId, run.status, started);
    };
    const active = yield* listAll(__vite_ssr_import_9__.active);
    const revisionExists = /* @__PURE__ */ new Map();
    for (const run of active) {
      if (run.status === "Running") {
        const lease = yield* leases.get(s, run.runId);
        if (__vite_ssr_import_1__.Option.isSome(lease) && !__vite_ssr_import_4__.isHeld(lease.value, asOf)) {
          const { expiresAt, owner, releasedAt, token } = lease.value;
          findings.add(
            run.runId,
            run.status,
            new LeaseExpired({ owner, token, expiresAt, ...releasedAt === void 0 ? {} : { releasedAt } })
          );
        }
      };
      if (run.spec !== void 0) {
        const key = `${run.spec.specId}\0${run.spec.revision}`;
        let exists = revisionExists.get(key);
        if (exists === void 0) {
          exists = yield* specs.hasRevision(s, run.spec.specId, run.spec.revision);
          revisionExists.set(key, exists);
        };
        if (!exists) {
          findings.add(run.runId, run.status, new SpecRevisionMissing({ specId: run.spec.specId, revision: run.spec.revision }));
        }
      }
    };
    const timerLimit = input.options.timerLimit ?? 500;
    const due = yield* timers.due(s, asOf, { limit: timerLimit + 1 });
    const listed = due.slice(0, timerLimit);
    const statusOf = new Map([...continued, ...active].map((run) => [run.runId, run.status]));
    for (const timer of listed) {
      let status = statusOf.get(timer.runId);
      if (status === void 0 && !findings.has(timer.runId)) {
        status = yield* runs.get(s, timer.runId).pipe(
          __vite_ssr_import_1__.Effect.map((run) => run.status),
          __vite_ssr_import_1__.Effect.catchTag("NotFound", () => __vite_ssr_import_1__.Effect.succeed(void 0))
        );
        if (status !== void 0) statusOf.set(timer.runId, status);
      };
      findings.add(timer.runId, status, new TimerDue({ timerId: timer.timerId, fireAt: timer.fireAt }));
    };
    return new SweepReport({
      scope: s,
      asOf,
      runs: findings.reports(),
      scanned: { continuedAsNew: continued.length, active: active.length, dueTimers: listed.length },
      dueTimersTruncated: due.length > timerLimit
    });
  }
);

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7O0FBdUJBO0FBQ0E7QUFFQTtBQUNBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTs7Ozs7Ozs7Ozs7Ozs7OztBQVdPLE1BQU0seUJBQXlCLDZCQUFPLFlBQThCLHNDQUFzQztBQUFBLEVBQy9HO0FBQUEsRUFDQSxFQUFFLGdCQUFnQiw0QkFBTTtBQUMxQixFQUFFO0FBQUM7QUFVSSxNQUFNLHVCQUF1Qiw2QkFBTyxZQUE0QixvQ0FBb0M7QUFBQSxFQUN6RztBQUFBLEVBQ0EsRUFBRSxnQkFBZ0IsNkJBQU8sT0FBTyw2QkFBTyxTQUFTLDZCQUFPLE1BQU0sRUFBRTtBQUNqRSxFQUFFO0FBQUM7QUFRSSxNQUFNLHFCQUFxQiw2QkFBTyxZQUEwQixrQ0FBa0M7QUFBQSxFQUNuRztBQUFBLEVBQ0E7QUFBQSxJQUNFLE9BQU87QUFBQSxJQUNQLE9BQU8sc0JBQU07QUFBQSxJQUNiLFdBQVcsNkJBQU87QUFBQSxJQUNsQixZQUFZLDZCQUFPLFNBQVMsNkJBQU8sSUFBSTtBQUFBLEVBQ3pDO0FBQ0YsRUFBRTtBQUFDO0FBUUksTUFBTSxpQkFBaUIsNkJBQU8sWUFBc0IsOEJBQThCLEVBQUUsWUFBWTtBQUFBLEVBQ3JHLFNBQVM7QUFBQSxFQUNULFFBQVEsNkJBQU87QUFDakIsQ0FBQyxFQUFFO0FBQUM7QUFRRyxNQUFNLDRCQUE0Qiw2QkFBTztBQUFBLEVBQzlDO0FBQ0YsRUFBRSx1QkFBdUI7QUFBQSxFQUN2QixRQUFRO0FBQUEsRUFDUixVQUFVLDZCQUFPLElBQUksS0FBSyw2QkFBTyxTQUFTLENBQUM7QUFDN0MsQ0FBQyxFQUFFO0FBQUM7QUFPRyxNQUFNLFVBQVUsNkJBQU8sTUFBTSxrQkFBa0IsZ0JBQWdCLGNBQWMsVUFBVSxtQkFBbUI7QUFXMUcsTUFBTSxZQUFZLENBQUMsWUFDeEIsUUFBUSxTQUFTLHFCQUFxQixhQUFhLFFBQVEsU0FBUyxtQkFBbUIscUJBQXFCO0FBUXZHLE1BQU0sa0JBQWtCLDZCQUFPLE1BQWlCLCtCQUErQixFQUFFO0FBQUEsRUFDdEYsT0FBTztBQUFBLEVBQ1AsUUFBUSw2QkFBTyxTQUFTLHNCQUFVLFNBQVM7QUFBQSxFQUMzQyxVQUFVLDZCQUFPLE1BQU0sT0FBTztBQUNoQyxDQUFDLEVBQUU7QUFBQztBQVNHLE1BQU0sb0JBQW9CLDZCQUFPLE1BQW1CLGlDQUFpQyxFQUFFO0FBQUEsRUFDNUYsT0FBTztBQUFBLEVBQ1AsTUFBTSw2QkFBTztBQUFBLEVBQ2IsTUFBTSw2QkFBTyxNQUFNLFNBQVM7QUFBQSxFQUM1QixTQUFTLDZCQUFPLE9BQU87QUFBQSxJQUNyQixnQkFBZ0IsNkJBQU87QUFBQSxJQUN2QixRQUFRLDZCQUFPO0FBQUEsSUFDZixXQUFXLDZCQUFPO0FBQUEsRUFDcEIsQ0FBQztBQUFBLEVBQ0Qsb0JBQW9CLDZCQUFPO0FBQzdCLENBQUMsRUFBRTtBQUFDO0FBT0csTUFBTSxVQUFVLENBQUMsWUFBNkI7QUFDbkQsVUFBUSxRQUFRLE1BQU07QUFBQSxJQUNwQixLQUFLO0FBQ0gsYUFBTyxpQ0FBaUMsUUFBUSxjQUFjO0FBQUEsSUFDaEUsS0FBSztBQUNILGFBQU8sUUFBUSxVQUFVLFNBQ3JCLGFBQWEsUUFBUSxjQUFjLDhDQUNuQyxhQUFhLFFBQVEsY0FBYyw2Q0FBNkMsUUFBUSxLQUFLO0FBQUEsSUFDbkcsS0FBSztBQUNILGFBQU8scUJBQ0wsUUFBUSxlQUFlLFNBQ25CLGlCQUFpQixRQUFRLEtBQUssWUFBWSxRQUFRLEtBQUssZ0JBQWdCLFFBQVEsVUFBVSxZQUFZLENBQUMsS0FDdEcsaUJBQWlCLFFBQVEsS0FBSyxZQUFZLFFBQVEsS0FBSyxxQkFBcUIsUUFBUSxXQUFXLFlBQVksQ0FBQyxFQUNsSDtBQUFBLElBQ0YsS0FBSztBQUNILGFBQU8sVUFBVSxRQUFRLE9BQU8sa0JBQWtCLFFBQVEsT0FBTyxZQUFZLENBQUM7QUFBQSxJQUNoRixLQUFLO0FBQ0gsYUFBTyx3Q0FBd0MsUUFBUSxRQUFRLGFBQWEsUUFBUSxNQUFNO0FBQUEsRUFDOUY7QUFDRjtBQU9PLE1BQU0sV0FBVyxDQUFDLFdBQ3ZCLE9BQU8sS0FBSztBQUFBLEVBQVEsQ0FBQyxRQUNuQixJQUFJLFNBQVMsSUFBSSxDQUFDLFlBQVksR0FBRyxJQUFJLEtBQUssR0FBRyxJQUFJLFdBQVcsU0FBWSxLQUFLLEtBQUssSUFBSSxNQUFNLEdBQUcsS0FBSyxRQUFRLE9BQU8sQ0FBQyxFQUFFO0FBQ3hIO0FBeUNGLE1BQU0sUUFBUSw2QkFBTyxPQUFPO0FBQUEsRUFDMUIsT0FBTztBQUFBLEVBQ1AsU0FBUyw2QkFBTyxPQUFPO0FBQUEsSUFDckIsS0FBSyw2QkFBTyxZQUFTLGdDQUFTO0FBQUEsSUFDOUIsVUFBVSw2QkFBTyxZQUFTLGdDQUFTO0FBQUEsSUFDbkMsWUFBWSw2QkFBTyxTQUFTLDZCQUFPLElBQUksS0FBSyw2QkFBTyxRQUFRLEdBQUcsb0NBQWMsQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUMvRSxnQkFBZ0IsNkJBQU8sU0FBUyw2QkFBTyxRQUFRLENBQUMsTUFBK0IsT0FBTyxNQUFNLFVBQVUsQ0FBQztBQUFBLEVBQ3pHLENBQUM7QUFDSCxDQUFDO0FBQ0QsTUFBTSxZQUFTLG1DQUFZLE9BQU8sZ0JBQWdCO0FBRWxELE1BQU0sZ0JBQWdCLENBQUMsV0FBZ0IsUUFDckMsVUFBVSxnQkFBZ0IsSUFBSSxTQUFTLFVBQVUsWUFBWSxJQUFJO0FBR25FLE1BQU0sU0FBUztBQUFBLEVBQ0ksUUFBUSxvQkFBSSxJQUFtRjtBQUFBLEVBQ2hILElBQUksT0FBYyxRQUF5QyxTQUFrQjtBQUMzRSxVQUFNLFFBQVEsS0FBSyxNQUFNLElBQUksS0FBSztBQUNsQyxRQUFJLFVBQVUsT0FBVyxNQUFLLE1BQU0sSUFBSSxPQUFPLEVBQUUsUUFBUSxVQUFVLENBQUMsT0FBTyxFQUFFLENBQUM7QUFBQSxRQUN6RSxPQUFNLFNBQVMsS0FBSyxPQUFPO0FBQUEsRUFDbEM7QUFBQSxFQUNBLElBQUksT0FBZTtBQUNqQixXQUFPLEtBQUssTUFBTSxJQUFJLEtBQUs7QUFBQSxFQUM3QjtBQUFBLEVBQ0EsVUFBb0M7QUFDbEMsV0FBTyxNQUFNLEtBQUssS0FBSyxPQUFPLENBQUMsQ0FBQyxPQUFPLEtBQUssTUFDMUMsSUFBSSxVQUFVO0FBQUEsTUFDWixPQUFPLDRCQUFNLEtBQUssS0FBSztBQUFBLE1BQ3ZCLEdBQUksTUFBTSxXQUFXLFNBQVksQ0FBQyxJQUFJLEVBQUUsUUFBUSxNQUFNLE9BQU87QUFBQSxNQUM3RCxVQUFVLE1BQU07QUFBQSxJQUNsQixDQUFDLENBQUM7QUFBQSxFQUNOO0FBQ0Y7QUFRTyxNQUFNLFFBR2dELDZCQUFPLEdBQUcsZ0JBQWdCO0FBQUEsRUFDckYsV0FBVSxPQUFvQixVQUF3QixDQUFDLEdBQUc7QUFDeEQsVUFBTSxRQUFRLE9BQU8sT0FBTyxFQUFFLE9BQU8sUUFBUSxDQUFDO0FBQzlDLFVBQU0sSUFBSSxNQUFNO0FBQ2hCLFdBQU8sNkJBQU8sb0JBQW9CLEVBQUUsbUJBQW1CLHVCQUFNLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDeEUsVUFBTSxPQUFPLE1BQU0sUUFBUSxRQUFRLE9BQU87QUFDMUMsVUFBTSxRQUFRLE1BQU0sUUFBUSxZQUFZO0FBQ3hDLFVBQU0saUJBQWlCLFFBQVEsbUJBQW1CLENBQUMsUUFBbUIsSUFBSTtBQUMxRSxVQUFNLE9BQU8sT0FBTztBQUNwQixVQUFNLFNBQVMsT0FBTztBQUN0QixVQUFNLFNBQVMsT0FBTztBQUN0QixVQUFNLFFBQVEsT0FBTztBQUNyQixVQUFNLFdBQVcsSUFBSSxTQUFTO0FBRzlCLFVBQU0sVUFBVSxDQUFDLGFBQ2YsNkJBQU8sSUFBSSxhQUFZO0FBQ3JCLFlBQU0sTUFBa0IsQ0FBQztBQUN6QixVQUFJO0FBQ0osaUJBQVM7QUFDUCxjQUFNLE9BQU8sT0FBTyxLQUFLLEtBQUssR0FBRyxFQUFFLFFBQVEsVUFBVSxPQUFPLEdBQUksV0FBVyxTQUFZLENBQUMsSUFBSSxFQUFFLE9BQU8sRUFBRyxDQUFDO0FBQ3pHLFlBQUksS0FBSyxHQUFHLEtBQUssSUFBSTtBQUNyQixZQUFJLDZCQUFPLE9BQU8sS0FBSyxVQUFVLEVBQUcsUUFBTztBQUMzQyxpQkFBUyxLQUFLLFdBQVc7QUFBQSxNQUMzQjtBQUFBLElBQ0YsQ0FBQztBQUdILFVBQU0sY0FBYyxDQUFDLFFBQ25CLEtBQUssSUFBSSxHQUFHLHNCQUFTLGVBQWUsSUFBSSxLQUFLLENBQUMsRUFBRTtBQUFBLE1BQzlDLDZCQUFPLElBQUksQ0FBQyxjQUFjLGNBQWMsV0FBVyxHQUFHLElBQUksNkJBQU8sS0FBSyxTQUFTLElBQUksNkJBQU8sS0FBSyxDQUFDO0FBQUEsTUFDaEcsNkJBQU8sU0FBUyxZQUFZLE1BQU0sNkJBQU8sUUFBUSw2QkFBTyxLQUFVLENBQUMsQ0FBQztBQUFBLElBQ3RFO0FBR0YsVUFBTSxZQUFZLE9BQU8sUUFBUSxDQUFDLGdCQUFnQixDQUFDO0FBQ25ELGVBQVcsT0FBTyxXQUFXO0FBQzNCLFVBQUksNkJBQU8sT0FBTyxPQUFPLFlBQVksR0FBRyxDQUFDLEVBQUc7QUFDNUMsWUFBTSxVQUFVLE9BQU8sS0FBSyxjQUFjLEdBQUcsSUFBSSxPQUFPLGVBQWUsR0FBRyxDQUFDLEVBQUU7QUFBQSxRQUMzRSw2QkFBTztBQUFBLFVBQUksQ0FBQyxpQkFDVixhQUFhLFVBQ1QsSUFBSSxpQkFBaUIsRUFBRSxnQkFBZ0IsYUFBYSxVQUFVLE1BQU0sQ0FBQyxJQUNyRSxJQUFJLGVBQWUsRUFBRSxnQkFBZ0IsYUFBYSxVQUFVLE1BQU0sQ0FBQztBQUFBLFFBQ3pFO0FBQUE7QUFBQSxRQUVBLDZCQUFPLFVBQVU7QUFBQSxVQUNmLG1CQUFtQixDQUFDLFVBQ2xCLDZCQUFPO0FBQUEsWUFDTCxJQUFJLG1DQUFhLEVBQUUsV0FBVyxrQkFBa0IsUUFBUSxPQUFPLElBQUksSUFBSSxPQUFPLFFBQVEsaUNBQWlDLE1BQU0sT0FBTyxHQUFHLENBQUM7QUFBQSxVQUMxSTtBQUFBLFVBQ0YsUUFBUSxDQUFDLFVBQ1AsNkJBQU87QUFBQSxZQUNMLElBQUksbUNBQWEsRUFBRSxXQUFXLGtCQUFrQixRQUFRLE9BQU8sSUFBSSxJQUFJLE9BQU8sUUFBUSxpQ0FBaUMsTUFBTSxPQUFPLEdBQUcsQ0FBQztBQUFBLFVBQzFJO0FBQUEsUUFDSixDQUFDO0FBQUEsUUFDRCw2QkFBTztBQUFBLFVBQVMsQ0FBQztBQUFBO0FBQUEsWUFFZixZQUFZLEdBQUcsRUFBRTtBQUFBLGNBQ2YsNkJBQU8sY0FBYyxNQUFNLDZCQUFPLEtBQVUsQ0FBQztBQUFBLGNBQzdDLDZCQUFPLFFBQVEsNkJBQU8sTUFBTTtBQUFBLGdCQUMxQixRQUFRLE1BQU0sNkJBQU8sS0FBSyxLQUFLO0FBQUEsZ0JBQy9CLFFBQVEsQ0FBQyxjQUNQLDZCQUFPO0FBQUEsa0JBQ0wsSUFBSSxlQUFlLEVBQUUsZ0JBQWdCLFVBQVUsT0FBTyxPQUFPLEdBQUcsTUFBTSxJQUFJLEtBQUssTUFBTSxPQUFPLEdBQUcsQ0FBQztBQUFBLGdCQUNsRztBQUFBLGNBQ0osQ0FBQyxDQUFDO0FBQUEsWUFDSjtBQUFBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxlQUFTLElBQUksSUFBSSxPQUFPLElBQUksUUFBUSxPQUFPO0FBQUEsSUFDN0M7QUFHQSxVQUFNLFNBQVMsT0FBTyxRQUFRLHNCQUFVLE1BQU07QUFDOUMsVUFBTSxpQkFBaUIsb0JBQUksSUFBcUI7QUFDaEQsZUFBVyxPQUFPLFFBQVE7QUFDeEIsVUFBSSxJQUFJLFdBQVcsV0FBVztBQUM1QixjQUFNLFFBQVEsT0FBTyxPQUFPLElBQUksR0FBRyxJQUFJLEtBQUs7QUFDNUMsWUFBSSw2QkFBTyxPQUFPLEtBQUssS0FBSyxDQUFDLHNCQUFNLE9BQU8sTUFBTSxPQUFPLElBQUksR0FBRztBQUM1RCxnQkFBTSxFQUFFLFdBQVcsT0FBTyxZQUFZLE1BQU0sSUFBSSxNQUFNO0FBQ3RELG1CQUFTO0FBQUEsWUFDUCxJQUFJO0FBQUEsWUFDSixJQUFJO0FBQUEsWUFDSixJQUFJLGFBQWEsRUFBRSxPQUFPLE9BQU8sV0FBVyxHQUFJLGVBQWUsU0FBWSxDQUFDLElBQUksRUFBRSxXQUFXLEVBQUcsQ0FBQztBQUFBLFVBQ25HO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLElBQUksU0FBUyxRQUFXO0FBQzFCLGNBQU0sTUFBTSxHQUFHLElBQUksS0FBSyxNQUFNLEtBQVMsSUFBSSxLQUFLLFFBQVE7QUFDeEQsWUFBSSxTQUFTLGVBQWUsSUFBSSxHQUFHO0FBQ25DLFlBQUksV0FBVyxRQUFXO0FBQ3hCLG1CQUFTLE9BQU8sTUFBTSxZQUFZLEdBQUcsSUFBSSxLQUFLLFFBQVEsSUFBSSxLQUFLLFFBQVE7QUFDdkUseUJBQWUsSUFBSSxLQUFLLE1BQU07QUFBQSxRQUNoQztBQUNBLFlBQUksQ0FBQyxRQUFRO0FBQ1gsbUJBQVMsSUFBSSxJQUFJLE9BQU8sSUFBSSxRQUFRLElBQUksb0JBQW9CLEVBQUUsUUFBUSxJQUFJLEtBQUssUUFBUSxVQUFVLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQztBQUFBLFFBQ3ZIO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFHQSxVQUFNLGFBQWEsTUFBTSxRQUFRLGNBQWM7QUFDL0MsVUFBTSxNQUFNLE9BQU8sT0FBTyxJQUFJLEdBQUcsTUFBTSxFQUFFLE9BQU8sYUFBYSxFQUFFLENBQUM7QUFDaEUsVUFBTSxTQUFTLElBQUksTUFBTSxHQUFHLFVBQVU7QUFDdEMsVUFBTSxXQUFXLElBQUksSUFBaUMsQ0FBQyxHQUFHLFdBQVcsR0FBRyxNQUFNLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFJLE9BQU8sSUFBSSxNQUFNLENBQUMsQ0FBQztBQUNySCxlQUFXLFNBQVMsUUFBUTtBQUMxQixVQUFJLFNBQVMsU0FBUyxJQUFJLE1BQU0sS0FBSztBQUNyQyxVQUFJLFdBQVcsVUFBYSxDQUFDLFNBQVMsSUFBSSxNQUFNLEtBQUssR0FBRztBQUN0RCxpQkFBUyxPQUFPLEtBQUssSUFBSSxHQUFHLE1BQU0sS0FBSyxFQUFFO0FBQUEsVUFDdkMsNkJBQU8sSUFBSSxDQUFDLFFBQVEsSUFBSSxNQUF5QztBQUFBLFVBQ2pFLDZCQUFPLFNBQVMsWUFBWSxNQUFNLDZCQUFPLFFBQVEsTUFBUyxDQUFDO0FBQUEsUUFDN0Q7QUFDQSxZQUFJLFdBQVcsT0FBVyxVQUFTLElBQUksTUFBTSxPQUFPLE1BQU07QUFBQSxNQUM1RDtBQUNBLGVBQVMsSUFBSSxNQUFNLE9BQU8sUUFBUSxJQUFJLFNBQVMsRUFBRSxTQUFTLE1BQU0sU0FBUyxRQUFRLE1BQU0sT0FBTyxDQUFDLENBQUM7QUFBQSxJQUNsRztBQUVBLFdBQU8sSUFBSSxZQUFZO0FBQUEsTUFDckIsT0FBTztBQUFBLE1BQ1A7QUFBQSxNQUNBLE1BQU0sU0FBUyxRQUFRO0FBQUEsTUFDdkIsU0FBUyxFQUFFLGdCQUFnQixVQUFVLFFBQVEsUUFBUSxPQUFPLFFBQVEsV0FBVyxPQUFPLE9BQU87QUFBQSxNQUM3RixvQkFBb0IsSUFBSSxTQUFTO0FBQUEsSUFDbkMsQ0FBQztBQUFBLEVBQ0g7QUFDRiIsIm5hbWVzIjpbXSwiaWdub3JlTGlzdCI6W10sInNvdXJjZXMiOlsiUmVjb3ZlcnkudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgcmVjb3Zlcnkgc3dlZXAgKGNvbnRyYWN0IMKnOCk6IHdoYXQgYW4gb3JjaGVzdHJhdG9yIHJ1bnMgYXQgc3RhcnQtdXAsIGFuZCBvbiBkZW1hbmQsIHRvIGZpbmRcbiAqIHRoZSBydW5zIGEgY3Jhc2ggbGVmdCBiZWhpbmQgaW4gb25lIHNjb3BlLlxuICpcbiAqIC0gQSBgQ29udGludWVkQXNOZXdgIHJ1biB3aXRob3V0IGl0cyBzdWNjZXNzb3IgKHRoZSBzdGF0dXMgd2FzIHNldCBieSBhIHBsYWluIGBjYXNTdGF0dXNgLCBvciBhXG4gKiAgIHN0b3JlIHRoYXQgaXMgbm90IGF0b21pYyBsb3N0IHRoZSBzZWNvbmQgd3JpdGUpIGdldHMgdGhlIHN1Y2Nlc3NvciBzdGFydGVkLCB3aXRoXG4gKiAgIGBSdW5TdG9yZS5jb250aW51ZUFzTmV3YCDigJQgaWRlbXBvdGVudCwgc2luY2UgdGhlIHN1Y2Nlc3NvciBpZCBpcyBkZXRlcm1pbmlzdGljXG4gKiAgIChgUnVuLnN1Y2Nlc3NvclJ1bklkYCkuIFdoZW4gdGhhdCBzdGFydCBmYWlscyBidXQgYSByZS1yZWFkIHNob3dzIHRoZSBzdWNjZXNzb3IsIGFub3RoZXIgc3RhcnRlclxuICogICB3b24gdGhlIHJhY2UgKG9yIHRoZSBhY2tub3dsZWRnZW1lbnQgd2FzIGxvc3QpOiBiZW5pZ24sIHJlcG9ydGVkLiBXaGVuIGl0IGZhaWxzIGFuZCB0aGVyZSBpcyBub1xuICogICBzdWNjZXNzb3IsIHRoZSBzd2VlcCBmYWlscyB3aXRoIHRoYXQgZXJyb3Ig4oCUIHRoZSByZXBhaXIgZGlkIG5vdCBoYXBwZW4gYW5kIHRoZSBjYWxsZXIgbXVzdCBrbm93LlxuICogLSBBIGBSdW5uaW5nYCBydW4gd2hvc2UgbGVhc2UgZXhwaXJlZCAob3Igd2FzIHJlbGVhc2VkKSBpcyByZXBvcnRlZDogaXRzIHdvcmtlciBpcyBnb25lLCBhbmQgYVxuICogICB3b3JrZXIgbXVzdCBhY3F1aXJlIHRoZSBsZWFzZSAod2hpY2ggZmVuY2VzIHRoZSBvbGQgb25lKSB0byByZXN1bWUgaXQuXG4gKiAtIER1ZSB0aW1lcnMgYXJlIGxpc3RlZCwgcGVyIHJ1biwgZm9yIHRoZSB0aW1lciBzZXJ2aWNlIHRvIGNsYWltLlxuICogLSBBbiBhY3RpdmUgcnVuIHBpbm5lZCB0byBhIGRlZmluaXRpb24gcmV2aXNpb24gdGhhdCBubyBsb25nZXIgZXhpc3RzIGlzIHJlcG9ydGVkOiBpdCBjYW5ub3QgbWFrZVxuICogICBwcm9ncmVzcywgYW5kIGFuIG9wZXJhdG9yIG11c3QgY2FuY2VsIG9yIHJlLXBpbiBpdCByYXRoZXIgdGhhbiBsZWF2ZSBpdCBhIHpvbWJpZS5cbiAqXG4gKiBUaGUgc3dlZXAgaXMgaWRlbXBvdGVudDogdHdvIHN3ZWVwcyBhdCBvbmNlICh0d28gd29ya2VycyBzdGFydGluZyB0b2dldGhlcikgc3RhcnQgZWFjaCBtaXNzaW5nXG4gKiBzdWNjZXNzb3Igb25jZSDigJQgdGhlIHN0b3JlJ3MgYGNvbnRpbnVlQXNOZXdgIGRlY2lkZXMsIG5vdCB0aGUgc3dlZXAg4oCUIGFuZCByZXBvcnQgdGhlIHNhbWVcbiAqIGZpbmRpbmdzLiBJdHMgcmVzdWx0IGlzIGEge0BsaW5rIFN3ZWVwUmVwb3J0fTogcGVyIHJ1biwgd2hhdCBpdCBkaWQgYW5kIHdoYXQgaXQgY291bGQgbm90IGRvLCBhbmRcbiAqIHdoeS5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuaW1wb3J0IHsgSW5wdXREYXRlIH0gZnJvbSBcIi4vTGltaXRzLmpzXCJcbmltcG9ydCB7IEVmZmVjdCwgT3B0aW9uLCBTY2hlbWEgfSBmcm9tIFwiZWZmZWN0XCJcbmltcG9ydCB0eXBlIHsgQWxyZWFkeUV4aXN0cywgSW52YWxpZElucHV0LCBOb3RGb3VuZCwgU3RvcmVFcnJvciB9IGZyb20gXCIuL0Vycm9ycy5qc1wiXG5pbXBvcnQgeyBTdG9yZUNvcnJ1cHQgfSBmcm9tIFwiLi9FcnJvcnMuanNcIlxuaW1wb3J0IHsgT3duZXJJZCwgUnVuSWQsIFNwZWNJZCwgVGltZXJJZCB9IGZyb20gXCIuL0lkZW50aWZpZXJzLmpzXCJcbmltcG9ydCB0eXBlIHsgSnNvbiB9IGZyb20gXCIuL0pzb24uanNcIlxuaW1wb3J0ICogYXMgTGVhc2UgZnJvbSBcIi4vTGVhc2UuanNcIlxuaW1wb3J0IHsgTGVhc2VTdG9yZSB9IGZyb20gXCIuL0xlYXNlU3RvcmUuanNcIlxuaW1wb3J0IHsgTWF4UGFnZVNpemUgfSBmcm9tIFwiLi9MaW1pdHMuanNcIlxuaW1wb3J0IHsgZGVjb2RlSW5wdXQsIG5vdywgUGFnZUxpbWl0IH0gZnJvbSBcIi4vaW50ZXJuYWwvb3BlcmF0aW9uLmpzXCJcbmltcG9ydCAqIGFzIFJ1bk1vZGVsIGZyb20gXCIuL1J1bi5qc1wiXG5pbXBvcnQgdHlwZSB7IFJ1biB9IGZyb20gXCIuL1J1bi5qc1wiXG5pbXBvcnQgKiBhcyBSdW5TdGF0dXMgZnJvbSBcIi4vUnVuU3RhdHVzLmpzXCJcbmltcG9ydCB7IFJ1blN0b3JlIH0gZnJvbSBcIi4vUnVuU3RvcmUuanNcIlxuaW1wb3J0IHsgU3BlY1N0b3JlIH0gZnJvbSBcIi4vU3BlY1N0b3JlLmpzXCJcbmltcG9ydCB7IFRlbmFudFNjb3BlIH0gZnJvbSBcIi4vVGVuYW50U2NvcGUuanNcIlxuaW1wb3J0ICogYXMgU2NvcGUgZnJvbSBcIi4vVGVuYW50U2NvcGUuanNcIlxuaW1wb3J0IHsgVGltZXJTdG9yZSB9IGZyb20gXCIuL1RpbWVyU3RvcmUuanNcIlxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIFRoZSByZXBvcnRcbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4vKipcbiAqIERvbmU6IHRoZSBydW4gd2FzIGBDb250aW51ZWRBc05ld2Agd2l0aG91dCBhIHN1Y2Nlc3NvciwgYW5kIHRoaXMgc3dlZXAgc3RhcnRlZCBpdC5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNsYXNzIFN1Y2Nlc3NvclN0YXJ0ZWQgZXh0ZW5kcyBTY2hlbWEuVGFnZ2VkQ2xhc3M8U3VjY2Vzc29yU3RhcnRlZD4oXCJAcnVubGVkZ2VyL1JlY292ZXJ5L1N1Y2Nlc3NvclN0YXJ0ZWRcIikoXG4gIFwiU3VjY2Vzc29yU3RhcnRlZFwiLFxuICB7IHN1Y2Nlc3NvclJ1bklkOiBSdW5JZCB9XG4pIHt9XG5cbi8qKlxuICogRG9uZSBieSBzb21lb25lIGVsc2U6IGFub3RoZXIgc3RhcnRlciBjcmVhdGVkIHRoZSBtaXNzaW5nIHN1Y2Nlc3NvciBiZXR3ZWVuIHRoaXMgc3dlZXAncyBjaGVja1xuICogYW5kIGl0cyBzdGFydCDigJQgYGNvbnRpbnVlQXNOZXdgIGZvdW5kIGl0IGluIHBsYWNlLCBvciBmYWlsZWQgKGBjYXVzZWApIGFuZCBhIHJlLXJlYWQgc2hvd3MgaXQgaW5cbiAqIHBsYWNlIChhbm90aGVyIHN0YXJ0ZXIgd29uIHRoZSByYWNlIHdpdGggb3RoZXIgaW5wdXQsIG9yIHRoaXMgc3dlZXAncyBvd24gd3JpdGUgbGFuZGVkIGFuZCBpdHNcbiAqIGFja25vd2xlZGdlbWVudCB3YXMgbG9zdCkuXG4gKlxuICogQHNpbmNlIDAuMS4wXG4gKi9cbmV4cG9ydCBjbGFzcyBTdWNjZXNzb3JGb3VuZCBleHRlbmRzIFNjaGVtYS5UYWdnZWRDbGFzczxTdWNjZXNzb3JGb3VuZD4oXCJAcnVubGVkZ2VyL1JlY292ZXJ5L1N1Y2Nlc3NvckZvdW5kXCIpKFxuICBcIlN1Y2Nlc3NvckZvdW5kXCIsXG4gIHsgc3VjY2Vzc29yUnVuSWQ6IFJ1bklkLCBjYXVzZTogU2NoZW1hLm9wdGlvbmFsKFNjaGVtYS5TdHJpbmcpIH1cbikge31cblxuLyoqXG4gKiBOb3QgZG9uZSwgcmVwb3J0ZWQ6IHRoZSBydW4gaXMgYFJ1bm5pbmdgIGJ1dCBpdHMgbGVhc2UgZXhwaXJlZCAob3Igd2FzIHJlbGVhc2VkLCBgcmVsZWFzZWRBdGApIOKAlFxuICogaXRzIHdvcmtlciBpcyBnb25lLiBBIHdvcmtlciBtdXN0IGFjcXVpcmUgdGhlIGxlYXNlLCB3aGljaCBmZW5jZXMgdGhlIG9sZCB0b2tlbiwgdG8gcmVzdW1lIGl0LlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgY2xhc3MgTGVhc2VFeHBpcmVkIGV4dGVuZHMgU2NoZW1hLlRhZ2dlZENsYXNzPExlYXNlRXhwaXJlZD4oXCJAcnVubGVkZ2VyL1JlY292ZXJ5L0xlYXNlRXhwaXJlZFwiKShcbiAgXCJMZWFzZUV4cGlyZWRcIixcbiAge1xuICAgIG93bmVyOiBPd25lcklkLFxuICAgIHRva2VuOiBMZWFzZS5Ub2tlbixcbiAgICBleHBpcmVzQXQ6IFNjaGVtYS5EYXRlLFxuICAgIHJlbGVhc2VkQXQ6IFNjaGVtYS5vcHRpb25hbChTY2hlbWEuRGF0ZSlcbiAgfVxuKSB7fVxuXG4vKipcbiAqIE5vdCBkb25lLCBsaXN0ZWQ6IGEgdGltZXIgb2YgdGhlIHJ1biBpcyBkdWUuIFRoZSBzd2VlcCBkb2VzIG5vdCBmaXJlIGl0OyB0aGUgdGltZXIgc2VydmljZVxuICogY2xhaW1zIGl0IChleGFjdGx5IG9uZSBjbGFpbWFudCB3aW5zKS5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNsYXNzIFRpbWVyRHVlIGV4dGVuZHMgU2NoZW1hLlRhZ2dlZENsYXNzPFRpbWVyRHVlPihcIkBydW5sZWRnZXIvUmVjb3ZlcnkvVGltZXJEdWVcIikoXCJUaW1lckR1ZVwiLCB7XG4gIHRpbWVySWQ6IFRpbWVySWQsXG4gIGZpcmVBdDogU2NoZW1hLkRhdGVcbn0pIHt9XG5cbi8qKlxuICogTm90IGRvbmUsIHJlcG9ydGVkOiB0aGUgcnVuIGlzIGFjdGl2ZSBidXQgdGhlIGRlZmluaXRpb24gcmV2aXNpb24gaXQgaXMgcGlubmVkIHRvIG5vIGxvbmdlclxuICogZXhpc3RzLiBJdCBjYW5ub3QgbWFrZSBwcm9ncmVzczsgYW4gb3BlcmF0b3IgbXVzdCBjYW5jZWwgaXQgb3IgcGluIGl0IHRvIGFuIGV4aXN0aW5nIHJldmlzaW9uLlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgY2xhc3MgU3BlY1JldmlzaW9uTWlzc2luZyBleHRlbmRzIFNjaGVtYS5UYWdnZWRDbGFzczxTcGVjUmV2aXNpb25NaXNzaW5nPihcbiAgXCJAcnVubGVkZ2VyL1JlY292ZXJ5L1NwZWNSZXZpc2lvbk1pc3NpbmdcIlxuKShcIlNwZWNSZXZpc2lvbk1pc3NpbmdcIiwge1xuICBzcGVjSWQ6IFNwZWNJZCxcbiAgcmV2aXNpb246IFNjaGVtYS5JbnQucGlwZShTY2hlbWEucG9zaXRpdmUoKSlcbn0pIHt9XG5cbi8qKlxuICogT25lIHRoaW5nIHRoZSBzd2VlcCBkaWQgb3IgZm91bmQgYWJvdXQgYSBydW4uXG4gKlxuICogQHNpbmNlIDAuMS4wXG4gKi9cbmV4cG9ydCBjb25zdCBGaW5kaW5nID0gU2NoZW1hLlVuaW9uKFN1Y2Nlc3NvclN0YXJ0ZWQsIFN1Y2Nlc3NvckZvdW5kLCBMZWFzZUV4cGlyZWQsIFRpbWVyRHVlLCBTcGVjUmV2aXNpb25NaXNzaW5nKVxuLyoqIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0IHR5cGUgRmluZGluZyA9IHR5cGVvZiBGaW5kaW5nLlR5cGVcblxuLyoqXG4gKiBXaGV0aGVyIHRoZSBzd2VlcCBpdHNlbGYgcmVwYWlyZWQgc29tZXRoaW5nIChgU3VjY2Vzc29yU3RhcnRlZGApLCBmb3VuZCBpdCByZXBhaXJlZCBieSBzb21lb25lXG4gKiBlbHNlIChgU3VjY2Vzc29yRm91bmRgKSwgb3IgY291bGQgb25seSByZXBvcnQgaXQgKGV2ZXJ5dGhpbmcgZWxzZSDigJQgdGhlIHJlYXNvbiBpcyBpblxuICoge0BsaW5rIGV4cGxhaW59KS5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNvbnN0IG91dGNvbWVPZiA9IChmaW5kaW5nOiBGaW5kaW5nKTogXCJyZXBhaXJlZFwiIHwgXCJhbHJlYWR5LXJlcGFpcmVkXCIgfCBcInJlcG9ydGVkXCIgPT5cbiAgZmluZGluZy5fdGFnID09PSBcIlN1Y2Nlc3NvclN0YXJ0ZWRcIiA/IFwicmVwYWlyZWRcIiA6IGZpbmRpbmcuX3RhZyA9PT0gXCJTdWNjZXNzb3JGb3VuZFwiID8gXCJhbHJlYWR5LXJlcGFpcmVkXCIgOiBcInJlcG9ydGVkXCJcblxuLyoqXG4gKiBUaGUgZmluZGluZ3MgYWJvdXQgb25lIHJ1bi4gYHN0YXR1c2AgaXMgdGhlIHJ1bidzIHN0YXR1cyBhcyB0aGUgc3dlZXAgc2F3IGl0IChub25lIHdoZW4gYSB0aW1lclxuICogYmVsb25ncyB0byBhIHJ1biB0aGUgcnVuIHN0b3JlIGRvZXMgbm90IGtub3cpLlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgY2xhc3MgUnVuUmVwb3J0IGV4dGVuZHMgU2NoZW1hLkNsYXNzPFJ1blJlcG9ydD4oXCJAcnVubGVkZ2VyL1JlY292ZXJ5L1J1blJlcG9ydFwiKSh7XG4gIHJ1bklkOiBSdW5JZCxcbiAgc3RhdHVzOiBTY2hlbWEub3B0aW9uYWwoUnVuU3RhdHVzLlJ1blN0YXR1cyksXG4gIGZpbmRpbmdzOiBTY2hlbWEuQXJyYXkoRmluZGluZylcbn0pIHt9XG5cbi8qKlxuICogV2hhdCBvbmUgc3dlZXAgb2YgYSBzY29wZSBkaWQ6IHRoZSBydW5zIGl0IGhhcyBzb21ldGhpbmcgdG8gc2F5IGFib3V0IChpbiB0aGUgb3JkZXIgaXQgZm91bmRcbiAqIHRoZW06IGNvbnRpbnVlZCBydW5zLCB0aGVuIGFjdGl2ZSBydW5zLCB0aGVuIHJ1bnMgd2l0aCBkdWUgdGltZXJzKSBhbmQgaG93IG11Y2ggaXQgbG9va2VkIGF0LlxuICogYGR1ZVRpbWVyc1RydW5jYXRlZGAgaXMgdHJ1ZSB3aGVuIG1vcmUgdGltZXJzIHdlcmUgZHVlIHRoYW4gYHRpbWVyTGltaXRgIGFsbG93ZWQgbGlzdGluZy5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNsYXNzIFN3ZWVwUmVwb3J0IGV4dGVuZHMgU2NoZW1hLkNsYXNzPFN3ZWVwUmVwb3J0PihcIkBydW5sZWRnZXIvUmVjb3ZlcnkvU3dlZXBSZXBvcnRcIikoe1xuICBzY29wZTogVGVuYW50U2NvcGUsXG4gIGFzT2Y6IFNjaGVtYS5EYXRlLFxuICBydW5zOiBTY2hlbWEuQXJyYXkoUnVuUmVwb3J0KSxcbiAgc2Nhbm5lZDogU2NoZW1hLlN0cnVjdCh7XG4gICAgY29udGludWVkQXNOZXc6IFNjaGVtYS5JbnQsXG4gICAgYWN0aXZlOiBTY2hlbWEuSW50LFxuICAgIGR1ZVRpbWVyczogU2NoZW1hLkludFxuICB9KSxcbiAgZHVlVGltZXJzVHJ1bmNhdGVkOiBTY2hlbWEuQm9vbGVhblxufSkge31cblxuLyoqXG4gKiBPbmUgbGluZSBzYXlpbmcgd2hhdCBhIGZpbmRpbmcgbWVhbnMgYW5kIHdoeSB0aGUgc3dlZXAgZGlkIG9yIGRpZCBub3QgYWN0IG9uIGl0LlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgY29uc3QgZXhwbGFpbiA9IChmaW5kaW5nOiBGaW5kaW5nKTogc3RyaW5nID0+IHtcbiAgc3dpdGNoIChmaW5kaW5nLl90YWcpIHtcbiAgICBjYXNlIFwiU3VjY2Vzc29yU3RhcnRlZFwiOlxuICAgICAgcmV0dXJuIGBzdGFydGVkIHRoZSBtaXNzaW5nIHN1Y2Nlc3NvciAke2ZpbmRpbmcuc3VjY2Vzc29yUnVuSWR9YFxuICAgIGNhc2UgXCJTdWNjZXNzb3JGb3VuZFwiOlxuICAgICAgcmV0dXJuIGZpbmRpbmcuY2F1c2UgPT09IHVuZGVmaW5lZFxuICAgICAgICA/IGBzdWNjZXNzb3IgJHtmaW5kaW5nLnN1Y2Nlc3NvclJ1bklkfSB3YXMgc3RhcnRlZCBieSBhbm90aGVyIHN0YXJ0ZXIgbWVhbndoaWxlYFxuICAgICAgICA6IGBzdWNjZXNzb3IgJHtmaW5kaW5nLnN1Y2Nlc3NvclJ1bklkfSBpcyBpbiBwbGFjZSBhbHRob3VnaCBzdGFydGluZyBpdCBmYWlsZWQgKCR7ZmluZGluZy5jYXVzZX0pOiBhbm90aGVyIHN0YXJ0ZXIgd29uIHRoZSByYWNlIG9yIHRoZSBhY2tub3dsZWRnZW1lbnQgd2FzIGxvc3RgXG4gICAgY2FzZSBcIkxlYXNlRXhwaXJlZFwiOlxuICAgICAgcmV0dXJuIGBjb3VsZCBub3QgcmVzdW1lOiAke1xuICAgICAgICBmaW5kaW5nLnJlbGVhc2VkQXQgPT09IHVuZGVmaW5lZFxuICAgICAgICAgID8gYHRoZSBsZWFzZSBvZiBcIiR7ZmluZGluZy5vd25lcn1cIiAodG9rZW4gJHtmaW5kaW5nLnRva2VufSkgZXhwaXJlZCBhdCAke2ZpbmRpbmcuZXhwaXJlc0F0LnRvSVNPU3RyaW5nKCl9YFxuICAgICAgICAgIDogYHRoZSBsZWFzZSBvZiBcIiR7ZmluZGluZy5vd25lcn1cIiAodG9rZW4gJHtmaW5kaW5nLnRva2VufSkgd2FzIHJlbGVhc2VkIGF0ICR7ZmluZGluZy5yZWxlYXNlZEF0LnRvSVNPU3RyaW5nKCl9YFxuICAgICAgfSB3aGlsZSB0aGUgcnVuIGlzIFJ1bm5pbmc7IGEgd29ya2VyIG11c3QgYWNxdWlyZSB0aGUgbGVhc2UgdG8gcmVzdW1lIGl0YFxuICAgIGNhc2UgXCJUaW1lckR1ZVwiOlxuICAgICAgcmV0dXJuIGB0aW1lciBcIiR7ZmluZGluZy50aW1lcklkfVwiIGlzIGR1ZSBzaW5jZSAke2ZpbmRpbmcuZmlyZUF0LnRvSVNPU3RyaW5nKCl9OyBsZWZ0IGZvciB0aGUgdGltZXIgc2VydmljZSB0byBjbGFpbWBcbiAgICBjYXNlIFwiU3BlY1JldmlzaW9uTWlzc2luZ1wiOlxuICAgICAgcmV0dXJuIGBjb3VsZCBub3QgcmVzdW1lOiBwaW5uZWQgdG8gcmV2aXNpb24gJHtmaW5kaW5nLnJldmlzaW9ufSBvZiBzcGVjIFwiJHtmaW5kaW5nLnNwZWNJZH1cIiwgd2hpY2ggbm8gbG9uZ2VyIGV4aXN0czsgY2FuY2VsIHRoZSBydW4gb3IgcGluIGl0IHRvIGFuIGV4aXN0aW5nIHJldmlzaW9uYFxuICB9XG59XG5cbi8qKlxuICogVGhlIHJlcG9ydCBhcyB0ZXh0LCBvbmUgbGluZSBwZXIgZmluZGluZzogYDxydW5JZD4gWzxzdGF0dXM+XTogPGV4cGxhbmF0aW9uPmAuXG4gKlxuICogQHNpbmNlIDAuMS4wXG4gKi9cbmV4cG9ydCBjb25zdCBkZXNjcmliZSA9IChyZXBvcnQ6IFN3ZWVwUmVwb3J0KTogUmVhZG9ubHlBcnJheTxzdHJpbmc+ID0+XG4gIHJlcG9ydC5ydW5zLmZsYXRNYXAoKHJ1bikgPT5cbiAgICBydW4uZmluZGluZ3MubWFwKChmaW5kaW5nKSA9PiBgJHtydW4ucnVuSWR9JHtydW4uc3RhdHVzID09PSB1bmRlZmluZWQgPyBcIlwiIDogYCBbJHtydW4uc3RhdHVzfV1gfTogJHtleHBsYWluKGZpbmRpbmcpfWApXG4gIClcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG4vLyBUaGUgc3dlZXBcbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4vKipcbiAqIE9wdGlvbnMgb2Yge0BsaW5rIHN3ZWVwfS5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGludGVyZmFjZSBTd2VlcE9wdGlvbnMge1xuICAvKiogVGhlIHRpbWUgbGVhc2VzIGFuZCB0aW1lcnMgYXJlIGp1ZGdlZCBhdDsgdGhlIEVmZmVjdCBjbG9jayBieSBkZWZhdWx0LiAqL1xuICByZWFkb25seSBub3c/OiBEYXRlXG4gIC8qKiBSdW5zIHJlYWQgcGVyIGBSdW5TdG9yZS5saXN0YCBwYWdlICgxIHRvIDEwMDAsIGRlZmF1bHQgMTAwKS4gKi9cbiAgcmVhZG9ubHkgcGFnZVNpemU/OiBudW1iZXJcbiAgLyoqIFRoZSBtb3N0IGR1ZSB0aW1lcnMgbGlzdGVkICgxIHRvIDk5OSwgZGVmYXVsdCA1MDApOyBgZHVlVGltZXJzVHJ1bmNhdGVkYCBzYXlzIHdoZW4gbW9yZSB3ZXJlIGR1ZS4gKi9cbiAgcmVhZG9ubHkgdGltZXJMaW1pdD86IG51bWJlclxuICAvKipcbiAgICogVGhlIGlucHV0IG9mIGEgc3VjY2Vzc29yIHRoZSBzd2VlcCBzdGFydHMuIFRoZSBpbnB1dCB0aGUgbG9zdCBzdWNjZXNzb3Igd2FzIG1lYW50IHRvIGdldCBpc1xuICAgKiBzdG9yZWQgbm93aGVyZTsgYnkgZGVmYXVsdCBpdCBpcyB0aGUgY29udGludWVkIHJ1bidzIGtlcm5lbCBgc3RhdGVgLCB3aGljaCBpcyB3aGVyZSBhblxuICAgKiBvcmNoZXN0cmF0b3Iga2VlcHMgd2hhdCB0aGUgbmV4dCBydW4gbXVzdCBwaWNrIHVwLiBHaXZlIGEgZnVuY3Rpb24gdG8gZGVyaXZlIGl0IG90aGVyd2lzZS5cbiAgICovXG4gIHJlYWRvbmx5IHN1Y2Nlc3NvcklucHV0PzogKHJ1bjogUnVuKSA9PiBKc29uXG59XG5cbi8qKlxuICogVGhlIGVycm9ycyBvZiB7QGxpbmsgc3dlZXB9OiBiYWQgb3B0aW9ucywgYSBmYWlsZWQgc3RhcnQgb2YgYSBtaXNzaW5nIHN1Y2Nlc3NvciB3aXRoIG5vXG4gKiBzdWNjZXNzb3IgaW4gcGxhY2UgKGFzIGBjb250aW51ZUFzTmV3YCByZXBvcnRlZCBpdCksIGFuZCBzdG9yZSBmYWlsdXJlcy5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IHR5cGUgU3dlZXBFcnJvciA9IE5vdEZvdW5kIHwgQWxyZWFkeUV4aXN0cyB8IEludmFsaWRJbnB1dCB8IFN0b3JlRXJyb3JcblxuLyoqXG4gKiBUaGUgc2VydmljZXMgdGhlIHN3ZWVwIHJlYWRzIGFuZCB3cml0ZXMuXG4gKlxuICogQHNpbmNlIDAuMS4wXG4gKi9cbmV4cG9ydCB0eXBlIFN3ZWVwU2VydmljZXMgPSBSdW5TdG9yZSB8IExlYXNlU3RvcmUgfCBUaW1lclN0b3JlIHwgU3BlY1N0b3JlXG5cbmNvbnN0IElucHV0ID0gU2NoZW1hLlN0cnVjdCh7XG4gIHNjb3BlOiBUZW5hbnRTY29wZSxcbiAgb3B0aW9uczogU2NoZW1hLlN0cnVjdCh7XG4gICAgbm93OiBTY2hlbWEub3B0aW9uYWwoSW5wdXREYXRlKSxcbiAgICBwYWdlU2l6ZTogU2NoZW1hLm9wdGlvbmFsKFBhZ2VMaW1pdCksXG4gICAgdGltZXJMaW1pdDogU2NoZW1hLm9wdGlvbmFsKFNjaGVtYS5JbnQucGlwZShTY2hlbWEuYmV0d2VlbigxLCBNYXhQYWdlU2l6ZSAtIDEpKSksXG4gICAgc3VjY2Vzc29ySW5wdXQ6IFNjaGVtYS5vcHRpb25hbChTY2hlbWEuZGVjbGFyZSgodSk6IHUgaXMgKHJ1bjogUnVuKSA9PiBKc29uID0+IHR5cGVvZiB1ID09PSBcImZ1bmN0aW9uXCIpKVxuICB9KVxufSlcbmNvbnN0IGRlY29kZSA9IGRlY29kZUlucHV0KElucHV0LCBcIlJlY292ZXJ5LnN3ZWVwXCIpXG5cbmNvbnN0IGlzU3VjY2Vzc29yT2YgPSAoY2FuZGlkYXRlOiBSdW4sIHJ1bjogUnVuKTogYm9vbGVhbiA9PlxuICBjYW5kaWRhdGUucGFyZW50UnVuSWQgPT09IHJ1bi5ydW5JZCAmJiBjYW5kaWRhdGUuY2hhaW5JZCA9PT0gcnVuLmNoYWluSWRcblxuLyoqIFBlci1ydW4gZmluZGluZ3MgaW4gZmlyc3Qtc2VlbiBvcmRlci4gKi9cbmNsYXNzIEZpbmRpbmdzIHtcbiAgcHJpdmF0ZSByZWFkb25seSBieVJ1biA9IG5ldyBNYXA8c3RyaW5nLCB7IHN0YXR1czogUnVuU3RhdHVzLlJ1blN0YXR1cyB8IHVuZGVmaW5lZDsgZmluZGluZ3M6IEFycmF5PEZpbmRpbmc+IH0+KClcbiAgYWRkKHJ1bklkOiBSdW5JZCwgc3RhdHVzOiBSdW5TdGF0dXMuUnVuU3RhdHVzIHwgdW5kZWZpbmVkLCBmaW5kaW5nOiBGaW5kaW5nKSB7XG4gICAgY29uc3QgZW50cnkgPSB0aGlzLmJ5UnVuLmdldChydW5JZClcbiAgICBpZiAoZW50cnkgPT09IHVuZGVmaW5lZCkgdGhpcy5ieVJ1bi5zZXQocnVuSWQsIHsgc3RhdHVzLCBmaW5kaW5nczogW2ZpbmRpbmddIH0pXG4gICAgZWxzZSBlbnRyeS5maW5kaW5ncy5wdXNoKGZpbmRpbmcpXG4gIH1cbiAgaGFzKHJ1bklkOiBzdHJpbmcpIHtcbiAgICByZXR1cm4gdGhpcy5ieVJ1bi5oYXMocnVuSWQpXG4gIH1cbiAgcmVwb3J0cygpOiBSZWFkb25seUFycmF5PFJ1blJlcG9ydD4ge1xuICAgIHJldHVybiBBcnJheS5mcm9tKHRoaXMuYnlSdW4sIChbcnVuSWQsIGVudHJ5XSkgPT5cbiAgICAgIG5ldyBSdW5SZXBvcnQoe1xuICAgICAgICBydW5JZDogUnVuSWQubWFrZShydW5JZCksXG4gICAgICAgIC4uLihlbnRyeS5zdGF0dXMgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBzdGF0dXM6IGVudHJ5LnN0YXR1cyB9KSxcbiAgICAgICAgZmluZGluZ3M6IGVudHJ5LmZpbmRpbmdzXG4gICAgICB9KSlcbiAgfVxufVxuXG4vKipcbiAqIFN3ZWVwIG9uZSBzY29wZSAoc2VlIHRoZSBtb2R1bGUgZG9jdW1lbnRhdGlvbikuIEZhaWxzIG9ubHkgd2hlbiBhIG1pc3Npbmcgc3VjY2Vzc29yIGNvdWxkIG5vdFxuICogYmUgc3RhcnRlZCBhbmQgaXMgbm90IGluIHBsYWNlLCBvciBhIHN0b3JlIGNhbGwgZmFpbHM7IGV2ZXJ5dGhpbmcgZWxzZSBpcyBpbiB0aGUgcmVwb3J0LlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgY29uc3Qgc3dlZXA6IChcbiAgc2NvcGU6IFNjb3BlLklucHV0LFxuICBvcHRpb25zPzogU3dlZXBPcHRpb25zXG4pID0+IEVmZmVjdC5FZmZlY3Q8U3dlZXBSZXBvcnQsIFN3ZWVwRXJyb3IsIFN3ZWVwU2VydmljZXM+ID0gRWZmZWN0LmZuKFwiUmVjb3Zlcnkuc3dlZXBcIikoXG4gIGZ1bmN0aW9uKihzY29wZTogU2NvcGUuSW5wdXQsIG9wdGlvbnM6IFN3ZWVwT3B0aW9ucyA9IHt9KSB7XG4gICAgY29uc3QgaW5wdXQgPSB5aWVsZCogZGVjb2RlKHsgc2NvcGUsIG9wdGlvbnMgfSlcbiAgICBjb25zdCBzID0gaW5wdXQuc2NvcGVcbiAgICB5aWVsZCogRWZmZWN0LmFubm90YXRlQ3VycmVudFNwYW4oeyBcInJ1bmxlZGdlci5zY29wZVwiOiBTY29wZS5mb3JtYXQocykgfSlcbiAgICBjb25zdCBhc09mID0gaW5wdXQub3B0aW9ucy5ub3cgPz8gKHlpZWxkKiBub3cpXG4gICAgY29uc3QgbGltaXQgPSBpbnB1dC5vcHRpb25zLnBhZ2VTaXplID8/IDEwMFxuICAgIGNvbnN0IHN1Y2Nlc3NvcklucHV0ID0gb3B0aW9ucy5zdWNjZXNzb3JJbnB1dCA/PyAoKHJ1bjogUnVuKTogSnNvbiA9PiBydW4uc3RhdGUpXG4gICAgY29uc3QgcnVucyA9IHlpZWxkKiBSdW5TdG9yZVxuICAgIGNvbnN0IGxlYXNlcyA9IHlpZWxkKiBMZWFzZVN0b3JlXG4gICAgY29uc3QgdGltZXJzID0geWllbGQqIFRpbWVyU3RvcmVcbiAgICBjb25zdCBzcGVjcyA9IHlpZWxkKiBTcGVjU3RvcmVcbiAgICBjb25zdCBmaW5kaW5ncyA9IG5ldyBGaW5kaW5ncygpXG5cbiAgICAvKiogRXZlcnkgcnVuIG9mIHRoZSBzY29wZSBpbiBgc3RhdHVzZXNgLCBwYWdlIGFmdGVyIHBhZ2UuICovXG4gICAgY29uc3QgbGlzdEFsbCA9IChzdGF0dXNlczogUmVhZG9ubHlBcnJheTxSdW5TdGF0dXMuUnVuU3RhdHVzPikgPT5cbiAgICAgIEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgICAgICBjb25zdCBhbGw6IEFycmF5PFJ1bj4gPSBbXVxuICAgICAgICBsZXQgY3Vyc29yOiBzdHJpbmcgfCB1bmRlZmluZWRcbiAgICAgICAgZm9yICg7Oykge1xuICAgICAgICAgIGNvbnN0IHBhZ2UgPSB5aWVsZCogcnVucy5saXN0KHMsIHsgc3RhdHVzOiBzdGF0dXNlcywgbGltaXQsIC4uLihjdXJzb3IgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBjdXJzb3IgfSkgfSlcbiAgICAgICAgICBhbGwucHVzaCguLi5wYWdlLnJ1bnMpXG4gICAgICAgICAgaWYgKE9wdGlvbi5pc05vbmUocGFnZS5uZXh0Q3Vyc29yKSkgcmV0dXJuIGFsbFxuICAgICAgICAgIGN1cnNvciA9IHBhZ2UubmV4dEN1cnNvci52YWx1ZVxuICAgICAgICB9XG4gICAgICB9KVxuXG4gICAgLyoqIFRoZSBydW4ncyBzdWNjZXNzb3IsIHdoZW4gdGhlIHN0b3JlIGhvbGRzIGl0LiAqL1xuICAgIGNvbnN0IHN1Y2Nlc3Nvck9mID0gKHJ1bjogUnVuKSA9PlxuICAgICAgcnVucy5nZXQocywgUnVuTW9kZWwuc3VjY2Vzc29yUnVuSWQocnVuLnJ1bklkKSkucGlwZShcbiAgICAgICAgRWZmZWN0Lm1hcCgoY2FuZGlkYXRlKSA9PiBpc1N1Y2Nlc3Nvck9mKGNhbmRpZGF0ZSwgcnVuKSA/IE9wdGlvbi5zb21lKGNhbmRpZGF0ZSkgOiBPcHRpb24ubm9uZSgpKSxcbiAgICAgICAgRWZmZWN0LmNhdGNoVGFnKFwiTm90Rm91bmRcIiwgKCkgPT4gRWZmZWN0LnN1Y2NlZWQoT3B0aW9uLm5vbmU8UnVuPigpKSlcbiAgICAgIClcblxuICAgIC8vIDEuIENvbnRpbnVlZEFzTmV3IHJ1bnMgd2l0aG91dCBhIHN1Y2Nlc3Nvci5cbiAgICBjb25zdCBjb250aW51ZWQgPSB5aWVsZCogbGlzdEFsbChbXCJDb250aW51ZWRBc05ld1wiXSlcbiAgICBmb3IgKGNvbnN0IHJ1biBvZiBjb250aW51ZWQpIHtcbiAgICAgIGlmIChPcHRpb24uaXNTb21lKHlpZWxkKiBzdWNjZXNzb3JPZihydW4pKSkgY29udGludWVcbiAgICAgIGNvbnN0IHN0YXJ0ZWQgPSB5aWVsZCogcnVucy5jb250aW51ZUFzTmV3KHMsIHJ1bi5ydW5JZCwgc3VjY2Vzc29ySW5wdXQocnVuKSkucGlwZShcbiAgICAgICAgRWZmZWN0Lm1hcCgoY29udGludWF0aW9uKTogRmluZGluZyA9PlxuICAgICAgICAgIGNvbnRpbnVhdGlvbi5jcmVhdGVkXG4gICAgICAgICAgICA/IG5ldyBTdWNjZXNzb3JTdGFydGVkKHsgc3VjY2Vzc29yUnVuSWQ6IGNvbnRpbnVhdGlvbi5zdWNjZXNzb3IucnVuSWQgfSlcbiAgICAgICAgICAgIDogbmV3IFN1Y2Nlc3NvckZvdW5kKHsgc3VjY2Vzc29yUnVuSWQ6IGNvbnRpbnVhdGlvbi5zdWNjZXNzb3IucnVuSWQgfSlcbiAgICAgICAgKSxcbiAgICAgICAgLy8gVGhlIHJ1biBpcyBDb250aW51ZWRBc05ldyAoYWJzb3JiaW5nKSBhbmQgbm8gdG9rZW4gd2FzIHBhc3NlZDogYSBzdG9yZSB0aGF0IHNheXMgb3RoZXJ3aXNlIGlzIGJyb2tlbi5cbiAgICAgICAgRWZmZWN0LmNhdGNoVGFncyh7XG4gICAgICAgICAgSW52YWxpZFRyYW5zaXRpb246IChlcnJvcikgPT5cbiAgICAgICAgICAgIEVmZmVjdC5mYWlsKFxuICAgICAgICAgICAgICBuZXcgU3RvcmVDb3JydXB0KHsgb3BlcmF0aW9uOiBcIlJlY292ZXJ5LnN3ZWVwXCIsIGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bi5ydW5JZCwgcmVhc29uOiBgbGlzdGVkIGFzIENvbnRpbnVlZEFzTmV3LCBidXQgJHtlcnJvci5tZXNzYWdlfWAgfSlcbiAgICAgICAgICAgICksXG4gICAgICAgICAgRmVuY2VkOiAoZXJyb3IpID0+XG4gICAgICAgICAgICBFZmZlY3QuZmFpbChcbiAgICAgICAgICAgICAgbmV3IFN0b3JlQ29ycnVwdCh7IG9wZXJhdGlvbjogXCJSZWNvdmVyeS5zd2VlcFwiLCBlbnRpdHk6IFwiUnVuXCIsIGlkOiBydW4ucnVuSWQsIHJlYXNvbjogYGFuIHVuZmVuY2VkIHdyaXRlIHdhcyBmZW5jZWQ6ICR7ZXJyb3IubWVzc2FnZX1gIH0pXG4gICAgICAgICAgICApXG4gICAgICAgIH0pLFxuICAgICAgICBFZmZlY3QuY2F0Y2hBbGwoKGVycm9yKSA9PlxuICAgICAgICAgIC8vIEEgbG9zdCByYWNlIGlzIGJlbmlnbiB3aGVuIHRoZSBzdWNjZXNzb3IgaXMgdGhlcmU7IG90aGVyd2lzZSB0aGUgc3RhcnQgZmFpbGVkLCBhbmQgc28gZG9lcyB0aGUgc3dlZXAuXG4gICAgICAgICAgc3VjY2Vzc29yT2YocnVuKS5waXBlKFxuICAgICAgICAgICAgRWZmZWN0Lm9yRWxzZVN1Y2NlZWQoKCkgPT4gT3B0aW9uLm5vbmU8UnVuPigpKSxcbiAgICAgICAgICAgIEVmZmVjdC5mbGF0TWFwKE9wdGlvbi5tYXRjaCh7XG4gICAgICAgICAgICAgIG9uTm9uZTogKCkgPT4gRWZmZWN0LmZhaWwoZXJyb3IpLFxuICAgICAgICAgICAgICBvblNvbWU6IChzdWNjZXNzb3IpID0+XG4gICAgICAgICAgICAgICAgRWZmZWN0LnN1Y2NlZWQ8RmluZGluZz4oXG4gICAgICAgICAgICAgICAgICBuZXcgU3VjY2Vzc29yRm91bmQoeyBzdWNjZXNzb3JSdW5JZDogc3VjY2Vzc29yLnJ1bklkLCBjYXVzZTogYCR7ZXJyb3IuX3RhZ306ICR7ZXJyb3IubWVzc2FnZX1gIH0pXG4gICAgICAgICAgICAgICAgKVxuICAgICAgICAgICAgfSkpXG4gICAgICAgICAgKVxuICAgICAgICApXG4gICAgICApXG4gICAgICBmaW5kaW5ncy5hZGQocnVuLnJ1bklkLCBydW4uc3RhdHVzLCBzdGFydGVkKVxuICAgIH1cblxuICAgIC8vIDIuIEFjdGl2ZSBydW5zOiBSdW5uaW5nIG9uZXMgd2hvc2UgbGVhc2UgbGFwc2VkLCBhbmQgYW55IHBpbm5lZCB0byBhIHZhbmlzaGVkIHNwZWMgcmV2aXNpb24uXG4gICAgY29uc3QgYWN0aXZlID0geWllbGQqIGxpc3RBbGwoUnVuU3RhdHVzLmFjdGl2ZSlcbiAgICBjb25zdCByZXZpc2lvbkV4aXN0cyA9IG5ldyBNYXA8c3RyaW5nLCBib29sZWFuPigpXG4gICAgZm9yIChjb25zdCBydW4gb2YgYWN0aXZlKSB7XG4gICAgICBpZiAocnVuLnN0YXR1cyA9PT0gXCJSdW5uaW5nXCIpIHtcbiAgICAgICAgY29uc3QgbGVhc2UgPSB5aWVsZCogbGVhc2VzLmdldChzLCBydW4ucnVuSWQpXG4gICAgICAgIGlmIChPcHRpb24uaXNTb21lKGxlYXNlKSAmJiAhTGVhc2UuaXNIZWxkKGxlYXNlLnZhbHVlLCBhc09mKSkge1xuICAgICAgICAgIGNvbnN0IHsgZXhwaXJlc0F0LCBvd25lciwgcmVsZWFzZWRBdCwgdG9rZW4gfSA9IGxlYXNlLnZhbHVlXG4gICAgICAgICAgZmluZGluZ3MuYWRkKFxuICAgICAgICAgICAgcnVuLnJ1bklkLFxuICAgICAgICAgICAgcnVuLnN0YXR1cyxcbiAgICAgICAgICAgIG5ldyBMZWFzZUV4cGlyZWQoeyBvd25lciwgdG9rZW4sIGV4cGlyZXNBdCwgLi4uKHJlbGVhc2VkQXQgPT09IHVuZGVmaW5lZCA/IHt9IDogeyByZWxlYXNlZEF0IH0pIH0pXG4gICAgICAgICAgKVxuICAgICAgICB9XG4gICAgICB9XG4gICAgICBpZiAocnVuLnNwZWMgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICBjb25zdCBrZXkgPSBgJHtydW4uc3BlYy5zcGVjSWR9XFx1MDAwMCR7cnVuLnNwZWMucmV2aXNpb259YFxuICAgICAgICBsZXQgZXhpc3RzID0gcmV2aXNpb25FeGlzdHMuZ2V0KGtleSlcbiAgICAgICAgaWYgKGV4aXN0cyA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgZXhpc3RzID0geWllbGQqIHNwZWNzLmhhc1JldmlzaW9uKHMsIHJ1bi5zcGVjLnNwZWNJZCwgcnVuLnNwZWMucmV2aXNpb24pXG4gICAgICAgICAgcmV2aXNpb25FeGlzdHMuc2V0KGtleSwgZXhpc3RzKVxuICAgICAgICB9XG4gICAgICAgIGlmICghZXhpc3RzKSB7XG4gICAgICAgICAgZmluZGluZ3MuYWRkKHJ1bi5ydW5JZCwgcnVuLnN0YXR1cywgbmV3IFNwZWNSZXZpc2lvbk1pc3NpbmcoeyBzcGVjSWQ6IHJ1bi5zcGVjLnNwZWNJZCwgcmV2aXNpb246IHJ1bi5zcGVjLnJldmlzaW9uIH0pKVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuXG4gICAgLy8gMy4gRHVlIHRpbWVycywgcGVyIHJ1bi4gT25lIG1vcmUgdGhhbiB0aGUgbGltaXQgdGVsbHMgd2hldGhlciB0aGUgbGlzdCB3YXMgY3V0IHNob3J0LlxuICAgIGNvbnN0IHRpbWVyTGltaXQgPSBpbnB1dC5vcHRpb25zLnRpbWVyTGltaXQgPz8gNTAwXG4gICAgY29uc3QgZHVlID0geWllbGQqIHRpbWVycy5kdWUocywgYXNPZiwgeyBsaW1pdDogdGltZXJMaW1pdCArIDEgfSlcbiAgICBjb25zdCBsaXN0ZWQgPSBkdWUuc2xpY2UoMCwgdGltZXJMaW1pdClcbiAgICBjb25zdCBzdGF0dXNPZiA9IG5ldyBNYXA8c3RyaW5nLCBSdW5TdGF0dXMuUnVuU3RhdHVzPihbLi4uY29udGludWVkLCAuLi5hY3RpdmVdLm1hcCgocnVuKSA9PiBbcnVuLnJ1bklkLCBydW4uc3RhdHVzXSkpXG4gICAgZm9yIChjb25zdCB0aW1lciBvZiBsaXN0ZWQpIHtcbiAgICAgIGxldCBzdGF0dXMgPSBzdGF0dXNPZi5nZXQodGltZXIucnVuSWQpXG4gICAgICBpZiAoc3RhdHVzID09PSB1bmRlZmluZWQgJiYgIWZpbmRpbmdzLmhhcyh0aW1lci5ydW5JZCkpIHtcbiAgICAgICAgc3RhdHVzID0geWllbGQqIHJ1bnMuZ2V0KHMsIHRpbWVyLnJ1bklkKS5waXBlKFxuICAgICAgICAgIEVmZmVjdC5tYXAoKHJ1bikgPT4gcnVuLnN0YXR1cyBhcyBSdW5TdGF0dXMuUnVuU3RhdHVzIHwgdW5kZWZpbmVkKSxcbiAgICAgICAgICBFZmZlY3QuY2F0Y2hUYWcoXCJOb3RGb3VuZFwiLCAoKSA9PiBFZmZlY3Quc3VjY2VlZCh1bmRlZmluZWQpKVxuICAgICAgICApXG4gICAgICAgIGlmIChzdGF0dXMgIT09IHVuZGVmaW5lZCkgc3RhdHVzT2Yuc2V0KHRpbWVyLnJ1bklkLCBzdGF0dXMpXG4gICAgICB9XG4gICAgICBmaW5kaW5ncy5hZGQodGltZXIucnVuSWQsIHN0YXR1cywgbmV3IFRpbWVyRHVlKHsgdGltZXJJZDogdGltZXIudGltZXJJZCwgZmlyZUF0OiB0aW1lci5maXJlQXQgfSkpXG4gICAgfVxuXG4gICAgcmV0dXJuIG5ldyBTd2VlcFJlcG9ydCh7XG4gICAgICBzY29wZTogcyxcbiAgICAgIGFzT2YsXG4gICAgICBydW5zOiBmaW5kaW5ncy5yZXBvcnRzKCksXG4gICAgICBzY2FubmVkOiB7IGNvbnRpbnVlZEFzTmV3OiBjb250aW51ZWQubGVuZ3RoLCBhY3RpdmU6IGFjdGl2ZS5sZW5ndGgsIGR1ZVRpbWVyczogbGlzdGVkLmxlbmd0aCB9LFxuICAgICAgZHVlVGltZXJzVHJ1bmNhdGVkOiBkdWUubGVuZ3RoID4gdGltZXJMaW1pdFxuICAgIH0pXG4gIH1cbilcbiJdLCJmaWxlIjoiL3BhY2thZ2VzL2NvcmUvc3JjL1JlY292ZXJ5LnRzIn0=
