// /packages/sql/src/internal/admin/verify.ts
__vite_ssr_exportName__("verify", () => { try { return verify } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["Compaction","Event","StepLedger","Terminalize"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("effect", {"importedNames":["Effect","Option"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/codec.ts", {"importedNames":["dec","num","scopeOf"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/sql/src/internal/errors.ts", {"importedNames":["refail"]});
const __vite_ssr_import_4__ = await __vite_ssr_import__("/packages/sql/src/internal/rows.ts", {"importedNames":["eventFromRow","runFromRow"]});
const __vite_ssr_import_5__ = await __vite_ssr_import__("/packages/sql/src/internal/admin/export.ts", {"importedNames":["after"]});






const scopeText = (row) => {
  try {
    const s = (0,__vite_ssr_import_2__.scopeOf)(row);
    return s.deploymentId === void 0 ? `${s.orgId}/${s.workspaceId}` : `${s.orgId}/${s.workspaceId}/${s.deploymentId}`;
  } catch {
    return `${String(row.org_id)}/${String(row.workspace_id)}${row.deployment_id === "" ? "" : `/${String(row.deployment_id)}`}`;
  }
};
const PageSize = 200;
const SeqPage = 5e3;
const keyColumns = ["org_id", "workspace_id", "deployment_id", "run_id"];
const verify = (ctx, options) => {
  const sql = ctx.sql;
  const t = ctx.t;
  const findings = [];
  const add = (finding) => {
    if (findings.length < options.maxFindings) findings.push(finding);
  };
  const inRun = (row) => sql`org_id = ${row.org_id} AND workspace_id = ${row.workspace_id} AND deployment_id = ${row.deployment_id} AND run_id = ${row.run_id}`;
  const locate = (stream, from, last) => __vite_ssr_import_1__.Effect.gen(function* () {
    let expected = from;
    let cursor = from - 1;
    for (; ; ) {
      const rows = yield* sql`SELECT seq FROM ${t.events} WHERE ${inRun(stream)} AND seq > ${cursor}
          ORDER BY seq LIMIT ${SeqPage}`;
      for (const row of rows) {
        const seq = (0,__vite_ssr_import_2__.num)(row.seq);
        if (seq === cursor) {
          add({ check: "duplicate-seq", scope: scopeText(stream), runId: (0,__vite_ssr_import_2__.dec)(String(stream.run_id)), detail: `seq ${seq} is stored more than once` });
        } else if (seq > last) {
          add({ check: "seq-out-of-range", scope: scopeText(stream), runId: (0,__vite_ssr_import_2__.dec)(String(stream.run_id)), detail: `seq ${seq} is past the stream's counter (last seq ${last})` });
          return;
        } else if (seq !== expected) {
          add({
            check: "sequence-gap",
            scope: scopeText(stream),
            runId: (0,__vite_ssr_import_2__.dec)(String(stream.run_id)),
            detail: seq - expected === 1 ? `seq ${expected} is missing` : `seqs ${expected}-${seq - 1} are missing`
          });
        };
        expected = seq + 1;
        cursor = seq;
      };
      if (rows.length < SeqPage) break;
      const dup = yield* sql`SELECT COUNT(*) AS n FROM ${t.events} WHERE ${inRun(stream)} AND seq = ${cursor}`;
      if ((0,__vite_ssr_import_2__.num)(dup[0].n) > 1) {
        add({ check: "duplicate-seq", scope: scopeText(stream), runId: (0,__vite_ssr_import_2__.dec)(String(stream.run_id)), detail: `seq ${cursor} is stored more than once` });
      }
    };
    if (expected <= last) {
      add({
        check: "sequence-gap",
        scope: scopeText(stream),
        runId: (0,__vite_ssr_import_2__.dec)(String(stream.run_id)),
        detail: expected === last ? `seq ${last} is missing` : `seqs ${expected}-${last} are missing`
      });
    }
  });
  const checkMarker = (stream, cts) => __vite_ssr_import_1__.Effect.gen(function* () {
    const scope = scopeText(stream);
    const runId = (0,__vite_ssr_import_2__.dec)(String(stream.run_id));
    const markers = yield* sql`SELECT * FROM ${t.events} WHERE ${inRun(stream)} AND type = ${__vite_ssr_import_0__.Event.CompactedType}
        ORDER BY seq LIMIT 3`;
    const pruned = (0,__vite_ssr_import_2__.num)((yield* sql`SELECT COUNT(*) AS n FROM ${t.prunedEvents} WHERE ${inRun(stream)}`)[0].n);
    if (cts === 0) {
      if (markers.length > 0) add({ check: "marker", scope, runId, detail: `a marker at seq ${(0,__vite_ssr_import_2__.num)(markers[0].seq)} but the stream was never compacted` });
      if (pruned > 0) add({ check: "marker", scope, runId, detail: `${pruned} pruned event ids but the stream was never compacted` });
      return;
    };
    if (markers.length === 0) {
      add({ check: "marker", scope, runId, detail: `compacted through seq ${cts} but no marker` });
      return;
    };
    if (markers.length > 1) add({ check: "marker", scope, runId, detail: `${markers.length} markers; a stream keeps one` });
    const row = markers[0];
    const seq = (0,__vite_ssr_import_2__.num)(row.seq);
    if (seq !== cts) add({ check: "marker", scope, runId, detail: `the marker is at seq ${seq}, the compaction point is ${cts}` });
    let event;
    try {
      event = (0,__vite_ssr_import_4__.eventFromRow)(row);
    } catch (cause) {
      add({ check: "unreadable-row", scope, runId, detail: `the marker does not decode: ${cause instanceof Error ? cause.message : String(cause)}` });
      return;
    };
    const expectedId = __vite_ssr_import_0__.Compaction.markerId((0,__vite_ssr_import_2__.scopeOf)(stream), event.runId, seq);
    if (event.eventId !== expectedId) add({ check: "marker", scope, runId, detail: `the marker's id is ${event.eventId}, expected ${expectedId}` });
    const payload = __vite_ssr_import_0__.Compaction.readMarker(event);
    if (__vite_ssr_import_1__.Option.isNone(payload)) {
      add({ check: "marker", scope, runId, detail: "the marker's payload does not decode" });
      return;
    };
    if (payload.value.compactedThroughSeq !== seq) {
      add({ check: "marker", scope, runId, detail: `the marker says compactedThroughSeq ${payload.value.compactedThroughSeq}, it is at seq ${seq}` });
    };
    if (payload.value.prunedEvents !== payload.value.pruned.length) {
      add({ check: "marker", scope, runId, detail: `the marker counts ${payload.value.prunedEvents} pruned events but lists ${payload.value.pruned.length}` });
    };
    if (pruned !== payload.value.prunedEvents) {
      add({ check: "marker", scope, runId, detail: `the marker counts ${payload.value.prunedEvents} pruned events, the id index holds ${pruned}` });
    };
    const late = yield* sql`SELECT COUNT(*) AS n FROM ${t.prunedEvents} WHERE ${inRun(stream)} AND seq > ${cts}`;
    if ((0,__vite_ssr_import_2__.num)(late[0].n) > 0) add({ check: "marker", scope, runId, detail: `${(0,__vite_ssr_import_2__.num)(late[0].n)} pruned ids have a seq past the compaction point ${cts}` });
  });
  const checkStreams = __vite_ssr_import_1__.Effect.gen(function* () {
    let last = __vite_ssr_import_1__.Option.none();
    let streams = 0;
    let events = 0;
    for (; ; ) {
      const page = yield* sql`SELECT * FROM ${t.streams}
        ${__vite_ssr_import_1__.Option.match(last, { onNone: () => sql``, onSome: (row) => sql`WHERE ${(0,__vite_ssr_import_5__.after)(ctx, keyColumns, row)}` })}
        ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT ${PageSize}`;
      for (const stream of page) {
        streams += 1;
        const lastSeq = (0,__vite_ssr_import_2__.num)(stream.last_seq);
        const cts = (0,__vite_ssr_import_2__.num)(stream.compacted_through_seq);
        const agg = (yield* sql`SELECT COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi, COUNT(DISTINCT seq) AS d
          FROM ${t.events} WHERE ${inRun(stream)}`)[0];
        const n = (0,__vite_ssr_import_2__.num)(agg.n);
        events += n;
        const from = cts > 0 ? cts : 1;
        const expected = lastSeq === 0 ? 0 : lastSeq - from + 1;
        const dense = n === expected && (0,__vite_ssr_import_2__.num)(agg.d) === n && (n === 0 || (0,__vite_ssr_import_2__.num)(agg.lo) === from && (0,__vite_ssr_import_2__.num)(agg.hi) === lastSeq);
        if (!dense) yield* locate(stream, from, lastSeq);
        const retained = (0,__vite_ssr_import_2__.num)((yield* sql`SELECT COUNT(*) AS n FROM ${t.events} WHERE ${inRun(stream)} AND type <> ${__vite_ssr_import_0__.Event.CompactedType}`)[0].n);
        const counted = (0,__vite_ssr_import_2__.num)(stream.event_count);
        if (counted !== retained) {
          add({
            check: "stream-counter",
            scope: scopeText(stream),
            runId: (0,__vite_ssr_import_2__.dec)(String(stream.run_id)),
            detail: `the stream counts ${counted} retained events, ${retained} are stored`
          });
        };
        yield* checkMarker(stream, cts);
      };
      if (page.length < PageSize) break;
      last = __vite_ssr_import_1__.Option.some(page[page.length - 1]);
    };
    return { streams, events };
  });
  const checkDuplicates = __vite_ssr_import_1__.Effect.gen(function* () {
    const duplicates = yield* sql`SELECT org_id, workspace_id, deployment_id, run_id, event_id, COUNT(*) AS n
      FROM ${t.events} GROUP BY org_id, workspace_id, deployment_id, run_id, event_id HAVING COUNT(*) > 1
      ORDER BY org_id, workspace_id, deployment_id, run_id, event_id LIMIT ${options.maxFindings}`;
    for (const row of duplicates) {
      add({
        check: "duplicate-event-id",
        scope: scopeText(row),
        runId: (0,__vite_ssr_import_2__.dec)(String(row.run_id)),
        detail: `event id ${JSON.stringify(row.event_id)} is stored ${(0,__vite_ssr_import_2__.num)(row.n)} times`
      });
    };
    const both = yield* sql`SELECT e.org_id, e.workspace_id, e.deployment_id, e.run_id, e.event_id FROM ${t.events} e
      JOIN ${t.prunedEvents} p ON p.org_id = e.org_id AND p.workspace_id = e.workspace_id
        AND p.deployment_id = e.deployment_id AND p.run_id = e.run_id AND p.event_id = e.event_id
      LIMIT ${options.maxFindings}`;
    for (const row of both) {
      add({
        check: "duplicate-event-id",
        scope: scopeText(row),
        runId: (0,__vite_ssr_import_2__.dec)(String(row.run_id)),
        detail: `event id ${JSON.stringify(row.event_id)} is both retained and pruned`
      });
    };
    const orphans = yield* sql`SELECT e.org_id, e.workspace_id, e.deployment_id, e.run_id, COUNT(*) AS n FROM ${t.events} e
      WHERE NOT EXISTS (SELECT 1 FROM ${t.streams} s WHERE s.org_id = e.org_id AND s.workspace_id = e.workspace_id
        AND s.deployment_id = e.deployment_id AND s.run_id = e.run_id)
      GROUP BY e.org_id, e.workspace_id, e.deployment_id, e.run_id LIMIT ${options.maxFindings}`;
    for (const row of orphans) {
      add({ check: "orphan-events", scope: scopeText(row), runId: (0,__vite_ssr_import_2__.dec)(String(row.run_id)), detail: `${(0,__vite_ssr_import_2__.num)(row.n)} events without a stream counter` });
    }
  });
  const divergencePrefix = "terminal run status persisted but ";
  const checkTerminalRuns = __vite_ssr_import_1__.Effect.gen(function* () {
    let last = __vite_ssr_import_1__.Option.none();
    let count = 0;
    for (; ; ) {
      const page = yield* sql`SELECT * FROM ${t.runs}
        WHERE status IN ('Completed', 'Failed', 'Canceled')
        ${__vite_ssr_import_1__.Option.match(last, { onNone: () => sql``, onSome: (row) => sql`AND ${(0,__vite_ssr_import_5__.after)(ctx, keyColumns, row)}` })}
        ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT ${PageSize}`;
      for (const row of page) {
        count += 1;
        let runId;
        let status;
        try {
          const run = (0,__vite_ssr_import_4__.runFromRow)(row);
          runId = run.runId;
          status = run.status;
        } catch (cause) {
          add({ check: "unreadable-row", scope: scopeText(row), runId: (0,__vite_ssr_import_2__.dec)(String(row.run_id)), detail: `the run does not decode: ${cause instanceof Error ? cause.message : String(cause)}` });
          continue;
        };
        const eventId = __vite_ssr_import_0__.Terminalize.terminalEventId(runId);
        const expectedType = `Flow${status}`;
        const stored = yield* sql`SELECT type FROM ${t.events} WHERE ${inRun(row)} AND event_id = ${eventId} LIMIT 1`;
        if (stored.length > 0) {
          if (stored[0].type !== expectedType) {
            add({
              check: "terminal-event-mismatch",
              scope: scopeText(row),
              runId,
              detail: `the run is ${status} but its terminal event is ${String(stored[0].type)}`
            });
          };
          continue;
        };
        const pruned = yield* sql`SELECT 1 AS one FROM ${t.prunedEvents} WHERE ${inRun(row)} AND event_id = ${eventId} LIMIT 1`;
        if (pruned.length > 0) continue;
        const failures = yield* sql`SELECT reason FROM ${t.failures} WHERE ${inRun(row)} AND step_id = ${__vite_ssr_import_0__.StepLedger.SystemStepId}`;
        const diverged = failures.some((f) => {
          try {
            const reason = JSON.parse(String(f.reason));
            return typeof reason === "string" && reason.startsWith(divergencePrefix);
          } catch {
            return false;
          }
        });
        if (!diverged) {
          add({
            check: "terminal-event-missing",
            scope: scopeText(row),
            runId,
            detail: `the run is ${status} but has no ${expectedType} event (${eventId}) and no divergence entry`
          });
        }
      };
      if (page.length < PageSize) break;
      last = __vite_ssr_import_1__.Option.some(page[page.length - 1]);
    };
    return count;
  });
  return (0,__vite_ssr_import_3__.refail)("SqlAdmin.verify")(__vite_ssr_import_1__.Effect.gen(function* () {
    const { events, streams } = yield* checkStreams;
    yield* checkDuplicates;
    const terminalRuns = yield* checkTerminalRuns;
    return { streams, events, terminalRuns, findings };
  }));
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6IjtBQWFBO0FBRUE7QUFDQTtBQUVBO0FBQ0E7QUFDQTs7Ozs7OztBQStCQSxNQUFNLFlBQVksQ0FBQyxRQUFxQjtBQUN0QyxNQUFJO0FBQ0YsVUFBTSxPQUFJLCtCQUFRLEdBQThCO0FBQ2hELFdBQU8sRUFBRSxpQkFBaUIsU0FBWSxHQUFHLEVBQUUsS0FBSyxJQUFJLEVBQUUsV0FBVyxLQUFLLEdBQUcsRUFBRSxLQUFLLElBQUksRUFBRSxXQUFXLElBQUksRUFBRSxZQUFZO0FBQUEsRUFDckgsUUFBUTtBQUNOLFdBQU8sR0FBRyxPQUFPLElBQUksTUFBTSxDQUFDLElBQUksT0FBTyxJQUFJLFlBQVksQ0FBQyxHQUFHLElBQUksa0JBQWtCLEtBQUssS0FBSyxJQUFJLE9BQU8sSUFBSSxhQUFhLENBQUMsRUFBRTtBQUFBLEVBQzVIO0FBQ0Y7QUFFQSxNQUFNLFdBQVc7QUFDakIsTUFBTSxVQUFVO0FBQ2hCLE1BQU0sYUFBYSxDQUFDLFVBQVUsZ0JBQWdCLGlCQUFpQixRQUFRO0FBR2hFLE1BQU0sU0FBUyxDQUNwQixLQUNBLFlBQ21EO0FBQ25ELFFBQU0sTUFBTSxJQUFJO0FBQ2hCLFFBQU0sSUFBSSxJQUFJO0FBQ2QsUUFBTSxXQUEyQixDQUFDO0FBQ2xDLFFBQU0sTUFBTSxDQUFDLFlBQXFCO0FBQ2hDLFFBQUksU0FBUyxTQUFTLFFBQVEsWUFBYSxVQUFTLEtBQUssT0FBTztBQUFBLEVBQ2xFO0FBQ0EsUUFBTSxRQUFRLENBQUMsUUFDYixlQUFlLElBQUksTUFBZ0IsdUJBQXVCLElBQUksWUFBc0Isd0JBQ2xGLElBQUksYUFDTixpQkFBaUIsSUFBSSxNQUFnQjtBQUd2QyxRQUFNLFNBQVMsQ0FBQyxRQUFhLE1BQWMsU0FDekMsNkJBQU8sSUFBSSxhQUFZO0FBQ3JCLFFBQUksV0FBVztBQUNmLFFBQUksU0FBUyxPQUFPO0FBQ3BCLGVBQVM7QUFDUCxZQUFNLE9BQU8sT0FBTyxzQkFBMkIsRUFBRSxNQUFNLFVBQVUsTUFBTSxNQUFNLENBQUMsY0FBYyxNQUFNO0FBQUEsK0JBQzNFLE9BQU87QUFDOUIsaUJBQVcsT0FBTyxNQUFNO0FBQ3RCLGNBQU0sU0FBTSwyQkFBSSxJQUFJLEdBQUc7QUFDdkIsWUFBSSxRQUFRLFFBQVE7QUFDbEIsY0FBSSxFQUFFLE9BQU8saUJBQWlCLE9BQU8sVUFBVSxNQUFNLEdBQUcsVUFBTywyQkFBSSxPQUFPLE9BQU8sTUFBTSxDQUFDLEdBQUcsUUFBUSxPQUFPLEdBQUcsNEJBQTRCLENBQUM7QUFBQSxRQUM1SSxXQUFXLE1BQU0sTUFBTTtBQUNyQixjQUFJLEVBQUUsT0FBTyxvQkFBb0IsT0FBTyxVQUFVLE1BQU0sR0FBRyxVQUFPLDJCQUFJLE9BQU8sT0FBTyxNQUFNLENBQUMsR0FBRyxRQUFRLE9BQU8sR0FBRywyQ0FBMkMsSUFBSSxJQUFJLENBQUM7QUFDcEs7QUFBQSxRQUNGLFdBQVcsUUFBUSxVQUFVO0FBQzNCLGNBQUk7QUFBQSxZQUNGLE9BQU87QUFBQSxZQUNQLE9BQU8sVUFBVSxNQUFNO0FBQUEsWUFDdkIsVUFBTywyQkFBSSxPQUFPLE9BQU8sTUFBTSxDQUFDO0FBQUEsWUFDaEMsUUFBUSxNQUFNLGFBQWEsSUFBSSxPQUFPLFFBQVEsZ0JBQWdCLFFBQVEsUUFBUSxJQUFJLE1BQU0sQ0FBQztBQUFBLFVBQzNGLENBQUM7QUFBQSxRQUNIO0FBQ0EsbUJBQVcsTUFBTTtBQUNqQixpQkFBUztBQUFBLE1BQ1g7QUFHQSxVQUFJLEtBQUssU0FBUyxRQUFTO0FBQzNCLFlBQU0sTUFBTSxPQUFPLGdDQUFxQyxFQUFFLE1BQU0sVUFBVSxNQUFNLE1BQU0sQ0FBQyxjQUFjLE1BQU07QUFDM0csYUFBSSwyQkFBSSxJQUFJLENBQUMsRUFBRyxDQUFDLElBQUksR0FBRztBQUN0QixZQUFJLEVBQUUsT0FBTyxpQkFBaUIsT0FBTyxVQUFVLE1BQU0sR0FBRyxVQUFPLDJCQUFJLE9BQU8sT0FBTyxNQUFNLENBQUMsR0FBRyxRQUFRLE9BQU8sTUFBTSw0QkFBNEIsQ0FBQztBQUFBLE1BQy9JO0FBQUEsSUFDRjtBQUNBLFFBQUksWUFBWSxNQUFNO0FBQ3BCLFVBQUk7QUFBQSxRQUNGLE9BQU87QUFBQSxRQUNQLE9BQU8sVUFBVSxNQUFNO0FBQUEsUUFDdkIsVUFBTywyQkFBSSxPQUFPLE9BQU8sTUFBTSxDQUFDO0FBQUEsUUFDaEMsUUFBUSxhQUFhLE9BQU8sT0FBTyxJQUFJLGdCQUFnQixRQUFRLFFBQVEsSUFBSSxJQUFJO0FBQUEsTUFDakYsQ0FBQztBQUFBLElBQ0g7QUFBQSxFQUNGLENBQUM7QUFFSCxRQUFNLGNBQWMsQ0FBQyxRQUFhLFFBQ2hDLDZCQUFPLElBQUksYUFBWTtBQUNyQixVQUFNLFFBQVEsVUFBVSxNQUFNO0FBQzlCLFVBQU0sV0FBUSwyQkFBSSxPQUFPLE9BQU8sTUFBTSxDQUFDO0FBQ3ZDLFVBQU0sVUFBVSxPQUFPLG9CQUF5QixFQUFFLE1BQU0sVUFBVSxNQUFNLE1BQU0sQ0FBQyxlQUFlLDRCQUFNLGFBQWE7QUFBQTtBQUVqSCxVQUFNLFlBQVMsNEJBQUssT0FBTyxnQ0FBcUMsRUFBRSxZQUFZLFVBQVUsTUFBTSxNQUFNLENBQUMsSUFBSSxDQUFDLEVBQUcsQ0FBQztBQUM5RyxRQUFJLFFBQVEsR0FBRztBQUNiLFVBQUksUUFBUSxTQUFTLEVBQUcsS0FBSSxFQUFFLE9BQU8sVUFBVSxPQUFPLE9BQU8sUUFBUSxzQkFBbUIsMkJBQUksUUFBUSxDQUFDLEVBQUcsR0FBRyxDQUFDLHNDQUFzQyxDQUFDO0FBQ25KLFVBQUksU0FBUyxFQUFHLEtBQUksRUFBRSxPQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsR0FBRyxNQUFNLHVEQUF1RCxDQUFDO0FBQzlIO0FBQUEsSUFDRjtBQUNBLFFBQUksUUFBUSxXQUFXLEdBQUc7QUFDeEIsVUFBSSxFQUFFLE9BQU8sVUFBVSxPQUFPLE9BQU8sUUFBUSx5QkFBeUIsR0FBRyxpQkFBaUIsQ0FBQztBQUMzRjtBQUFBLElBQ0Y7QUFDQSxRQUFJLFFBQVEsU0FBUyxFQUFHLEtBQUksRUFBRSxPQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsR0FBRyxRQUFRLE1BQU0sK0JBQStCLENBQUM7QUFDdEgsVUFBTSxNQUFNLFFBQVEsQ0FBQztBQUNyQixVQUFNLFNBQU0sMkJBQUksSUFBSSxHQUFHO0FBQ3ZCLFFBQUksUUFBUSxJQUFLLEtBQUksRUFBRSxPQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsd0JBQXdCLEdBQUcsNkJBQTZCLEdBQUcsR0FBRyxDQUFDO0FBQzdILFFBQUk7QUFDSixRQUFJO0FBQ0YsaUJBQVEsb0NBQWEsR0FBRztBQUFBLElBQzFCLFNBQVMsT0FBTztBQUNkLFVBQUksRUFBRSxPQUFPLGtCQUFrQixPQUFPLE9BQU8sUUFBUSwrQkFBK0IsaUJBQWlCLFFBQVEsTUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDLEdBQUcsQ0FBQztBQUM5STtBQUFBLElBQ0Y7QUFDQSxVQUFNLGFBQWEsaUNBQVcsWUFBUywrQkFBUSxNQUFpQyxHQUE4QixNQUFNLE9BQU8sR0FBRztBQUM5SCxRQUFJLE1BQU0sWUFBWSxXQUFZLEtBQUksRUFBRSxPQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsc0JBQXNCLE1BQU0sT0FBTyxjQUFjLFVBQVUsR0FBRyxDQUFDO0FBQzlJLFVBQU0sVUFBVSxpQ0FBVyxXQUFXLEtBQUs7QUFDM0MsUUFBSSw2QkFBTyxPQUFPLE9BQU8sR0FBRztBQUMxQixVQUFJLEVBQUUsT0FBTyxVQUFVLE9BQU8sT0FBTyxRQUFRLHVDQUF1QyxDQUFDO0FBQ3JGO0FBQUEsSUFDRjtBQUNBLFFBQUksUUFBUSxNQUFNLHdCQUF3QixLQUFLO0FBQzdDLFVBQUksRUFBRSxPQUFPLFVBQVUsT0FBTyxPQUFPLFFBQVEsdUNBQXVDLFFBQVEsTUFBTSxtQkFBbUIsa0JBQWtCLEdBQUcsR0FBRyxDQUFDO0FBQUEsSUFDaEo7QUFDQSxRQUFJLFFBQVEsTUFBTSxpQkFBaUIsUUFBUSxNQUFNLE9BQU8sUUFBUTtBQUM5RCxVQUFJLEVBQUUsT0FBTyxVQUFVLE9BQU8sT0FBTyxRQUFRLHFCQUFxQixRQUFRLE1BQU0sWUFBWSw0QkFBNEIsUUFBUSxNQUFNLE9BQU8sTUFBTSxHQUFHLENBQUM7QUFBQSxJQUN6SjtBQUNBLFFBQUksV0FBVyxRQUFRLE1BQU0sY0FBYztBQUN6QyxVQUFJLEVBQUUsT0FBTyxVQUFVLE9BQU8sT0FBTyxRQUFRLHFCQUFxQixRQUFRLE1BQU0sWUFBWSxzQ0FBc0MsTUFBTSxHQUFHLENBQUM7QUFBQSxJQUM5STtBQUNBLFVBQU0sT0FBTyxPQUFPLGdDQUFxQyxFQUFFLFlBQVksVUFBVSxNQUFNLE1BQU0sQ0FBQyxjQUFjLEdBQUc7QUFDL0csV0FBSSwyQkFBSSxLQUFLLENBQUMsRUFBRyxDQUFDLElBQUksRUFBRyxLQUFJLEVBQUUsT0FBTyxVQUFVLE9BQU8sT0FBTyxRQUFRLE1BQUcsMkJBQUksS0FBSyxDQUFDLEVBQUcsQ0FBQyxDQUFDLG9EQUFvRCxHQUFHLEdBQUcsQ0FBQztBQUFBLEVBQ3JKLENBQUM7QUFFSCxRQUFNLGVBQWUsNkJBQU8sSUFBSSxhQUFZO0FBQzFDLFFBQUksT0FBMkIsNkJBQU8sS0FBSztBQUMzQyxRQUFJLFVBQVU7QUFDZCxRQUFJLFNBQVM7QUFDYixlQUFTO0FBQ1AsWUFBTSxPQUFPLE9BQU8sb0JBQXlCLEVBQUUsT0FBTztBQUFBLFVBQ2xELDZCQUFPLE1BQU0sTUFBTSxFQUFFLFFBQVEsTUFBTSxPQUFPLFFBQVEsQ0FBQyxRQUFRLGVBQVksNkJBQU0sS0FBSyxZQUFZLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUFBLHFFQUM1QyxRQUFRO0FBQ3ZFLGlCQUFXLFVBQVUsTUFBTTtBQUN6QixtQkFBVztBQUNYLGNBQU0sYUFBVSwyQkFBSSxPQUFPLFFBQVE7QUFDbkMsY0FBTSxTQUFNLDJCQUFJLE9BQU8scUJBQXFCO0FBQzVDLGNBQU0sT0FBTyxPQUFPO0FBQUEsaUJBQ1gsRUFBRSxNQUFNLFVBQVUsTUFBTSxNQUFNLENBQUMsSUFBSSxDQUFDO0FBQzdDLGNBQU0sT0FBSSwyQkFBSSxJQUFJLENBQUM7QUFDbkIsa0JBQVU7QUFDVixjQUFNLE9BQU8sTUFBTSxJQUFJLE1BQU07QUFDN0IsY0FBTSxXQUFXLFlBQVksSUFBSSxJQUFJLFVBQVUsT0FBTztBQUN0RCxjQUFNLFFBQVEsTUFBTSxlQUFZLDJCQUFJLElBQUksQ0FBQyxNQUFNLE1BQU0sTUFBTSxRQUFNLDJCQUFJLElBQUksRUFBRSxNQUFNLFdBQVEsMkJBQUksSUFBSSxFQUFFLE1BQU07QUFDekcsWUFBSSxDQUFDLE1BQU8sUUFBTyxPQUFPLFFBQVEsTUFBTSxPQUFPO0FBQy9DLGNBQU0sY0FBVyw0QkFBSyxPQUFPLGdDQUFxQyxFQUFFLE1BQU0sVUFBVSxNQUFNLE1BQU0sQ0FBQyxnQkFBZ0IsNEJBQU0sYUFBYSxJQUFJLENBQUMsRUFBRyxDQUFDO0FBQzdJLGNBQU0sYUFBVSwyQkFBSSxPQUFPLFdBQVc7QUFDdEMsWUFBSSxZQUFZLFVBQVU7QUFDeEIsY0FBSTtBQUFBLFlBQ0YsT0FBTztBQUFBLFlBQ1AsT0FBTyxVQUFVLE1BQU07QUFBQSxZQUN2QixVQUFPLDJCQUFJLE9BQU8sT0FBTyxNQUFNLENBQUM7QUFBQSxZQUNoQyxRQUFRLHFCQUFxQixPQUFPLHFCQUFxQixRQUFRO0FBQUEsVUFDbkUsQ0FBQztBQUFBLFFBQ0g7QUFDQSxlQUFPLFlBQVksUUFBUSxHQUFHO0FBQUEsTUFDaEM7QUFDQSxVQUFJLEtBQUssU0FBUyxTQUFVO0FBQzVCLGFBQU8sNkJBQU8sS0FBSyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUU7QUFBQSxJQUMzQztBQUNBLFdBQU8sRUFBRSxTQUFTLE9BQU87QUFBQSxFQUMzQixDQUFDO0FBRUQsUUFBTSxrQkFBa0IsNkJBQU8sSUFBSSxhQUFZO0FBQzdDLFVBQU0sYUFBYSxPQUFPO0FBQUEsYUFDakIsRUFBRSxNQUFNO0FBQUEsNkVBQ3dELFFBQVEsV0FBVztBQUM1RixlQUFXLE9BQU8sWUFBWTtBQUM1QixVQUFJO0FBQUEsUUFDRixPQUFPO0FBQUEsUUFDUCxPQUFPLFVBQVUsR0FBRztBQUFBLFFBQ3BCLFVBQU8sMkJBQUksT0FBTyxJQUFJLE1BQU0sQ0FBQztBQUFBLFFBQzdCLFFBQVEsWUFBWSxLQUFLLFVBQVUsSUFBSSxRQUFRLENBQUMsaUJBQWMsMkJBQUksSUFBSSxDQUFDLENBQUM7QUFBQSxNQUMxRSxDQUFDO0FBQUEsSUFDSDtBQUNBLFVBQU0sT0FBTyxPQUFPLGtGQUF1RixFQUFFLE1BQU07QUFBQSxhQUMxRyxFQUFFLFlBQVk7QUFBQTtBQUFBLGNBRWIsUUFBUSxXQUFXO0FBQzdCLGVBQVcsT0FBTyxNQUFNO0FBQ3RCLFVBQUk7QUFBQSxRQUNGLE9BQU87QUFBQSxRQUNQLE9BQU8sVUFBVSxHQUFHO0FBQUEsUUFDcEIsVUFBTywyQkFBSSxPQUFPLElBQUksTUFBTSxDQUFDO0FBQUEsUUFDN0IsUUFBUSxZQUFZLEtBQUssVUFBVSxJQUFJLFFBQVEsQ0FBQztBQUFBLE1BQ2xELENBQUM7QUFBQSxJQUNIO0FBQ0EsVUFBTSxVQUFVLE9BQU8scUZBQTBGLEVBQUUsTUFBTTtBQUFBLHdDQUNyRixFQUFFLE9BQU87QUFBQTtBQUFBLDJFQUUwQixRQUFRLFdBQVc7QUFDMUYsZUFBVyxPQUFPLFNBQVM7QUFDekIsVUFBSSxFQUFFLE9BQU8saUJBQWlCLE9BQU8sVUFBVSxHQUFHLEdBQUcsVUFBTywyQkFBSSxPQUFPLElBQUksTUFBTSxDQUFDLEdBQUcsUUFBUSxNQUFHLDJCQUFJLElBQUksQ0FBQyxDQUFDLG1DQUFtQyxDQUFDO0FBQUEsSUFDaEo7QUFBQSxFQUNGLENBQUM7QUFFRCxRQUFNLG1CQUFtQjtBQUN6QixRQUFNLG9CQUFvQiw2QkFBTyxJQUFJLGFBQVk7QUFDL0MsUUFBSSxPQUEyQiw2QkFBTyxLQUFLO0FBQzNDLFFBQUksUUFBUTtBQUNaLGVBQVM7QUFDUCxZQUFNLE9BQU8sT0FBTyxvQkFBeUIsRUFBRSxJQUFJO0FBQUE7QUFBQSxVQUUvQyw2QkFBTyxNQUFNLE1BQU0sRUFBRSxRQUFRLE1BQU0sT0FBTyxRQUFRLENBQUMsUUFBUSxhQUFVLDZCQUFNLEtBQUssWUFBWSxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7QUFBQSxxRUFDMUMsUUFBUTtBQUN2RSxpQkFBVyxPQUFPLE1BQU07QUFDdEIsaUJBQVM7QUFDVCxZQUFJO0FBQ0osWUFBSTtBQUNKLFlBQUk7QUFDRixnQkFBTSxTQUFNLGtDQUFXLEdBQUc7QUFDMUIsa0JBQVEsSUFBSTtBQUNaLG1CQUFTLElBQUk7QUFBQSxRQUNmLFNBQVMsT0FBTztBQUNkLGNBQUksRUFBRSxPQUFPLGtCQUFrQixPQUFPLFVBQVUsR0FBRyxHQUFHLFVBQU8sMkJBQUksT0FBTyxJQUFJLE1BQU0sQ0FBQyxHQUFHLFFBQVEsNEJBQTRCLGlCQUFpQixRQUFRLE1BQU0sVUFBVSxPQUFPLEtBQUssQ0FBQyxHQUFHLENBQUM7QUFDcEw7QUFBQSxRQUNGO0FBQ0EsY0FBTSxVQUFVLGtDQUFZLGdCQUFnQixLQUFLO0FBQ2pELGNBQU0sZUFBZSxPQUFPLE1BQU07QUFDbEMsY0FBTSxTQUFTLE9BQU8sdUJBQTRCLEVBQUUsTUFBTSxVQUFVLE1BQU0sR0FBRyxDQUFDLG1CQUFtQixPQUFPO0FBQ3hHLFlBQUksT0FBTyxTQUFTLEdBQUc7QUFDckIsY0FBSSxPQUFPLENBQUMsRUFBRyxTQUFTLGNBQWM7QUFDcEMsZ0JBQUk7QUFBQSxjQUNGLE9BQU87QUFBQSxjQUNQLE9BQU8sVUFBVSxHQUFHO0FBQUEsY0FDcEI7QUFBQSxjQUNBLFFBQVEsY0FBYyxNQUFNLDhCQUE4QixPQUFPLE9BQU8sQ0FBQyxFQUFHLElBQUksQ0FBQztBQUFBLFlBQ25GLENBQUM7QUFBQSxVQUNIO0FBQ0E7QUFBQSxRQUNGO0FBQ0EsY0FBTSxTQUFTLE9BQU8sMkJBQWdDLEVBQUUsWUFBWSxVQUFVLE1BQU0sR0FBRyxDQUFDLG1CQUFtQixPQUFPO0FBQ2xILFlBQUksT0FBTyxTQUFTLEVBQUc7QUFDdkIsY0FBTSxXQUFXLE9BQU8seUJBQThCLEVBQUUsUUFBUSxVQUFVLE1BQU0sR0FBRyxDQUFDLGtCQUFrQixpQ0FBVyxZQUFZO0FBQzdILGNBQU0sV0FBVyxTQUFTLEtBQUssQ0FBQyxNQUFNO0FBQ3BDLGNBQUk7QUFDRixrQkFBTSxTQUFrQixLQUFLLE1BQU0sT0FBTyxFQUFFLE1BQU0sQ0FBQztBQUNuRCxtQkFBTyxPQUFPLFdBQVcsWUFBWSxPQUFPLFdBQVcsZ0JBQWdCO0FBQUEsVUFDekUsUUFBUTtBQUNOLG1CQUFPO0FBQUEsVUFDVDtBQUFBLFFBQ0YsQ0FBQztBQUNELFlBQUksQ0FBQyxVQUFVO0FBQ2IsY0FBSTtBQUFBLFlBQ0YsT0FBTztBQUFBLFlBQ1AsT0FBTyxVQUFVLEdBQUc7QUFBQSxZQUNwQjtBQUFBLFlBQ0EsUUFBUSxjQUFjLE1BQU0sZUFBZSxZQUFZLFdBQVcsT0FBTztBQUFBLFVBQzNFLENBQUM7QUFBQSxRQUNIO0FBQUEsTUFDRjtBQUNBLFVBQUksS0FBSyxTQUFTLFNBQVU7QUFDNUIsYUFBTyw2QkFBTyxLQUFLLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBRTtBQUFBLElBQzNDO0FBQ0EsV0FBTztBQUFBLEVBQ1QsQ0FBQztBQUVELFlBQU8sOEJBQU8saUJBQWlCLEVBQUUsNkJBQU8sSUFBSSxhQUFZO0FBQ3RELFVBQU0sRUFBRSxRQUFRLFFBQVEsSUFBSSxPQUFPO0FBQ25DLFdBQU87QUFDUCxVQUFNLGVBQWUsT0FBTztBQUM1QixXQUFPLEVBQUUsU0FBUyxRQUFRLGNBQWMsU0FBUztBQUFBLEVBQ25ELENBQUMsQ0FBQztBQUNKIiwibmFtZXMiOltdLCJpZ25vcmVMaXN0IjpbXSwic291cmNlcyI6WyJ2ZXJpZnkudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBWZXJpZnk6IGludGVncml0eSBjaGVja3Mgb3ZlciB0aGUgd2hvbGUgc3RvcmUsIHJlYWQgcGFnZSBieSBwYWdlIChzdHJlYW1zIGluIGtleSBvcmRlciwgZWFjaCB3aXRoXG4gKiBib3VuZGVkIHF1ZXJpZXMpLCBzbyBpdCBydW5zIGluIGJvdW5kZWQgbWVtb3J5IG9uIGFueSBzaXplIG9mIHN0b3JlLlxuICpcbiAqIC0gZXZlcnkgZXZlbnQgc3RyZWFtJ3MgcmV0YWluZWQgc2VxcyBhcmUgZGVuc2U6IHRoZSBtYXJrZXIgKGlmIGNvbXBhY3RlZCkgYXQgdGhlIGNvbXBhY3Rpb24gcG9pbnQsXG4gKiAgIHRoZW4gZXZlcnkgc2VxIHVwIHRvIHRoZSBzdHJlYW0ncyBjb3VudGVyLCBubyBnYXAsIG5vIGR1cGxpY2F0ZSwgbm9uZSBwYXN0IHRoZSBjb3VudGVyO1xuICogLSBubyBldmVudCBpZCB0d2ljZSBpbiBhIHJ1biAocmV0YWluZWQsIG9yIHJldGFpbmVkIGFuZCBwcnVuZWQpO1xuICogLSBtYXJrZXJzIGNvbnNpc3RlbnQ6IGV4YWN0bHkgb25lIHBlciBjb21wYWN0ZWQgc3RyZWFtLCBhdCBpdHMgY29tcGFjdGlvbiBwb2ludCwgd2l0aCBpdHNcbiAqICAgZGV0ZXJtaW5pc3RpYyBpZCwgYSBwYXlsb2FkIHRoYXQgZGVjb2RlcywgYW5kIGFzIG1hbnkgcHJ1bmVkIGlkcyBhcyB0aGUgcGF5bG9hZCBjb3VudHM7XG4gKiAtIGV2ZXJ5IGBDb21wbGV0ZWRgLCBgRmFpbGVkYCBvciBgQ2FuY2VsZWRgIHJ1biBoYXMgaXRzIHRlcm1pbmFsIGV2ZW50XG4gKiAgIChgcnVubGVkZ2VyLnRlcm1pbmFsOjxydW5JZD5gLCByZXRhaW5lZCBvciBwcnVuZWQsIG9mIHRoZSBtYXRjaGluZyB0eXBlKSDigJQgb3IgYSBkaXZlcmdlbmNlIGVudHJ5XG4gKiAgIGluIGl0cyBmYWlsdXJlIGxlZGdlciAoYHRlcm1pbmFsIHJ1biBzdGF0dXMgcGVyc2lzdGVkIGJ1dCDigKYgYXBwZW5kIGZhaWxlZGApIHRoYXQgZXhwbGFpbnMgd2h5IG5vdC5cbiAqL1xuaW1wb3J0IHsgQ29tcGFjdGlvbiwgRXZlbnQsIFN0ZXBMZWRnZXIsIFRlcm1pbmFsaXplIH0gZnJvbSBcIkBydW5sZWRnZXIvY29yZVwiXG5pbXBvcnQgdHlwZSB7IEVycm9ycywgVGVuYW50U2NvcGUgfSBmcm9tIFwiQHJ1bmxlZGdlci9jb3JlXCJcbmltcG9ydCB7IEVmZmVjdCwgT3B0aW9uIH0gZnJvbSBcImVmZmVjdFwiXG5pbXBvcnQgeyBkZWMsIG51bSwgc2NvcGVPZiB9IGZyb20gXCIuLi9jb2RlYy5qc1wiXG5pbXBvcnQgdHlwZSB7IFNjb3BlQ29sdW1ucyB9IGZyb20gXCIuLi9jb2RlYy5qc1wiXG5pbXBvcnQgeyByZWZhaWwgfSBmcm9tIFwiLi4vZXJyb3JzLmpzXCJcbmltcG9ydCB7IGV2ZW50RnJvbVJvdywgcnVuRnJvbVJvdyB9IGZyb20gXCIuLi9yb3dzLmpzXCJcbmltcG9ydCB7IGFmdGVyIH0gZnJvbSBcIi4vZXhwb3J0LmpzXCJcbmltcG9ydCB0eXBlIHsgQWRtaW5DdHggfSBmcm9tIFwiLi90YWJsZXMuanNcIlxuXG4vKiogT25lIHByb2JsZW0gdmVyaWZ5IGZvdW5kLiAqL1xuZXhwb3J0IGludGVyZmFjZSBGaW5kaW5nIHtcbiAgcmVhZG9ubHkgY2hlY2s6XG4gICAgfCBcInNlcXVlbmNlLWdhcFwiXG4gICAgfCBcImR1cGxpY2F0ZS1zZXFcIlxuICAgIHwgXCJzZXEtb3V0LW9mLXJhbmdlXCJcbiAgICB8IFwic3RyZWFtLWNvdW50ZXJcIlxuICAgIHwgXCJvcnBoYW4tZXZlbnRzXCJcbiAgICB8IFwiZHVwbGljYXRlLWV2ZW50LWlkXCJcbiAgICB8IFwibWFya2VyXCJcbiAgICB8IFwidGVybWluYWwtZXZlbnQtbWlzc2luZ1wiXG4gICAgfCBcInRlcm1pbmFsLWV2ZW50LW1pc21hdGNoXCJcbiAgICB8IFwidW5yZWFkYWJsZS1yb3dcIlxuICByZWFkb25seSBzY29wZTogc3RyaW5nXG4gIHJlYWRvbmx5IHJ1bklkOiBzdHJpbmdcbiAgcmVhZG9ubHkgZGV0YWlsOiBzdHJpbmdcbn1cblxuLyoqIFdoYXQgdmVyaWZ5IGNoZWNrZWQgYW5kIGZvdW5kLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWZXJpZnlSZXBvcnQge1xuICByZWFkb25seSBzdHJlYW1zOiBudW1iZXJcbiAgcmVhZG9ubHkgZXZlbnRzOiBudW1iZXJcbiAgcmVhZG9ubHkgdGVybWluYWxSdW5zOiBudW1iZXJcbiAgcmVhZG9ubHkgZmluZGluZ3M6IFJlYWRvbmx5QXJyYXk8RmluZGluZz5cbn1cblxudHlwZSBSb3cgPSB7IHJlYWRvbmx5IFtjb2x1bW46IHN0cmluZ106IHVua25vd24gfVxuXG5jb25zdCBzY29wZVRleHQgPSAocm93OiBSb3cpOiBzdHJpbmcgPT4ge1xuICB0cnkge1xuICAgIGNvbnN0IHMgPSBzY29wZU9mKHJvdyBhcyB1bmtub3duIGFzIFNjb3BlQ29sdW1ucylcbiAgICByZXR1cm4gcy5kZXBsb3ltZW50SWQgPT09IHVuZGVmaW5lZCA/IGAke3Mub3JnSWR9LyR7cy53b3Jrc3BhY2VJZH1gIDogYCR7cy5vcmdJZH0vJHtzLndvcmtzcGFjZUlkfS8ke3MuZGVwbG95bWVudElkfWBcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIGAke1N0cmluZyhyb3cub3JnX2lkKX0vJHtTdHJpbmcocm93LndvcmtzcGFjZV9pZCl9JHtyb3cuZGVwbG95bWVudF9pZCA9PT0gXCJcIiA/IFwiXCIgOiBgLyR7U3RyaW5nKHJvdy5kZXBsb3ltZW50X2lkKX1gfWBcbiAgfVxufVxuXG5jb25zdCBQYWdlU2l6ZSA9IDIwMFxuY29uc3QgU2VxUGFnZSA9IDUwMDBcbmNvbnN0IGtleUNvbHVtbnMgPSBbXCJvcmdfaWRcIiwgXCJ3b3Jrc3BhY2VfaWRcIiwgXCJkZXBsb3ltZW50X2lkXCIsIFwicnVuX2lkXCJdXG5cbi8qKiBWZXJpZnkgdGhlIHN0b3JlIG9mIGBjdHhgLiBgbWF4RmluZGluZ3NgIGJvdW5kcyB0aGUgcmVwb3J0ICh0aGUgY2hlY2tzIHN0b3AgYWRkaW5nIHBhc3QgaXQpLiAqL1xuZXhwb3J0IGNvbnN0IHZlcmlmeSA9IChcbiAgY3R4OiBBZG1pbkN0eCxcbiAgb3B0aW9uczogeyByZWFkb25seSBtYXhGaW5kaW5nczogbnVtYmVyIH1cbik6IEVmZmVjdC5FZmZlY3Q8VmVyaWZ5UmVwb3J0LCBFcnJvcnMuU3RvcmVFcnJvcj4gPT4ge1xuICBjb25zdCBzcWwgPSBjdHguc3FsXG4gIGNvbnN0IHQgPSBjdHgudFxuICBjb25zdCBmaW5kaW5nczogQXJyYXk8RmluZGluZz4gPSBbXVxuICBjb25zdCBhZGQgPSAoZmluZGluZzogRmluZGluZykgPT4ge1xuICAgIGlmIChmaW5kaW5ncy5sZW5ndGggPCBvcHRpb25zLm1heEZpbmRpbmdzKSBmaW5kaW5ncy5wdXNoKGZpbmRpbmcpXG4gIH1cbiAgY29uc3QgaW5SdW4gPSAocm93OiBSb3cpID0+XG4gICAgc3FsYG9yZ19pZCA9ICR7cm93Lm9yZ19pZCBhcyBzdHJpbmd9IEFORCB3b3Jrc3BhY2VfaWQgPSAke3Jvdy53b3Jrc3BhY2VfaWQgYXMgc3RyaW5nfSBBTkQgZGVwbG95bWVudF9pZCA9ICR7XG4gICAgICByb3cuZGVwbG95bWVudF9pZCBhcyBzdHJpbmdcbiAgICB9IEFORCBydW5faWQgPSAke3Jvdy5ydW5faWQgYXMgc3RyaW5nfWBcblxuICAvKiogV2FsayB0aGUgc2VxcyBvZiBvbmUgc3RyZWFtIGFuZCBzYXkgd2hlcmUgdGhleSBzdG9wIGJlaW5nIGRlbnNlLiAqL1xuICBjb25zdCBsb2NhdGUgPSAoc3RyZWFtOiBSb3csIGZyb206IG51bWJlciwgbGFzdDogbnVtYmVyKSA9PlxuICAgIEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgICAgbGV0IGV4cGVjdGVkID0gZnJvbVxuICAgICAgbGV0IGN1cnNvciA9IGZyb20gLSAxXG4gICAgICBmb3IgKDs7KSB7XG4gICAgICAgIGNvbnN0IHJvd3MgPSB5aWVsZCogc3FsPFJvdz5gU0VMRUNUIHNlcSBGUk9NICR7dC5ldmVudHN9IFdIRVJFICR7aW5SdW4oc3RyZWFtKX0gQU5EIHNlcSA+ICR7Y3Vyc29yfVxuICAgICAgICAgIE9SREVSIEJZIHNlcSBMSU1JVCAke1NlcVBhZ2V9YFxuICAgICAgICBmb3IgKGNvbnN0IHJvdyBvZiByb3dzKSB7XG4gICAgICAgICAgY29uc3Qgc2VxID0gbnVtKHJvdy5zZXEpXG4gICAgICAgICAgaWYgKHNlcSA9PT0gY3Vyc29yKSB7XG4gICAgICAgICAgICBhZGQoeyBjaGVjazogXCJkdXBsaWNhdGUtc2VxXCIsIHNjb3BlOiBzY29wZVRleHQoc3RyZWFtKSwgcnVuSWQ6IGRlYyhTdHJpbmcoc3RyZWFtLnJ1bl9pZCkpLCBkZXRhaWw6IGBzZXEgJHtzZXF9IGlzIHN0b3JlZCBtb3JlIHRoYW4gb25jZWAgfSlcbiAgICAgICAgICB9IGVsc2UgaWYgKHNlcSA+IGxhc3QpIHtcbiAgICAgICAgICAgIGFkZCh7IGNoZWNrOiBcInNlcS1vdXQtb2YtcmFuZ2VcIiwgc2NvcGU6IHNjb3BlVGV4dChzdHJlYW0pLCBydW5JZDogZGVjKFN0cmluZyhzdHJlYW0ucnVuX2lkKSksIGRldGFpbDogYHNlcSAke3NlcX0gaXMgcGFzdCB0aGUgc3RyZWFtJ3MgY291bnRlciAobGFzdCBzZXEgJHtsYXN0fSlgIH0pXG4gICAgICAgICAgICByZXR1cm5cbiAgICAgICAgICB9IGVsc2UgaWYgKHNlcSAhPT0gZXhwZWN0ZWQpIHtcbiAgICAgICAgICAgIGFkZCh7XG4gICAgICAgICAgICAgIGNoZWNrOiBcInNlcXVlbmNlLWdhcFwiLFxuICAgICAgICAgICAgICBzY29wZTogc2NvcGVUZXh0KHN0cmVhbSksXG4gICAgICAgICAgICAgIHJ1bklkOiBkZWMoU3RyaW5nKHN0cmVhbS5ydW5faWQpKSxcbiAgICAgICAgICAgICAgZGV0YWlsOiBzZXEgLSBleHBlY3RlZCA9PT0gMSA/IGBzZXEgJHtleHBlY3RlZH0gaXMgbWlzc2luZ2AgOiBgc2VxcyAke2V4cGVjdGVkfS0ke3NlcSAtIDF9IGFyZSBtaXNzaW5nYFxuICAgICAgICAgICAgfSlcbiAgICAgICAgICB9XG4gICAgICAgICAgZXhwZWN0ZWQgPSBzZXEgKyAxXG4gICAgICAgICAgY3Vyc29yID0gc2VxXG4gICAgICAgIH1cbiAgICAgICAgLy8gRHVwbGljYXRlcyBvZiB0aGUgbGFzdCBzZXEgb2YgYSBwYWdlIHNob3cgdXAgYXMgYHNlcSA9IGN1cnNvcmAgb25seSB3aXRoaW4gYSBwYWdlOiBjaGVjayB0aGVcbiAgICAgICAgLy8gYm91bmRhcnkgc2VwYXJhdGVseS5cbiAgICAgICAgaWYgKHJvd3MubGVuZ3RoIDwgU2VxUGFnZSkgYnJlYWtcbiAgICAgICAgY29uc3QgZHVwID0geWllbGQqIHNxbDxSb3c+YFNFTEVDVCBDT1VOVCgqKSBBUyBuIEZST00gJHt0LmV2ZW50c30gV0hFUkUgJHtpblJ1bihzdHJlYW0pfSBBTkQgc2VxID0gJHtjdXJzb3J9YFxuICAgICAgICBpZiAobnVtKGR1cFswXSEubikgPiAxKSB7XG4gICAgICAgICAgYWRkKHsgY2hlY2s6IFwiZHVwbGljYXRlLXNlcVwiLCBzY29wZTogc2NvcGVUZXh0KHN0cmVhbSksIHJ1bklkOiBkZWMoU3RyaW5nKHN0cmVhbS5ydW5faWQpKSwgZGV0YWlsOiBgc2VxICR7Y3Vyc29yfSBpcyBzdG9yZWQgbW9yZSB0aGFuIG9uY2VgIH0pXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIGlmIChleHBlY3RlZCA8PSBsYXN0KSB7XG4gICAgICAgIGFkZCh7XG4gICAgICAgICAgY2hlY2s6IFwic2VxdWVuY2UtZ2FwXCIsXG4gICAgICAgICAgc2NvcGU6IHNjb3BlVGV4dChzdHJlYW0pLFxuICAgICAgICAgIHJ1bklkOiBkZWMoU3RyaW5nKHN0cmVhbS5ydW5faWQpKSxcbiAgICAgICAgICBkZXRhaWw6IGV4cGVjdGVkID09PSBsYXN0ID8gYHNlcSAke2xhc3R9IGlzIG1pc3NpbmdgIDogYHNlcXMgJHtleHBlY3RlZH0tJHtsYXN0fSBhcmUgbWlzc2luZ2BcbiAgICAgICAgfSlcbiAgICAgIH1cbiAgICB9KVxuXG4gIGNvbnN0IGNoZWNrTWFya2VyID0gKHN0cmVhbTogUm93LCBjdHM6IG51bWJlcikgPT5cbiAgICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICAgIGNvbnN0IHNjb3BlID0gc2NvcGVUZXh0KHN0cmVhbSlcbiAgICAgIGNvbnN0IHJ1bklkID0gZGVjKFN0cmluZyhzdHJlYW0ucnVuX2lkKSlcbiAgICAgIGNvbnN0IG1hcmtlcnMgPSB5aWVsZCogc3FsPFJvdz5gU0VMRUNUICogRlJPTSAke3QuZXZlbnRzfSBXSEVSRSAke2luUnVuKHN0cmVhbSl9IEFORCB0eXBlID0gJHtFdmVudC5Db21wYWN0ZWRUeXBlfVxuICAgICAgICBPUkRFUiBCWSBzZXEgTElNSVQgM2BcbiAgICAgIGNvbnN0IHBydW5lZCA9IG51bSgoeWllbGQqIHNxbDxSb3c+YFNFTEVDVCBDT1VOVCgqKSBBUyBuIEZST00gJHt0LnBydW5lZEV2ZW50c30gV0hFUkUgJHtpblJ1bihzdHJlYW0pfWApWzBdIS5uKVxuICAgICAgaWYgKGN0cyA9PT0gMCkge1xuICAgICAgICBpZiAobWFya2Vycy5sZW5ndGggPiAwKSBhZGQoeyBjaGVjazogXCJtYXJrZXJcIiwgc2NvcGUsIHJ1bklkLCBkZXRhaWw6IGBhIG1hcmtlciBhdCBzZXEgJHtudW0obWFya2Vyc1swXSEuc2VxKX0gYnV0IHRoZSBzdHJlYW0gd2FzIG5ldmVyIGNvbXBhY3RlZGAgfSlcbiAgICAgICAgaWYgKHBydW5lZCA+IDApIGFkZCh7IGNoZWNrOiBcIm1hcmtlclwiLCBzY29wZSwgcnVuSWQsIGRldGFpbDogYCR7cHJ1bmVkfSBwcnVuZWQgZXZlbnQgaWRzIGJ1dCB0aGUgc3RyZWFtIHdhcyBuZXZlciBjb21wYWN0ZWRgIH0pXG4gICAgICAgIHJldHVyblxuICAgICAgfVxuICAgICAgaWYgKG1hcmtlcnMubGVuZ3RoID09PSAwKSB7XG4gICAgICAgIGFkZCh7IGNoZWNrOiBcIm1hcmtlclwiLCBzY29wZSwgcnVuSWQsIGRldGFpbDogYGNvbXBhY3RlZCB0aHJvdWdoIHNlcSAke2N0c30gYnV0IG5vIG1hcmtlcmAgfSlcbiAgICAgICAgcmV0dXJuXG4gICAgICB9XG4gICAgICBpZiAobWFya2Vycy5sZW5ndGggPiAxKSBhZGQoeyBjaGVjazogXCJtYXJrZXJcIiwgc2NvcGUsIHJ1bklkLCBkZXRhaWw6IGAke21hcmtlcnMubGVuZ3RofSBtYXJrZXJzOyBhIHN0cmVhbSBrZWVwcyBvbmVgIH0pXG4gICAgICBjb25zdCByb3cgPSBtYXJrZXJzWzBdIVxuICAgICAgY29uc3Qgc2VxID0gbnVtKHJvdy5zZXEpXG4gICAgICBpZiAoc2VxICE9PSBjdHMpIGFkZCh7IGNoZWNrOiBcIm1hcmtlclwiLCBzY29wZSwgcnVuSWQsIGRldGFpbDogYHRoZSBtYXJrZXIgaXMgYXQgc2VxICR7c2VxfSwgdGhlIGNvbXBhY3Rpb24gcG9pbnQgaXMgJHtjdHN9YCB9KVxuICAgICAgbGV0IGV2ZW50OiBFdmVudC5FdmVudFxuICAgICAgdHJ5IHtcbiAgICAgICAgZXZlbnQgPSBldmVudEZyb21Sb3cocm93KVxuICAgICAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICAgICAgYWRkKHsgY2hlY2s6IFwidW5yZWFkYWJsZS1yb3dcIiwgc2NvcGUsIHJ1bklkLCBkZXRhaWw6IGB0aGUgbWFya2VyIGRvZXMgbm90IGRlY29kZTogJHtjYXVzZSBpbnN0YW5jZW9mIEVycm9yID8gY2F1c2UubWVzc2FnZSA6IFN0cmluZyhjYXVzZSl9YCB9KVxuICAgICAgICByZXR1cm5cbiAgICAgIH1cbiAgICAgIGNvbnN0IGV4cGVjdGVkSWQgPSBDb21wYWN0aW9uLm1hcmtlcklkKHNjb3BlT2Yoc3RyZWFtIGFzIHVua25vd24gYXMgU2NvcGVDb2x1bW5zKSBhcyBUZW5hbnRTY29wZS5UZW5hbnRTY29wZSwgZXZlbnQucnVuSWQsIHNlcSlcbiAgICAgIGlmIChldmVudC5ldmVudElkICE9PSBleHBlY3RlZElkKSBhZGQoeyBjaGVjazogXCJtYXJrZXJcIiwgc2NvcGUsIHJ1bklkLCBkZXRhaWw6IGB0aGUgbWFya2VyJ3MgaWQgaXMgJHtldmVudC5ldmVudElkfSwgZXhwZWN0ZWQgJHtleHBlY3RlZElkfWAgfSlcbiAgICAgIGNvbnN0IHBheWxvYWQgPSBDb21wYWN0aW9uLnJlYWRNYXJrZXIoZXZlbnQpXG4gICAgICBpZiAoT3B0aW9uLmlzTm9uZShwYXlsb2FkKSkge1xuICAgICAgICBhZGQoeyBjaGVjazogXCJtYXJrZXJcIiwgc2NvcGUsIHJ1bklkLCBkZXRhaWw6IFwidGhlIG1hcmtlcidzIHBheWxvYWQgZG9lcyBub3QgZGVjb2RlXCIgfSlcbiAgICAgICAgcmV0dXJuXG4gICAgICB9XG4gICAgICBpZiAocGF5bG9hZC52YWx1ZS5jb21wYWN0ZWRUaHJvdWdoU2VxICE9PSBzZXEpIHtcbiAgICAgICAgYWRkKHsgY2hlY2s6IFwibWFya2VyXCIsIHNjb3BlLCBydW5JZCwgZGV0YWlsOiBgdGhlIG1hcmtlciBzYXlzIGNvbXBhY3RlZFRocm91Z2hTZXEgJHtwYXlsb2FkLnZhbHVlLmNvbXBhY3RlZFRocm91Z2hTZXF9LCBpdCBpcyBhdCBzZXEgJHtzZXF9YCB9KVxuICAgICAgfVxuICAgICAgaWYgKHBheWxvYWQudmFsdWUucHJ1bmVkRXZlbnRzICE9PSBwYXlsb2FkLnZhbHVlLnBydW5lZC5sZW5ndGgpIHtcbiAgICAgICAgYWRkKHsgY2hlY2s6IFwibWFya2VyXCIsIHNjb3BlLCBydW5JZCwgZGV0YWlsOiBgdGhlIG1hcmtlciBjb3VudHMgJHtwYXlsb2FkLnZhbHVlLnBydW5lZEV2ZW50c30gcHJ1bmVkIGV2ZW50cyBidXQgbGlzdHMgJHtwYXlsb2FkLnZhbHVlLnBydW5lZC5sZW5ndGh9YCB9KVxuICAgICAgfVxuICAgICAgaWYgKHBydW5lZCAhPT0gcGF5bG9hZC52YWx1ZS5wcnVuZWRFdmVudHMpIHtcbiAgICAgICAgYWRkKHsgY2hlY2s6IFwibWFya2VyXCIsIHNjb3BlLCBydW5JZCwgZGV0YWlsOiBgdGhlIG1hcmtlciBjb3VudHMgJHtwYXlsb2FkLnZhbHVlLnBydW5lZEV2ZW50c30gcHJ1bmVkIGV2ZW50cywgdGhlIGlkIGluZGV4IGhvbGRzICR7cHJ1bmVkfWAgfSlcbiAgICAgIH1cbiAgICAgIGNvbnN0IGxhdGUgPSB5aWVsZCogc3FsPFJvdz5gU0VMRUNUIENPVU5UKCopIEFTIG4gRlJPTSAke3QucHJ1bmVkRXZlbnRzfSBXSEVSRSAke2luUnVuKHN0cmVhbSl9IEFORCBzZXEgPiAke2N0c31gXG4gICAgICBpZiAobnVtKGxhdGVbMF0hLm4pID4gMCkgYWRkKHsgY2hlY2s6IFwibWFya2VyXCIsIHNjb3BlLCBydW5JZCwgZGV0YWlsOiBgJHtudW0obGF0ZVswXSEubil9IHBydW5lZCBpZHMgaGF2ZSBhIHNlcSBwYXN0IHRoZSBjb21wYWN0aW9uIHBvaW50ICR7Y3RzfWAgfSlcbiAgICB9KVxuXG4gIGNvbnN0IGNoZWNrU3RyZWFtcyA9IEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgIGxldCBsYXN0OiBPcHRpb24uT3B0aW9uPFJvdz4gPSBPcHRpb24ubm9uZSgpXG4gICAgbGV0IHN0cmVhbXMgPSAwXG4gICAgbGV0IGV2ZW50cyA9IDBcbiAgICBmb3IgKDs7KSB7XG4gICAgICBjb25zdCBwYWdlID0geWllbGQqIHNxbDxSb3c+YFNFTEVDVCAqIEZST00gJHt0LnN0cmVhbXN9XG4gICAgICAgICR7T3B0aW9uLm1hdGNoKGxhc3QsIHsgb25Ob25lOiAoKSA9PiBzcWxgYCwgb25Tb21lOiAocm93KSA9PiBzcWxgV0hFUkUgJHthZnRlcihjdHgsIGtleUNvbHVtbnMsIHJvdyl9YCB9KX1cbiAgICAgICAgT1JERVIgQlkgb3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWQsIHJ1bl9pZCBMSU1JVCAke1BhZ2VTaXplfWBcbiAgICAgIGZvciAoY29uc3Qgc3RyZWFtIG9mIHBhZ2UpIHtcbiAgICAgICAgc3RyZWFtcyArPSAxXG4gICAgICAgIGNvbnN0IGxhc3RTZXEgPSBudW0oc3RyZWFtLmxhc3Rfc2VxKVxuICAgICAgICBjb25zdCBjdHMgPSBudW0oc3RyZWFtLmNvbXBhY3RlZF90aHJvdWdoX3NlcSlcbiAgICAgICAgY29uc3QgYWdnID0gKHlpZWxkKiBzcWw8Um93PmBTRUxFQ1QgQ09VTlQoKikgQVMgbiwgTUlOKHNlcSkgQVMgbG8sIE1BWChzZXEpIEFTIGhpLCBDT1VOVChESVNUSU5DVCBzZXEpIEFTIGRcbiAgICAgICAgICBGUk9NICR7dC5ldmVudHN9IFdIRVJFICR7aW5SdW4oc3RyZWFtKX1gKVswXSFcbiAgICAgICAgY29uc3QgbiA9IG51bShhZ2cubilcbiAgICAgICAgZXZlbnRzICs9IG5cbiAgICAgICAgY29uc3QgZnJvbSA9IGN0cyA+IDAgPyBjdHMgOiAxXG4gICAgICAgIGNvbnN0IGV4cGVjdGVkID0gbGFzdFNlcSA9PT0gMCA/IDAgOiBsYXN0U2VxIC0gZnJvbSArIDFcbiAgICAgICAgY29uc3QgZGVuc2UgPSBuID09PSBleHBlY3RlZCAmJiBudW0oYWdnLmQpID09PSBuICYmIChuID09PSAwIHx8IChudW0oYWdnLmxvKSA9PT0gZnJvbSAmJiBudW0oYWdnLmhpKSA9PT0gbGFzdFNlcSkpXG4gICAgICAgIGlmICghZGVuc2UpIHlpZWxkKiBsb2NhdGUoc3RyZWFtLCBmcm9tLCBsYXN0U2VxKVxuICAgICAgICBjb25zdCByZXRhaW5lZCA9IG51bSgoeWllbGQqIHNxbDxSb3c+YFNFTEVDVCBDT1VOVCgqKSBBUyBuIEZST00gJHt0LmV2ZW50c30gV0hFUkUgJHtpblJ1bihzdHJlYW0pfSBBTkQgdHlwZSA8PiAke0V2ZW50LkNvbXBhY3RlZFR5cGV9YClbMF0hLm4pXG4gICAgICAgIGNvbnN0IGNvdW50ZWQgPSBudW0oc3RyZWFtLmV2ZW50X2NvdW50KVxuICAgICAgICBpZiAoY291bnRlZCAhPT0gcmV0YWluZWQpIHtcbiAgICAgICAgICBhZGQoe1xuICAgICAgICAgICAgY2hlY2s6IFwic3RyZWFtLWNvdW50ZXJcIixcbiAgICAgICAgICAgIHNjb3BlOiBzY29wZVRleHQoc3RyZWFtKSxcbiAgICAgICAgICAgIHJ1bklkOiBkZWMoU3RyaW5nKHN0cmVhbS5ydW5faWQpKSxcbiAgICAgICAgICAgIGRldGFpbDogYHRoZSBzdHJlYW0gY291bnRzICR7Y291bnRlZH0gcmV0YWluZWQgZXZlbnRzLCAke3JldGFpbmVkfSBhcmUgc3RvcmVkYFxuICAgICAgICAgIH0pXG4gICAgICAgIH1cbiAgICAgICAgeWllbGQqIGNoZWNrTWFya2VyKHN0cmVhbSwgY3RzKVxuICAgICAgfVxuICAgICAgaWYgKHBhZ2UubGVuZ3RoIDwgUGFnZVNpemUpIGJyZWFrXG4gICAgICBsYXN0ID0gT3B0aW9uLnNvbWUocGFnZVtwYWdlLmxlbmd0aCAtIDFdISlcbiAgICB9XG4gICAgcmV0dXJuIHsgc3RyZWFtcywgZXZlbnRzIH1cbiAgfSlcblxuICBjb25zdCBjaGVja0R1cGxpY2F0ZXMgPSBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICBjb25zdCBkdXBsaWNhdGVzID0geWllbGQqIHNxbDxSb3c+YFNFTEVDVCBvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwgcnVuX2lkLCBldmVudF9pZCwgQ09VTlQoKikgQVMgblxuICAgICAgRlJPTSAke3QuZXZlbnRzfSBHUk9VUCBCWSBvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwgcnVuX2lkLCBldmVudF9pZCBIQVZJTkcgQ09VTlQoKikgPiAxXG4gICAgICBPUkRFUiBCWSBvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwgcnVuX2lkLCBldmVudF9pZCBMSU1JVCAke29wdGlvbnMubWF4RmluZGluZ3N9YFxuICAgIGZvciAoY29uc3Qgcm93IG9mIGR1cGxpY2F0ZXMpIHtcbiAgICAgIGFkZCh7XG4gICAgICAgIGNoZWNrOiBcImR1cGxpY2F0ZS1ldmVudC1pZFwiLFxuICAgICAgICBzY29wZTogc2NvcGVUZXh0KHJvdyksXG4gICAgICAgIHJ1bklkOiBkZWMoU3RyaW5nKHJvdy5ydW5faWQpKSxcbiAgICAgICAgZGV0YWlsOiBgZXZlbnQgaWQgJHtKU09OLnN0cmluZ2lmeShyb3cuZXZlbnRfaWQpfSBpcyBzdG9yZWQgJHtudW0ocm93Lm4pfSB0aW1lc2BcbiAgICAgIH0pXG4gICAgfVxuICAgIGNvbnN0IGJvdGggPSB5aWVsZCogc3FsPFJvdz5gU0VMRUNUIGUub3JnX2lkLCBlLndvcmtzcGFjZV9pZCwgZS5kZXBsb3ltZW50X2lkLCBlLnJ1bl9pZCwgZS5ldmVudF9pZCBGUk9NICR7dC5ldmVudHN9IGVcbiAgICAgIEpPSU4gJHt0LnBydW5lZEV2ZW50c30gcCBPTiBwLm9yZ19pZCA9IGUub3JnX2lkIEFORCBwLndvcmtzcGFjZV9pZCA9IGUud29ya3NwYWNlX2lkXG4gICAgICAgIEFORCBwLmRlcGxveW1lbnRfaWQgPSBlLmRlcGxveW1lbnRfaWQgQU5EIHAucnVuX2lkID0gZS5ydW5faWQgQU5EIHAuZXZlbnRfaWQgPSBlLmV2ZW50X2lkXG4gICAgICBMSU1JVCAke29wdGlvbnMubWF4RmluZGluZ3N9YFxuICAgIGZvciAoY29uc3Qgcm93IG9mIGJvdGgpIHtcbiAgICAgIGFkZCh7XG4gICAgICAgIGNoZWNrOiBcImR1cGxpY2F0ZS1ldmVudC1pZFwiLFxuICAgICAgICBzY29wZTogc2NvcGVUZXh0KHJvdyksXG4gICAgICAgIHJ1bklkOiBkZWMoU3RyaW5nKHJvdy5ydW5faWQpKSxcbiAgICAgICAgZGV0YWlsOiBgZXZlbnQgaWQgJHtKU09OLnN0cmluZ2lmeShyb3cuZXZlbnRfaWQpfSBpcyBib3RoIHJldGFpbmVkIGFuZCBwcnVuZWRgXG4gICAgICB9KVxuICAgIH1cbiAgICBjb25zdCBvcnBoYW5zID0geWllbGQqIHNxbDxSb3c+YFNFTEVDVCBlLm9yZ19pZCwgZS53b3Jrc3BhY2VfaWQsIGUuZGVwbG95bWVudF9pZCwgZS5ydW5faWQsIENPVU5UKCopIEFTIG4gRlJPTSAke3QuZXZlbnRzfSBlXG4gICAgICBXSEVSRSBOT1QgRVhJU1RTIChTRUxFQ1QgMSBGUk9NICR7dC5zdHJlYW1zfSBzIFdIRVJFIHMub3JnX2lkID0gZS5vcmdfaWQgQU5EIHMud29ya3NwYWNlX2lkID0gZS53b3Jrc3BhY2VfaWRcbiAgICAgICAgQU5EIHMuZGVwbG95bWVudF9pZCA9IGUuZGVwbG95bWVudF9pZCBBTkQgcy5ydW5faWQgPSBlLnJ1bl9pZClcbiAgICAgIEdST1VQIEJZIGUub3JnX2lkLCBlLndvcmtzcGFjZV9pZCwgZS5kZXBsb3ltZW50X2lkLCBlLnJ1bl9pZCBMSU1JVCAke29wdGlvbnMubWF4RmluZGluZ3N9YFxuICAgIGZvciAoY29uc3Qgcm93IG9mIG9ycGhhbnMpIHtcbiAgICAgIGFkZCh7IGNoZWNrOiBcIm9ycGhhbi1ldmVudHNcIiwgc2NvcGU6IHNjb3BlVGV4dChyb3cpLCBydW5JZDogZGVjKFN0cmluZyhyb3cucnVuX2lkKSksIGRldGFpbDogYCR7bnVtKHJvdy5uKX0gZXZlbnRzIHdpdGhvdXQgYSBzdHJlYW0gY291bnRlcmAgfSlcbiAgICB9XG4gIH0pXG5cbiAgY29uc3QgZGl2ZXJnZW5jZVByZWZpeCA9IFwidGVybWluYWwgcnVuIHN0YXR1cyBwZXJzaXN0ZWQgYnV0IFwiXG4gIGNvbnN0IGNoZWNrVGVybWluYWxSdW5zID0gRWZmZWN0LmdlbihmdW5jdGlvbiooKSB7XG4gICAgbGV0IGxhc3Q6IE9wdGlvbi5PcHRpb248Um93PiA9IE9wdGlvbi5ub25lKClcbiAgICBsZXQgY291bnQgPSAwXG4gICAgZm9yICg7Oykge1xuICAgICAgY29uc3QgcGFnZSA9IHlpZWxkKiBzcWw8Um93PmBTRUxFQ1QgKiBGUk9NICR7dC5ydW5zfVxuICAgICAgICBXSEVSRSBzdGF0dXMgSU4gKCdDb21wbGV0ZWQnLCAnRmFpbGVkJywgJ0NhbmNlbGVkJylcbiAgICAgICAgJHtPcHRpb24ubWF0Y2gobGFzdCwgeyBvbk5vbmU6ICgpID0+IHNxbGBgLCBvblNvbWU6IChyb3cpID0+IHNxbGBBTkQgJHthZnRlcihjdHgsIGtleUNvbHVtbnMsIHJvdyl9YCB9KX1cbiAgICAgICAgT1JERVIgQlkgb3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWQsIHJ1bl9pZCBMSU1JVCAke1BhZ2VTaXplfWBcbiAgICAgIGZvciAoY29uc3Qgcm93IG9mIHBhZ2UpIHtcbiAgICAgICAgY291bnQgKz0gMVxuICAgICAgICBsZXQgcnVuSWQ6IHN0cmluZ1xuICAgICAgICBsZXQgc3RhdHVzOiBzdHJpbmdcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBjb25zdCBydW4gPSBydW5Gcm9tUm93KHJvdylcbiAgICAgICAgICBydW5JZCA9IHJ1bi5ydW5JZFxuICAgICAgICAgIHN0YXR1cyA9IHJ1bi5zdGF0dXNcbiAgICAgICAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICAgICAgICBhZGQoeyBjaGVjazogXCJ1bnJlYWRhYmxlLXJvd1wiLCBzY29wZTogc2NvcGVUZXh0KHJvdyksIHJ1bklkOiBkZWMoU3RyaW5nKHJvdy5ydW5faWQpKSwgZGV0YWlsOiBgdGhlIHJ1biBkb2VzIG5vdCBkZWNvZGU6ICR7Y2F1c2UgaW5zdGFuY2VvZiBFcnJvciA/IGNhdXNlLm1lc3NhZ2UgOiBTdHJpbmcoY2F1c2UpfWAgfSlcbiAgICAgICAgICBjb250aW51ZVxuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGV2ZW50SWQgPSBUZXJtaW5hbGl6ZS50ZXJtaW5hbEV2ZW50SWQocnVuSWQpXG4gICAgICAgIGNvbnN0IGV4cGVjdGVkVHlwZSA9IGBGbG93JHtzdGF0dXN9YFxuICAgICAgICBjb25zdCBzdG9yZWQgPSB5aWVsZCogc3FsPFJvdz5gU0VMRUNUIHR5cGUgRlJPTSAke3QuZXZlbnRzfSBXSEVSRSAke2luUnVuKHJvdyl9IEFORCBldmVudF9pZCA9ICR7ZXZlbnRJZH0gTElNSVQgMWBcbiAgICAgICAgaWYgKHN0b3JlZC5sZW5ndGggPiAwKSB7XG4gICAgICAgICAgaWYgKHN0b3JlZFswXSEudHlwZSAhPT0gZXhwZWN0ZWRUeXBlKSB7XG4gICAgICAgICAgICBhZGQoe1xuICAgICAgICAgICAgICBjaGVjazogXCJ0ZXJtaW5hbC1ldmVudC1taXNtYXRjaFwiLFxuICAgICAgICAgICAgICBzY29wZTogc2NvcGVUZXh0KHJvdyksXG4gICAgICAgICAgICAgIHJ1bklkLFxuICAgICAgICAgICAgICBkZXRhaWw6IGB0aGUgcnVuIGlzICR7c3RhdHVzfSBidXQgaXRzIHRlcm1pbmFsIGV2ZW50IGlzICR7U3RyaW5nKHN0b3JlZFswXSEudHlwZSl9YFxuICAgICAgICAgICAgfSlcbiAgICAgICAgICB9XG4gICAgICAgICAgY29udGludWVcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBwcnVuZWQgPSB5aWVsZCogc3FsPFJvdz5gU0VMRUNUIDEgQVMgb25lIEZST00gJHt0LnBydW5lZEV2ZW50c30gV0hFUkUgJHtpblJ1bihyb3cpfSBBTkQgZXZlbnRfaWQgPSAke2V2ZW50SWR9IExJTUlUIDFgXG4gICAgICAgIGlmIChwcnVuZWQubGVuZ3RoID4gMCkgY29udGludWVcbiAgICAgICAgY29uc3QgZmFpbHVyZXMgPSB5aWVsZCogc3FsPFJvdz5gU0VMRUNUIHJlYXNvbiBGUk9NICR7dC5mYWlsdXJlc30gV0hFUkUgJHtpblJ1bihyb3cpfSBBTkQgc3RlcF9pZCA9ICR7U3RlcExlZGdlci5TeXN0ZW1TdGVwSWR9YFxuICAgICAgICBjb25zdCBkaXZlcmdlZCA9IGZhaWx1cmVzLnNvbWUoKGYpID0+IHtcbiAgICAgICAgICB0cnkge1xuICAgICAgICAgICAgY29uc3QgcmVhc29uOiB1bmtub3duID0gSlNPTi5wYXJzZShTdHJpbmcoZi5yZWFzb24pKVxuICAgICAgICAgICAgcmV0dXJuIHR5cGVvZiByZWFzb24gPT09IFwic3RyaW5nXCIgJiYgcmVhc29uLnN0YXJ0c1dpdGgoZGl2ZXJnZW5jZVByZWZpeClcbiAgICAgICAgICB9IGNhdGNoIHtcbiAgICAgICAgICAgIHJldHVybiBmYWxzZVxuICAgICAgICAgIH1cbiAgICAgICAgfSlcbiAgICAgICAgaWYgKCFkaXZlcmdlZCkge1xuICAgICAgICAgIGFkZCh7XG4gICAgICAgICAgICBjaGVjazogXCJ0ZXJtaW5hbC1ldmVudC1taXNzaW5nXCIsXG4gICAgICAgICAgICBzY29wZTogc2NvcGVUZXh0KHJvdyksXG4gICAgICAgICAgICBydW5JZCxcbiAgICAgICAgICAgIGRldGFpbDogYHRoZSBydW4gaXMgJHtzdGF0dXN9IGJ1dCBoYXMgbm8gJHtleHBlY3RlZFR5cGV9IGV2ZW50ICgke2V2ZW50SWR9KSBhbmQgbm8gZGl2ZXJnZW5jZSBlbnRyeWBcbiAgICAgICAgICB9KVxuICAgICAgICB9XG4gICAgICB9XG4gICAgICBpZiAocGFnZS5sZW5ndGggPCBQYWdlU2l6ZSkgYnJlYWtcbiAgICAgIGxhc3QgPSBPcHRpb24uc29tZShwYWdlW3BhZ2UubGVuZ3RoIC0gMV0hKVxuICAgIH1cbiAgICByZXR1cm4gY291bnRcbiAgfSlcblxuICByZXR1cm4gcmVmYWlsKFwiU3FsQWRtaW4udmVyaWZ5XCIpKEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgIGNvbnN0IHsgZXZlbnRzLCBzdHJlYW1zIH0gPSB5aWVsZCogY2hlY2tTdHJlYW1zXG4gICAgeWllbGQqIGNoZWNrRHVwbGljYXRlc1xuICAgIGNvbnN0IHRlcm1pbmFsUnVucyA9IHlpZWxkKiBjaGVja1Rlcm1pbmFsUnVuc1xuICAgIHJldHVybiB7IHN0cmVhbXMsIGV2ZW50cywgdGVybWluYWxSdW5zLCBmaW5kaW5ncyB9IHNhdGlzZmllcyBWZXJpZnlSZXBvcnRcbiAgfSkpXG59XG4iXSwiZmlsZSI6Ii9wYWNrYWdlcy9zcWwvc3JjL2ludGVybmFsL2FkbWluL3ZlcmlmeS50cyJ9
