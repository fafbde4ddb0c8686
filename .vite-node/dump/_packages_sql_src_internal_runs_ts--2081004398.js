// /packages/sql/src/internal/runs.ts
__vite_ssr_exportName__("notFound", () => { try { return notFound } catch {} });
__vite_ssr_exportName__("loadedFromRow", () => { try { return loadedFromRow } catch {} });
__vite_ssr_exportName__("loadRun", () => { try { return loadRun } catch {} });
__vite_ssr_exportName__("requireRun", () => { try { return requireRun } catch {} });
__vite_ssr_exportName__("updateRun", () => { try { return updateRun } catch {} });
__vite_ssr_exportName__("makeRunBackend", () => { try { return makeRunBackend } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["Errors","Run","RunStatus","StepOutput"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("effect", {"importedNames":["Effect","Either","Option"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/codec.ts", {"importedNames":["dec","enc","jsonText","millis","scopeColumns","text"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/sql/src/internal/context.ts", {"importedNames":["inRun","inScope","querying","queryingPrepared","runScriptOn","transactionConnection","writing","writingPrepared"]});
const __vite_ssr_import_4__ = await __vite_ssr_import__("/packages/sql/src/internal/errors.ts", {"importedNames":["corrupt","decodeRow"]});
const __vite_ssr_import_5__ = await __vite_ssr_import__("/packages/sql/src/internal/fence.ts", {"importedNames":["checkFence"]});
const __vite_ssr_import_6__ = await __vite_ssr_import__("/packages/sql/src/internal/rows.ts", {"importedNames":["failureFromRow","failureReason","outputFromRow","runFromRow","runRow","stepDetail","stepFromRow"]});
const __vite_ssr_import_7__ = await __vite_ssr_import__("/packages/sql/src/internal/script.ts", {"importedNames":["fail","query"]});
const __vite_ssr_import_8__ = await __vite_ssr_import__("/packages/sql/src/internal/statements.ts", {"importedNames":["runKey"]});
const __vite_ssr_import_9__ = await __vite_ssr_import__("/packages/sql/src/internal/tx.ts", {"importedNames":["script"]});










const notFound = (runId) => new __vite_ssr_import_0__.Errors.NotFound({ entity: "Run", id: runId });
const loadedFromRow = (row) => ({
  run: (0,__vite_ssr_import_6__.runFromRow)(row),
  stateText: (0,__vite_ssr_import_2__.text)(row.state)
});
const loadedOf = (operation, runId, row) => {
  try {
    return loadedFromRow(row);
  } catch (cause) {
    return (0,__vite_ssr_import_4__.corrupt)(operation, "Run", runId, cause);
  }
};
function* loadRun(ctx, operation, key, runId, lock) {
  const rows = yield* (0,__vite_ssr_import_7__.query)(lock ? ctx.st.runLocked : ctx.st.run, key);
  if (rows[0] === void 0) return void 0;
  const loaded = loadedOf(operation, runId, rows[0]);
  if (loaded instanceof __vite_ssr_import_0__.Errors.StoreCorrupt) return yield* (0,__vite_ssr_import_7__.fail)(loaded);
  return loaded;
};
function* requireRun(ctx, operation, key, runId, lock) {
  const loaded = yield* loadRun(ctx, operation, key, runId, lock);
  if (loaded === void 0) return yield* (0,__vite_ssr_import_7__.fail)(notFound(runId));
  return loaded;
};
const updateRun = (ctx, key, previous, next) => (0,__vite_ssr_import_7__.query)(ctx.st.runUpdate, [
  next.status,
  next.version,
  next.state === previous.run.state ? previous.stateText : (0,__vite_ssr_import_2__.jsonText)(next.state),
  (0,__vite_ssr_import_2__.millis)(next.updatedAt),
  next.completedAt === void 0 ? null : (0,__vite_ssr_import_2__.millis)(next.completedAt),
  ...key,
  previous.run.version
]);
const makeRunBackend = (ctx) => {
  const { sql, t } = ctx;
  const requireExists = (scope, runId, lock) => __vite_ssr_import_1__.Effect.flatMap((0,__vite_ssr_import_3__.transactionConnection), (conn) => __vite_ssr_import_1__.Effect.flatMap(
    (lock ? ctx.st.runExistsLocked : ctx.st.runExists).on(conn, (0,__vite_ssr_import_8__.runKey)(scope, runId)),
    (rows) => rows.length === 0 ? __vite_ssr_import_1__.Effect.fail(notFound(runId)) : __vite_ssr_import_1__.Effect.void
  ));
  const cas = (operation, key, runId, from, patch, expectedVersion, now, token, decide) => {
    function* attempt(lock) {
      const loaded = yield* requireRun(ctx, operation, key, runId, lock);
      yield* (0,__vite_ssr_import_5__.checkFence)(ctx, operation, key, runId, token);
      const decided = decide(loaded.run);
      if (__vite_ssr_import_1__.Either.isLeft(decided)) return yield* (0,__vite_ssr_import_7__.fail)(decided.left);
      if (__vite_ssr_import_1__.Option.isNone(decided.right)) return false;
      if (!lock) return void 0;
      yield* updateRun(ctx, key, loaded, decided.right.value);
      return true;
    }
    return (0,__vite_ssr_import_9__.script)(function* () {
      if (ctx.pg && from.length > 0) {
        const applied = yield* (0,__vite_ssr_import_7__.query)(ctx.st.casUpdate, [
          patch.status ?? null,
          patch.state === void 0 ? null : (0,__vite_ssr_import_2__.jsonText)(patch.state),
          (0,__vite_ssr_import_2__.millis)(now),
          patch.status !== void 0 && __vite_ssr_import_0__.RunStatus.isTerminal(patch.status),
          ...key,
          from,
          expectedVersion ?? null,
          token ?? null
        ]);
        if (applied.length === 1) return true;
        const unlocked = yield* attempt(false);
        if (unlocked !== void 0) return unlocked;
      };
      return (yield* attempt(true)) === true;
    });
  };
  const insert = (run) => sql`INSERT INTO ${t.runs} ${sql.insert((0,__vite_ssr_import_6__.runRow)(run))}
      ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO NOTHING RETURNING run_id`;
  return {
    create: (run) => (0,__vite_ssr_import_3__.writing)(ctx, "RunStore.create", { entity: "Run", id: run.runId })(
      __vite_ssr_import_1__.Effect.flatMap(insert(run), (rows) => rows.length === 0 ? __vite_ssr_import_1__.Effect.fail(new __vite_ssr_import_0__.Errors.AlreadyExists({ entity: "Run", id: run.runId })) : __vite_ssr_import_1__.Effect.void)
    ),
    get: (scope, runId) => (0,__vite_ssr_import_3__.queryingPrepared)(ctx, "RunStore.get", { entity: "Run", id: runId })((0,__vite_ssr_import_9__.script)(function* () {
      const loaded = yield* loadRun(ctx, "RunStore.get", (0,__vite_ssr_import_8__.runKey)(scope, runId), runId, false);
      return loaded === void 0 ? __vite_ssr_import_1__.Option.none() : __vite_ssr_import_1__.Option.some(loaded.run);
    })),
    list: (scope, query2) => {
      const conditions = [(0,__vite_ssr_import_3__.inScope)(ctx, scope)];
      if (query2.flowId !== void 0) conditions.push(sql`flow_id = ${query2.flowId}`);
      if (query2.statuses !== void 0) conditions.push(sql.in("status", query2.statuses));
      if (query2.createdFrom !== void 0) conditions.push(sql`created_at >= ${(0,__vite_ssr_import_2__.millis)(query2.createdFrom)}`);
      if (query2.createdBefore !== void 0) conditions.push(sql`created_at < ${(0,__vite_ssr_import_2__.millis)(query2.createdBefore)}`);
      if (query2.after !== void 0) {
        conditions.push(sql`(created_at, run_id) > (${query2.after.createdAt}, ${(0,__vite_ssr_import_2__.enc)(query2.after.runId)})`);
      };
      return (0,__vite_ssr_import_3__.querying)(ctx, "RunStore.list")(
        __vite_ssr_import_1__.Effect.flatMap(
          sql`SELECT * FROM ${t.runs} WHERE ${sql.and(conditions)} ORDER BY created_at, run_id LIMIT ${query2.limit}`,
          (rows) => __vite_ssr_import_1__.Effect.forEach(rows, (row) => (0,__vite_ssr_import_4__.decodeRow)("RunStore.list", "Run", String(row.run_id), () => (0,__vite_ssr_import_6__.runFromRow)(row)))
        )
      );
    },
    casStatus: (scope, runId, expected, next, now, options) => (0,__vite_ssr_import_3__.writingPrepared)(ctx, "RunStore.casStatus", { entity: "Run", id: runId })(
      cas(
        "RunStore.casStatus",
        (0,__vite_ssr_import_8__.runKey)(scope, runId),
        runId,
        expected.filter((status) => __vite_ssr_import_0__.RunStatus.canTransition(status, next)),
        { status: next },
        void 0,
        now,
        options?.fencingToken,
        (run) => __vite_ssr_import_1__.Either.right(__vite_ssr_import_0__.Run.casStatus(run, expected, next, now))
      )
    ),
    casState: (scope, runId, expectedVersion, patch, now, options) => (0,__vite_ssr_import_3__.writingPrepared)(ctx, "RunStore.casState", { entity: "Run", id: runId })(
      cas(
        "RunStore.casState",
        (0,__vite_ssr_import_8__.runKey)(scope, runId),
        runId,
        // The statuses the patch may be applied at (see `Run.casState`): keeping a status is no
        // transition but a terminal run is frozen; a new status must be reachable.
        __vite_ssr_import_0__.RunStatus.all.filter(
          (status) => patch.status === void 0 || patch.status === status ? !__vite_ssr_import_0__.RunStatus.isTerminal(status) : __vite_ssr_import_0__.RunStatus.canTransition(status, patch.status)
        ),
        patch,
        expectedVersion,
        now,
        options?.fencingToken,
        (run) => __vite_ssr_import_0__.Run.casState(run, expectedVersion, patch, now)
      )
    ),
    continueAsNew: (scope, runId, input, now, options) => (0,__vite_ssr_import_3__.writing)(ctx, "RunStore.continueAsNew", { entity: "Run", id: runId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        const key = (0,__vite_ssr_import_8__.runKey)(scope, runId);
        const conn = yield* __vite_ssr_import_3__.transactionConnection;
        const loaded = yield* (0,__vite_ssr_import_3__.runScriptOn)(ctx, conn, requireRun(ctx, "RunStore.continueAsNew", key, runId, true));
        yield* (0,__vite_ssr_import_3__.runScriptOn)(ctx, conn, (0,__vite_ssr_import_5__.checkFence)(ctx, "RunStore.continueAsNew", key, runId, options?.fencingToken));
        const successorId = __vite_ssr_import_0__.Run.successorRunId(runId);
        const existing = yield* (0,__vite_ssr_import_3__.runScriptOn)(
          ctx,
          conn,
          loadRun(ctx, "RunStore.continueAsNew", (0,__vite_ssr_import_8__.runKey)(scope, successorId), successorId, true)
        );
        const decided = __vite_ssr_import_0__.Run.continueAsNew(loaded.run, existing?.run, input, now);
        if (__vite_ssr_import_1__.Either.isLeft(decided)) return yield* __vite_ssr_import_1__.Effect.fail(decided.left);
        const decision = decided.right;
        if (decision.previousChanged) {
          yield* (0,__vite_ssr_import_3__.runScriptOn)(ctx, conn, (function* () {
            return yield* updateRun(ctx, key, loaded, decision.previous);
          })());
        };
        if (decision.created) {
          const inserted = yield* insert(decision.successor);
          if (inserted.length === 0) return yield* __vite_ssr_import_1__.Effect.fail(new __vite_ssr_import_0__.Errors.AlreadyExists({ entity: "Run", id: successorId }));
        };
        return decision;
      })
    ),
    chain: (scope, chainId) => (0,__vite_ssr_import_3__.querying)(ctx, "RunStore.chain", { entity: "Chain", id: chainId })(
      __vite_ssr_import_1__.Effect.flatMap(
        sql`SELECT * FROM ${t.runs} WHERE ${(0,__vite_ssr_import_3__.inScope)(ctx, scope)} AND chain_id = ${chainId}`,
        (rows) => __vite_ssr_import_1__.Effect.map(
          __vite_ssr_import_1__.Effect.forEach(rows, (row) => (0,__vite_ssr_import_4__.decodeRow)("RunStore.chain", "Run", String(row.run_id), () => (0,__vite_ssr_import_6__.runFromRow)(row))),
          __vite_ssr_import_0__.Run.chainOrder
        )
      )
    ),
    appendStep: (scope, runId, entry) => (0,__vite_ssr_import_3__.writing)(ctx, "RunStore.appendStep", { entity: "Run", id: runId })(
      __vite_ssr_import_1__.Effect.zipRight(
        requireExists(scope, runId, true),
        sql`INSERT INTO ${t.steps} ${sql.insert({
          ...(0,__vite_ssr_import_2__.scopeColumns)(scope),
          run_id: (0,__vite_ssr_import_2__.enc)(runId),
          step_id: entry.stepId,
          kind: entry.kind,
          attempt: entry.attempt,
          at: (0,__vite_ssr_import_2__.millis)(entry.at),
          detail: (0,__vite_ssr_import_6__.stepDetail)(entry)
        })}`
      )
    ).pipe(__vite_ssr_import_1__.Effect.asVoid),
    appendStepIfAbsent: (scope, runId, entry) => (0,__vite_ssr_import_3__.writing)(ctx, "RunStore.appendStepIfAbsent", { entity: "Run", id: runId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        yield* requireExists(scope, runId, true);
        const present = yield* sql`SELECT 1 AS found FROM ${t.steps} WHERE ${(0,__vite_ssr_import_3__.inRun)(ctx, scope, runId)}
            AND step_id = ${entry.stepId} AND kind = ${entry.kind} AND attempt = ${entry.attempt} LIMIT 1`;
        if (present.length > 0) return false;
        yield* sql`INSERT INTO ${t.steps} ${sql.insert({
          ...(0,__vite_ssr_import_2__.scopeColumns)(scope),
          run_id: (0,__vite_ssr_import_2__.enc)(runId),
          step_id: entry.stepId,
          kind: entry.kind,
          attempt: entry.attempt,
          at: (0,__vite_ssr_import_2__.millis)(entry.at),
          detail: (0,__vite_ssr_import_6__.stepDetail)(entry)
        })}`;
        return true;
      })
    ),
    listSteps: (scope, runId) => (0,__vite_ssr_import_3__.querying)(ctx, "RunStore.listSteps", { entity: "Run", id: runId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        yield* requireExists(scope, runId, false);
        const rows = yield* sql`SELECT * FROM ${t.steps} WHERE ${(0,__vite_ssr_import_3__.inRun)(ctx, scope, runId)} ORDER BY id`;
        return yield* __vite_ssr_import_1__.Effect.forEach(rows, (row) => (0,__vite_ssr_import_4__.decodeRow)("RunStore.listSteps", "Run", runId, () => (0,__vite_ssr_import_6__.stepFromRow)(row)));
      })
    ),
    appendFailure: (scope, runId, entry) => (0,__vite_ssr_import_3__.writing)(ctx, "RunStore.appendFailure", { entity: "Run", id: runId })(
      __vite_ssr_import_1__.Effect.zipRight(
        requireExists(scope, runId, true),
        sql`INSERT INTO ${t.failures} ${sql.insert({
          ...(0,__vite_ssr_import_2__.scopeColumns)(scope),
          run_id: (0,__vite_ssr_import_2__.enc)(runId),
          step_id: entry.stepId,
          reason: (0,__vite_ssr_import_6__.failureReason)(entry),
          at: (0,__vite_ssr_import_2__.millis)(entry.at)
        })}`
      )
    ).pipe(__vite_ssr_import_1__.Effect.asVoid),
    listFailures: (scope, runId) => (0,__vite_ssr_import_3__.querying)(ctx, "RunStore.listFailures", { entity: "Run", id: runId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        yield* requireExists(scope, runId, false);
        const rows = yield* sql`SELECT * FROM ${t.failures} WHERE ${(0,__vite_ssr_import_3__.inRun)(ctx, scope, runId)} ORDER BY id`;
        return yield* __vite_ssr_import_1__.Effect.forEach(rows, (row) => (0,__vite_ssr_import_4__.decodeRow)("RunStore.listFailures", "Run", runId, () => (0,__vite_ssr_import_6__.failureFromRow)(row)));
      })
    ),
    putOutput: (scope, runId, output) => (0,__vite_ssr_import_3__.writing)(ctx, "RunStore.putOutput", { entity: "StepOutput", id: output.stepId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        yield* requireExists(scope, runId, true);
        const inserted = yield* sql`INSERT INTO ${t.outputs} ${sql.insert({
          ...(0,__vite_ssr_import_2__.scopeColumns)(scope),
          run_id: (0,__vite_ssr_import_2__.enc)(runId),
          step_id: (0,__vite_ssr_import_2__.enc)(output.stepId),
          value: JSON.stringify(output.value),
          fingerprint: output.fingerprint,
          written_at: (0,__vite_ssr_import_2__.millis)(output.writtenAt)
        })} ON CONFLICT (org_id, workspace_id, deployment_id, run_id, step_id) DO NOTHING RETURNING step_id`;
        if (inserted.length > 0) return;
        const stored = yield* sql`SELECT fingerprint FROM ${t.outputs}
            WHERE ${(0,__vite_ssr_import_3__.inRun)(ctx, scope, runId)} AND step_id = ${(0,__vite_ssr_import_2__.enc)(output.stepId)}`;
        return yield* __vite_ssr_import_1__.Effect.fail(
          __vite_ssr_import_0__.StepOutput.conflict("StepOutput", output.stepId, String(stored[0]?.fingerprint), output.value)
        );
      })
    ),
    getOutput: (scope, runId, stepId) => (0,__vite_ssr_import_3__.querying)(ctx, "RunStore.getOutput", { entity: "StepOutput", id: stepId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        const rows = yield* sql`SELECT * FROM ${t.outputs} WHERE ${(0,__vite_ssr_import_3__.inRun)(ctx, scope, runId)} AND step_id = ${(0,__vite_ssr_import_2__.enc)(stepId)}`;
        if (rows[0] === void 0) {
          yield* requireExists(scope, runId, false);
          return __vite_ssr_import_1__.Option.none();
        };
        return __vite_ssr_import_1__.Option.some(yield* (0,__vite_ssr_import_4__.decodeRow)("RunStore.getOutput", "StepOutput", stepId, () => (0,__vite_ssr_import_6__.outputFromRow)(rows[0])));
      })
    ),
    listOutputKeys: (scope, runId) => (0,__vite_ssr_import_3__.querying)(ctx, "RunStore.listOutputKeys", { entity: "Run", id: runId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        yield* requireExists(scope, runId, false);
        const rows = yield* sql`SELECT step_id FROM ${t.outputs}
            WHERE ${(0,__vite_ssr_import_3__.inRun)(ctx, scope, runId)} ORDER BY step_id`;
        return yield* __vite_ssr_import_1__.Effect.forEach(rows, (row) => (0,__vite_ssr_import_4__.decodeRow)("RunStore.listOutputKeys", "StepOutput", String(row.step_id), () => (0,__vite_ssr_import_2__.dec)((0,__vite_ssr_import_2__.text)(row.step_id))));
      })
    )
  };
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7Ozs7O0FBR0E7QUFDQTtBQUNBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUVBO0FBQ0E7Ozs7Ozs7Ozs7O0FBT08sTUFBTSxXQUFXLENBQUMsVUFBa0IsSUFBSSw2QkFBTyxTQUFTLEVBQUUsUUFBUSxPQUFPLElBQUksTUFBTSxDQUFDO0FBU3BGLE1BQU0sZ0JBQWdCLENBQUMsU0FBeUQ7QUFBQSxFQUNyRixRQUFLLGtDQUFXLEdBQUc7QUFBQSxFQUNuQixjQUFXLDRCQUFLLElBQUksS0FBSztBQUMzQjtBQUdBLE1BQU0sV0FBVyxDQUFDLFdBQW1CLE9BQWUsUUFBOEU7QUFDaEksTUFBSTtBQUNGLFdBQU8sY0FBYyxHQUFHO0FBQUEsRUFDMUIsU0FBUyxPQUFPO0FBQ2QsY0FBTywrQkFBUSxXQUFXLE9BQU8sT0FBTyxLQUFLO0FBQUEsRUFDL0M7QUFDRjtBQUdPLFVBQVUsUUFBUSxLQUFVLFdBQW1CLEtBQWEsT0FBZSxNQUFlO0FBQy9GLFFBQU0sT0FBTyxVQUFPLDZCQUFNLE9BQU8sSUFBSSxHQUFHLFlBQVksSUFBSSxHQUFHLEtBQUssR0FBRztBQUNuRSxNQUFJLEtBQUssQ0FBQyxNQUFNLE9BQVcsUUFBTztBQUNsQyxRQUFNLFNBQVMsU0FBUyxXQUFXLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFDakQsTUFBSSxrQkFBa0IsNkJBQU8sYUFBYyxRQUFPLFVBQU8sNEJBQUssTUFBTTtBQUNwRSxTQUFPO0FBQ1Q7QUFHTyxVQUFVLFdBQVcsS0FBVSxXQUFtQixLQUFhLE9BQWUsTUFBZTtBQUNsRyxRQUFNLFNBQVMsT0FBTyxRQUFRLEtBQUssV0FBVyxLQUFLLE9BQU8sSUFBSTtBQUM5RCxNQUFJLFdBQVcsT0FBVyxRQUFPLFVBQU8sNEJBQUssU0FBUyxLQUFLLENBQUM7QUFDNUQsU0FBTztBQUNUO0FBR08sTUFBTSxZQUFZLENBQUMsS0FBVSxLQUFhLFVBQWtCLFlBQ2pFLDZCQUFNLElBQUksR0FBRyxXQUFXO0FBQUEsRUFDdEIsS0FBSztBQUFBLEVBQ0wsS0FBSztBQUFBLEVBQ0wsS0FBSyxVQUFVLFNBQVMsSUFBSSxRQUFRLFNBQVMsZUFBWSxnQ0FBUyxLQUFLLEtBQUs7QUFBQSxLQUM1RSw4QkFBTyxLQUFLLFNBQVM7QUFBQSxFQUNyQixLQUFLLGdCQUFnQixTQUFZLFVBQU8sOEJBQU8sS0FBSyxXQUFXO0FBQUEsRUFDL0QsR0FBRztBQUFBLEVBQ0gsU0FBUyxJQUFJO0FBQ2YsQ0FBQztBQU1JLE1BQU0saUJBQWlCLENBQUMsUUFBK0I7QUFDNUQsUUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJO0FBR25CLFFBQU0sZ0JBQWdCLENBQ3BCLE9BQ0EsT0FDQSxTQUVBLDZCQUFPLFdBQVEsOENBQXVCLENBQUMsU0FDckMsNkJBQU87QUFBQSxLQUNKLE9BQU8sSUFBSSxHQUFHLGtCQUFrQixJQUFJLEdBQUcsV0FBVyxHQUFHLFNBQU0sOEJBQU8sT0FBTyxLQUFLLENBQUM7QUFBQSxJQUNoRixDQUFDLFNBQVUsS0FBSyxXQUFXLElBQUksNkJBQU8sS0FBSyxTQUFTLEtBQUssQ0FBQyxJQUFJLDZCQUFPO0FBQUEsRUFDdkUsQ0FBQztBQVdMLFFBQU0sTUFBTSxDQUNWLFdBQ0EsS0FDQSxPQUNBLE1BQ0EsT0FDQSxpQkFDQSxLQUNBLE9BQ0EsV0FDRztBQUVILGNBQVUsUUFBUSxNQUFlO0FBQy9CLFlBQU0sU0FBUyxPQUFPLFdBQVcsS0FBSyxXQUFXLEtBQUssT0FBTyxJQUFJO0FBQ2pFLGdCQUFPLGtDQUFXLEtBQUssV0FBVyxLQUFLLE9BQU8sS0FBSztBQUNuRCxZQUFNLFVBQVUsT0FBTyxPQUFPLEdBQUc7QUFDakMsVUFBSSw2QkFBTyxPQUFPLE9BQU8sRUFBRyxRQUFPLFVBQU8sNEJBQUssUUFBUSxJQUFJO0FBQzNELFVBQUksNkJBQU8sT0FBTyxRQUFRLEtBQUssRUFBRyxRQUFPO0FBQ3pDLFVBQUksQ0FBQyxLQUFNLFFBQU87QUFDbEIsYUFBTyxVQUFVLEtBQUssS0FBSyxRQUFRLFFBQVEsTUFBTSxLQUFLO0FBQ3RELGFBQU87QUFBQSxJQUNUO0FBQ0EsY0FBTyw4QkFBTyxhQUFZO0FBQ3hCLFVBQUksSUFBSSxNQUFNLEtBQUssU0FBUyxHQUFHO0FBQzdCLGNBQU0sVUFBVSxVQUFPLDZCQUFNLElBQUksR0FBRyxXQUFXO0FBQUEsVUFDN0MsTUFBTSxVQUFVO0FBQUEsVUFDaEIsTUFBTSxVQUFVLFNBQVksVUFBTyxnQ0FBUyxNQUFNLEtBQUs7QUFBQSxhQUN2RCw4QkFBTyxHQUFHO0FBQUEsVUFDVixNQUFNLFdBQVcsVUFBYSxnQ0FBVSxXQUFXLE1BQU0sTUFBNkI7QUFBQSxVQUN0RixHQUFHO0FBQUEsVUFDSDtBQUFBLFVBQ0EsbUJBQW1CO0FBQUEsVUFDbkIsU0FBUztBQUFBLFFBQ1gsQ0FBQztBQUNELFlBQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxjQUFNLFdBQVcsT0FBTyxRQUFRLEtBQUs7QUFDckMsWUFBSSxhQUFhLE9BQVcsUUFBTztBQUFBLE1BQ3JDO0FBQ0EsY0FBUSxPQUFPLFFBQVEsSUFBSSxPQUFPO0FBQUEsSUFDcEMsQ0FBQztBQUFBLEVBQ0g7QUFFQSxRQUFNLFNBQVMsQ0FBQyxRQUNkLGtCQUFrQixFQUFFLElBQUksSUFBSSxJQUFJLFVBQU8sOEJBQU8sR0FBRyxDQUFDLENBQUM7QUFBQTtBQUdyRCxTQUFPO0FBQUEsSUFDTCxRQUFRLENBQUMsV0FDUCwrQkFBUSxLQUFLLG1CQUFtQixFQUFFLFFBQVEsT0FBTyxJQUFJLElBQUksTUFBTSxDQUFDO0FBQUEsTUFDOUQsNkJBQU8sUUFBUSxPQUFPLEdBQUcsR0FBRyxDQUFDLFNBQzNCLEtBQUssV0FBVyxJQUFJLDZCQUFPLEtBQUssSUFBSSw2QkFBTyxjQUFjLEVBQUUsUUFBUSxPQUFPLElBQUksSUFBSSxNQUFNLENBQUMsQ0FBQyxJQUFJLDZCQUFPLElBQUk7QUFBQSxJQUM3RztBQUFBLElBRUYsS0FBSyxDQUFDLE9BQU8sYUFDWCx3Q0FBaUIsS0FBSyxnQkFBZ0IsRUFBRSxRQUFRLE9BQU8sSUFBSSxNQUFNLENBQUMsS0FBRSw4QkFBTyxhQUFZO0FBQ3JGLFlBQU0sU0FBUyxPQUFPLFFBQVEsS0FBSyxtQkFBZ0IsOEJBQU8sT0FBTyxLQUFLLEdBQUcsT0FBTyxLQUFLO0FBQ3JGLGFBQU8sV0FBVyxTQUFZLDZCQUFPLEtBQVUsSUFBSSw2QkFBTyxLQUFLLE9BQU8sR0FBRztBQUFBLElBQzNFLENBQUMsQ0FBQztBQUFBLElBRUosTUFBTSxDQUFDLE9BQU9BLFdBQVU7QUFDdEIsWUFBTSxhQUFhLElBQUMsK0JBQVEsS0FBSyxLQUFLLENBQUM7QUFDdkMsVUFBSUEsT0FBTSxXQUFXLE9BQVcsWUFBVyxLQUFLLGdCQUFnQkEsT0FBTSxNQUFNLEVBQUU7QUFDOUUsVUFBSUEsT0FBTSxhQUFhLE9BQVcsWUFBVyxLQUFLLElBQUksR0FBRyxVQUFVQSxPQUFNLFFBQVEsQ0FBQztBQUNsRixVQUFJQSxPQUFNLGdCQUFnQixPQUFXLFlBQVcsS0FBSyx1QkFBb0IsOEJBQU9BLE9BQU0sV0FBVyxDQUFDLEVBQUU7QUFDcEcsVUFBSUEsT0FBTSxrQkFBa0IsT0FBVyxZQUFXLEtBQUssc0JBQW1CLDhCQUFPQSxPQUFNLGFBQWEsQ0FBQyxFQUFFO0FBQ3ZHLFVBQUlBLE9BQU0sVUFBVSxRQUFXO0FBQzdCLG1CQUFXLEtBQUssOEJBQThCQSxPQUFNLE1BQU0sU0FBUyxRQUFLLDJCQUFJQSxPQUFNLE1BQU0sS0FBSyxDQUFDLEdBQUc7QUFBQSxNQUNuRztBQUNBLGdCQUFPLGdDQUFTLEtBQUssZUFBZTtBQUFBLFFBQ2xDLDZCQUFPO0FBQUEsVUFDTCxvQkFBb0IsRUFBRSxJQUFJLFVBQVUsSUFBSSxJQUFJLFVBQVUsQ0FBQyxzQ0FBc0NBLE9BQU0sS0FBSztBQUFBLFVBQ3hHLENBQUMsU0FBUyw2QkFBTyxRQUFRLE1BQU0sQ0FBQyxXQUFRLGlDQUFVLGlCQUFpQixPQUFPLE9BQU8sSUFBSSxNQUFNLEdBQUcsU0FBTSxrQ0FBVyxHQUFHLENBQUMsQ0FBQztBQUFBLFFBQ3RIO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxJQUVBLFdBQVcsQ0FBQyxPQUFPLE9BQU8sVUFBVSxNQUFNLEtBQUssZUFDN0MsdUNBQWdCLEtBQUssc0JBQXNCLEVBQUUsUUFBUSxPQUFPLElBQUksTUFBTSxDQUFDO0FBQUEsTUFDckU7QUFBQSxRQUNFO0FBQUEsV0FDQSw4QkFBTyxPQUFPLEtBQUs7QUFBQSxRQUNuQjtBQUFBLFFBQ0EsU0FBUyxPQUFPLENBQUMsV0FBVyxnQ0FBVSxjQUFjLFFBQVEsSUFBSSxDQUFDO0FBQUEsUUFDakUsRUFBRSxRQUFRLEtBQUs7QUFBQSxRQUNmO0FBQUEsUUFDQTtBQUFBLFFBQ0EsU0FBUztBQUFBLFFBQ1QsQ0FBQyxRQUFRLDZCQUFPLE1BQU0sMEJBQVMsVUFBVSxLQUFLLFVBQVUsTUFBTSxHQUFHLENBQUM7QUFBQSxNQUNwRTtBQUFBLElBQ0Y7QUFBQSxJQUVGLFVBQVUsQ0FBQyxPQUFPLE9BQU8saUJBQWlCLE9BQU8sS0FBSyxlQUNwRCx1Q0FBZ0IsS0FBSyxxQkFBcUIsRUFBRSxRQUFRLE9BQU8sSUFBSSxNQUFNLENBQUM7QUFBQSxNQUNwRTtBQUFBLFFBQ0U7QUFBQSxXQUNBLDhCQUFPLE9BQU8sS0FBSztBQUFBLFFBQ25CO0FBQUE7QUFBQTtBQUFBLFFBR0EsZ0NBQVUsSUFBSTtBQUFBLFVBQU8sQ0FBQyxXQUNwQixNQUFNLFdBQVcsVUFBYSxNQUFNLFdBQVcsU0FDM0MsQ0FBQyxnQ0FBVSxXQUFXLE1BQU0sSUFDNUIsZ0NBQVUsY0FBYyxRQUFRLE1BQU0sTUFBTTtBQUFBLFFBQ2xEO0FBQUEsUUFDQTtBQUFBLFFBQ0E7QUFBQSxRQUNBO0FBQUEsUUFDQSxTQUFTO0FBQUEsUUFDVCxDQUFDLFFBQVEsMEJBQVMsU0FBUyxLQUFLLGlCQUFpQixPQUFPLEdBQUc7QUFBQSxNQUM3RDtBQUFBLElBQ0Y7QUFBQSxJQUVGLGVBQWUsQ0FBQyxPQUFPLE9BQU8sT0FBTyxLQUFLLGVBQ3hDLCtCQUFRLEtBQUssMEJBQTBCLEVBQUUsUUFBUSxPQUFPLElBQUksTUFBTSxDQUFDO0FBQUEsTUFDakUsNkJBQU8sSUFBSSxhQUFZO0FBQ3JCLGNBQU0sU0FBTSw4QkFBTyxPQUFPLEtBQUs7QUFDL0IsY0FBTSxPQUFPLE9BQU87QUFDcEIsY0FBTSxTQUFTLFVBQU8sbUNBQVksS0FBSyxNQUFNLFdBQVcsS0FBSywwQkFBMEIsS0FBSyxPQUFPLElBQUksQ0FBQztBQUN4RyxrQkFBTyxtQ0FBWSxLQUFLLFNBQU0sa0NBQVcsS0FBSywwQkFBMEIsS0FBSyxPQUFPLFNBQVMsWUFBWSxDQUFDO0FBQzFHLGNBQU0sY0FBYywwQkFBUyxlQUFlLEtBQUs7QUFDakQsY0FBTSxXQUFXLFVBQU87QUFBQSxVQUN0QjtBQUFBLFVBQ0E7QUFBQSxVQUNBLFFBQVEsS0FBSyw2QkFBMEIsOEJBQU8sT0FBTyxXQUFXLEdBQUcsYUFBYSxJQUFJO0FBQUEsUUFDdEY7QUFDQSxjQUFNLFVBQVUsMEJBQVMsY0FBYyxPQUFPLEtBQUssVUFBVSxLQUFLLE9BQU8sR0FBRztBQUM1RSxZQUFJLDZCQUFPLE9BQU8sT0FBTyxFQUFHLFFBQU8sT0FBTyw2QkFBTyxLQUFLLFFBQVEsSUFBSTtBQUNsRSxjQUFNLFdBQVcsUUFBUTtBQUN6QixZQUFJLFNBQVMsaUJBQWlCO0FBQzVCLG9CQUFPLG1DQUFZLEtBQUssT0FBTyxhQUFZO0FBQ3pDLG1CQUFPLE9BQU8sVUFBVSxLQUFLLEtBQUssUUFBUSxTQUFTLFFBQVE7QUFBQSxVQUM3RCxHQUFHLENBQUM7QUFBQSxRQUNOO0FBQ0EsWUFBSSxTQUFTLFNBQVM7QUFDcEIsZ0JBQU0sV0FBVyxPQUFPLE9BQU8sU0FBUyxTQUFTO0FBRWpELGNBQUksU0FBUyxXQUFXLEVBQUcsUUFBTyxPQUFPLDZCQUFPLEtBQUssSUFBSSw2QkFBTyxjQUFjLEVBQUUsUUFBUSxPQUFPLElBQUksWUFBWSxDQUFDLENBQUM7QUFBQSxRQUNuSDtBQUNBLGVBQU87QUFBQSxNQUNULENBQUM7QUFBQSxJQUNIO0FBQUEsSUFFRixPQUFPLENBQUMsT0FBTyxlQUNiLGdDQUFTLEtBQUssa0JBQWtCLEVBQUUsUUFBUSxTQUFTLElBQUksUUFBUSxDQUFDO0FBQUEsTUFDOUQsNkJBQU87QUFBQSxRQUNMLG9CQUFvQixFQUFFLElBQUksYUFBVSwrQkFBUSxLQUFLLEtBQUssQ0FBQyxtQkFBbUIsT0FBTztBQUFBLFFBQ2pGLENBQUMsU0FDQyw2QkFBTztBQUFBLFVBQ0wsNkJBQU8sUUFBUSxNQUFNLENBQUMsV0FBUSxpQ0FBVSxrQkFBa0IsT0FBTyxPQUFPLElBQUksTUFBTSxHQUFHLFNBQU0sa0NBQVcsR0FBRyxDQUFDLENBQUM7QUFBQSxVQUMzRywwQkFBUztBQUFBLFFBQ1g7QUFBQSxNQUNKO0FBQUEsSUFDRjtBQUFBLElBRUYsWUFBWSxDQUFDLE9BQU8sT0FBTyxhQUN6QiwrQkFBUSxLQUFLLHVCQUF1QixFQUFFLFFBQVEsT0FBTyxJQUFJLE1BQU0sQ0FBQztBQUFBLE1BQzlELDZCQUFPO0FBQUEsUUFDTCxjQUFjLE9BQU8sT0FBTyxJQUFJO0FBQUEsUUFDaEMsa0JBQWtCLEVBQUUsS0FBSyxJQUN2QixJQUFJLE9BQU87QUFBQSxVQUNULE1BQUcsb0NBQWEsS0FBSztBQUFBLFVBQ3JCLFdBQVEsMkJBQUksS0FBSztBQUFBLFVBQ2pCLFNBQVMsTUFBTTtBQUFBLFVBQ2YsTUFBTSxNQUFNO0FBQUEsVUFDWixTQUFTLE1BQU07QUFBQSxVQUNmLE9BQUksOEJBQU8sTUFBTSxFQUFFO0FBQUEsVUFDbkIsV0FBUSxrQ0FBVyxLQUFLO0FBQUEsUUFDMUIsQ0FBQyxDQUNIO0FBQUEsTUFDRjtBQUFBLElBQ0YsRUFBRSxLQUFLLDZCQUFPLE1BQU07QUFBQSxJQUV0QixvQkFBb0IsQ0FBQyxPQUFPLE9BQU8sYUFDakMsK0JBQVEsS0FBSywrQkFBK0IsRUFBRSxRQUFRLE9BQU8sSUFBSSxNQUFNLENBQUM7QUFBQSxNQUN0RSw2QkFBTyxJQUFJLGFBQVk7QUFDckIsZUFBTyxjQUFjLE9BQU8sT0FBTyxJQUFJO0FBQ3ZDLGNBQU0sVUFBVSxPQUFPLDZCQUE2QixFQUFFLEtBQUssYUFBVSw2QkFBTSxLQUFLLE9BQU8sS0FBSyxDQUFDO0FBQUEsNEJBQzNFLE1BQU0sTUFBTSxlQUFlLE1BQU0sSUFBSSxrQkFBa0IsTUFBTSxPQUFPO0FBQ3RGLFlBQUksUUFBUSxTQUFTLEVBQUcsUUFBTztBQUMvQixlQUFPLGtCQUFrQixFQUFFLEtBQUssSUFDOUIsSUFBSSxPQUFPO0FBQUEsVUFDVCxNQUFHLG9DQUFhLEtBQUs7QUFBQSxVQUNyQixXQUFRLDJCQUFJLEtBQUs7QUFBQSxVQUNqQixTQUFTLE1BQU07QUFBQSxVQUNmLE1BQU0sTUFBTTtBQUFBLFVBQ1osU0FBUyxNQUFNO0FBQUEsVUFDZixPQUFJLDhCQUFPLE1BQU0sRUFBRTtBQUFBLFVBQ25CLFdBQVEsa0NBQVcsS0FBSztBQUFBLFFBQzFCLENBQUMsQ0FDSDtBQUNBLGVBQU87QUFBQSxNQUNULENBQUM7QUFBQSxJQUNIO0FBQUEsSUFFRixXQUFXLENBQUMsT0FBTyxhQUNqQixnQ0FBUyxLQUFLLHNCQUFzQixFQUFFLFFBQVEsT0FBTyxJQUFJLE1BQU0sQ0FBQztBQUFBLE1BQzlELDZCQUFPLElBQUksYUFBWTtBQUNyQixlQUFPLGNBQWMsT0FBTyxPQUFPLEtBQUs7QUFDeEMsY0FBTSxPQUFPLE9BQU8sb0JBQW9CLEVBQUUsS0FBSyxhQUFVLDZCQUFNLEtBQUssT0FBTyxLQUFLLENBQUM7QUFDakYsZUFBTyxPQUFPLDZCQUFPLFFBQVEsTUFBTSxDQUFDLFdBQVEsaUNBQVUsc0JBQXNCLE9BQU8sT0FBTyxTQUFNLG1DQUFZLEdBQUcsQ0FBQyxDQUFDO0FBQUEsTUFDbkgsQ0FBQztBQUFBLElBQ0g7QUFBQSxJQUVGLGVBQWUsQ0FBQyxPQUFPLE9BQU8sYUFDNUIsK0JBQVEsS0FBSywwQkFBMEIsRUFBRSxRQUFRLE9BQU8sSUFBSSxNQUFNLENBQUM7QUFBQSxNQUNqRSw2QkFBTztBQUFBLFFBQ0wsY0FBYyxPQUFPLE9BQU8sSUFBSTtBQUFBLFFBQ2hDLGtCQUFrQixFQUFFLFFBQVEsSUFDMUIsSUFBSSxPQUFPO0FBQUEsVUFDVCxNQUFHLG9DQUFhLEtBQUs7QUFBQSxVQUNyQixXQUFRLDJCQUFJLEtBQUs7QUFBQSxVQUNqQixTQUFTLE1BQU07QUFBQSxVQUNmLFdBQVEscUNBQWMsS0FBSztBQUFBLFVBQzNCLE9BQUksOEJBQU8sTUFBTSxFQUFFO0FBQUEsUUFDckIsQ0FBQyxDQUNIO0FBQUEsTUFDRjtBQUFBLElBQ0YsRUFBRSxLQUFLLDZCQUFPLE1BQU07QUFBQSxJQUV0QixjQUFjLENBQUMsT0FBTyxhQUNwQixnQ0FBUyxLQUFLLHlCQUF5QixFQUFFLFFBQVEsT0FBTyxJQUFJLE1BQU0sQ0FBQztBQUFBLE1BQ2pFLDZCQUFPLElBQUksYUFBWTtBQUNyQixlQUFPLGNBQWMsT0FBTyxPQUFPLEtBQUs7QUFDeEMsY0FBTSxPQUFPLE9BQU8sb0JBQW9CLEVBQUUsUUFBUSxhQUFVLDZCQUFNLEtBQUssT0FBTyxLQUFLLENBQUM7QUFDcEYsZUFBTyxPQUFPLDZCQUFPLFFBQVEsTUFBTSxDQUFDLFdBQVEsaUNBQVUseUJBQXlCLE9BQU8sT0FBTyxTQUFNLHNDQUFlLEdBQUcsQ0FBQyxDQUFDO0FBQUEsTUFDekgsQ0FBQztBQUFBLElBQ0g7QUFBQSxJQUVGLFdBQVcsQ0FBQyxPQUFPLE9BQU8sY0FDeEIsK0JBQVEsS0FBSyxzQkFBc0IsRUFBRSxRQUFRLGNBQWMsSUFBSSxPQUFPLE9BQU8sQ0FBQztBQUFBLE1BQzVFLDZCQUFPLElBQUksYUFBWTtBQUNyQixlQUFPLGNBQWMsT0FBTyxPQUFPLElBQUk7QUFDdkMsY0FBTSxXQUFXLE9BQU8sa0JBQWtCLEVBQUUsT0FBTyxJQUNqRCxJQUFJLE9BQU87QUFBQSxVQUNULE1BQUcsb0NBQWEsS0FBSztBQUFBLFVBQ3JCLFdBQVEsMkJBQUksS0FBSztBQUFBLFVBQ2pCLFlBQVMsMkJBQUksT0FBTyxNQUFNO0FBQUEsVUFDMUIsT0FBTyxLQUFLLFVBQVUsT0FBTyxLQUFLO0FBQUEsVUFDbEMsYUFBYSxPQUFPO0FBQUEsVUFDcEIsZUFBWSw4QkFBTyxPQUFPLFNBQVM7QUFBQSxRQUNyQyxDQUFDLENBQ0g7QUFDQSxZQUFJLFNBQVMsU0FBUyxFQUFHO0FBQ3pCLGNBQU0sU0FBUyxPQUFPLDhCQUFnRSxFQUFFLE9BQU87QUFBQSx1QkFDckYsNkJBQU0sS0FBSyxPQUFPLEtBQUssQ0FBQyxxQkFBa0IsMkJBQUksT0FBTyxNQUFNLENBQUM7QUFDdEUsZUFBTyxPQUFPLDZCQUFPO0FBQUEsVUFDbkIsaUNBQVcsU0FBUyxjQUFjLE9BQU8sUUFBUSxPQUFPLE9BQU8sQ0FBQyxHQUFHLFdBQVcsR0FBRyxPQUFPLEtBQUs7QUFBQSxRQUMvRjtBQUFBLE1BQ0YsQ0FBQztBQUFBLElBQ0g7QUFBQSxJQUVGLFdBQVcsQ0FBQyxPQUFPLE9BQU8sY0FDeEIsZ0NBQVMsS0FBSyxzQkFBc0IsRUFBRSxRQUFRLGNBQWMsSUFBSSxPQUFPLENBQUM7QUFBQSxNQUN0RSw2QkFBTyxJQUFJLGFBQVk7QUFDckIsY0FBTSxPQUFPLE9BQU8sb0JBQW9CLEVBQUUsT0FBTyxhQUFVLDZCQUFNLEtBQUssT0FBTyxLQUFLLENBQUMscUJBQWtCLDJCQUFJLE1BQU0sQ0FBQztBQUNoSCxZQUFJLEtBQUssQ0FBQyxNQUFNLFFBQVc7QUFDekIsaUJBQU8sY0FBYyxPQUFPLE9BQU8sS0FBSztBQUN4QyxpQkFBTyw2QkFBTyxLQUFLO0FBQUEsUUFDckI7QUFDQSxlQUFPLDZCQUFPLEtBQUssVUFBTyxpQ0FBVSxzQkFBc0IsY0FBYyxRQUFRLFNBQU0scUNBQWMsS0FBSyxDQUFDLENBQUUsQ0FBQyxDQUFDO0FBQUEsTUFDaEgsQ0FBQztBQUFBLElBQ0g7QUFBQSxJQUVGLGdCQUFnQixDQUFDLE9BQU8sYUFDdEIsZ0NBQVMsS0FBSywyQkFBMkIsRUFBRSxRQUFRLE9BQU8sSUFBSSxNQUFNLENBQUM7QUFBQSxNQUNuRSw2QkFBTyxJQUFJLGFBQVk7QUFDckIsZUFBTyxjQUFjLE9BQU8sT0FBTyxLQUFLO0FBQ3hDLGNBQU0sT0FBTyxPQUFPLDBCQUF3RCxFQUFFLE9BQU87QUFBQSx1QkFDM0UsNkJBQU0sS0FBSyxPQUFPLEtBQUssQ0FBQztBQUVsQyxlQUFPLE9BQU8sNkJBQU8sUUFBUSxNQUFNLENBQUMsV0FDbEMsaUNBQVUsMkJBQTJCLGNBQWMsT0FBTyxJQUFJLE9BQU8sR0FBRyxTQUFNLDhCQUFJLDRCQUFLLElBQUksT0FBTyxDQUFDLENBQVcsQ0FBQztBQUFBLE1BQ25ILENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDSjtBQUNGIiwibmFtZXMiOlsicXVlcnkiXSwiaWdub3JlTGlzdCI6W10sInNvdXJjZXMiOlsicnVucy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgdHlwZSAqIGFzIFNxbENsaWVudCBmcm9tIFwiQGVmZmVjdC9zcWwvU3FsQ2xpZW50XCJcbmltcG9ydCB0eXBlIHsgU3FsRXJyb3IgfSBmcm9tIFwiQGVmZmVjdC9zcWwvU3FsRXJyb3JcIlxuaW1wb3J0IHR5cGUgeyBSdW5TdG9yZSwgVGVuYW50U2NvcGUgfSBmcm9tIFwiQHJ1bmxlZGdlci9jb3JlXCJcbmltcG9ydCB7IEVycm9ycywgUnVuIGFzIFJ1bk1vZGVsLCBSdW5TdGF0dXMsIFN0ZXBPdXRwdXQgfSBmcm9tIFwiQHJ1bmxlZGdlci9jb3JlXCJcbmltcG9ydCB7IEVmZmVjdCwgRWl0aGVyLCBPcHRpb24gfSBmcm9tIFwiZWZmZWN0XCJcbmltcG9ydCB7IGRlYywgZW5jLCBqc29uVGV4dCwgbWlsbGlzLCBzY29wZUNvbHVtbnMsIHRleHQgfSBmcm9tIFwiLi9jb2RlYy5qc1wiXG5pbXBvcnQgdHlwZSB7IEN0eCB9IGZyb20gXCIuL2NvbnRleHQuanNcIlxuaW1wb3J0IHsgaW5SdW4sIGluU2NvcGUsIHF1ZXJ5aW5nLCBxdWVyeWluZ1ByZXBhcmVkLCBydW5TY3JpcHRPbiwgdHJhbnNhY3Rpb25Db25uZWN0aW9uLCB3cml0aW5nLCB3cml0aW5nUHJlcGFyZWQgfSBmcm9tIFwiLi9jb250ZXh0LmpzXCJcbmltcG9ydCB7IGNvcnJ1cHQsIGRlY29kZVJvdyB9IGZyb20gXCIuL2Vycm9ycy5qc1wiXG5pbXBvcnQgeyBjaGVja0ZlbmNlIH0gZnJvbSBcIi4vZmVuY2UuanNcIlxuaW1wb3J0IHsgZmFpbHVyZUZyb21Sb3csIGZhaWx1cmVSZWFzb24sIG91dHB1dEZyb21Sb3csIHJ1bkZyb21Sb3csIHJ1blJvdywgc3RlcERldGFpbCwgc3RlcEZyb21Sb3cgfSBmcm9tIFwiLi9yb3dzLmpzXCJcbmltcG9ydCB7IGZhaWwsIHF1ZXJ5IH0gZnJvbSBcIi4vc2NyaXB0LmpzXCJcbmltcG9ydCB0eXBlIHsgUnVuS2V5IH0gZnJvbSBcIi4vc3RhdGVtZW50cy5qc1wiXG5pbXBvcnQgeyBydW5LZXkgfSBmcm9tIFwiLi9zdGF0ZW1lbnRzLmpzXCJcbmltcG9ydCB7IHNjcmlwdCB9IGZyb20gXCIuL3R4LmpzXCJcblxudHlwZSBTY29wZSA9IFRlbmFudFNjb3BlLlRlbmFudFNjb3BlXG50eXBlIFJ1biA9IFJ1bk1vZGVsLlJ1blxudHlwZSBTdGVwSWQgPSBQYXJhbWV0ZXJzPFJ1blN0b3JlLkJhY2tlbmRbXCJnZXRPdXRwdXRcIl0+WzJdXG5cbi8qKiBUaGUgZXJyb3Igb2YgYSBydW4gbWlzc2luZyBpbiB0aGUgc2NvcGUuICovXG5leHBvcnQgY29uc3Qgbm90Rm91bmQgPSAocnVuSWQ6IHN0cmluZykgPT4gbmV3IEVycm9ycy5Ob3RGb3VuZCh7IGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bklkIH0pXG5cbi8qKiBBIHJ1biBhcyByZWFkLCB3aXRoIHRoZSBzdG9yZWQgdGV4dCBvZiBpdHMgc3RhdGUgKHdyaXR0ZW4gYmFjayBhcyBpdCBpcyB3aGVuIHRoZSBzdGF0ZSBpcyBrZXB0KS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTG9hZGVkIHtcbiAgcmVhZG9ubHkgcnVuOiBSdW5cbiAgcmVhZG9ubHkgc3RhdGVUZXh0OiBzdHJpbmdcbn1cblxuLyoqIERlY29kZSBhIHJ1biByb3csIGtlZXBpbmcgaXRzIHN0YXRlIHRleHQuICovXG5leHBvcnQgY29uc3QgbG9hZGVkRnJvbVJvdyA9IChyb3c6IHsgcmVhZG9ubHkgW2NvbHVtbjogc3RyaW5nXTogdW5rbm93biB9KTogTG9hZGVkID0+ICh7XG4gIHJ1bjogcnVuRnJvbVJvdyhyb3cpLFxuICBzdGF0ZVRleHQ6IHRleHQocm93LnN0YXRlKVxufSlcblxuLyoqIEEgcnVuIHJvdyBkZWNvZGVkLCBvciB3aGF0IGlzIHdyb25nIHdpdGggaXQuICovXG5jb25zdCBsb2FkZWRPZiA9IChvcGVyYXRpb246IHN0cmluZywgcnVuSWQ6IHN0cmluZywgcm93OiB7IHJlYWRvbmx5IFtjb2x1bW46IHN0cmluZ106IHVua25vd24gfSk6IExvYWRlZCB8IEVycm9ycy5TdG9yZUNvcnJ1cHQgPT4ge1xuICB0cnkge1xuICAgIHJldHVybiBsb2FkZWRGcm9tUm93KHJvdylcbiAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICByZXR1cm4gY29ycnVwdChvcGVyYXRpb24sIFwiUnVuXCIsIHJ1bklkLCBjYXVzZSlcbiAgfVxufVxuXG4vKiogVGhlIHJ1biBgcnVuSWRgICh3aG9zZSBrZXkgaXMgYGtleWApIGFzIHN0b3JlZCBub3csIHJvdy1sb2NrZWQgd2hlcmUgdGhlIGRpYWxlY3QgY2FuIHdoZW4gYGxvY2tgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uKiBsb2FkUnVuKGN0eDogQ3R4LCBvcGVyYXRpb246IHN0cmluZywga2V5OiBSdW5LZXksIHJ1bklkOiBzdHJpbmcsIGxvY2s6IGJvb2xlYW4pIHtcbiAgY29uc3Qgcm93cyA9IHlpZWxkKiBxdWVyeShsb2NrID8gY3R4LnN0LnJ1bkxvY2tlZCA6IGN0eC5zdC5ydW4sIGtleSlcbiAgaWYgKHJvd3NbMF0gPT09IHVuZGVmaW5lZCkgcmV0dXJuIHVuZGVmaW5lZFxuICBjb25zdCBsb2FkZWQgPSBsb2FkZWRPZihvcGVyYXRpb24sIHJ1bklkLCByb3dzWzBdKVxuICBpZiAobG9hZGVkIGluc3RhbmNlb2YgRXJyb3JzLlN0b3JlQ29ycnVwdCkgcmV0dXJuIHlpZWxkKiBmYWlsKGxvYWRlZClcbiAgcmV0dXJuIGxvYWRlZFxufVxuXG4vKiogVGhlIHJ1biBgcnVuSWRgIGFzIHN0b3JlZCBub3csIG9yIGBOb3RGb3VuZGAuICovXG5leHBvcnQgZnVuY3Rpb24qIHJlcXVpcmVSdW4oY3R4OiBDdHgsIG9wZXJhdGlvbjogc3RyaW5nLCBrZXk6IFJ1bktleSwgcnVuSWQ6IHN0cmluZywgbG9jazogYm9vbGVhbikge1xuICBjb25zdCBsb2FkZWQgPSB5aWVsZCogbG9hZFJ1bihjdHgsIG9wZXJhdGlvbiwga2V5LCBydW5JZCwgbG9jaylcbiAgaWYgKGxvYWRlZCA9PT0gdW5kZWZpbmVkKSByZXR1cm4geWllbGQqIGZhaWwobm90Rm91bmQocnVuSWQpKVxuICByZXR1cm4gbG9hZGVkXG59XG5cbi8qKiBXcml0ZSBhIGRlY2lkZWQgY2hhbmdlIG9mIGBwcmV2aW91c2AgKGNvbXBhcmUtYW5kLXNldCBvbiBpdHMgdmVyc2lvbiwgd2hpY2ggdGhlIGxvY2sgbWFrZXMgY2VydGFpbikuICovXG5leHBvcnQgY29uc3QgdXBkYXRlUnVuID0gKGN0eDogQ3R4LCBrZXk6IFJ1bktleSwgcHJldmlvdXM6IExvYWRlZCwgbmV4dDogUnVuKSA9PlxuICBxdWVyeShjdHguc3QucnVuVXBkYXRlLCBbXG4gICAgbmV4dC5zdGF0dXMsXG4gICAgbmV4dC52ZXJzaW9uLFxuICAgIG5leHQuc3RhdGUgPT09IHByZXZpb3VzLnJ1bi5zdGF0ZSA/IHByZXZpb3VzLnN0YXRlVGV4dCA6IGpzb25UZXh0KG5leHQuc3RhdGUpLFxuICAgIG1pbGxpcyhuZXh0LnVwZGF0ZWRBdCksXG4gICAgbmV4dC5jb21wbGV0ZWRBdCA9PT0gdW5kZWZpbmVkID8gbnVsbCA6IG1pbGxpcyhuZXh0LmNvbXBsZXRlZEF0KSxcbiAgICAuLi5rZXksXG4gICAgcHJldmlvdXMucnVuLnZlcnNpb25cbiAgXSlcblxuLyoqXG4gKiBUaGUgcnVuLXN0b3JlIGJhY2tlbmQgb3ZlciBTUUwuIEV2ZXJ5IHdyaXRlIGxvYWRzIHRoZSByZWNvcmRzIGl0IGRlY2lkZXMgb24gaW5zaWRlIGl0c1xuICogdHJhbnNhY3Rpb24gKHJvdy1sb2NrZWQgb24gUG9zdGdyZXMpLCBhcHBsaWVzIHRoZSBjb3JlIHJlZHVjZXIsIGFuZCB3cml0ZXMgdGhlIGRlY2lzaW9uLlxuICovXG5leHBvcnQgY29uc3QgbWFrZVJ1bkJhY2tlbmQgPSAoY3R4OiBDdHgpOiBSdW5TdG9yZS5CYWNrZW5kID0+IHtcbiAgY29uc3QgeyBzcWwsIHQgfSA9IGN0eFxuXG4gIC8qKiBGYWlsIHdpdGggYE5vdEZvdW5kYCB1bmxlc3MgdGhlIHJ1biBleGlzdHMgKHJvdy1sb2NrZWQgb24gUG9zdGdyZXM6IGFwcGVuZHMgdG8gaXQgc2VyaWFsaXplKS4gKi9cbiAgY29uc3QgcmVxdWlyZUV4aXN0cyA9IChcbiAgICBzY29wZTogU2NvcGUsXG4gICAgcnVuSWQ6IHN0cmluZyxcbiAgICBsb2NrOiBib29sZWFuXG4gICk6IEVmZmVjdC5FZmZlY3Q8dm9pZCwgRXJyb3JzLk5vdEZvdW5kIHwgU3FsRXJyb3IsIFNxbENsaWVudC5UcmFuc2FjdGlvbkNvbm5lY3Rpb24+ID0+XG4gICAgRWZmZWN0LmZsYXRNYXAodHJhbnNhY3Rpb25Db25uZWN0aW9uLCAoY29ubikgPT5cbiAgICAgIEVmZmVjdC5mbGF0TWFwKFxuICAgICAgICAobG9jayA/IGN0eC5zdC5ydW5FeGlzdHNMb2NrZWQgOiBjdHguc3QucnVuRXhpc3RzKS5vbihjb25uLCBydW5LZXkoc2NvcGUsIHJ1bklkKSksXG4gICAgICAgIChyb3dzKSA9PiAocm93cy5sZW5ndGggPT09IDAgPyBFZmZlY3QuZmFpbChub3RGb3VuZChydW5JZCkpIDogRWZmZWN0LnZvaWQpXG4gICAgICApKVxuXG4gIC8qKlxuICAgKiBBIENBUyBkZWNpZGVkIGJ5IGBkZWNpZGVgIG9uIHRoZSBydW4gYXMgc3RvcmVkOiBmYWxzZSB3aGVuIGl0IGRvZXMgbm90IG1vdmUsIHRydWUgb25jZSB0aGVcbiAgICogY2hhbmdlIGlzIHdyaXR0ZW4uIFNRTGl0ZSBkZWNpZGVzIG9uY2UsIHVuZGVyIHRoZSB3cml0ZSBsb2NrIGl0IGhvbGRzLiBQb3N0Z3JlcyBmaXJzdCB0cmllcyB0aGVcbiAgICogQ0FTIGFzIG9uZSBjb25kaXRpb25hbCBVUERBVEUgKHNlZSBgc3RhdGVtZW50cy5jYXNVcGRhdGVgKTsgd2hlbiB0aGF0IG1hdGNoZWQgbm90aGluZyBpdCBkZWNpZGVzXG4gICAqIG9uIHRoZSBydW4gcmVhZCB3aXRob3V0IGEgbG9jayDigJQgYSBydW4gdGhhdCBubyBsb25nZXIgbWF0Y2hlcyBpcyBgZmFsc2VgIChvciBgTm90Rm91bmRgLFxuICAgKiBgRmVuY2VkYCwgYEludmFsaWRUcmFuc2l0aW9uYCkgYXMgcmVhZCwgYSB2YWxpZCBvdXRjb21lIGF0IHRoYXQgcmVhZCwgd2l0aCBubyBsb2NrIHRvIGhvbGQgdXBcbiAgICogdGhlIG5leHQgcm91bmQg4oCUIGFuZCBvbmx5IGEgcnVuIHRoYXQgbm93IHdvdWxkIG1vdmUgaXMgcmVhZCBhZ2FpbiwgbG9ja2VkLCBhbmQgZGVjaWRlZCBvbiBmb3JcbiAgICogZ29vZC5cbiAgICovXG4gIGNvbnN0IGNhcyA9IDxFPihcbiAgICBvcGVyYXRpb246IHN0cmluZyxcbiAgICBrZXk6IFJ1bktleSxcbiAgICBydW5JZDogc3RyaW5nLFxuICAgIGZyb206IFJlYWRvbmx5QXJyYXk8c3RyaW5nPixcbiAgICBwYXRjaDogeyByZWFkb25seSBzdGF0dXM/OiBzdHJpbmcgfCB1bmRlZmluZWQ7IHJlYWRvbmx5IHN0YXRlPzogUnVuTW9kZWwuU3RhdGVQYXRjaFtcInN0YXRlXCJdIH0sXG4gICAgZXhwZWN0ZWRWZXJzaW9uOiBudW1iZXIgfCB1bmRlZmluZWQsXG4gICAgbm93OiBEYXRlLFxuICAgIHRva2VuOiBudW1iZXIgfCB1bmRlZmluZWQsXG4gICAgZGVjaWRlOiAocnVuOiBSdW4pID0+IEVpdGhlci5FaXRoZXI8T3B0aW9uLk9wdGlvbjxSdW4+LCBFPlxuICApID0+IHtcbiAgICAvLyB1bmRlZmluZWQ6IGl0IHdvdWxkIG1vdmUsIGJ1dCB0aGUgcnVuIHdhcyByZWFkIHdpdGhvdXQgdGhlIGxvY2suXG4gICAgZnVuY3Rpb24qIGF0dGVtcHQobG9jazogYm9vbGVhbikge1xuICAgICAgY29uc3QgbG9hZGVkID0geWllbGQqIHJlcXVpcmVSdW4oY3R4LCBvcGVyYXRpb24sIGtleSwgcnVuSWQsIGxvY2spXG4gICAgICB5aWVsZCogY2hlY2tGZW5jZShjdHgsIG9wZXJhdGlvbiwga2V5LCBydW5JZCwgdG9rZW4pXG4gICAgICBjb25zdCBkZWNpZGVkID0gZGVjaWRlKGxvYWRlZC5ydW4pXG4gICAgICBpZiAoRWl0aGVyLmlzTGVmdChkZWNpZGVkKSkgcmV0dXJuIHlpZWxkKiBmYWlsKGRlY2lkZWQubGVmdClcbiAgICAgIGlmIChPcHRpb24uaXNOb25lKGRlY2lkZWQucmlnaHQpKSByZXR1cm4gZmFsc2VcbiAgICAgIGlmICghbG9jaykgcmV0dXJuIHVuZGVmaW5lZFxuICAgICAgeWllbGQqIHVwZGF0ZVJ1bihjdHgsIGtleSwgbG9hZGVkLCBkZWNpZGVkLnJpZ2h0LnZhbHVlKVxuICAgICAgcmV0dXJuIHRydWVcbiAgICB9XG4gICAgcmV0dXJuIHNjcmlwdChmdW5jdGlvbiooKSB7XG4gICAgICBpZiAoY3R4LnBnICYmIGZyb20ubGVuZ3RoID4gMCkge1xuICAgICAgICBjb25zdCBhcHBsaWVkID0geWllbGQqIHF1ZXJ5KGN0eC5zdC5jYXNVcGRhdGUsIFtcbiAgICAgICAgICBwYXRjaC5zdGF0dXMgPz8gbnVsbCxcbiAgICAgICAgICBwYXRjaC5zdGF0ZSA9PT0gdW5kZWZpbmVkID8gbnVsbCA6IGpzb25UZXh0KHBhdGNoLnN0YXRlKSxcbiAgICAgICAgICBtaWxsaXMobm93KSxcbiAgICAgICAgICBwYXRjaC5zdGF0dXMgIT09IHVuZGVmaW5lZCAmJiBSdW5TdGF0dXMuaXNUZXJtaW5hbChwYXRjaC5zdGF0dXMgYXMgUnVuU3RhdHVzLlJ1blN0YXR1cyksXG4gICAgICAgICAgLi4ua2V5LFxuICAgICAgICAgIGZyb20sXG4gICAgICAgICAgZXhwZWN0ZWRWZXJzaW9uID8/IG51bGwsXG4gICAgICAgICAgdG9rZW4gPz8gbnVsbFxuICAgICAgICBdKVxuICAgICAgICBpZiAoYXBwbGllZC5sZW5ndGggPT09IDEpIHJldHVybiB0cnVlXG4gICAgICAgIGNvbnN0IHVubG9ja2VkID0geWllbGQqIGF0dGVtcHQoZmFsc2UpXG4gICAgICAgIGlmICh1bmxvY2tlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gdW5sb2NrZWRcbiAgICAgIH1cbiAgICAgIHJldHVybiAoeWllbGQqIGF0dGVtcHQodHJ1ZSkpID09PSB0cnVlXG4gICAgfSlcbiAgfVxuXG4gIGNvbnN0IGluc2VydCA9IChydW46IFJ1bikgPT5cbiAgICBzcWxgSU5TRVJUIElOVE8gJHt0LnJ1bnN9ICR7c3FsLmluc2VydChydW5Sb3cocnVuKSl9XG4gICAgICBPTiBDT05GTElDVCAob3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWQsIHJ1bl9pZCkgRE8gTk9USElORyBSRVRVUk5JTkcgcnVuX2lkYFxuXG4gIHJldHVybiB7XG4gICAgY3JlYXRlOiAocnVuKSA9PlxuICAgICAgd3JpdGluZyhjdHgsIFwiUnVuU3RvcmUuY3JlYXRlXCIsIHsgZW50aXR5OiBcIlJ1blwiLCBpZDogcnVuLnJ1bklkIH0pKFxuICAgICAgICBFZmZlY3QuZmxhdE1hcChpbnNlcnQocnVuKSwgKHJvd3MpID0+XG4gICAgICAgICAgcm93cy5sZW5ndGggPT09IDAgPyBFZmZlY3QuZmFpbChuZXcgRXJyb3JzLkFscmVhZHlFeGlzdHMoeyBlbnRpdHk6IFwiUnVuXCIsIGlkOiBydW4ucnVuSWQgfSkpIDogRWZmZWN0LnZvaWQpXG4gICAgICApLFxuXG4gICAgZ2V0OiAoc2NvcGUsIHJ1bklkKSA9PlxuICAgICAgcXVlcnlpbmdQcmVwYXJlZChjdHgsIFwiUnVuU3RvcmUuZ2V0XCIsIHsgZW50aXR5OiBcIlJ1blwiLCBpZDogcnVuSWQgfSkoc2NyaXB0KGZ1bmN0aW9uKigpIHtcbiAgICAgICAgY29uc3QgbG9hZGVkID0geWllbGQqIGxvYWRSdW4oY3R4LCBcIlJ1blN0b3JlLmdldFwiLCBydW5LZXkoc2NvcGUsIHJ1bklkKSwgcnVuSWQsIGZhbHNlKVxuICAgICAgICByZXR1cm4gbG9hZGVkID09PSB1bmRlZmluZWQgPyBPcHRpb24ubm9uZTxSdW4+KCkgOiBPcHRpb24uc29tZShsb2FkZWQucnVuKVxuICAgICAgfSkpLFxuXG4gICAgbGlzdDogKHNjb3BlLCBxdWVyeSkgPT4ge1xuICAgICAgY29uc3QgY29uZGl0aW9ucyA9IFtpblNjb3BlKGN0eCwgc2NvcGUpXVxuICAgICAgaWYgKHF1ZXJ5LmZsb3dJZCAhPT0gdW5kZWZpbmVkKSBjb25kaXRpb25zLnB1c2goc3FsYGZsb3dfaWQgPSAke3F1ZXJ5LmZsb3dJZH1gKVxuICAgICAgaWYgKHF1ZXJ5LnN0YXR1c2VzICE9PSB1bmRlZmluZWQpIGNvbmRpdGlvbnMucHVzaChzcWwuaW4oXCJzdGF0dXNcIiwgcXVlcnkuc3RhdHVzZXMpKVxuICAgICAgaWYgKHF1ZXJ5LmNyZWF0ZWRGcm9tICE9PSB1bmRlZmluZWQpIGNvbmRpdGlvbnMucHVzaChzcWxgY3JlYXRlZF9hdCA+PSAke21pbGxpcyhxdWVyeS5jcmVhdGVkRnJvbSl9YClcbiAgICAgIGlmIChxdWVyeS5jcmVhdGVkQmVmb3JlICE9PSB1bmRlZmluZWQpIGNvbmRpdGlvbnMucHVzaChzcWxgY3JlYXRlZF9hdCA8ICR7bWlsbGlzKHF1ZXJ5LmNyZWF0ZWRCZWZvcmUpfWApXG4gICAgICBpZiAocXVlcnkuYWZ0ZXIgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICBjb25kaXRpb25zLnB1c2goc3FsYChjcmVhdGVkX2F0LCBydW5faWQpID4gKCR7cXVlcnkuYWZ0ZXIuY3JlYXRlZEF0fSwgJHtlbmMocXVlcnkuYWZ0ZXIucnVuSWQpfSlgKVxuICAgICAgfVxuICAgICAgcmV0dXJuIHF1ZXJ5aW5nKGN0eCwgXCJSdW5TdG9yZS5saXN0XCIpKFxuICAgICAgICBFZmZlY3QuZmxhdE1hcChcbiAgICAgICAgICBzcWxgU0VMRUNUICogRlJPTSAke3QucnVuc30gV0hFUkUgJHtzcWwuYW5kKGNvbmRpdGlvbnMpfSBPUkRFUiBCWSBjcmVhdGVkX2F0LCBydW5faWQgTElNSVQgJHtxdWVyeS5saW1pdH1gLFxuICAgICAgICAgIChyb3dzKSA9PiBFZmZlY3QuZm9yRWFjaChyb3dzLCAocm93KSA9PiBkZWNvZGVSb3coXCJSdW5TdG9yZS5saXN0XCIsIFwiUnVuXCIsIFN0cmluZyhyb3cucnVuX2lkKSwgKCkgPT4gcnVuRnJvbVJvdyhyb3cpKSlcbiAgICAgICAgKVxuICAgICAgKVxuICAgIH0sXG5cbiAgICBjYXNTdGF0dXM6IChzY29wZSwgcnVuSWQsIGV4cGVjdGVkLCBuZXh0LCBub3csIG9wdGlvbnMpID0+XG4gICAgICB3cml0aW5nUHJlcGFyZWQoY3R4LCBcIlJ1blN0b3JlLmNhc1N0YXR1c1wiLCB7IGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bklkIH0pKFxuICAgICAgICBjYXMoXG4gICAgICAgICAgXCJSdW5TdG9yZS5jYXNTdGF0dXNcIixcbiAgICAgICAgICBydW5LZXkoc2NvcGUsIHJ1bklkKSxcbiAgICAgICAgICBydW5JZCxcbiAgICAgICAgICBleHBlY3RlZC5maWx0ZXIoKHN0YXR1cykgPT4gUnVuU3RhdHVzLmNhblRyYW5zaXRpb24oc3RhdHVzLCBuZXh0KSksXG4gICAgICAgICAgeyBzdGF0dXM6IG5leHQgfSxcbiAgICAgICAgICB1bmRlZmluZWQsXG4gICAgICAgICAgbm93LFxuICAgICAgICAgIG9wdGlvbnM/LmZlbmNpbmdUb2tlbixcbiAgICAgICAgICAocnVuKSA9PiBFaXRoZXIucmlnaHQoUnVuTW9kZWwuY2FzU3RhdHVzKHJ1biwgZXhwZWN0ZWQsIG5leHQsIG5vdykpXG4gICAgICAgIClcbiAgICAgICksXG5cbiAgICBjYXNTdGF0ZTogKHNjb3BlLCBydW5JZCwgZXhwZWN0ZWRWZXJzaW9uLCBwYXRjaCwgbm93LCBvcHRpb25zKSA9PlxuICAgICAgd3JpdGluZ1ByZXBhcmVkKGN0eCwgXCJSdW5TdG9yZS5jYXNTdGF0ZVwiLCB7IGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bklkIH0pKFxuICAgICAgICBjYXMoXG4gICAgICAgICAgXCJSdW5TdG9yZS5jYXNTdGF0ZVwiLFxuICAgICAgICAgIHJ1bktleShzY29wZSwgcnVuSWQpLFxuICAgICAgICAgIHJ1bklkLFxuICAgICAgICAgIC8vIFRoZSBzdGF0dXNlcyB0aGUgcGF0Y2ggbWF5IGJlIGFwcGxpZWQgYXQgKHNlZSBgUnVuLmNhc1N0YXRlYCk6IGtlZXBpbmcgYSBzdGF0dXMgaXMgbm9cbiAgICAgICAgICAvLyB0cmFuc2l0aW9uIGJ1dCBhIHRlcm1pbmFsIHJ1biBpcyBmcm96ZW47IGEgbmV3IHN0YXR1cyBtdXN0IGJlIHJlYWNoYWJsZS5cbiAgICAgICAgICBSdW5TdGF0dXMuYWxsLmZpbHRlcigoc3RhdHVzKSA9PlxuICAgICAgICAgICAgcGF0Y2guc3RhdHVzID09PSB1bmRlZmluZWQgfHwgcGF0Y2guc3RhdHVzID09PSBzdGF0dXNcbiAgICAgICAgICAgICAgPyAhUnVuU3RhdHVzLmlzVGVybWluYWwoc3RhdHVzKVxuICAgICAgICAgICAgICA6IFJ1blN0YXR1cy5jYW5UcmFuc2l0aW9uKHN0YXR1cywgcGF0Y2guc3RhdHVzKVxuICAgICAgICAgICksXG4gICAgICAgICAgcGF0Y2gsXG4gICAgICAgICAgZXhwZWN0ZWRWZXJzaW9uLFxuICAgICAgICAgIG5vdyxcbiAgICAgICAgICBvcHRpb25zPy5mZW5jaW5nVG9rZW4sXG4gICAgICAgICAgKHJ1bikgPT4gUnVuTW9kZWwuY2FzU3RhdGUocnVuLCBleHBlY3RlZFZlcnNpb24sIHBhdGNoLCBub3cpXG4gICAgICAgIClcbiAgICAgICksXG5cbiAgICBjb250aW51ZUFzTmV3OiAoc2NvcGUsIHJ1bklkLCBpbnB1dCwgbm93LCBvcHRpb25zKSA9PlxuICAgICAgd3JpdGluZyhjdHgsIFwiUnVuU3RvcmUuY29udGludWVBc05ld1wiLCB7IGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bklkIH0pKFxuICAgICAgICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICAgICAgICBjb25zdCBrZXkgPSBydW5LZXkoc2NvcGUsIHJ1bklkKVxuICAgICAgICAgIGNvbnN0IGNvbm4gPSB5aWVsZCogdHJhbnNhY3Rpb25Db25uZWN0aW9uXG4gICAgICAgICAgY29uc3QgbG9hZGVkID0geWllbGQqIHJ1blNjcmlwdE9uKGN0eCwgY29ubiwgcmVxdWlyZVJ1bihjdHgsIFwiUnVuU3RvcmUuY29udGludWVBc05ld1wiLCBrZXksIHJ1bklkLCB0cnVlKSlcbiAgICAgICAgICB5aWVsZCogcnVuU2NyaXB0T24oY3R4LCBjb25uLCBjaGVja0ZlbmNlKGN0eCwgXCJSdW5TdG9yZS5jb250aW51ZUFzTmV3XCIsIGtleSwgcnVuSWQsIG9wdGlvbnM/LmZlbmNpbmdUb2tlbikpXG4gICAgICAgICAgY29uc3Qgc3VjY2Vzc29ySWQgPSBSdW5Nb2RlbC5zdWNjZXNzb3JSdW5JZChydW5JZClcbiAgICAgICAgICBjb25zdCBleGlzdGluZyA9IHlpZWxkKiBydW5TY3JpcHRPbihcbiAgICAgICAgICAgIGN0eCxcbiAgICAgICAgICAgIGNvbm4sXG4gICAgICAgICAgICBsb2FkUnVuKGN0eCwgXCJSdW5TdG9yZS5jb250aW51ZUFzTmV3XCIsIHJ1bktleShzY29wZSwgc3VjY2Vzc29ySWQpLCBzdWNjZXNzb3JJZCwgdHJ1ZSlcbiAgICAgICAgICApXG4gICAgICAgICAgY29uc3QgZGVjaWRlZCA9IFJ1bk1vZGVsLmNvbnRpbnVlQXNOZXcobG9hZGVkLnJ1biwgZXhpc3Rpbmc/LnJ1biwgaW5wdXQsIG5vdylcbiAgICAgICAgICBpZiAoRWl0aGVyLmlzTGVmdChkZWNpZGVkKSkgcmV0dXJuIHlpZWxkKiBFZmZlY3QuZmFpbChkZWNpZGVkLmxlZnQpXG4gICAgICAgICAgY29uc3QgZGVjaXNpb24gPSBkZWNpZGVkLnJpZ2h0XG4gICAgICAgICAgaWYgKGRlY2lzaW9uLnByZXZpb3VzQ2hhbmdlZCkge1xuICAgICAgICAgICAgeWllbGQqIHJ1blNjcmlwdE9uKGN0eCwgY29ubiwgKGZ1bmN0aW9uKigpIHtcbiAgICAgICAgICAgICAgcmV0dXJuIHlpZWxkKiB1cGRhdGVSdW4oY3R4LCBrZXksIGxvYWRlZCwgZGVjaXNpb24ucHJldmlvdXMpXG4gICAgICAgICAgICB9KSgpKVxuICAgICAgICAgIH1cbiAgICAgICAgICBpZiAoZGVjaXNpb24uY3JlYXRlZCkge1xuICAgICAgICAgICAgY29uc3QgaW5zZXJ0ZWQgPSB5aWVsZCogaW5zZXJ0KGRlY2lzaW9uLnN1Y2Nlc3NvcilcbiAgICAgICAgICAgIC8vIFRoZSBzdWNjZXNzb3IgaWQgd2FzIGZyZWUgd2hlbiByZWFkIHVuZGVyIHRoZSBsb2NrOyBhIGNvbmZsaWN0IGhlcmUgbWVhbnMgaXQgd2FzIG5vdC5cbiAgICAgICAgICAgIGlmIChpbnNlcnRlZC5sZW5ndGggPT09IDApIHJldHVybiB5aWVsZCogRWZmZWN0LmZhaWwobmV3IEVycm9ycy5BbHJlYWR5RXhpc3RzKHsgZW50aXR5OiBcIlJ1blwiLCBpZDogc3VjY2Vzc29ySWQgfSkpXG4gICAgICAgICAgfVxuICAgICAgICAgIHJldHVybiBkZWNpc2lvblxuICAgICAgICB9KVxuICAgICAgKSxcblxuICAgIGNoYWluOiAoc2NvcGUsIGNoYWluSWQpID0+XG4gICAgICBxdWVyeWluZyhjdHgsIFwiUnVuU3RvcmUuY2hhaW5cIiwgeyBlbnRpdHk6IFwiQ2hhaW5cIiwgaWQ6IGNoYWluSWQgfSkoXG4gICAgICAgIEVmZmVjdC5mbGF0TWFwKFxuICAgICAgICAgIHNxbGBTRUxFQ1QgKiBGUk9NICR7dC5ydW5zfSBXSEVSRSAke2luU2NvcGUoY3R4LCBzY29wZSl9IEFORCBjaGFpbl9pZCA9ICR7Y2hhaW5JZH1gLFxuICAgICAgICAgIChyb3dzKSA9PlxuICAgICAgICAgICAgRWZmZWN0Lm1hcChcbiAgICAgICAgICAgICAgRWZmZWN0LmZvckVhY2gocm93cywgKHJvdykgPT4gZGVjb2RlUm93KFwiUnVuU3RvcmUuY2hhaW5cIiwgXCJSdW5cIiwgU3RyaW5nKHJvdy5ydW5faWQpLCAoKSA9PiBydW5Gcm9tUm93KHJvdykpKSxcbiAgICAgICAgICAgICAgUnVuTW9kZWwuY2hhaW5PcmRlclxuICAgICAgICAgICAgKVxuICAgICAgICApXG4gICAgICApLFxuXG4gICAgYXBwZW5kU3RlcDogKHNjb3BlLCBydW5JZCwgZW50cnkpID0+XG4gICAgICB3cml0aW5nKGN0eCwgXCJSdW5TdG9yZS5hcHBlbmRTdGVwXCIsIHsgZW50aXR5OiBcIlJ1blwiLCBpZDogcnVuSWQgfSkoXG4gICAgICAgIEVmZmVjdC56aXBSaWdodChcbiAgICAgICAgICByZXF1aXJlRXhpc3RzKHNjb3BlLCBydW5JZCwgdHJ1ZSksXG4gICAgICAgICAgc3FsYElOU0VSVCBJTlRPICR7dC5zdGVwc30gJHtcbiAgICAgICAgICAgIHNxbC5pbnNlcnQoe1xuICAgICAgICAgICAgICAuLi5zY29wZUNvbHVtbnMoc2NvcGUpLFxuICAgICAgICAgICAgICBydW5faWQ6IGVuYyhydW5JZCksXG4gICAgICAgICAgICAgIHN0ZXBfaWQ6IGVudHJ5LnN0ZXBJZCxcbiAgICAgICAgICAgICAga2luZDogZW50cnkua2luZCxcbiAgICAgICAgICAgICAgYXR0ZW1wdDogZW50cnkuYXR0ZW1wdCxcbiAgICAgICAgICAgICAgYXQ6IG1pbGxpcyhlbnRyeS5hdCksXG4gICAgICAgICAgICAgIGRldGFpbDogc3RlcERldGFpbChlbnRyeSlcbiAgICAgICAgICAgIH0pXG4gICAgICAgICAgfWBcbiAgICAgICAgKVxuICAgICAgKS5waXBlKEVmZmVjdC5hc1ZvaWQpLFxuXG4gICAgYXBwZW5kU3RlcElmQWJzZW50OiAoc2NvcGUsIHJ1bklkLCBlbnRyeSkgPT5cbiAgICAgIHdyaXRpbmcoY3R4LCBcIlJ1blN0b3JlLmFwcGVuZFN0ZXBJZkFic2VudFwiLCB7IGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bklkIH0pKFxuICAgICAgICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICAgICAgICB5aWVsZCogcmVxdWlyZUV4aXN0cyhzY29wZSwgcnVuSWQsIHRydWUpXG4gICAgICAgICAgY29uc3QgcHJlc2VudCA9IHlpZWxkKiBzcWxgU0VMRUNUIDEgQVMgZm91bmQgRlJPTSAke3Quc3RlcHN9IFdIRVJFICR7aW5SdW4oY3R4LCBzY29wZSwgcnVuSWQpfVxuICAgICAgICAgICAgQU5EIHN0ZXBfaWQgPSAke2VudHJ5LnN0ZXBJZH0gQU5EIGtpbmQgPSAke2VudHJ5LmtpbmR9IEFORCBhdHRlbXB0ID0gJHtlbnRyeS5hdHRlbXB0fSBMSU1JVCAxYFxuICAgICAgICAgIGlmIChwcmVzZW50Lmxlbmd0aCA+IDApIHJldHVybiBmYWxzZVxuICAgICAgICAgIHlpZWxkKiBzcWxgSU5TRVJUIElOVE8gJHt0LnN0ZXBzfSAke1xuICAgICAgICAgICAgc3FsLmluc2VydCh7XG4gICAgICAgICAgICAgIC4uLnNjb3BlQ29sdW1ucyhzY29wZSksXG4gICAgICAgICAgICAgIHJ1bl9pZDogZW5jKHJ1bklkKSxcbiAgICAgICAgICAgICAgc3RlcF9pZDogZW50cnkuc3RlcElkLFxuICAgICAgICAgICAgICBraW5kOiBlbnRyeS5raW5kLFxuICAgICAgICAgICAgICBhdHRlbXB0OiBlbnRyeS5hdHRlbXB0LFxuICAgICAgICAgICAgICBhdDogbWlsbGlzKGVudHJ5LmF0KSxcbiAgICAgICAgICAgICAgZGV0YWlsOiBzdGVwRGV0YWlsKGVudHJ5KVxuICAgICAgICAgICAgfSlcbiAgICAgICAgICB9YFxuICAgICAgICAgIHJldHVybiB0cnVlXG4gICAgICAgIH0pXG4gICAgICApLFxuXG4gICAgbGlzdFN0ZXBzOiAoc2NvcGUsIHJ1bklkKSA9PlxuICAgICAgcXVlcnlpbmcoY3R4LCBcIlJ1blN0b3JlLmxpc3RTdGVwc1wiLCB7IGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bklkIH0pKFxuICAgICAgICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICAgICAgICB5aWVsZCogcmVxdWlyZUV4aXN0cyhzY29wZSwgcnVuSWQsIGZhbHNlKVxuICAgICAgICAgIGNvbnN0IHJvd3MgPSB5aWVsZCogc3FsYFNFTEVDVCAqIEZST00gJHt0LnN0ZXBzfSBXSEVSRSAke2luUnVuKGN0eCwgc2NvcGUsIHJ1bklkKX0gT1JERVIgQlkgaWRgXG4gICAgICAgICAgcmV0dXJuIHlpZWxkKiBFZmZlY3QuZm9yRWFjaChyb3dzLCAocm93KSA9PiBkZWNvZGVSb3coXCJSdW5TdG9yZS5saXN0U3RlcHNcIiwgXCJSdW5cIiwgcnVuSWQsICgpID0+IHN0ZXBGcm9tUm93KHJvdykpKVxuICAgICAgICB9KVxuICAgICAgKSxcblxuICAgIGFwcGVuZEZhaWx1cmU6IChzY29wZSwgcnVuSWQsIGVudHJ5KSA9PlxuICAgICAgd3JpdGluZyhjdHgsIFwiUnVuU3RvcmUuYXBwZW5kRmFpbHVyZVwiLCB7IGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bklkIH0pKFxuICAgICAgICBFZmZlY3QuemlwUmlnaHQoXG4gICAgICAgICAgcmVxdWlyZUV4aXN0cyhzY29wZSwgcnVuSWQsIHRydWUpLFxuICAgICAgICAgIHNxbGBJTlNFUlQgSU5UTyAke3QuZmFpbHVyZXN9ICR7XG4gICAgICAgICAgICBzcWwuaW5zZXJ0KHtcbiAgICAgICAgICAgICAgLi4uc2NvcGVDb2x1bW5zKHNjb3BlKSxcbiAgICAgICAgICAgICAgcnVuX2lkOiBlbmMocnVuSWQpLFxuICAgICAgICAgICAgICBzdGVwX2lkOiBlbnRyeS5zdGVwSWQsXG4gICAgICAgICAgICAgIHJlYXNvbjogZmFpbHVyZVJlYXNvbihlbnRyeSksXG4gICAgICAgICAgICAgIGF0OiBtaWxsaXMoZW50cnkuYXQpXG4gICAgICAgICAgICB9KVxuICAgICAgICAgIH1gXG4gICAgICAgIClcbiAgICAgICkucGlwZShFZmZlY3QuYXNWb2lkKSxcblxuICAgIGxpc3RGYWlsdXJlczogKHNjb3BlLCBydW5JZCkgPT5cbiAgICAgIHF1ZXJ5aW5nKGN0eCwgXCJSdW5TdG9yZS5saXN0RmFpbHVyZXNcIiwgeyBlbnRpdHk6IFwiUnVuXCIsIGlkOiBydW5JZCB9KShcbiAgICAgICAgRWZmZWN0LmdlbihmdW5jdGlvbiooKSB7XG4gICAgICAgICAgeWllbGQqIHJlcXVpcmVFeGlzdHMoc2NvcGUsIHJ1bklkLCBmYWxzZSlcbiAgICAgICAgICBjb25zdCByb3dzID0geWllbGQqIHNxbGBTRUxFQ1QgKiBGUk9NICR7dC5mYWlsdXJlc30gV0hFUkUgJHtpblJ1bihjdHgsIHNjb3BlLCBydW5JZCl9IE9SREVSIEJZIGlkYFxuICAgICAgICAgIHJldHVybiB5aWVsZCogRWZmZWN0LmZvckVhY2gocm93cywgKHJvdykgPT4gZGVjb2RlUm93KFwiUnVuU3RvcmUubGlzdEZhaWx1cmVzXCIsIFwiUnVuXCIsIHJ1bklkLCAoKSA9PiBmYWlsdXJlRnJvbVJvdyhyb3cpKSlcbiAgICAgICAgfSlcbiAgICAgICksXG5cbiAgICBwdXRPdXRwdXQ6IChzY29wZSwgcnVuSWQsIG91dHB1dCkgPT5cbiAgICAgIHdyaXRpbmcoY3R4LCBcIlJ1blN0b3JlLnB1dE91dHB1dFwiLCB7IGVudGl0eTogXCJTdGVwT3V0cHV0XCIsIGlkOiBvdXRwdXQuc3RlcElkIH0pKFxuICAgICAgICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICAgICAgICB5aWVsZCogcmVxdWlyZUV4aXN0cyhzY29wZSwgcnVuSWQsIHRydWUpXG4gICAgICAgICAgY29uc3QgaW5zZXJ0ZWQgPSB5aWVsZCogc3FsYElOU0VSVCBJTlRPICR7dC5vdXRwdXRzfSAke1xuICAgICAgICAgICAgc3FsLmluc2VydCh7XG4gICAgICAgICAgICAgIC4uLnNjb3BlQ29sdW1ucyhzY29wZSksXG4gICAgICAgICAgICAgIHJ1bl9pZDogZW5jKHJ1bklkKSxcbiAgICAgICAgICAgICAgc3RlcF9pZDogZW5jKG91dHB1dC5zdGVwSWQpLFxuICAgICAgICAgICAgICB2YWx1ZTogSlNPTi5zdHJpbmdpZnkob3V0cHV0LnZhbHVlKSxcbiAgICAgICAgICAgICAgZmluZ2VycHJpbnQ6IG91dHB1dC5maW5nZXJwcmludCxcbiAgICAgICAgICAgICAgd3JpdHRlbl9hdDogbWlsbGlzKG91dHB1dC53cml0dGVuQXQpXG4gICAgICAgICAgICB9KVxuICAgICAgICAgIH0gT04gQ09ORkxJQ1QgKG9yZ19pZCwgd29ya3NwYWNlX2lkLCBkZXBsb3ltZW50X2lkLCBydW5faWQsIHN0ZXBfaWQpIERPIE5PVEhJTkcgUkVUVVJOSU5HIHN0ZXBfaWRgXG4gICAgICAgICAgaWYgKGluc2VydGVkLmxlbmd0aCA+IDApIHJldHVyblxuICAgICAgICAgIGNvbnN0IHN0b3JlZCA9IHlpZWxkKiBzcWw8eyByZWFkb25seSBmaW5nZXJwcmludDogc3RyaW5nIH0+YFNFTEVDVCBmaW5nZXJwcmludCBGUk9NICR7dC5vdXRwdXRzfVxuICAgICAgICAgICAgV0hFUkUgJHtpblJ1bihjdHgsIHNjb3BlLCBydW5JZCl9IEFORCBzdGVwX2lkID0gJHtlbmMob3V0cHV0LnN0ZXBJZCl9YFxuICAgICAgICAgIHJldHVybiB5aWVsZCogRWZmZWN0LmZhaWwoXG4gICAgICAgICAgICBTdGVwT3V0cHV0LmNvbmZsaWN0KFwiU3RlcE91dHB1dFwiLCBvdXRwdXQuc3RlcElkLCBTdHJpbmcoc3RvcmVkWzBdPy5maW5nZXJwcmludCksIG91dHB1dC52YWx1ZSlcbiAgICAgICAgICApXG4gICAgICAgIH0pXG4gICAgICApLFxuXG4gICAgZ2V0T3V0cHV0OiAoc2NvcGUsIHJ1bklkLCBzdGVwSWQpID0+XG4gICAgICBxdWVyeWluZyhjdHgsIFwiUnVuU3RvcmUuZ2V0T3V0cHV0XCIsIHsgZW50aXR5OiBcIlN0ZXBPdXRwdXRcIiwgaWQ6IHN0ZXBJZCB9KShcbiAgICAgICAgRWZmZWN0LmdlbihmdW5jdGlvbiooKSB7XG4gICAgICAgICAgY29uc3Qgcm93cyA9IHlpZWxkKiBzcWxgU0VMRUNUICogRlJPTSAke3Qub3V0cHV0c30gV0hFUkUgJHtpblJ1bihjdHgsIHNjb3BlLCBydW5JZCl9IEFORCBzdGVwX2lkID0gJHtlbmMoc3RlcElkKX1gXG4gICAgICAgICAgaWYgKHJvd3NbMF0gPT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgeWllbGQqIHJlcXVpcmVFeGlzdHMoc2NvcGUsIHJ1bklkLCBmYWxzZSlcbiAgICAgICAgICAgIHJldHVybiBPcHRpb24ubm9uZSgpXG4gICAgICAgICAgfVxuICAgICAgICAgIHJldHVybiBPcHRpb24uc29tZSh5aWVsZCogZGVjb2RlUm93KFwiUnVuU3RvcmUuZ2V0T3V0cHV0XCIsIFwiU3RlcE91dHB1dFwiLCBzdGVwSWQsICgpID0+IG91dHB1dEZyb21Sb3cocm93c1swXSEpKSlcbiAgICAgICAgfSlcbiAgICAgICksXG5cbiAgICBsaXN0T3V0cHV0S2V5czogKHNjb3BlLCBydW5JZCkgPT5cbiAgICAgIHF1ZXJ5aW5nKGN0eCwgXCJSdW5TdG9yZS5saXN0T3V0cHV0S2V5c1wiLCB7IGVudGl0eTogXCJSdW5cIiwgaWQ6IHJ1bklkIH0pKFxuICAgICAgICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICAgICAgICB5aWVsZCogcmVxdWlyZUV4aXN0cyhzY29wZSwgcnVuSWQsIGZhbHNlKVxuICAgICAgICAgIGNvbnN0IHJvd3MgPSB5aWVsZCogc3FsPHsgcmVhZG9ubHkgc3RlcF9pZDogc3RyaW5nIH0+YFNFTEVDVCBzdGVwX2lkIEZST00gJHt0Lm91dHB1dHN9XG4gICAgICAgICAgICBXSEVSRSAke2luUnVuKGN0eCwgc2NvcGUsIHJ1bklkKX0gT1JERVIgQlkgc3RlcF9pZGBcbiAgICAgICAgICAvLyBTdG9yZWQgaWRzIHNvcnQgYXMgdGhlIGNvcmUgc29ydHMgc3RyaW5ncyAoc2VlIGNvZGVjLmVuYyksIHNvIHRoZSBvcmRlciBpcyB0aGUgY29yZSdzLlxuICAgICAgICAgIHJldHVybiB5aWVsZCogRWZmZWN0LmZvckVhY2gocm93cywgKHJvdykgPT5cbiAgICAgICAgICAgIGRlY29kZVJvdyhcIlJ1blN0b3JlLmxpc3RPdXRwdXRLZXlzXCIsIFwiU3RlcE91dHB1dFwiLCBTdHJpbmcocm93LnN0ZXBfaWQpLCAoKSA9PiBkZWModGV4dChyb3cuc3RlcF9pZCkpIGFzIFN0ZXBJZCkpXG4gICAgICAgIH0pXG4gICAgICApXG4gIH1cbn1cbiJdLCJmaWxlIjoiL3BhY2thZ2VzL3NxbC9zcmMvaW50ZXJuYWwvcnVucy50cyJ9
