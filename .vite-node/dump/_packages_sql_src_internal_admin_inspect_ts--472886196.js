// /packages/sql/src/internal/admin/inspect.ts
__vite_ssr_exportName__("stats", () => { try { return stats } catch {} });
__vite_ssr_exportName__("isRunCursor", () => { try { return isRunCursor } catch {} });
__vite_ssr_exportName__("listRuns", () => { try { return listRuns } catch {} });
__vite_ssr_exportName__("listLeases", () => { try { return listLeases } catch {} });
__vite_ssr_exportName__("compactionPlan", () => { try { return compactionPlan } catch {} });
__vite_ssr_exportName__("compactionProgress", () => { try { return compactionProgress } catch {} });
__vite_ssr_exportName__("scopes", () => { try { return scopes } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["Event"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("effect", {"importedNames":["Effect","Option"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/codec.ts", {"importedNames":["enc","num","scopeColumns","scopeOf"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/sql/src/internal/errors.ts", {"importedNames":["corrupt","refail"]});
const __vite_ssr_import_4__ = await __vite_ssr_import__("/packages/sql/src/internal/rows.ts", {"importedNames":["leaseFromRow","runFromRow"]});
const __vite_ssr_import_5__ = await __vite_ssr_import__("/packages/sql/src/internal/admin/export.ts", {"importedNames":["after"]});






const scopeKey = (row) => `${String(row.org_id)}\0${String(row.workspace_id)}\0${String(row.deployment_id)}`;
const inScopeOf = (ctx, scope) => {
  if (scope === void 0) return ctx.sql`1 = 1`;
  const c = (0,__vite_ssr_import_2__.scopeColumns)(scope);
  return ctx.sql`org_id = ${c.org_id} AND workspace_id = ${c.workspace_id} AND deployment_id = ${c.deployment_id}`;
};
const stats = (ctx, scope) => (0,__vite_ssr_import_3__.refail)("SqlAdmin.stats")(__vite_ssr_import_1__.Effect.gen(function* () {
  const sql = ctx.sql;
  const t = ctx.t;
  const where = inScopeOf(ctx, scope);
  const byScope = /* @__PURE__ */ new Map();
  const entry = (row) => {
    const key = scopeKey(row);
    let e = byScope.get(key);
    if (e === void 0) {
      e = {
        row,
        stats: {
          runs: 0,
          runsByStatus: {},
          events: 0,
          eventBytes: 0,
          prunedEvents: 0,
          outputs: 0,
          outputChars: 0,
          snapshots: 0,
          specs: 0,
          timersScheduled: 0,
          leases: 0
        }
      };
      byScope.set(key, e);
    };
    return e.stats;
  };
  const group = sql`GROUP BY org_id, workspace_id, deployment_id`;
  const cols = sql`org_id, workspace_id, deployment_id`;
  for (const row of yield* sql`SELECT ${cols}, status, COUNT(*) AS n FROM ${t.runs} WHERE ${where} ${group}, status`) {
    const s = entry(row);
    s.runs = s.runs + (0,__vite_ssr_import_2__.num)(row.n);
    s.runsByStatus[String(row.status)] = (0,__vite_ssr_import_2__.num)(row.n);
  };
  for (const row of yield* sql`SELECT ${cols}, COUNT(*) AS n, COALESCE(SUM(bytes), 0) AS b FROM ${t.events}
      WHERE ${where} AND type <> ${__vite_ssr_import_0__.Event.CompactedType} ${group}`) {
    const s = entry(row);
    s.events = (0,__vite_ssr_import_2__.num)(row.n);
    s.eventBytes = (0,__vite_ssr_import_2__.num)(row.b);
  };
  const counts = [
    ["prunedEvents", "prunedEvents", void 0],
    ["snapshots", "snapshots", void 0],
    ["specs", "specs", sql`current_revision IS NOT NULL`],
    ["timers", "timersScheduled", sql`status = 'Scheduled'`],
    ["leases", "leases", void 0]
  ];
  for (const [table, field, extra] of counts) {
    for (const row of yield* sql`SELECT ${cols}, COUNT(*) AS n FROM ${t[table]}
        WHERE ${where}${extra === void 0 ? sql`` : sql` AND ${extra}`} ${group}`) {
      entry(row)[field] = (0,__vite_ssr_import_2__.num)(row.n);
    }
  };
  for (const row of yield* sql`SELECT ${cols}, COUNT(*) AS n, COALESCE(SUM(LENGTH(value)), 0) AS c FROM ${t.outputs}
      WHERE ${where} ${group}`) {
    const s = entry(row);
    s.outputs = (0,__vite_ssr_import_2__.num)(row.n);
    s.outputChars = (0,__vite_ssr_import_2__.num)(row.c);
  };
  const result = [];
  for (const { row, stats: stats2 } of byScope.values()) {
    result.push({ scope: (0,__vite_ssr_import_2__.scopeOf)(row), ...stats2 });
  };
  return result.sort((a, b) => compareScopes(a.scope, b.scope));
}));
const compareScopes = (a, b) => {
  const ka = [a.orgId, a.workspaceId, a.deploymentId ?? ""];
  const kb = [b.orgId, b.workspaceId, b.deploymentId ?? ""];
  for (let i = 0; i < 3; i++) {
    if (ka[i] < kb[i]) return -1;
    if (ka[i] > kb[i]) return 1;
  };
  return 0;
};
const runKey = ["created_at", "org_id", "workspace_id", "deployment_id", "run_id"];
const encodeCursor = (row) => encodeURIComponent(JSON.stringify(runKey.map((k) => k === "created_at" ? (0,__vite_ssr_import_2__.num)(row[k]) : row[k])));
const decodeCursor = (cursor) => {
  try {
    const values = JSON.parse(decodeURIComponent(cursor));
    if (!Array.isArray(values) || values.length !== runKey.length) return void 0;
    if (typeof values[0] !== "number" || values.slice(1).some((v) => typeof v !== "string")) return void 0;
    return Object.fromEntries(runKey.map((k, i) => [k, values[i]]));
  } catch {
    return void 0;
  }
};
const isRunCursor = (cursor) => decodeCursor(cursor) !== void 0;
const listRuns = (ctx, query) => (0,__vite_ssr_import_3__.refail)("SqlAdmin.listRuns")(__vite_ssr_import_1__.Effect.gen(function* () {
  const sql = ctx.sql;
  const conditions = [];
  if (query.scope !== void 0) conditions.push(inScopeOf(ctx, query.scope));
  if (query.statuses !== void 0 && query.statuses.length > 0) conditions.push(sql.in("status", query.statuses));
  if (query.flowId !== void 0) conditions.push(sql`flow_id = ${query.flowId}`);
  if (query.createdFrom !== void 0) conditions.push(sql`created_at >= ${query.createdFrom.getTime()}`);
  if (query.createdBefore !== void 0) conditions.push(sql`created_at < ${query.createdBefore.getTime()}`);
  const last = query.cursor === void 0 ? void 0 : decodeCursor(query.cursor);
  if (last !== void 0) {
    const left = sql.join(", ", false)(runKey.map((k) => sql`${sql(k)}`));
    const right = sql.join(", ", false)(runKey.map((k) => sql`${last[k]}`));
    conditions.push(sql`(${left}) > (${right})`);
  };
  const rows = yield* sql`SELECT * FROM ${ctx.t.runs}
      ${conditions.length === 0 ? sql`` : sql`WHERE ${sql.and(conditions)}`}
      ORDER BY created_at, org_id, workspace_id, deployment_id, run_id LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const runs = [];
  for (const row of page) {
    try {
      runs.push((0,__vite_ssr_import_4__.runFromRow)(row));
    } catch (cause) {
      return yield* __vite_ssr_import_1__.Effect.fail((0,__vite_ssr_import_3__.corrupt)("SqlAdmin.listRuns", "Run", String(row.run_id), cause));
    }
  };
  const nextCursor = rows.length > query.limit ? __vite_ssr_import_1__.Option.some(encodeCursor(page[page.length - 1])) : __vite_ssr_import_1__.Option.none();
  return { runs, nextCursor };
}));
const listLeases = (ctx, query) => (0,__vite_ssr_import_3__.refail)("SqlAdmin.listLeases")(__vite_ssr_import_1__.Effect.gen(function* () {
  const sql = ctx.sql;
  const rows = yield* sql`SELECT * FROM ${ctx.t.leases} WHERE ${inScopeOf(ctx, query.scope)}
      ${query.runId === void 0 ? sql`` : sql`AND run_id = ${(0,__vite_ssr_import_2__.enc)(query.runId)}`}
      ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT ${query.limit}`;
  const leases = [];
  for (const row of rows) {
    try {
      leases.push((0,__vite_ssr_import_4__.leaseFromRow)(row));
    } catch (cause) {
      return yield* __vite_ssr_import_1__.Effect.fail((0,__vite_ssr_import_3__.corrupt)("SqlAdmin.listLeases", "Lease", String(row.run_id), cause));
    }
  };
  return leases;
}));
const compactionPlan = (ctx, options) => (0,__vite_ssr_import_3__.refail)("SqlAdmin.compactionPlan")(__vite_ssr_import_1__.Effect.gen(function* () {
  const sql = ctx.sql;
  const t = ctx.t;
  const cutoff = options.cutoff.getTime();
  const keyColumns = ["org_id", "workspace_id", "deployment_id", "run_id"];
  let last;
  let streams = 0;
  let events = 0;
  let retained = 0;
  for (; ; ) {
    const conditions = [inScopeOf(ctx, options.scope), ...last === void 0 ? [] : [(0,__vite_ssr_import_5__.after)(ctx, keyColumns, last)]];
    const page = yield* sql`SELECT * FROM ${t.streams} WHERE ${sql.and(conditions)}
        ORDER BY org_id, workspace_id, deployment_id, run_id LIMIT 500`;
    for (const stream of page) {
      const inRun = sql`org_id = ${stream.org_id} AND workspace_id = ${stream.workspace_id}
          AND deployment_id = ${stream.deployment_id} AND run_id = ${stream.run_id}`;
      const cts = (0,__vite_ssr_import_2__.num)(stream.compacted_through_seq);
      retained += (0,__vite_ssr_import_2__.num)(stream.event_count);
      const kept = yield* sql`SELECT MIN(seq) AS s FROM ${t.events} WHERE ${inRun} AND seq > ${cts}
          AND type <> ${__vite_ssr_import_0__.Event.CompactedType} AND occurred_at >= ${cutoff}`;
      const firstKept = kept[0]?.s == null ? void 0 : (0,__vite_ssr_import_2__.num)(kept[0].s);
      const n = (0,__vite_ssr_import_2__.num)((yield* sql`SELECT COUNT(*) AS n FROM ${t.events} WHERE ${inRun} AND seq > ${cts}
          AND type <> ${__vite_ssr_import_0__.Event.CompactedType}${firstKept === void 0 ? sql`` : sql` AND seq < ${firstKept}`}`)[0].n);
      if (n > 0) {
        streams += 1;
        events += n;
      }
    };
    if (page.length < 500) break;
    last = page[page.length - 1];
  };
  return { streams, events, retained };
}));
const compactionProgress = (ctx, scope) => (0,__vite_ssr_import_3__.refail)("SqlAdmin.compactionProgress")(
  __vite_ssr_import_1__.Effect.map(
    ctx.sql`SELECT COALESCE(SUM(compacted_through_seq), 0) AS n FROM ${ctx.t.streams} WHERE ${inScopeOf(ctx, scope)}`,
    (rows) => (0,__vite_ssr_import_2__.num)(rows[0].n)
  )
);
const scopes = (ctx) => (0,__vite_ssr_import_3__.refail)("SqlAdmin.scopes")(__vite_ssr_import_1__.Effect.gen(function* () {
  const sql = ctx.sql;
  const rows = yield* sql`SELECT org_id, workspace_id, deployment_id FROM ${ctx.t.runs}
      UNION SELECT org_id, workspace_id, deployment_id FROM ${ctx.t.streams}
      UNION SELECT org_id, workspace_id, deployment_id FROM ${ctx.t.timers}
      ORDER BY org_id, workspace_id, deployment_id`;
  const result = [];
  for (const row of rows) {
    try {
      result.push((0,__vite_ssr_import_2__.scopeOf)(row));
    } catch (cause) {
      return yield* __vite_ssr_import_1__.Effect.fail((0,__vite_ssr_import_3__.corrupt)("SqlAdmin.scopes", "Run", String(row.org_id), cause));
    }
  };
  return result;
}));

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7Ozs7OztBQUlBO0FBRUE7QUFFQTtBQUVBO0FBQ0E7QUFDQTs7Ozs7OztBQXVCQSxNQUFNLFdBQVcsQ0FBQyxRQUFhLEdBQUcsT0FBTyxJQUFJLE1BQU0sQ0FBQyxLQUFTLE9BQU8sSUFBSSxZQUFZLENBQUMsS0FBUyxPQUFPLElBQUksYUFBYSxDQUFDO0FBRXZILE1BQU0sWUFBWSxDQUFDLEtBQWUsVUFBbUQ7QUFDbkYsTUFBSSxVQUFVLE9BQVcsUUFBTyxJQUFJO0FBQ3BDLFFBQU0sT0FBSSxvQ0FBYSxLQUFLO0FBQzVCLFNBQU8sSUFBSSxlQUFlLEVBQUUsTUFBTSx1QkFBdUIsRUFBRSxZQUFZLHdCQUF3QixFQUFFLGFBQWE7QUFDaEg7QUFHTyxNQUFNLFFBQVEsQ0FBQyxLQUFlLGFBQ25DLDhCQUFPLGdCQUFnQixFQUFFLDZCQUFPLElBQUksYUFBWTtBQUM5QyxRQUFNLE1BQU0sSUFBSTtBQUNoQixRQUFNLElBQUksSUFBSTtBQUNkLFFBQU0sUUFBUSxVQUFVLEtBQUssS0FBSztBQUNsQyxRQUFNLFVBQVUsb0JBQUksSUFBMEQ7QUFDOUUsUUFBTSxRQUFRLENBQUMsUUFBYTtBQUMxQixVQUFNLE1BQU0sU0FBUyxHQUFHO0FBQ3hCLFFBQUksSUFBSSxRQUFRLElBQUksR0FBRztBQUN2QixRQUFJLE1BQU0sUUFBVztBQUNuQixVQUFJO0FBQUEsUUFDRjtBQUFBLFFBQ0EsT0FBTztBQUFBLFVBQ0wsTUFBTTtBQUFBLFVBQ04sY0FBYyxDQUFDO0FBQUEsVUFDZixRQUFRO0FBQUEsVUFDUixZQUFZO0FBQUEsVUFDWixjQUFjO0FBQUEsVUFDZCxTQUFTO0FBQUEsVUFDVCxhQUFhO0FBQUEsVUFDYixXQUFXO0FBQUEsVUFDWCxPQUFPO0FBQUEsVUFDUCxpQkFBaUI7QUFBQSxVQUNqQixRQUFRO0FBQUEsUUFDVjtBQUFBLE1BQ0Y7QUFDQSxjQUFRLElBQUksS0FBSyxDQUFDO0FBQUEsSUFDcEI7QUFDQSxXQUFPLEVBQUU7QUFBQSxFQUNYO0FBQ0EsUUFBTSxRQUFRO0FBQ2QsUUFBTSxPQUFPO0FBQ2IsYUFBVyxPQUFPLE9BQU8sYUFBa0IsSUFBSSxnQ0FBZ0MsRUFBRSxJQUFJLFVBQVUsS0FBSyxJQUFJLEtBQUssWUFBWTtBQUN2SCxVQUFNLElBQUksTUFBTSxHQUFHO0FBQ25CLE1BQUUsT0FBUSxFQUFFLFVBQWtCLDJCQUFJLElBQUksQ0FBQztBQUN0QyxJQUFDLEVBQUUsYUFBd0MsT0FBTyxJQUFJLE1BQU0sQ0FBQyxPQUFJLDJCQUFJLElBQUksQ0FBQztBQUFBLEVBQzdFO0FBQ0EsYUFBVyxPQUFPLE9BQU8sYUFBa0IsSUFBSSxzREFBc0QsRUFBRSxNQUFNO0FBQUEsY0FDbkcsS0FBSyxnQkFBZ0IsNEJBQU0sYUFBYSxJQUFJLEtBQUssSUFBSTtBQUM3RCxVQUFNLElBQUksTUFBTSxHQUFHO0FBQ25CLE1BQUUsWUFBUywyQkFBSSxJQUFJLENBQUM7QUFDcEIsTUFBRSxnQkFBYSwyQkFBSSxJQUFJLENBQUM7QUFBQSxFQUMxQjtBQUNBLFFBQU0sU0FBc0Y7QUFBQSxJQUMxRixDQUFDLGdCQUFnQixnQkFBZ0IsTUFBUztBQUFBLElBQzFDLENBQUMsYUFBYSxhQUFhLE1BQVM7QUFBQSxJQUNwQyxDQUFDLFNBQVMsU0FBUyxpQ0FBaUM7QUFBQSxJQUNwRCxDQUFDLFVBQVUsbUJBQW1CLHlCQUF5QjtBQUFBLElBQ3ZELENBQUMsVUFBVSxVQUFVLE1BQVM7QUFBQSxFQUNoQztBQUNBLGFBQVcsQ0FBQyxPQUFPLE9BQU8sS0FBSyxLQUFLLFFBQVE7QUFDMUMsZUFBVyxPQUFPLE9BQU8sYUFBa0IsSUFBSSx3QkFBd0IsRUFBRSxLQUFLLENBQUM7QUFBQSxnQkFDckUsS0FBSyxHQUFHLFVBQVUsU0FBWSxRQUFRLFdBQVcsS0FBSyxFQUFFLElBQUksS0FBSyxJQUFJO0FBQzdFLFlBQU0sR0FBRyxFQUFFLEtBQUssT0FBSSwyQkFBSSxJQUFJLENBQUM7QUFBQSxJQUMvQjtBQUFBLEVBQ0Y7QUFDQSxhQUFXLE9BQU8sT0FBTyxhQUFrQixJQUFJLDhEQUE4RCxFQUFFLE9BQU87QUFBQSxjQUM1RyxLQUFLLElBQUksS0FBSyxJQUFJO0FBQzFCLFVBQU0sSUFBSSxNQUFNLEdBQUc7QUFDbkIsTUFBRSxhQUFVLDJCQUFJLElBQUksQ0FBQztBQUNyQixNQUFFLGlCQUFjLDJCQUFJLElBQUksQ0FBQztBQUFBLEVBQzNCO0FBQ0EsUUFBTSxTQUE0QixDQUFDO0FBQ25DLGFBQVcsRUFBRSxLQUFLLE9BQUFBLE9BQU0sS0FBSyxRQUFRLE9BQU8sR0FBRztBQUM3QyxXQUFPLEtBQUssRUFBRSxVQUFPLCtCQUFRLEdBQThCLEdBQUcsR0FBR0EsT0FBTSxDQUFlO0FBQUEsRUFDeEY7QUFDQSxTQUFPLE9BQU8sS0FBSyxDQUFDLEdBQUcsTUFBTSxjQUFjLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQztBQUM5RCxDQUFDLENBQUM7QUFFSixNQUFNLGdCQUFnQixDQUFDLEdBQXNCLE1BQWlDO0FBQzVFLFFBQU0sS0FBSyxDQUFDLEVBQUUsT0FBTyxFQUFFLGFBQWEsRUFBRSxnQkFBZ0IsRUFBRTtBQUN4RCxRQUFNLEtBQUssQ0FBQyxFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsZ0JBQWdCLEVBQUU7QUFDeEQsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLEtBQUs7QUFDMUIsUUFBSSxHQUFHLENBQUMsSUFBSyxHQUFHLENBQUMsRUFBSSxRQUFPO0FBQzVCLFFBQUksR0FBRyxDQUFDLElBQUssR0FBRyxDQUFDLEVBQUksUUFBTztBQUFBLEVBQzlCO0FBQ0EsU0FBTztBQUNUO0FBbUJBLE1BQU0sU0FBUyxDQUFDLGNBQWMsVUFBVSxnQkFBZ0IsaUJBQWlCLFFBQVE7QUFHakYsTUFBTSxlQUFlLENBQUMsUUFBYSxtQkFBbUIsS0FBSyxVQUFVLE9BQU8sSUFBSSxDQUFDLE1BQU8sTUFBTSxrQkFBZSwyQkFBSSxJQUFJLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxDQUFFLENBQUMsQ0FBQztBQUNwSSxNQUFNLGVBQWUsQ0FBQyxXQUFvQztBQUN4RCxNQUFJO0FBQ0YsVUFBTSxTQUFrQixLQUFLLE1BQU0sbUJBQW1CLE1BQU0sQ0FBQztBQUM3RCxRQUFJLENBQUMsTUFBTSxRQUFRLE1BQU0sS0FBSyxPQUFPLFdBQVcsT0FBTyxPQUFRLFFBQU87QUFDdEUsUUFBSSxPQUFPLE9BQU8sQ0FBQyxNQUFNLFlBQVksT0FBTyxNQUFNLENBQUMsRUFBRSxLQUFLLENBQUMsTUFBTSxPQUFPLE1BQU0sUUFBUSxFQUFHLFFBQU87QUFDaEcsV0FBTyxPQUFPLFlBQVksT0FBTyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsR0FBRyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNoRSxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUdPLE1BQU0sY0FBYyxDQUFDLFdBQTRCLGFBQWEsTUFBTSxNQUFNO0FBRzFFLE1BQU0sV0FBVyxDQUFDLEtBQWUsYUFDdEMsOEJBQU8sbUJBQW1CLEVBQUUsNkJBQU8sSUFBSSxhQUFZO0FBQ2pELFFBQU0sTUFBTSxJQUFJO0FBQ2hCLFFBQU0sYUFBOEIsQ0FBQztBQUNyQyxNQUFJLE1BQU0sVUFBVSxPQUFXLFlBQVcsS0FBSyxVQUFVLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDMUUsTUFBSSxNQUFNLGFBQWEsVUFBYSxNQUFNLFNBQVMsU0FBUyxFQUFHLFlBQVcsS0FBSyxJQUFJLEdBQUcsVUFBVSxNQUFNLFFBQVEsQ0FBQztBQUMvRyxNQUFJLE1BQU0sV0FBVyxPQUFXLFlBQVcsS0FBSyxnQkFBZ0IsTUFBTSxNQUFNLEVBQUU7QUFDOUUsTUFBSSxNQUFNLGdCQUFnQixPQUFXLFlBQVcsS0FBSyxvQkFBb0IsTUFBTSxZQUFZLFFBQVEsQ0FBQyxFQUFFO0FBQ3RHLE1BQUksTUFBTSxrQkFBa0IsT0FBVyxZQUFXLEtBQUssbUJBQW1CLE1BQU0sY0FBYyxRQUFRLENBQUMsRUFBRTtBQUN6RyxRQUFNLE9BQU8sTUFBTSxXQUFXLFNBQVksU0FBWSxhQUFhLE1BQU0sTUFBTTtBQUMvRSxNQUFJLFNBQVMsUUFBVztBQUN0QixVQUFNLE9BQU8sSUFBSSxLQUFLLE1BQU0sS0FBSyxFQUFFLE9BQU8sSUFBSSxDQUFDLE1BQU0sTUFBTSxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7QUFDcEUsVUFBTSxRQUFRLElBQUksS0FBSyxNQUFNLEtBQUssRUFBRSxPQUFPLElBQUksQ0FBQyxNQUFNLE1BQU0sS0FBSyxDQUFDLENBQW9CLEVBQUUsQ0FBQztBQUN6RixlQUFXLEtBQUssT0FBTyxJQUFJLFFBQVEsS0FBSyxHQUFHO0FBQUEsRUFDN0M7QUFDQSxRQUFNLE9BQU8sT0FBTyxvQkFBeUIsSUFBSSxFQUFFLElBQUk7QUFBQSxRQUNuRCxXQUFXLFdBQVcsSUFBSSxRQUFRLFlBQVksSUFBSSxJQUFJLFVBQVUsQ0FBQyxFQUFFO0FBQUEsK0VBQ0ksTUFBTSxRQUFRLENBQUM7QUFDMUYsUUFBTSxPQUFPLEtBQUssTUFBTSxHQUFHLE1BQU0sS0FBSztBQUN0QyxRQUFNLE9BQXVCLENBQUM7QUFDOUIsYUFBVyxPQUFPLE1BQU07QUFDdEIsUUFBSTtBQUNGLFdBQUssUUFBSyxrQ0FBVyxHQUFHLENBQUM7QUFBQSxJQUMzQixTQUFTLE9BQU87QUFDZCxhQUFPLE9BQU8sNkJBQU8sUUFBSywrQkFBUSxxQkFBcUIsT0FBTyxPQUFPLElBQUksTUFBTSxHQUFHLEtBQUssQ0FBQztBQUFBLElBQzFGO0FBQUEsRUFDRjtBQUNBLFFBQU0sYUFBYSxLQUFLLFNBQVMsTUFBTSxRQUFRLDZCQUFPLEtBQUssYUFBYSxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUUsQ0FBQyxJQUFJLDZCQUFPLEtBQUs7QUFDL0csU0FBTyxFQUFFLE1BQU0sV0FBVztBQUM1QixDQUFDLENBQUM7QUFHRyxNQUFNLGFBQWEsQ0FDeEIsS0FDQSxhQUVBLDhCQUFPLHFCQUFxQixFQUFFLDZCQUFPLElBQUksYUFBWTtBQUNuRCxRQUFNLE1BQU0sSUFBSTtBQUNoQixRQUFNLE9BQU8sT0FBTyxvQkFBeUIsSUFBSSxFQUFFLE1BQU0sVUFBVSxVQUFVLEtBQUssTUFBTSxLQUFLLENBQUM7QUFBQSxRQUMxRixNQUFNLFVBQVUsU0FBWSxRQUFRLHNCQUFtQiwyQkFBSSxNQUFNLEtBQUssQ0FBQyxFQUFFO0FBQUEsbUVBQ2QsTUFBTSxLQUFLO0FBQzFFLFFBQU0sU0FBNkIsQ0FBQztBQUNwQyxhQUFXLE9BQU8sTUFBTTtBQUN0QixRQUFJO0FBQ0YsYUFBTyxRQUFLLG9DQUFhLEdBQUcsQ0FBQztBQUFBLElBQy9CLFNBQVMsT0FBTztBQUNkLGFBQU8sT0FBTyw2QkFBTyxRQUFLLCtCQUFRLHVCQUF1QixTQUFTLE9BQU8sSUFBSSxNQUFNLEdBQUcsS0FBSyxDQUFDO0FBQUEsSUFDOUY7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNULENBQUMsQ0FBQztBQWlCRyxNQUFNLGlCQUFpQixDQUM1QixLQUNBLGVBRUEsOEJBQU8seUJBQXlCLEVBQUUsNkJBQU8sSUFBSSxhQUFZO0FBQ3ZELFFBQU0sTUFBTSxJQUFJO0FBQ2hCLFFBQU0sSUFBSSxJQUFJO0FBQ2QsUUFBTSxTQUFTLFFBQVEsT0FBTyxRQUFRO0FBQ3RDLFFBQU0sYUFBYSxDQUFDLFVBQVUsZ0JBQWdCLGlCQUFpQixRQUFRO0FBQ3ZFLE1BQUk7QUFDSixNQUFJLFVBQVU7QUFDZCxNQUFJLFNBQVM7QUFDYixNQUFJLFdBQVc7QUFDZixhQUFTO0FBQ1AsVUFBTSxhQUFhLENBQUMsVUFBVSxLQUFLLFFBQVEsS0FBSyxHQUFHLEdBQUksU0FBUyxTQUFZLENBQUMsSUFBSSxJQUFDLDZCQUFNLEtBQUssWUFBWSxJQUFJLENBQUMsQ0FBRTtBQUNoSCxVQUFNLE9BQU8sT0FBTyxvQkFBeUIsRUFBRSxPQUFPLFVBQVUsSUFBSSxJQUFJLFVBQVUsQ0FBQztBQUFBO0FBRW5GLGVBQVcsVUFBVSxNQUFNO0FBQ3pCLFlBQU0sUUFBUSxlQUFlLE9BQU8sTUFBZ0IsdUJBQXVCLE9BQU8sWUFBc0I7QUFBQSxnQ0FDaEYsT0FBTyxhQUF1QixpQkFBaUIsT0FBTyxNQUFnQjtBQUM5RixZQUFNLFNBQU0sMkJBQUksT0FBTyxxQkFBcUI7QUFDNUMscUJBQVksMkJBQUksT0FBTyxXQUFXO0FBQ2xDLFlBQU0sT0FBTyxPQUFPLGdDQUFxQyxFQUFFLE1BQU0sVUFBVSxLQUFLLGNBQWMsR0FBRztBQUFBLHdCQUNqRiw0QkFBTSxhQUFhLHVCQUF1QixNQUFNO0FBQ2hFLFlBQU0sWUFBWSxLQUFLLENBQUMsR0FBRyxLQUFLLE9BQU8sWUFBWSwyQkFBSSxLQUFLLENBQUMsRUFBRSxDQUFDO0FBQ2hFLFlBQU0sT0FBSSw0QkFBSyxPQUFPLGdDQUFxQyxFQUFFLE1BQU0sVUFBVSxLQUFLLGNBQWMsR0FBRztBQUFBLHdCQUNuRiw0QkFBTSxhQUFhLEdBQUcsY0FBYyxTQUFZLFFBQVEsaUJBQWlCLFNBQVMsRUFBRSxJQUFJLENBQUMsRUFBRyxDQUFDO0FBQzdHLFVBQUksSUFBSSxHQUFHO0FBQ1QsbUJBQVc7QUFDWCxrQkFBVTtBQUFBLE1BQ1o7QUFBQSxJQUNGO0FBQ0EsUUFBSSxLQUFLLFNBQVMsSUFBSztBQUN2QixXQUFPLEtBQUssS0FBSyxTQUFTLENBQUM7QUFBQSxFQUM3QjtBQUNBLFNBQU8sRUFBRSxTQUFTLFFBQVEsU0FBUztBQUNyQyxDQUFDLENBQUM7QUFPRyxNQUFNLHFCQUFxQixDQUFDLEtBQWUsYUFDaEQsOEJBQU8sNkJBQTZCO0FBQUEsRUFDbEMsNkJBQU87QUFBQSxJQUNMLElBQUksK0RBQW9FLElBQUksRUFBRSxPQUFPLFVBQVUsVUFBVSxLQUFLLEtBQUssQ0FBQztBQUFBLElBQ3BILENBQUMsWUFBUywyQkFBSSxLQUFLLENBQUMsRUFBRyxDQUFDO0FBQUEsRUFDMUI7QUFDRjtBQUdLLE1BQU0sU0FBUyxDQUFDLFdBQ3JCLDhCQUFPLGlCQUFpQixFQUFFLDZCQUFPLElBQUksYUFBWTtBQUMvQyxRQUFNLE1BQU0sSUFBSTtBQUNoQixRQUFNLE9BQU8sT0FBTyxzREFBMkQsSUFBSSxFQUFFLElBQUk7QUFBQSw4REFDL0IsSUFBSSxFQUFFLE9BQU87QUFBQSw4REFDYixJQUFJLEVBQUUsTUFBTTtBQUFBO0FBRXRFLFFBQU0sU0FBeUMsQ0FBQztBQUNoRCxhQUFXLE9BQU8sTUFBTTtBQUN0QixRQUFJO0FBQ0YsYUFBTyxRQUFLLCtCQUFRLEdBQThCLENBQUM7QUFBQSxJQUNyRCxTQUFTLE9BQU87QUFDZCxhQUFPLE9BQU8sNkJBQU8sUUFBSywrQkFBUSxtQkFBbUIsT0FBTyxPQUFPLElBQUksTUFBTSxHQUFHLEtBQUssQ0FBQztBQUFBLElBQ3hGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVCxDQUFDLENBQUMiLCJuYW1lcyI6WyJzdGF0cyJdLCJpZ25vcmVMaXN0IjpbXSwic291cmNlcyI6WyJpbnNwZWN0LnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogUmVhZC1vbmx5IGluc3BlY3Rpb25zIHRoZSBzdG9yZSBzZXJ2aWNlcyBkbyBub3Qgb2ZmZXIgYmVjYXVzZSB0aGV5IGNyb3NzIHNjb3BlczogY291bnRzIGFuZCBzaXplc1xuICogcGVyIHNjb3BlLCBydW5zIGFuZCBsZWFzZXMgYWNyb3NzIHNjb3BlcywgYW5kIHdoYXQgYSBjb21wYWN0aW9uIHdvdWxkIHBydW5lLlxuICovXG5pbXBvcnQgeyBFdmVudCB9IGZyb20gXCJAcnVubGVkZ2VyL2NvcmVcIlxuaW1wb3J0IHR5cGUgeyBFcnJvcnMsIExlYXNlLCBSdW4sIFJ1blN0YXR1cywgVGVuYW50U2NvcGUgfSBmcm9tIFwiQHJ1bmxlZGdlci9jb3JlXCJcbmltcG9ydCB7IEVmZmVjdCwgT3B0aW9uIH0gZnJvbSBcImVmZmVjdFwiXG5pbXBvcnQgdHlwZSB7IEZyYWdtZW50IH0gZnJvbSBcIkBlZmZlY3Qvc3FsL1N0YXRlbWVudFwiXG5pbXBvcnQgeyBlbmMsIG51bSwgc2NvcGVDb2x1bW5zLCBzY29wZU9mIH0gZnJvbSBcIi4uL2NvZGVjLmpzXCJcbmltcG9ydCB0eXBlIHsgU2NvcGVDb2x1bW5zIH0gZnJvbSBcIi4uL2NvZGVjLmpzXCJcbmltcG9ydCB7IGNvcnJ1cHQsIHJlZmFpbCB9IGZyb20gXCIuLi9lcnJvcnMuanNcIlxuaW1wb3J0IHsgbGVhc2VGcm9tUm93LCBydW5Gcm9tUm93IH0gZnJvbSBcIi4uL3Jvd3MuanNcIlxuaW1wb3J0IHsgYWZ0ZXIgfSBmcm9tIFwiLi9leHBvcnQuanNcIlxuaW1wb3J0IHR5cGUgeyBBZG1pbkN0eCB9IGZyb20gXCIuL3RhYmxlcy5qc1wiXG5cbnR5cGUgUm93ID0geyByZWFkb25seSBbY29sdW1uOiBzdHJpbmddOiB1bmtub3duIH1cblxuLyoqIENvdW50cyBhbmQgc2l6ZXMgb2Ygb25lIHNjb3BlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTY29wZVN0YXRzIHtcbiAgcmVhZG9ubHkgc2NvcGU6IFRlbmFudFNjb3BlLlRlbmFudFNjb3BlXG4gIHJlYWRvbmx5IHJ1bnM6IG51bWJlclxuICByZWFkb25seSBydW5zQnlTdGF0dXM6IHsgcmVhZG9ubHkgW3N0YXR1czogc3RyaW5nXTogbnVtYmVyIH1cbiAgcmVhZG9ubHkgZXZlbnRzOiBudW1iZXJcbiAgLyoqIFBheWxvYWQgYnl0ZXMgb2YgdGhlIHJldGFpbmVkIGV2ZW50cywgYXMgdGhlIGhpc3RvcnkgZ3VhcmQgbWVhc3VyZXMgdGhlbS4gKi9cbiAgcmVhZG9ubHkgZXZlbnRCeXRlczogbnVtYmVyXG4gIHJlYWRvbmx5IHBydW5lZEV2ZW50czogbnVtYmVyXG4gIHJlYWRvbmx5IG91dHB1dHM6IG51bWJlclxuICAvKiogQ2hhcmFjdGVycyBvZiBzdG9yZWQgb3V0cHV0IHZhbHVlcy4gKi9cbiAgcmVhZG9ubHkgb3V0cHV0Q2hhcnM6IG51bWJlclxuICByZWFkb25seSBzbmFwc2hvdHM6IG51bWJlclxuICByZWFkb25seSBzcGVjczogbnVtYmVyXG4gIHJlYWRvbmx5IHRpbWVyc1NjaGVkdWxlZDogbnVtYmVyXG4gIHJlYWRvbmx5IGxlYXNlczogbnVtYmVyXG59XG5cbmNvbnN0IHNjb3BlS2V5ID0gKHJvdzogUm93KSA9PiBgJHtTdHJpbmcocm93Lm9yZ19pZCl9XFx1MDAwMCR7U3RyaW5nKHJvdy53b3Jrc3BhY2VfaWQpfVxcdTAwMDAke1N0cmluZyhyb3cuZGVwbG95bWVudF9pZCl9YFxuXG5jb25zdCBpblNjb3BlT2YgPSAoY3R4OiBBZG1pbkN0eCwgc2NvcGU6IFRlbmFudFNjb3BlLklucHV0IHwgdW5kZWZpbmVkKTogRnJhZ21lbnQgPT4ge1xuICBpZiAoc2NvcGUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIGN0eC5zcWxgMSA9IDFgXG4gIGNvbnN0IGMgPSBzY29wZUNvbHVtbnMoc2NvcGUpXG4gIHJldHVybiBjdHguc3FsYG9yZ19pZCA9ICR7Yy5vcmdfaWR9IEFORCB3b3Jrc3BhY2VfaWQgPSAke2Mud29ya3NwYWNlX2lkfSBBTkQgZGVwbG95bWVudF9pZCA9ICR7Yy5kZXBsb3ltZW50X2lkfWBcbn1cblxuLyoqIENvdW50cyBhbmQgc2l6ZXMgcGVyIHNjb3BlIChvZiBvbmUgc2NvcGUgd2hlbiBnaXZlbiksIG9yZGVyZWQgYnkgc2NvcGUuICovXG5leHBvcnQgY29uc3Qgc3RhdHMgPSAoY3R4OiBBZG1pbkN0eCwgc2NvcGU/OiBUZW5hbnRTY29wZS5JbnB1dCk6IEVmZmVjdC5FZmZlY3Q8UmVhZG9ubHlBcnJheTxTY29wZVN0YXRzPiwgRXJyb3JzLlN0b3JlRXJyb3I+ID0+XG4gIHJlZmFpbChcIlNxbEFkbWluLnN0YXRzXCIpKEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgIGNvbnN0IHNxbCA9IGN0eC5zcWxcbiAgICBjb25zdCB0ID0gY3R4LnRcbiAgICBjb25zdCB3aGVyZSA9IGluU2NvcGVPZihjdHgsIHNjb3BlKVxuICAgIGNvbnN0IGJ5U2NvcGUgPSBuZXcgTWFwPHN0cmluZywgeyByb3c6IFJvdzsgc3RhdHM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IH0+KClcbiAgICBjb25zdCBlbnRyeSA9IChyb3c6IFJvdykgPT4ge1xuICAgICAgY29uc3Qga2V5ID0gc2NvcGVLZXkocm93KVxuICAgICAgbGV0IGUgPSBieVNjb3BlLmdldChrZXkpXG4gICAgICBpZiAoZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIGUgPSB7XG4gICAgICAgICAgcm93LFxuICAgICAgICAgIHN0YXRzOiB7XG4gICAgICAgICAgICBydW5zOiAwLFxuICAgICAgICAgICAgcnVuc0J5U3RhdHVzOiB7fSxcbiAgICAgICAgICAgIGV2ZW50czogMCxcbiAgICAgICAgICAgIGV2ZW50Qnl0ZXM6IDAsXG4gICAgICAgICAgICBwcnVuZWRFdmVudHM6IDAsXG4gICAgICAgICAgICBvdXRwdXRzOiAwLFxuICAgICAgICAgICAgb3V0cHV0Q2hhcnM6IDAsXG4gICAgICAgICAgICBzbmFwc2hvdHM6IDAsXG4gICAgICAgICAgICBzcGVjczogMCxcbiAgICAgICAgICAgIHRpbWVyc1NjaGVkdWxlZDogMCxcbiAgICAgICAgICAgIGxlYXNlczogMFxuICAgICAgICAgIH1cbiAgICAgICAgfVxuICAgICAgICBieVNjb3BlLnNldChrZXksIGUpXG4gICAgICB9XG4gICAgICByZXR1cm4gZS5zdGF0c1xuICAgIH1cbiAgICBjb25zdCBncm91cCA9IHNxbGBHUk9VUCBCWSBvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZGBcbiAgICBjb25zdCBjb2xzID0gc3FsYG9yZ19pZCwgd29ya3NwYWNlX2lkLCBkZXBsb3ltZW50X2lkYFxuICAgIGZvciAoY29uc3Qgcm93IG9mIHlpZWxkKiBzcWw8Um93PmBTRUxFQ1QgJHtjb2xzfSwgc3RhdHVzLCBDT1VOVCgqKSBBUyBuIEZST00gJHt0LnJ1bnN9IFdIRVJFICR7d2hlcmV9ICR7Z3JvdXB9LCBzdGF0dXNgKSB7XG4gICAgICBjb25zdCBzID0gZW50cnkocm93KVxuICAgICAgcy5ydW5zID0gKHMucnVucyBhcyBudW1iZXIpICsgbnVtKHJvdy5uKVxuICAgICAgOyhzLnJ1bnNCeVN0YXR1cyBhcyBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+KVtTdHJpbmcocm93LnN0YXR1cyldID0gbnVtKHJvdy5uKVxuICAgIH1cbiAgICBmb3IgKGNvbnN0IHJvdyBvZiB5aWVsZCogc3FsPFJvdz5gU0VMRUNUICR7Y29sc30sIENPVU5UKCopIEFTIG4sIENPQUxFU0NFKFNVTShieXRlcyksIDApIEFTIGIgRlJPTSAke3QuZXZlbnRzfVxuICAgICAgV0hFUkUgJHt3aGVyZX0gQU5EIHR5cGUgPD4gJHtFdmVudC5Db21wYWN0ZWRUeXBlfSAke2dyb3VwfWApIHtcbiAgICAgIGNvbnN0IHMgPSBlbnRyeShyb3cpXG4gICAgICBzLmV2ZW50cyA9IG51bShyb3cubilcbiAgICAgIHMuZXZlbnRCeXRlcyA9IG51bShyb3cuYilcbiAgICB9XG4gICAgY29uc3QgY291bnRzOiBSZWFkb25seUFycmF5PHJlYWRvbmx5IFtrZXlvZiBBZG1pbkN0eFtcInRcIl0sIHN0cmluZywgRnJhZ21lbnQgfCB1bmRlZmluZWRdPiA9IFtcbiAgICAgIFtcInBydW5lZEV2ZW50c1wiLCBcInBydW5lZEV2ZW50c1wiLCB1bmRlZmluZWRdLFxuICAgICAgW1wic25hcHNob3RzXCIsIFwic25hcHNob3RzXCIsIHVuZGVmaW5lZF0sXG4gICAgICBbXCJzcGVjc1wiLCBcInNwZWNzXCIsIHNxbGBjdXJyZW50X3JldmlzaW9uIElTIE5PVCBOVUxMYF0sXG4gICAgICBbXCJ0aW1lcnNcIiwgXCJ0aW1lcnNTY2hlZHVsZWRcIiwgc3FsYHN0YXR1cyA9ICdTY2hlZHVsZWQnYF0sXG4gICAgICBbXCJsZWFzZXNcIiwgXCJsZWFzZXNcIiwgdW5kZWZpbmVkXVxuICAgIF1cbiAgICBmb3IgKGNvbnN0IFt0YWJsZSwgZmllbGQsIGV4dHJhXSBvZiBjb3VudHMpIHtcbiAgICAgIGZvciAoY29uc3Qgcm93IG9mIHlpZWxkKiBzcWw8Um93PmBTRUxFQ1QgJHtjb2xzfSwgQ09VTlQoKikgQVMgbiBGUk9NICR7dFt0YWJsZV19XG4gICAgICAgIFdIRVJFICR7d2hlcmV9JHtleHRyYSA9PT0gdW5kZWZpbmVkID8gc3FsYGAgOiBzcWxgIEFORCAke2V4dHJhfWB9ICR7Z3JvdXB9YCkge1xuICAgICAgICBlbnRyeShyb3cpW2ZpZWxkXSA9IG51bShyb3cubilcbiAgICAgIH1cbiAgICB9XG4gICAgZm9yIChjb25zdCByb3cgb2YgeWllbGQqIHNxbDxSb3c+YFNFTEVDVCAke2NvbHN9LCBDT1VOVCgqKSBBUyBuLCBDT0FMRVNDRShTVU0oTEVOR1RIKHZhbHVlKSksIDApIEFTIGMgRlJPTSAke3Qub3V0cHV0c31cbiAgICAgIFdIRVJFICR7d2hlcmV9ICR7Z3JvdXB9YCkge1xuICAgICAgY29uc3QgcyA9IGVudHJ5KHJvdylcbiAgICAgIHMub3V0cHV0cyA9IG51bShyb3cubilcbiAgICAgIHMub3V0cHV0Q2hhcnMgPSBudW0ocm93LmMpXG4gICAgfVxuICAgIGNvbnN0IHJlc3VsdDogQXJyYXk8U2NvcGVTdGF0cz4gPSBbXVxuICAgIGZvciAoY29uc3QgeyByb3csIHN0YXRzIH0gb2YgYnlTY29wZS52YWx1ZXMoKSkge1xuICAgICAgcmVzdWx0LnB1c2goeyBzY29wZTogc2NvcGVPZihyb3cgYXMgdW5rbm93biBhcyBTY29wZUNvbHVtbnMpLCAuLi5zdGF0cyB9IGFzIFNjb3BlU3RhdHMpXG4gICAgfVxuICAgIHJldHVybiByZXN1bHQuc29ydCgoYSwgYikgPT4gY29tcGFyZVNjb3BlcyhhLnNjb3BlLCBiLnNjb3BlKSlcbiAgfSkpXG5cbmNvbnN0IGNvbXBhcmVTY29wZXMgPSAoYTogVGVuYW50U2NvcGUuSW5wdXQsIGI6IFRlbmFudFNjb3BlLklucHV0KTogbnVtYmVyID0+IHtcbiAgY29uc3Qga2EgPSBbYS5vcmdJZCwgYS53b3Jrc3BhY2VJZCwgYS5kZXBsb3ltZW50SWQgPz8gXCJcIl1cbiAgY29uc3Qga2IgPSBbYi5vcmdJZCwgYi53b3Jrc3BhY2VJZCwgYi5kZXBsb3ltZW50SWQgPz8gXCJcIl1cbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzOyBpKyspIHtcbiAgICBpZiAoa2FbaV0hIDwga2JbaV0hKSByZXR1cm4gLTFcbiAgICBpZiAoa2FbaV0hID4ga2JbaV0hKSByZXR1cm4gMVxuICB9XG4gIHJldHVybiAwXG59XG5cbi8qKiBBIGZpbHRlciBvdmVyIHJ1bnMgb2YgZXZlcnkgc2NvcGUuICovXG5leHBvcnQgaW50ZXJmYWNlIFJ1blF1ZXJ5IHtcbiAgcmVhZG9ubHkgc2NvcGU/OiBUZW5hbnRTY29wZS5JbnB1dFxuICByZWFkb25seSBzdGF0dXNlcz86IFJlYWRvbmx5QXJyYXk8UnVuU3RhdHVzLlJ1blN0YXR1cz5cbiAgcmVhZG9ubHkgZmxvd0lkPzogc3RyaW5nXG4gIHJlYWRvbmx5IGNyZWF0ZWRGcm9tPzogRGF0ZVxuICByZWFkb25seSBjcmVhdGVkQmVmb3JlPzogRGF0ZVxuICByZWFkb25seSBsaW1pdDogbnVtYmVyXG4gIHJlYWRvbmx5IGN1cnNvcj86IHN0cmluZ1xufVxuXG4vKiogQSBwYWdlIG9mIHJ1bnMgYWNyb3NzIHNjb3Blcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUnVuUGFnZSB7XG4gIHJlYWRvbmx5IHJ1bnM6IFJlYWRvbmx5QXJyYXk8UnVuLlJ1bj5cbiAgcmVhZG9ubHkgbmV4dEN1cnNvcjogT3B0aW9uLk9wdGlvbjxzdHJpbmc+XG59XG5cbmNvbnN0IHJ1bktleSA9IFtcImNyZWF0ZWRfYXRcIiwgXCJvcmdfaWRcIiwgXCJ3b3Jrc3BhY2VfaWRcIiwgXCJkZXBsb3ltZW50X2lkXCIsIFwicnVuX2lkXCJdXG5cbi8qKiBUaGUgY3Vyc29yIHRleHQgb2YgYSBrZXlzZXQgcG9zaXRpb24sIGFuZCBiYWNrIChgdW5kZWZpbmVkYCB3aGVuIGl0IGlzIG5vdCBvbmUgb2Ygb3VycykuICovXG5jb25zdCBlbmNvZGVDdXJzb3IgPSAocm93OiBSb3cpID0+IGVuY29kZVVSSUNvbXBvbmVudChKU09OLnN0cmluZ2lmeShydW5LZXkubWFwKChrKSA9PiAoayA9PT0gXCJjcmVhdGVkX2F0XCIgPyBudW0ocm93W2tdKSA6IHJvd1trXSkpKSlcbmNvbnN0IGRlY29kZUN1cnNvciA9IChjdXJzb3I6IHN0cmluZyk6IFJvdyB8IHVuZGVmaW5lZCA9PiB7XG4gIHRyeSB7XG4gICAgY29uc3QgdmFsdWVzOiB1bmtub3duID0gSlNPTi5wYXJzZShkZWNvZGVVUklDb21wb25lbnQoY3Vyc29yKSlcbiAgICBpZiAoIUFycmF5LmlzQXJyYXkodmFsdWVzKSB8fCB2YWx1ZXMubGVuZ3RoICE9PSBydW5LZXkubGVuZ3RoKSByZXR1cm4gdW5kZWZpbmVkXG4gICAgaWYgKHR5cGVvZiB2YWx1ZXNbMF0gIT09IFwibnVtYmVyXCIgfHwgdmFsdWVzLnNsaWNlKDEpLnNvbWUoKHYpID0+IHR5cGVvZiB2ICE9PSBcInN0cmluZ1wiKSkgcmV0dXJuIHVuZGVmaW5lZFxuICAgIHJldHVybiBPYmplY3QuZnJvbUVudHJpZXMocnVuS2V5Lm1hcCgoaywgaSkgPT4gW2ssIHZhbHVlc1tpXV0pKVxuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkXG4gIH1cbn1cblxuLyoqIFdoZXRoZXIgYGN1cnNvcmAgaXMgYSBjdXJzb3Ige0BsaW5rIGxpc3RSdW5zfSBpc3N1ZWQuICovXG5leHBvcnQgY29uc3QgaXNSdW5DdXJzb3IgPSAoY3Vyc29yOiBzdHJpbmcpOiBib29sZWFuID0+IGRlY29kZUN1cnNvcihjdXJzb3IpICE9PSB1bmRlZmluZWRcblxuLyoqIFJ1bnMgb2YgZXZlcnkgc2NvcGUgKG9yIG9uZSkgbWF0Y2hpbmcgdGhlIHF1ZXJ5LCBieSBjcmVhdGlvbiB0aW1lIHRoZW4gc2NvcGUgYW5kIGlkLiAqL1xuZXhwb3J0IGNvbnN0IGxpc3RSdW5zID0gKGN0eDogQWRtaW5DdHgsIHF1ZXJ5OiBSdW5RdWVyeSk6IEVmZmVjdC5FZmZlY3Q8UnVuUGFnZSwgRXJyb3JzLlN0b3JlRXJyb3I+ID0+XG4gIHJlZmFpbChcIlNxbEFkbWluLmxpc3RSdW5zXCIpKEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgIGNvbnN0IHNxbCA9IGN0eC5zcWxcbiAgICBjb25zdCBjb25kaXRpb25zOiBBcnJheTxGcmFnbWVudD4gPSBbXVxuICAgIGlmIChxdWVyeS5zY29wZSAhPT0gdW5kZWZpbmVkKSBjb25kaXRpb25zLnB1c2goaW5TY29wZU9mKGN0eCwgcXVlcnkuc2NvcGUpKVxuICAgIGlmIChxdWVyeS5zdGF0dXNlcyAhPT0gdW5kZWZpbmVkICYmIHF1ZXJ5LnN0YXR1c2VzLmxlbmd0aCA+IDApIGNvbmRpdGlvbnMucHVzaChzcWwuaW4oXCJzdGF0dXNcIiwgcXVlcnkuc3RhdHVzZXMpKVxuICAgIGlmIChxdWVyeS5mbG93SWQgIT09IHVuZGVmaW5lZCkgY29uZGl0aW9ucy5wdXNoKHNxbGBmbG93X2lkID0gJHtxdWVyeS5mbG93SWR9YClcbiAgICBpZiAocXVlcnkuY3JlYXRlZEZyb20gIT09IHVuZGVmaW5lZCkgY29uZGl0aW9ucy5wdXNoKHNxbGBjcmVhdGVkX2F0ID49ICR7cXVlcnkuY3JlYXRlZEZyb20uZ2V0VGltZSgpfWApXG4gICAgaWYgKHF1ZXJ5LmNyZWF0ZWRCZWZvcmUgIT09IHVuZGVmaW5lZCkgY29uZGl0aW9ucy5wdXNoKHNxbGBjcmVhdGVkX2F0IDwgJHtxdWVyeS5jcmVhdGVkQmVmb3JlLmdldFRpbWUoKX1gKVxuICAgIGNvbnN0IGxhc3QgPSBxdWVyeS5jdXJzb3IgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IGRlY29kZUN1cnNvcihxdWVyeS5jdXJzb3IpXG4gICAgaWYgKGxhc3QgIT09IHVuZGVmaW5lZCkge1xuICAgICAgY29uc3QgbGVmdCA9IHNxbC5qb2luKFwiLCBcIiwgZmFsc2UpKHJ1bktleS5tYXAoKGspID0+IHNxbGAke3NxbChrKX1gKSlcbiAgICAgIGNvbnN0IHJpZ2h0ID0gc3FsLmpvaW4oXCIsIFwiLCBmYWxzZSkocnVuS2V5Lm1hcCgoaykgPT4gc3FsYCR7bGFzdFtrXSBhcyBzdHJpbmcgfCBudW1iZXJ9YCkpXG4gICAgICBjb25kaXRpb25zLnB1c2goc3FsYCgke2xlZnR9KSA+ICgke3JpZ2h0fSlgKVxuICAgIH1cbiAgICBjb25zdCByb3dzID0geWllbGQqIHNxbDxSb3c+YFNFTEVDVCAqIEZST00gJHtjdHgudC5ydW5zfVxuICAgICAgJHtjb25kaXRpb25zLmxlbmd0aCA9PT0gMCA/IHNxbGBgIDogc3FsYFdIRVJFICR7c3FsLmFuZChjb25kaXRpb25zKX1gfVxuICAgICAgT1JERVIgQlkgY3JlYXRlZF9hdCwgb3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWQsIHJ1bl9pZCBMSU1JVCAke3F1ZXJ5LmxpbWl0ICsgMX1gXG4gICAgY29uc3QgcGFnZSA9IHJvd3Muc2xpY2UoMCwgcXVlcnkubGltaXQpXG4gICAgY29uc3QgcnVuczogQXJyYXk8UnVuLlJ1bj4gPSBbXVxuICAgIGZvciAoY29uc3Qgcm93IG9mIHBhZ2UpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJ1bnMucHVzaChydW5Gcm9tUm93KHJvdykpXG4gICAgICB9IGNhdGNoIChjYXVzZSkge1xuICAgICAgICByZXR1cm4geWllbGQqIEVmZmVjdC5mYWlsKGNvcnJ1cHQoXCJTcWxBZG1pbi5saXN0UnVuc1wiLCBcIlJ1blwiLCBTdHJpbmcocm93LnJ1bl9pZCksIGNhdXNlKSlcbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3QgbmV4dEN1cnNvciA9IHJvd3MubGVuZ3RoID4gcXVlcnkubGltaXQgPyBPcHRpb24uc29tZShlbmNvZGVDdXJzb3IocGFnZVtwYWdlLmxlbmd0aCAtIDFdISkpIDogT3B0aW9uLm5vbmUoKVxuICAgIHJldHVybiB7IHJ1bnMsIG5leHRDdXJzb3IgfVxuICB9KSlcblxuLyoqIExlYXNlcyBvZiBldmVyeSBzY29wZSAob3Igb25lKSwgYnkgc2NvcGUgYW5kIHJ1bjsgYXQgbW9zdCBgbGltaXRgLiAqL1xuZXhwb3J0IGNvbnN0IGxpc3RMZWFzZXMgPSAoXG4gIGN0eDogQWRtaW5DdHgsXG4gIHF1ZXJ5OiB7IHJlYWRvbmx5IHNjb3BlPzogVGVuYW50U2NvcGUuSW5wdXQ7IHJlYWRvbmx5IHJ1bklkPzogc3RyaW5nOyByZWFkb25seSBsaW1pdDogbnVtYmVyIH1cbik6IEVmZmVjdC5FZmZlY3Q8UmVhZG9ubHlBcnJheTxMZWFzZS5MZWFzZT4sIEVycm9ycy5TdG9yZUVycm9yPiA9PlxuICByZWZhaWwoXCJTcWxBZG1pbi5saXN0TGVhc2VzXCIpKEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgIGNvbnN0IHNxbCA9IGN0eC5zcWxcbiAgICBjb25zdCByb3dzID0geWllbGQqIHNxbDxSb3c+YFNFTEVDVCAqIEZST00gJHtjdHgudC5sZWFzZXN9IFdIRVJFICR7aW5TY29wZU9mKGN0eCwgcXVlcnkuc2NvcGUpfVxuICAgICAgJHtxdWVyeS5ydW5JZCA9PT0gdW5kZWZpbmVkID8gc3FsYGAgOiBzcWxgQU5EIHJ1bl9pZCA9ICR7ZW5jKHF1ZXJ5LnJ1bklkKX1gfVxuICAgICAgT1JERVIgQlkgb3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWQsIHJ1bl9pZCBMSU1JVCAke3F1ZXJ5LmxpbWl0fWBcbiAgICBjb25zdCBsZWFzZXM6IEFycmF5PExlYXNlLkxlYXNlPiA9IFtdXG4gICAgZm9yIChjb25zdCByb3cgb2Ygcm93cykge1xuICAgICAgdHJ5IHtcbiAgICAgICAgbGVhc2VzLnB1c2gobGVhc2VGcm9tUm93KHJvdykpXG4gICAgICB9IGNhdGNoIChjYXVzZSkge1xuICAgICAgICByZXR1cm4geWllbGQqIEVmZmVjdC5mYWlsKGNvcnJ1cHQoXCJTcWxBZG1pbi5saXN0TGVhc2VzXCIsIFwiTGVhc2VcIiwgU3RyaW5nKHJvdy5ydW5faWQpLCBjYXVzZSkpXG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBsZWFzZXNcbiAgfSkpXG5cbi8qKiBXaGF0IGEgY29tcGFjdGlvbiB3aXRoIGEgY3V0b2ZmIHdvdWxkIHBydW5lLiAqL1xuZXhwb3J0IGludGVyZmFjZSBDb21wYWN0aW9uUGxhbiB7XG4gIC8qKiBTdHJlYW1zIHdpdGggYXQgbGVhc3Qgb25lIGV2ZW50IHRvIHBydW5lLiAqL1xuICByZWFkb25seSBzdHJlYW1zOiBudW1iZXJcbiAgLyoqIEV2ZW50cyB0aGF0IHdvdWxkIGJlIHBydW5lZC4gKi9cbiAgcmVhZG9ubHkgZXZlbnRzOiBudW1iZXJcbiAgLyoqIEV2ZW50cyByZXRhaW5lZCBpbiB0aGUgc3RyZWFtcyBjb25zaWRlcmVkIChtYXJrZXJzIGV4Y2x1ZGVkKSwgYmVmb3JlIGNvbXBhY3Rpb24uICovXG4gIHJlYWRvbmx5IHJldGFpbmVkOiBudW1iZXJcbn1cblxuLyoqXG4gKiBXaGF0IGBFdmVudExvZy5jb21wYWN0YCB3aXRoIHRoaXMgY3V0b2ZmIHdvdWxkIHBydW5lLCBjb21wdXRlZCB0aGUgd2F5IHRoZSBwbGFubmVyIGRlY2lkZXM6IHRoZVxuICogbGVhZGluZyBjYWxsZXIgZXZlbnRzIG9mIGVhY2ggc3RyZWFtIChhZnRlciBpdHMgbWFya2VyKSB0aGF0IG9jY3VycmVkIGJlZm9yZSB0aGUgY3V0b2ZmLCB1cCB0b1xuICogdGhlIGZpcnN0IHRoYXQgZGlkIG5vdC5cbiAqL1xuZXhwb3J0IGNvbnN0IGNvbXBhY3Rpb25QbGFuID0gKFxuICBjdHg6IEFkbWluQ3R4LFxuICBvcHRpb25zOiB7IHJlYWRvbmx5IGN1dG9mZjogRGF0ZTsgcmVhZG9ubHkgc2NvcGU/OiBUZW5hbnRTY29wZS5JbnB1dCB9XG4pOiBFZmZlY3QuRWZmZWN0PENvbXBhY3Rpb25QbGFuLCBFcnJvcnMuU3RvcmVFcnJvcj4gPT5cbiAgcmVmYWlsKFwiU3FsQWRtaW4uY29tcGFjdGlvblBsYW5cIikoRWZmZWN0LmdlbihmdW5jdGlvbiooKSB7XG4gICAgY29uc3Qgc3FsID0gY3R4LnNxbFxuICAgIGNvbnN0IHQgPSBjdHgudFxuICAgIGNvbnN0IGN1dG9mZiA9IG9wdGlvbnMuY3V0b2ZmLmdldFRpbWUoKVxuICAgIGNvbnN0IGtleUNvbHVtbnMgPSBbXCJvcmdfaWRcIiwgXCJ3b3Jrc3BhY2VfaWRcIiwgXCJkZXBsb3ltZW50X2lkXCIsIFwicnVuX2lkXCJdXG4gICAgbGV0IGxhc3Q6IFJvdyB8IHVuZGVmaW5lZFxuICAgIGxldCBzdHJlYW1zID0gMFxuICAgIGxldCBldmVudHMgPSAwXG4gICAgbGV0IHJldGFpbmVkID0gMFxuICAgIGZvciAoOzspIHtcbiAgICAgIGNvbnN0IGNvbmRpdGlvbnMgPSBbaW5TY29wZU9mKGN0eCwgb3B0aW9ucy5zY29wZSksIC4uLihsYXN0ID09PSB1bmRlZmluZWQgPyBbXSA6IFthZnRlcihjdHgsIGtleUNvbHVtbnMsIGxhc3QpXSldXG4gICAgICBjb25zdCBwYWdlID0geWllbGQqIHNxbDxSb3c+YFNFTEVDVCAqIEZST00gJHt0LnN0cmVhbXN9IFdIRVJFICR7c3FsLmFuZChjb25kaXRpb25zKX1cbiAgICAgICAgT1JERVIgQlkgb3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWQsIHJ1bl9pZCBMSU1JVCA1MDBgXG4gICAgICBmb3IgKGNvbnN0IHN0cmVhbSBvZiBwYWdlKSB7XG4gICAgICAgIGNvbnN0IGluUnVuID0gc3FsYG9yZ19pZCA9ICR7c3RyZWFtLm9yZ19pZCBhcyBzdHJpbmd9IEFORCB3b3Jrc3BhY2VfaWQgPSAke3N0cmVhbS53b3Jrc3BhY2VfaWQgYXMgc3RyaW5nfVxuICAgICAgICAgIEFORCBkZXBsb3ltZW50X2lkID0gJHtzdHJlYW0uZGVwbG95bWVudF9pZCBhcyBzdHJpbmd9IEFORCBydW5faWQgPSAke3N0cmVhbS5ydW5faWQgYXMgc3RyaW5nfWBcbiAgICAgICAgY29uc3QgY3RzID0gbnVtKHN0cmVhbS5jb21wYWN0ZWRfdGhyb3VnaF9zZXEpXG4gICAgICAgIHJldGFpbmVkICs9IG51bShzdHJlYW0uZXZlbnRfY291bnQpXG4gICAgICAgIGNvbnN0IGtlcHQgPSB5aWVsZCogc3FsPFJvdz5gU0VMRUNUIE1JTihzZXEpIEFTIHMgRlJPTSAke3QuZXZlbnRzfSBXSEVSRSAke2luUnVufSBBTkQgc2VxID4gJHtjdHN9XG4gICAgICAgICAgQU5EIHR5cGUgPD4gJHtFdmVudC5Db21wYWN0ZWRUeXBlfSBBTkQgb2NjdXJyZWRfYXQgPj0gJHtjdXRvZmZ9YFxuICAgICAgICBjb25zdCBmaXJzdEtlcHQgPSBrZXB0WzBdPy5zID09IG51bGwgPyB1bmRlZmluZWQgOiBudW0oa2VwdFswXS5zKVxuICAgICAgICBjb25zdCBuID0gbnVtKCh5aWVsZCogc3FsPFJvdz5gU0VMRUNUIENPVU5UKCopIEFTIG4gRlJPTSAke3QuZXZlbnRzfSBXSEVSRSAke2luUnVufSBBTkQgc2VxID4gJHtjdHN9XG4gICAgICAgICAgQU5EIHR5cGUgPD4gJHtFdmVudC5Db21wYWN0ZWRUeXBlfSR7Zmlyc3RLZXB0ID09PSB1bmRlZmluZWQgPyBzcWxgYCA6IHNxbGAgQU5EIHNlcSA8ICR7Zmlyc3RLZXB0fWB9YClbMF0hLm4pXG4gICAgICAgIGlmIChuID4gMCkge1xuICAgICAgICAgIHN0cmVhbXMgKz0gMVxuICAgICAgICAgIGV2ZW50cyArPSBuXG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIGlmIChwYWdlLmxlbmd0aCA8IDUwMCkgYnJlYWtcbiAgICAgIGxhc3QgPSBwYWdlW3BhZ2UubGVuZ3RoIC0gMV1cbiAgICB9XG4gICAgcmV0dXJuIHsgc3RyZWFtcywgZXZlbnRzLCByZXRhaW5lZCB9XG4gIH0pKVxuXG4vKipcbiAqIEhvdyBmYXIgY29tcGFjdGlvbiBoYXMgY29tZTogdGhlIHN1bSBvZiB0aGUgY29tcGFjdGlvbiBwb2ludHMgb2YgdGhlIHN0cmVhbXMgY29uc2lkZXJlZC4gSXQgZ3Jvd3NcbiAqIGJ5IGV4YWN0bHkgdGhlIG51bWJlciBvZiBldmVudHMgcHJ1bmVkIChzZXFzIGFyZSBkZW5zZSksIHNvIHRoZSBkaWZmZXJlbmNlIGJldHdlZW4gdHdvIHJlYWRpbmdzIGlzXG4gKiB0aGUgcHJvZ3Jlc3MgYmV0d2VlbiB0aGVtLiBPbmUgY2hlYXAgcXVlcnkgb3ZlciB0aGUgc3RyZWFtIGNvdW50ZXJzLlxuICovXG5leHBvcnQgY29uc3QgY29tcGFjdGlvblByb2dyZXNzID0gKGN0eDogQWRtaW5DdHgsIHNjb3BlPzogVGVuYW50U2NvcGUuSW5wdXQpOiBFZmZlY3QuRWZmZWN0PG51bWJlciwgRXJyb3JzLlN0b3JlRXJyb3I+ID0+XG4gIHJlZmFpbChcIlNxbEFkbWluLmNvbXBhY3Rpb25Qcm9ncmVzc1wiKShcbiAgICBFZmZlY3QubWFwKFxuICAgICAgY3R4LnNxbDxSb3c+YFNFTEVDVCBDT0FMRVNDRShTVU0oY29tcGFjdGVkX3Rocm91Z2hfc2VxKSwgMCkgQVMgbiBGUk9NICR7Y3R4LnQuc3RyZWFtc30gV0hFUkUgJHtpblNjb3BlT2YoY3R4LCBzY29wZSl9YCxcbiAgICAgIChyb3dzKSA9PiBudW0ocm93c1swXSEubilcbiAgICApXG4gIClcblxuLyoqIEV2ZXJ5IHNjb3BlIHRoYXQgaGFzIHJ1bnMsIGV2ZW50cyBvciB0aW1lcnMsIG9yZGVyZWQuICovXG5leHBvcnQgY29uc3Qgc2NvcGVzID0gKGN0eDogQWRtaW5DdHgpOiBFZmZlY3QuRWZmZWN0PFJlYWRvbmx5QXJyYXk8VGVuYW50U2NvcGUuVGVuYW50U2NvcGU+LCBFcnJvcnMuU3RvcmVFcnJvcj4gPT5cbiAgcmVmYWlsKFwiU3FsQWRtaW4uc2NvcGVzXCIpKEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgIGNvbnN0IHNxbCA9IGN0eC5zcWxcbiAgICBjb25zdCByb3dzID0geWllbGQqIHNxbDxSb3c+YFNFTEVDVCBvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCBGUk9NICR7Y3R4LnQucnVuc31cbiAgICAgIFVOSU9OIFNFTEVDVCBvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCBGUk9NICR7Y3R4LnQuc3RyZWFtc31cbiAgICAgIFVOSU9OIFNFTEVDVCBvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCBGUk9NICR7Y3R4LnQudGltZXJzfVxuICAgICAgT1JERVIgQlkgb3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWRgXG4gICAgY29uc3QgcmVzdWx0OiBBcnJheTxUZW5hbnRTY29wZS5UZW5hbnRTY29wZT4gPSBbXVxuICAgIGZvciAoY29uc3Qgcm93IG9mIHJvd3MpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIHJlc3VsdC5wdXNoKHNjb3BlT2Yocm93IGFzIHVua25vd24gYXMgU2NvcGVDb2x1bW5zKSlcbiAgICAgIH0gY2F0Y2ggKGNhdXNlKSB7XG4gICAgICAgIHJldHVybiB5aWVsZCogRWZmZWN0LmZhaWwoY29ycnVwdChcIlNxbEFkbWluLnNjb3Blc1wiLCBcIlJ1blwiLCBTdHJpbmcocm93Lm9yZ19pZCksIGNhdXNlKSlcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHJlc3VsdFxuICB9KSlcbiJdLCJmaWxlIjoiL3BhY2thZ2VzL3NxbC9zcmMvaW50ZXJuYWwvYWRtaW4vaW5zcGVjdC50cyJ9
