// /packages/sql/src/internal/statements.ts
__vite_ssr_exportName__("eventColumns", () => { try { return eventColumns } catch {} });
__vite_ssr_exportName__("runKey", () => { try { return runKey } catch {} });
__vite_ssr_exportName__("scopeKey", () => { try { return scopeKey } catch {} });
__vite_ssr_exportName__("makeStatements", () => { try { return makeStatements } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["Event"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("/packages/sql/src/internal/codec.ts", {"importedNames":["enc","scopeColumns"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/prepared.ts", {"importedNames":["param","prepare","preparedBySize","rowParams"]});



const eventColumns = [
  "org_id",
  "workspace_id",
  "deployment_id",
  "run_id",
  "seq",
  "event_id",
  "type",
  "occurred_at",
  "payload",
  "causation_id",
  "correlation_id",
  "actor",
  "schema_version",
  "fingerprint",
  "bytes"
];
const runKey = (scope, runId) => [
  (0,__vite_ssr_import_1__.enc)(scope.orgId),
  (0,__vite_ssr_import_1__.enc)(scope.workspaceId),
  scope.deploymentId === void 0 ? "" : (0,__vite_ssr_import_1__.enc)(scope.deploymentId),
  (0,__vite_ssr_import_1__.enc)(runId)
];
const scopeKey = (scope) => {
  const c = (0,__vite_ssr_import_1__.scopeColumns)(scope);
  return [c.org_id, c.workspace_id, c.deployment_id];
};
const makeStatements = (sql, t, locks, trace) => {
  const prepare = (statement) => (0,__vite_ssr_import_2__.prepare)(statement, trace);
  const preparedBySize = (build) => (0,__vite_ssr_import_2__.preparedBySize)(build, trace);
  const inScope = sql`org_id = ${(0,__vite_ssr_import_2__.param)("org")} AND workspace_id = ${(0,__vite_ssr_import_2__.param)("ws")} AND deployment_id = ${(0,__vite_ssr_import_2__.param)("dep")}`;
  const inRun = sql`${inScope} AND run_id = ${(0,__vite_ssr_import_2__.param)("run")}`;
  const ids = (n) => Array.from({ length: n }, (_, i) => (0,__vite_ssr_import_2__.param)(`id${i}`));
  const streamColumns = sql`last_seq, event_count, event_bytes, compacted_through_seq`;
  const eventsAfter = (order, before) => prepare(
    sql`SELECT * FROM ${t.events} WHERE ${inRun} AND seq > ${(0,__vite_ssr_import_2__.param)("after")}
        ${before ? sql`AND seq < ${(0,__vite_ssr_import_2__.param)("before")}` : sql``} ORDER BY seq ${sql.literal(order)} LIMIT ${(0,__vite_ssr_import_2__.param)("limit")}`
  );
  return {
    stream: prepare(sql`SELECT ${streamColumns} FROM ${t.streams} WHERE ${inRun}`),
    streamLocked: prepare(sql`SELECT ${streamColumns} FROM ${t.streams} WHERE ${inRun} ${locks.forUpdate}`),
    // Postgres: create the stream row if missing and lock it, in one statement (no row, no lock).
    streamEnsureLocked: prepare(
      sql`INSERT INTO ${t.streams} (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes,
        compacted_through_seq) VALUES (${(0,__vite_ssr_import_2__.param)("org")}, ${(0,__vite_ssr_import_2__.param)("ws")}, ${(0,__vite_ssr_import_2__.param)("dep")}, ${(0,__vite_ssr_import_2__.param)("run")}, 0, 0, 0, 0)
        ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO UPDATE SET last_seq = ${t.streams}.last_seq
        RETURNING ${streamColumns}`
    ),
    streamUpsert: prepare(
      sql`INSERT INTO ${t.streams} (org_id, workspace_id, deployment_id, run_id, last_seq, event_count, event_bytes,
        compacted_through_seq) VALUES (${(0,__vite_ssr_import_2__.param)("org")}, ${(0,__vite_ssr_import_2__.param)("ws")}, ${(0,__vite_ssr_import_2__.param)("dep")}, ${(0,__vite_ssr_import_2__.param)("run")},
        ${(0,__vite_ssr_import_2__.param)("last")}, ${(0,__vite_ssr_import_2__.param)("count")}, ${(0,__vite_ssr_import_2__.param)("bytes")}, ${(0,__vite_ssr_import_2__.param)("compacted")})
        ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO UPDATE SET
        last_seq = excluded.last_seq, event_count = excluded.event_count, event_bytes = excluded.event_bytes`
    ),
    eventIds: preparedBySize(
      (n) => sql`SELECT event_id, seq, fingerprint FROM ${t.events} WHERE ${inRun}
          AND ${sql.in("event_id", ids(n))} AND type <> ${__vite_ssr_import_0__.Event.CompactedType}`
    ),
    prunedIds: preparedBySize(
      (n) => sql`SELECT event_id, seq, fingerprint FROM ${t.prunedEvents} WHERE ${inRun} AND ${sql.in("event_id", ids(n))}`
    ),
    insertEvents: preparedBySize(
      (n) => sql`INSERT INTO ${t.events} ${sql.insert(Array.from({ length: n }, (_, i) => (0,__vite_ssr_import_2__.rowParams)(i, eventColumns)))}
          ON CONFLICT (org_id, workspace_id, deployment_id, run_id, event_id) DO NOTHING RETURNING seq`
    ),
    readAsc: eventsAfter("ASC", false),
    readAscBefore: eventsAfter("ASC", true),
    readDesc: eventsAfter("DESC", false),
    readDescBefore: eventsAfter("DESC", true),
    poll: prepare(
      sql`SELECT * FROM ${t.events} WHERE ${inScope} AND position > ${(0,__vite_ssr_import_2__.param)("after")} ORDER BY position LIMIT ${(0,__vite_ssr_import_2__.param)("limit")}`
    ),
    pollAll: prepare(
      sql`SELECT * FROM ${t.events} WHERE position > ${(0,__vite_ssr_import_2__.param)("after")} ORDER BY position LIMIT ${(0,__vite_ssr_import_2__.param)("limit")}`
    ),
    // Postgres: number the committed events for the feed (see `pgFeed` in schema.ts), under the store's
    // feed lock (taken by an earlier statement, so this one's snapshot sees every earlier numbering),
    // then read a page by those numbers.
    feedLock: prepare(
      sql`SELECT pg_advisory_xact_lock(${29292}, hashtext(current_schema() || '.' || ${(0,__vite_ssr_import_2__.param)("events")}))`
    ),
    sequence: prepare(
      sql`WITH q AS (
          SELECT position, row_number() OVER (ORDER BY position) AS rn FROM ${t.events}
          WHERE feed_position IS NULL ORDER BY position LIMIT ${(0,__vite_ssr_import_2__.param)("limit")}
        ), c AS (
          UPDATE ${t.feed} SET last_position = last_position + (SELECT COUNT(*) FROM q) WHERE id = 1
          RETURNING last_position - (SELECT COUNT(*) FROM q) AS base
        )
        UPDATE ${t.events} e SET feed_position = c.base + q.rn FROM q, c
        WHERE e.position = q.position AND e.feed_position IS NULL`
    ),
    pollFeed: prepare(
      sql`SELECT ${sql.literal(eventColumns.join(", "))}, feed_position AS position FROM ${t.events}
        WHERE ${inScope} AND feed_position > ${(0,__vite_ssr_import_2__.param)("after")} ORDER BY feed_position LIMIT ${(0,__vite_ssr_import_2__.param)("limit")}`
    ),
    pollFeedAll: prepare(
      sql`SELECT ${sql.literal(eventColumns.join(", "))}, feed_position AS position FROM ${t.events}
        WHERE feed_position > ${(0,__vite_ssr_import_2__.param)("after")} ORDER BY feed_position LIMIT ${(0,__vite_ssr_import_2__.param)("limit")}`
    ),
    run: prepare(sql`SELECT * FROM ${t.runs} WHERE ${inRun}`),
    runLocked: prepare(sql`SELECT * FROM ${t.runs} WHERE ${inRun} ${locks.forUpdate}`),
    runExists: prepare(sql`SELECT 1 AS found FROM ${t.runs} WHERE ${inRun}`),
    runExistsLocked: prepare(sql`SELECT 1 AS found FROM ${t.runs} WHERE ${inRun} ${locks.forUpdate}`),
    runUpdate: prepare(
      sql`UPDATE ${t.runs} SET status = ${(0,__vite_ssr_import_2__.param)("status")}, version = ${(0,__vite_ssr_import_2__.param)("version")}, state = ${(0,__vite_ssr_import_2__.param)("state")},
        updated_at = ${(0,__vite_ssr_import_2__.param)("updated")}, completed_at = ${(0,__vite_ssr_import_2__.param)("completed")}
        WHERE ${inRun} AND version = ${(0,__vite_ssr_import_2__.param)("previous")}`
    ),
    leaseShared: prepare(sql`SELECT * FROM ${t.leases} WHERE ${inRun} ${locks.forShare}`),
    // Postgres: a CAS as one conditional UPDATE — the expectation, the statuses the machine allows
    // leaving from, and the lease fence (the lease row share-locked, so no acquisition commits in
    // between) all in its WHERE. No row: the caller decides again under row locks (false, NotFound,
    // Fenced or InvalidTransition).
    casUpdate: prepare(
      sql`UPDATE ${t.runs} SET status = COALESCE(${(0,__vite_ssr_import_2__.param)("status")}::text, status), version = version + 1,
        state = COALESCE(${(0,__vite_ssr_import_2__.param)("state")}::text, state), updated_at = ${(0,__vite_ssr_import_2__.param)("now")},
        completed_at = CASE WHEN ${(0,__vite_ssr_import_2__.param)("completes")}::boolean AND status <> COALESCE(${(0,__vite_ssr_import_2__.param)("status")}::text, status)
          THEN ${(0,__vite_ssr_import_2__.param)("now")} ELSE completed_at END
        WHERE ${inRun} AND status = ANY(${(0,__vite_ssr_import_2__.param)("from")}::text[])
        AND (${(0,__vite_ssr_import_2__.param)("version")}::bigint IS NULL OR version = ${(0,__vite_ssr_import_2__.param)("version")}::bigint)
        AND (${(0,__vite_ssr_import_2__.param)("token")}::bigint IS NULL OR COALESCE(
          (SELECT l.token FROM ${t.leases} l WHERE l.org_id = ${(0,__vite_ssr_import_2__.param)("org")} AND l.workspace_id = ${(0,__vite_ssr_import_2__.param)("ws")}
            AND l.deployment_id = ${(0,__vite_ssr_import_2__.param)("dep")} AND l.run_id = ${(0,__vite_ssr_import_2__.param)("run")} FOR SHARE), 0) <= ${(0,__vite_ssr_import_2__.param)("token")}::bigint)
        RETURNING version`
    )
  };
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7OztBQU1BO0FBRUE7QUFDQTs7OztBQUlPLE1BQU0sZUFBZTtBQUFBLEVBQzFCO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQVNPLE1BQU0sU0FBUyxDQUFDLE9BQTBCLFVBQTBCO0FBQUEsS0FDekUsMkJBQUksTUFBTSxLQUFLO0FBQUEsS0FDZiwyQkFBSSxNQUFNLFdBQVc7QUFBQSxFQUNyQixNQUFNLGlCQUFpQixTQUFZLFFBQUssMkJBQUksTUFBTSxZQUFZO0FBQUEsS0FDOUQsMkJBQUksS0FBSztBQUNYO0FBTU8sTUFBTSxXQUFXLENBQUMsVUFBdUM7QUFDOUQsUUFBTSxPQUFJLG9DQUFhLEtBQUs7QUFDNUIsU0FBTyxDQUFDLEVBQUUsUUFBUSxFQUFFLGNBQWMsRUFBRSxhQUFhO0FBQ25EO0FBR08sTUFBTSxpQkFBaUIsQ0FDNUIsS0FDQSxHQUNBLE9BQ0EsVUFDRztBQUNILFFBQU0sVUFBVSxDQUE0RCxpQkFDMUUsK0JBQWUsV0FBVyxLQUFLO0FBQ2pDLFFBQU0saUJBQWlCLENBQUMsYUFBZ0Qsc0NBQW1CLE9BQU8sS0FBSztBQUN2RyxRQUFNLFVBQVUsa0JBQWUsNkJBQU0sS0FBSyxDQUFDLDBCQUF1Qiw2QkFBTSxJQUFJLENBQUMsMkJBQXdCLDZCQUFNLEtBQUssQ0FBQztBQUNqSCxRQUFNLFFBQVEsTUFBTSxPQUFPLG9CQUFpQiw2QkFBTSxLQUFLLENBQUM7QUFDeEQsUUFBTSxNQUFNLENBQUMsTUFBYyxNQUFNLEtBQUssRUFBRSxRQUFRLEVBQUUsR0FBRyxDQUFDLEdBQUcsU0FBTSw2QkFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO0FBQzlFLFFBQU0sZ0JBQWdCO0FBQ3RCLFFBQU0sY0FBYyxDQUFDLE9BQXVCLFdBQzFDO0FBQUEsSUFBUSxvQkFBb0IsRUFBRSxNQUFNLFVBQVUsS0FBSyxpQkFBYyw2QkFBTSxPQUFPLENBQUM7QUFBQSxVQUN6RSxTQUFTLG1CQUFnQiw2QkFBTSxRQUFRLENBQUMsS0FBSyxLQUFLLGlCQUFpQixJQUFJLFFBQVEsS0FBSyxDQUFDLGFBQVUsNkJBQU0sT0FBTyxDQUFDO0FBQUEsRUFDbkg7QUFDRixTQUFPO0FBQUEsSUFDTCxRQUFRLFFBQVEsYUFBYSxhQUFhLFNBQVMsRUFBRSxPQUFPLFVBQVUsS0FBSyxFQUFFO0FBQUEsSUFDN0UsY0FBYyxRQUFRLGFBQWEsYUFBYSxTQUFTLEVBQUUsT0FBTyxVQUFVLEtBQUssSUFBSSxNQUFNLFNBQVMsRUFBRTtBQUFBO0FBQUEsSUFFdEcsb0JBQW9CO0FBQUEsTUFBUSxrQkFBa0IsRUFBRSxPQUFPO0FBQUEsNENBQ2xCLDZCQUFNLEtBQUssQ0FBQyxRQUFLLDZCQUFNLElBQUksQ0FBQyxRQUFLLDZCQUFNLEtBQUssQ0FBQyxRQUFLLDZCQUFNLEtBQUssQ0FBQztBQUFBLDZGQUNWLEVBQUUsT0FBTztBQUFBLG9CQUNsRixhQUFhO0FBQUEsSUFDN0I7QUFBQSxJQUNBLGNBQWM7QUFBQSxNQUFRLGtCQUFrQixFQUFFLE9BQU87QUFBQSw0Q0FDWiw2QkFBTSxLQUFLLENBQUMsUUFBSyw2QkFBTSxJQUFJLENBQUMsUUFBSyw2QkFBTSxLQUFLLENBQUMsUUFBSyw2QkFBTSxLQUFLLENBQUM7QUFBQSxhQUM3Riw2QkFBTSxNQUFNLENBQUMsUUFBSyw2QkFBTSxPQUFPLENBQUMsUUFBSyw2QkFBTSxPQUFPLENBQUMsUUFBSyw2QkFBTSxXQUFXLENBQUM7QUFBQTtBQUFBO0FBQUEsSUFHaEY7QUFBQSxJQUNBLFVBQVU7QUFBQSxNQUNSLENBQUMsTUFDQyw2Q0FBNkMsRUFBRSxNQUFNLFVBQVUsS0FBSztBQUFBLGdCQUM1RCxJQUFJLEdBQUcsWUFBWSxJQUFJLENBQUMsQ0FBQyxDQUFDLGdCQUFnQiw0QkFBTSxhQUFhO0FBQUEsSUFDekU7QUFBQSxJQUNBLFdBQVc7QUFBQSxNQUNULENBQUMsTUFBTSw2Q0FBNkMsRUFBRSxZQUFZLFVBQVUsS0FBSyxRQUFRLElBQUksR0FBRyxZQUFZLElBQUksQ0FBQyxDQUFDLENBQUM7QUFBQSxJQUNySDtBQUFBLElBQ0EsY0FBYztBQUFBLE1BQ1osQ0FBQyxNQUNDLGtCQUFrQixFQUFFLE1BQU0sSUFBSSxJQUFJLE9BQU8sTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLEdBQUcsQ0FBQyxHQUFHLFNBQU0saUNBQVUsR0FBRyxZQUFZLENBQUMsQ0FBQyxDQUFDO0FBQUE7QUFBQSxJQUU3RztBQUFBLElBQ0EsU0FBUyxZQUFZLE9BQU8sS0FBSztBQUFBLElBQ2pDLGVBQWUsWUFBWSxPQUFPLElBQUk7QUFBQSxJQUN0QyxVQUFVLFlBQVksUUFBUSxLQUFLO0FBQUEsSUFDbkMsZ0JBQWdCLFlBQVksUUFBUSxJQUFJO0FBQUEsSUFDeEMsTUFBTTtBQUFBLE1BQVEsb0JBQW9CLEVBQUUsTUFBTSxVQUFVLE9BQU8sc0JBQW1CLDZCQUFNLE9BQU8sQ0FBQywrQkFBNEIsNkJBQU0sT0FBTyxDQUFDO0FBQUEsSUFDdEk7QUFBQSxJQUNBLFNBQVM7QUFBQSxNQUFRLG9CQUFvQixFQUFFLE1BQU0sd0JBQXFCLDZCQUFNLE9BQU8sQ0FBQywrQkFBNEIsNkJBQU0sT0FBTyxDQUFDO0FBQUEsSUFDMUg7QUFBQTtBQUFBO0FBQUE7QUFBQSxJQUlBLFVBQVU7QUFBQSxNQUFRLG1DQUFtQyxLQUFNLDRDQUF5Qyw2QkFBTSxRQUFRLENBQUM7QUFBQSxJQUNuSDtBQUFBLElBQ0EsVUFBVTtBQUFBLE1BQVE7QUFBQSw4RUFDd0QsRUFBRSxNQUFNO0FBQUEsbUVBQ3RCLDZCQUFNLE9BQU8sQ0FBQztBQUFBO0FBQUEsbUJBRTNELEVBQUUsSUFBSTtBQUFBO0FBQUE7QUFBQSxpQkFHUixFQUFFLE1BQU07QUFBQTtBQUFBLElBRXJCO0FBQUEsSUFDQSxVQUFVO0FBQUEsTUFBUSxhQUFhLElBQUksUUFBUSxhQUFhLEtBQUssSUFBSSxDQUFDLENBQUMsb0NBQW9DLEVBQUUsTUFBTTtBQUFBLGdCQUNuRyxPQUFPLDJCQUF3Qiw2QkFBTSxPQUFPLENBQUMsb0NBQWlDLDZCQUFNLE9BQU8sQ0FBQztBQUFBLElBQ3hHO0FBQUEsSUFDQSxhQUFhO0FBQUEsTUFBUSxhQUFhLElBQUksUUFBUSxhQUFhLEtBQUssSUFBSSxDQUFDLENBQUMsb0NBQW9DLEVBQUUsTUFBTTtBQUFBLG1DQUN0Riw2QkFBTSxPQUFPLENBQUMsb0NBQWlDLDZCQUFNLE9BQU8sQ0FBQztBQUFBLElBQ3pGO0FBQUEsSUFDQSxLQUFLLFFBQVEsb0JBQW9CLEVBQUUsSUFBSSxVQUFVLEtBQUssRUFBRTtBQUFBLElBQ3hELFdBQVcsUUFBUSxvQkFBb0IsRUFBRSxJQUFJLFVBQVUsS0FBSyxJQUFJLE1BQU0sU0FBUyxFQUFFO0FBQUEsSUFDakYsV0FBVyxRQUFRLDZCQUE2QixFQUFFLElBQUksVUFBVSxLQUFLLEVBQUU7QUFBQSxJQUN2RSxpQkFBaUIsUUFBUSw2QkFBNkIsRUFBRSxJQUFJLFVBQVUsS0FBSyxJQUFJLE1BQU0sU0FBUyxFQUFFO0FBQUEsSUFDaEcsV0FBVztBQUFBLE1BQVEsYUFBYSxFQUFFLElBQUksb0JBQWlCLDZCQUFNLFFBQVEsQ0FBQyxrQkFBZSw2QkFBTSxTQUFTLENBQUMsZ0JBQWEsNkJBQU0sT0FBTyxDQUFDO0FBQUEsMEJBQzdHLDZCQUFNLFNBQVMsQ0FBQyx1QkFBb0IsNkJBQU0sV0FBVyxDQUFDO0FBQUEsZ0JBQzdELEtBQUsscUJBQWtCLDZCQUFNLFVBQVUsQ0FBQztBQUFBLElBQ3BEO0FBQUEsSUFDQSxhQUFhLFFBQVEsb0JBQW9CLEVBQUUsTUFBTSxVQUFVLEtBQUssSUFBSSxNQUFNLFFBQVEsRUFBRTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsSUFLcEYsV0FBVztBQUFBLE1BQVEsYUFBYSxFQUFFLElBQUksNkJBQTBCLDZCQUFNLFFBQVEsQ0FBQztBQUFBLDhCQUN4RCw2QkFBTSxPQUFPLENBQUMsbUNBQWdDLDZCQUFNLEtBQUssQ0FBQztBQUFBLHNDQUNsRCw2QkFBTSxXQUFXLENBQUMsdUNBQW9DLDZCQUFNLFFBQVEsQ0FBQztBQUFBLG9CQUN2Riw2QkFBTSxLQUFLLENBQUM7QUFBQSxnQkFDYixLQUFLLHdCQUFxQiw2QkFBTSxNQUFNLENBQUM7QUFBQSxrQkFDeEMsNkJBQU0sU0FBUyxDQUFDLG9DQUFpQyw2QkFBTSxTQUFTLENBQUM7QUFBQSxrQkFDakUsNkJBQU0sT0FBTyxDQUFDO0FBQUEsaUNBQ0ksRUFBRSxNQUFNLDBCQUF1Qiw2QkFBTSxLQUFLLENBQUMsNEJBQXlCLDZCQUFNLElBQUksQ0FBQztBQUFBLHVDQUM1RSw2QkFBTSxLQUFLLENBQUMsc0JBQW1CLDZCQUFNLEtBQUssQ0FBQyx5QkFBc0IsNkJBQU0sT0FBTyxDQUFDO0FBQUE7QUFBQSxJQUUvRztBQUFBLEVBQ0Y7QUFDRiIsIm5hbWVzIjpbXSwiaWdub3JlTGlzdCI6W10sInNvdXJjZXMiOlsic3RhdGVtZW50cy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRoZSBzdG9yZSdzIGhvdCBzdGF0ZW1lbnRzIOKAlCBldmVyeSBzdGF0ZW1lbnQgb2YgYW4gYXBwZW5kLCBhIENBUywgYSByZWFkIHdpbmRvdywgYSBwb2xsIOKAlCBjb21waWxlZFxuICogb25jZSBwZXIgc3RvcmUgKHNlZSBgcHJlcGFyZWQudHNgKS4gVGhlIHJlc3Qgb2YgdGhlIHN0b3JlIGJ1aWxkcyBpdHMgc3RhdGVtZW50cyBhcyB0ZW1wbGF0ZXMuXG4gKi9cbmltcG9ydCB0eXBlICogYXMgU3FsQ2xpZW50IGZyb20gXCJAZWZmZWN0L3NxbC9TcWxDbGllbnRcIlxuaW1wb3J0IHR5cGUgeyBGcmFnbWVudCwgU3RhdGVtZW50IH0gZnJvbSBcIkBlZmZlY3Qvc3FsL1N0YXRlbWVudFwiXG5pbXBvcnQgeyBFdmVudCB9IGZyb20gXCJAcnVubGVkZ2VyL2NvcmVcIlxuaW1wb3J0IHR5cGUgeyBUZW5hbnRTY29wZSB9IGZyb20gXCJAcnVubGVkZ2VyL2NvcmVcIlxuaW1wb3J0IHsgZW5jLCBzY29wZUNvbHVtbnMgfSBmcm9tIFwiLi9jb2RlYy5qc1wiXG5pbXBvcnQgeyBwYXJhbSwgcHJlcGFyZSBhcyBwcmVwYXJlV2l0aCwgcHJlcGFyZWRCeVNpemUgYXMgcHJlcGFyZWRCeVNpemVXaXRoLCByb3dQYXJhbXMgfSBmcm9tIFwiLi9wcmVwYXJlZC5qc1wiXG5pbXBvcnQgdHlwZSB7IFRhYmxlTmFtZXMgfSBmcm9tIFwiLi9zY2hlbWEuanNcIlxuXG4vKiogVGhlIGNvbHVtbnMgb2YgYW4gZXZlbnQgcm93LCBpbiBpbnNlcnQgb3JkZXIuICovXG5leHBvcnQgY29uc3QgZXZlbnRDb2x1bW5zID0gW1xuICBcIm9yZ19pZFwiLFxuICBcIndvcmtzcGFjZV9pZFwiLFxuICBcImRlcGxveW1lbnRfaWRcIixcbiAgXCJydW5faWRcIixcbiAgXCJzZXFcIixcbiAgXCJldmVudF9pZFwiLFxuICBcInR5cGVcIixcbiAgXCJvY2N1cnJlZF9hdFwiLFxuICBcInBheWxvYWRcIixcbiAgXCJjYXVzYXRpb25faWRcIixcbiAgXCJjb3JyZWxhdGlvbl9pZFwiLFxuICBcImFjdG9yXCIsXG4gIFwic2NoZW1hX3ZlcnNpb25cIixcbiAgXCJmaW5nZXJwcmludFwiLFxuICBcImJ5dGVzXCJcbl0gYXMgY29uc3RcblxuLyoqXG4gKiBUaGUga2V5IG9mIGEgcnVuIChvciBvZiBpdHMgc3RyZWFtKSBhcyB0aGUgaG90IHN0YXRlbWVudHMgYmluZCBpdDogdGhlIHZhbHVlcyBvZiB0aGVpciBgb3JnYCxcbiAqIGB3c2AsIGBkZXBgLCBgcnVuYCBwYXJhbWV0ZXJzLCB3aGljaCBjb21lIGZpcnN0IGluIGVhY2ggb2YgdGhlbS5cbiAqL1xuZXhwb3J0IHR5cGUgUnVuS2V5ID0gcmVhZG9ubHkgW29yZzogc3RyaW5nLCB3czogc3RyaW5nLCBkZXA6IHN0cmluZywgcnVuOiBzdHJpbmddXG5cbi8qKiBUaGUga2V5IG9mIHRoZSBydW4gYHJ1bklkYCBvZiBgc2NvcGVgLiAqL1xuZXhwb3J0IGNvbnN0IHJ1bktleSA9IChzY29wZTogVGVuYW50U2NvcGUuSW5wdXQsIHJ1bklkOiBzdHJpbmcpOiBSdW5LZXkgPT4gW1xuICBlbmMoc2NvcGUub3JnSWQpLFxuICBlbmMoc2NvcGUud29ya3NwYWNlSWQpLFxuICBzY29wZS5kZXBsb3ltZW50SWQgPT09IHVuZGVmaW5lZCA/IFwiXCIgOiBlbmMoc2NvcGUuZGVwbG95bWVudElkKSxcbiAgZW5jKHJ1bklkKVxuXVxuXG4vKiogVGhlIGtleSBvZiBhIHNjb3BlOiB0aGUgdmFsdWVzIG9mIHRoZSBgb3JnYCwgYHdzYCwgYGRlcGAgcGFyYW1ldGVycy4gKi9cbmV4cG9ydCB0eXBlIFNjb3BlS2V5ID0gcmVhZG9ubHkgW29yZzogc3RyaW5nLCB3czogc3RyaW5nLCBkZXA6IHN0cmluZ11cblxuLyoqIFRoZSBrZXkgb2YgYHNjb3BlYC4gKi9cbmV4cG9ydCBjb25zdCBzY29wZUtleSA9IChzY29wZTogVGVuYW50U2NvcGUuSW5wdXQpOiBTY29wZUtleSA9PiB7XG4gIGNvbnN0IGMgPSBzY29wZUNvbHVtbnMoc2NvcGUpXG4gIHJldHVybiBbYy5vcmdfaWQsIGMud29ya3NwYWNlX2lkLCBjLmRlcGxveW1lbnRfaWRdXG59XG5cbi8qKiBUaGUgaG90IHN0YXRlbWVudHMgb2YgYSBzdG9yZSBvdmVyIGBzcWxgIHdpdGggdGFibGVzIGB0YC4gKi9cbmV4cG9ydCBjb25zdCBtYWtlU3RhdGVtZW50cyA9IChcbiAgc3FsOiBTcWxDbGllbnQuU3FsQ2xpZW50LFxuICB0OiB7IHJlYWRvbmx5IFtLIGluIGtleW9mIFRhYmxlTmFtZXNdOiBGcmFnbWVudCB9LFxuICBsb2NrczogeyByZWFkb25seSBmb3JVcGRhdGU6IEZyYWdtZW50OyByZWFkb25seSBmb3JTaGFyZTogRnJhZ21lbnQgfSxcbiAgdHJhY2U6IGJvb2xlYW5cbikgPT4ge1xuICBjb25zdCBwcmVwYXJlID0gPEEgZXh0ZW5kcyBvYmplY3QgPSB7IHJlYWRvbmx5IFtjb2x1bW46IHN0cmluZ106IHVua25vd24gfT4oc3RhdGVtZW50OiBTdGF0ZW1lbnQ8dW5rbm93bj4pID0+XG4gICAgcHJlcGFyZVdpdGg8QT4oc3RhdGVtZW50LCB0cmFjZSlcbiAgY29uc3QgcHJlcGFyZWRCeVNpemUgPSAoYnVpbGQ6IChzaXplOiBudW1iZXIpID0+IFN0YXRlbWVudDx1bmtub3duPikgPT4gcHJlcGFyZWRCeVNpemVXaXRoKGJ1aWxkLCB0cmFjZSlcbiAgY29uc3QgaW5TY29wZSA9IHNxbGBvcmdfaWQgPSAke3BhcmFtKFwib3JnXCIpfSBBTkQgd29ya3NwYWNlX2lkID0gJHtwYXJhbShcIndzXCIpfSBBTkQgZGVwbG95bWVudF9pZCA9ICR7cGFyYW0oXCJkZXBcIil9YFxuICBjb25zdCBpblJ1biA9IHNxbGAke2luU2NvcGV9IEFORCBydW5faWQgPSAke3BhcmFtKFwicnVuXCIpfWBcbiAgY29uc3QgaWRzID0gKG46IG51bWJlcikgPT4gQXJyYXkuZnJvbSh7IGxlbmd0aDogbiB9LCAoXywgaSkgPT4gcGFyYW0oYGlkJHtpfWApKVxuICBjb25zdCBzdHJlYW1Db2x1bW5zID0gc3FsYGxhc3Rfc2VxLCBldmVudF9jb3VudCwgZXZlbnRfYnl0ZXMsIGNvbXBhY3RlZF90aHJvdWdoX3NlcWBcbiAgY29uc3QgZXZlbnRzQWZ0ZXIgPSAob3JkZXI6IFwiQVNDXCIgfCBcIkRFU0NcIiwgYmVmb3JlOiBib29sZWFuKSA9PlxuICAgIHByZXBhcmUoc3FsYFNFTEVDVCAqIEZST00gJHt0LmV2ZW50c30gV0hFUkUgJHtpblJ1bn0gQU5EIHNlcSA+ICR7cGFyYW0oXCJhZnRlclwiKX1cbiAgICAgICAgJHtiZWZvcmUgPyBzcWxgQU5EIHNlcSA8ICR7cGFyYW0oXCJiZWZvcmVcIil9YCA6IHNxbGBgfSBPUkRFUiBCWSBzZXEgJHtzcWwubGl0ZXJhbChvcmRlcil9IExJTUlUICR7cGFyYW0oXCJsaW1pdFwiKX1gXG4gICAgKVxuICByZXR1cm4ge1xuICAgIHN0cmVhbTogcHJlcGFyZShzcWxgU0VMRUNUICR7c3RyZWFtQ29sdW1uc30gRlJPTSAke3Quc3RyZWFtc30gV0hFUkUgJHtpblJ1bn1gKSxcbiAgICBzdHJlYW1Mb2NrZWQ6IHByZXBhcmUoc3FsYFNFTEVDVCAke3N0cmVhbUNvbHVtbnN9IEZST00gJHt0LnN0cmVhbXN9IFdIRVJFICR7aW5SdW59ICR7bG9ja3MuZm9yVXBkYXRlfWApLFxuICAgIC8vIFBvc3RncmVzOiBjcmVhdGUgdGhlIHN0cmVhbSByb3cgaWYgbWlzc2luZyBhbmQgbG9jayBpdCwgaW4gb25lIHN0YXRlbWVudCAobm8gcm93LCBubyBsb2NrKS5cbiAgICBzdHJlYW1FbnN1cmVMb2NrZWQ6IHByZXBhcmUoc3FsYElOU0VSVCBJTlRPICR7dC5zdHJlYW1zfSAob3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWQsIHJ1bl9pZCwgbGFzdF9zZXEsIGV2ZW50X2NvdW50LCBldmVudF9ieXRlcyxcbiAgICAgICAgY29tcGFjdGVkX3Rocm91Z2hfc2VxKSBWQUxVRVMgKCR7cGFyYW0oXCJvcmdcIil9LCAke3BhcmFtKFwid3NcIil9LCAke3BhcmFtKFwiZGVwXCIpfSwgJHtwYXJhbShcInJ1blwiKX0sIDAsIDAsIDAsIDApXG4gICAgICAgIE9OIENPTkZMSUNUIChvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwgcnVuX2lkKSBETyBVUERBVEUgU0VUIGxhc3Rfc2VxID0gJHt0LnN0cmVhbXN9Lmxhc3Rfc2VxXG4gICAgICAgIFJFVFVSTklORyAke3N0cmVhbUNvbHVtbnN9YFxuICAgICksXG4gICAgc3RyZWFtVXBzZXJ0OiBwcmVwYXJlKHNxbGBJTlNFUlQgSU5UTyAke3Quc3RyZWFtc30gKG9yZ19pZCwgd29ya3NwYWNlX2lkLCBkZXBsb3ltZW50X2lkLCBydW5faWQsIGxhc3Rfc2VxLCBldmVudF9jb3VudCwgZXZlbnRfYnl0ZXMsXG4gICAgICAgIGNvbXBhY3RlZF90aHJvdWdoX3NlcSkgVkFMVUVTICgke3BhcmFtKFwib3JnXCIpfSwgJHtwYXJhbShcIndzXCIpfSwgJHtwYXJhbShcImRlcFwiKX0sICR7cGFyYW0oXCJydW5cIil9LFxuICAgICAgICAke3BhcmFtKFwibGFzdFwiKX0sICR7cGFyYW0oXCJjb3VudFwiKX0sICR7cGFyYW0oXCJieXRlc1wiKX0sICR7cGFyYW0oXCJjb21wYWN0ZWRcIil9KVxuICAgICAgICBPTiBDT05GTElDVCAob3JnX2lkLCB3b3Jrc3BhY2VfaWQsIGRlcGxveW1lbnRfaWQsIHJ1bl9pZCkgRE8gVVBEQVRFIFNFVFxuICAgICAgICBsYXN0X3NlcSA9IGV4Y2x1ZGVkLmxhc3Rfc2VxLCBldmVudF9jb3VudCA9IGV4Y2x1ZGVkLmV2ZW50X2NvdW50LCBldmVudF9ieXRlcyA9IGV4Y2x1ZGVkLmV2ZW50X2J5dGVzYFxuICAgICksXG4gICAgZXZlbnRJZHM6IHByZXBhcmVkQnlTaXplKFxuICAgICAgKG4pID0+XG4gICAgICAgIHNxbGBTRUxFQ1QgZXZlbnRfaWQsIHNlcSwgZmluZ2VycHJpbnQgRlJPTSAke3QuZXZlbnRzfSBXSEVSRSAke2luUnVufVxuICAgICAgICAgIEFORCAke3NxbC5pbihcImV2ZW50X2lkXCIsIGlkcyhuKSl9IEFORCB0eXBlIDw+ICR7RXZlbnQuQ29tcGFjdGVkVHlwZX1gXG4gICAgKSxcbiAgICBwcnVuZWRJZHM6IHByZXBhcmVkQnlTaXplKFxuICAgICAgKG4pID0+IHNxbGBTRUxFQ1QgZXZlbnRfaWQsIHNlcSwgZmluZ2VycHJpbnQgRlJPTSAke3QucHJ1bmVkRXZlbnRzfSBXSEVSRSAke2luUnVufSBBTkQgJHtzcWwuaW4oXCJldmVudF9pZFwiLCBpZHMobikpfWBcbiAgICApLFxuICAgIGluc2VydEV2ZW50czogcHJlcGFyZWRCeVNpemUoXG4gICAgICAobikgPT5cbiAgICAgICAgc3FsYElOU0VSVCBJTlRPICR7dC5ldmVudHN9ICR7c3FsLmluc2VydChBcnJheS5mcm9tKHsgbGVuZ3RoOiBuIH0sIChfLCBpKSA9PiByb3dQYXJhbXMoaSwgZXZlbnRDb2x1bW5zKSkpfVxuICAgICAgICAgIE9OIENPTkZMSUNUIChvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwgcnVuX2lkLCBldmVudF9pZCkgRE8gTk9USElORyBSRVRVUk5JTkcgc2VxYFxuICAgICksXG4gICAgcmVhZEFzYzogZXZlbnRzQWZ0ZXIoXCJBU0NcIiwgZmFsc2UpLFxuICAgIHJlYWRBc2NCZWZvcmU6IGV2ZW50c0FmdGVyKFwiQVNDXCIsIHRydWUpLFxuICAgIHJlYWREZXNjOiBldmVudHNBZnRlcihcIkRFU0NcIiwgZmFsc2UpLFxuICAgIHJlYWREZXNjQmVmb3JlOiBldmVudHNBZnRlcihcIkRFU0NcIiwgdHJ1ZSksXG4gICAgcG9sbDogcHJlcGFyZShzcWxgU0VMRUNUICogRlJPTSAke3QuZXZlbnRzfSBXSEVSRSAke2luU2NvcGV9IEFORCBwb3NpdGlvbiA+ICR7cGFyYW0oXCJhZnRlclwiKX0gT1JERVIgQlkgcG9zaXRpb24gTElNSVQgJHtwYXJhbShcImxpbWl0XCIpfWBcbiAgICApLFxuICAgIHBvbGxBbGw6IHByZXBhcmUoc3FsYFNFTEVDVCAqIEZST00gJHt0LmV2ZW50c30gV0hFUkUgcG9zaXRpb24gPiAke3BhcmFtKFwiYWZ0ZXJcIil9IE9SREVSIEJZIHBvc2l0aW9uIExJTUlUICR7cGFyYW0oXCJsaW1pdFwiKX1gXG4gICAgKSxcbiAgICAvLyBQb3N0Z3JlczogbnVtYmVyIHRoZSBjb21taXR0ZWQgZXZlbnRzIGZvciB0aGUgZmVlZCAoc2VlIGBwZ0ZlZWRgIGluIHNjaGVtYS50cyksIHVuZGVyIHRoZSBzdG9yZSdzXG4gICAgLy8gZmVlZCBsb2NrICh0YWtlbiBieSBhbiBlYXJsaWVyIHN0YXRlbWVudCwgc28gdGhpcyBvbmUncyBzbmFwc2hvdCBzZWVzIGV2ZXJ5IGVhcmxpZXIgbnVtYmVyaW5nKSxcbiAgICAvLyB0aGVuIHJlYWQgYSBwYWdlIGJ5IHRob3NlIG51bWJlcnMuXG4gICAgZmVlZExvY2s6IHByZXBhcmUoc3FsYFNFTEVDVCBwZ19hZHZpc29yeV94YWN0X2xvY2soJHsweDcyNmN9LCBoYXNodGV4dChjdXJyZW50X3NjaGVtYSgpIHx8ICcuJyB8fCAke3BhcmFtKFwiZXZlbnRzXCIpfSkpYFxuICAgICksXG4gICAgc2VxdWVuY2U6IHByZXBhcmUoc3FsYFdJVEggcSBBUyAoXG4gICAgICAgICAgU0VMRUNUIHBvc2l0aW9uLCByb3dfbnVtYmVyKCkgT1ZFUiAoT1JERVIgQlkgcG9zaXRpb24pIEFTIHJuIEZST00gJHt0LmV2ZW50c31cbiAgICAgICAgICBXSEVSRSBmZWVkX3Bvc2l0aW9uIElTIE5VTEwgT1JERVIgQlkgcG9zaXRpb24gTElNSVQgJHtwYXJhbShcImxpbWl0XCIpfVxuICAgICAgICApLCBjIEFTIChcbiAgICAgICAgICBVUERBVEUgJHt0LmZlZWR9IFNFVCBsYXN0X3Bvc2l0aW9uID0gbGFzdF9wb3NpdGlvbiArIChTRUxFQ1QgQ09VTlQoKikgRlJPTSBxKSBXSEVSRSBpZCA9IDFcbiAgICAgICAgICBSRVRVUk5JTkcgbGFzdF9wb3NpdGlvbiAtIChTRUxFQ1QgQ09VTlQoKikgRlJPTSBxKSBBUyBiYXNlXG4gICAgICAgIClcbiAgICAgICAgVVBEQVRFICR7dC5ldmVudHN9IGUgU0VUIGZlZWRfcG9zaXRpb24gPSBjLmJhc2UgKyBxLnJuIEZST00gcSwgY1xuICAgICAgICBXSEVSRSBlLnBvc2l0aW9uID0gcS5wb3NpdGlvbiBBTkQgZS5mZWVkX3Bvc2l0aW9uIElTIE5VTExgXG4gICAgKSxcbiAgICBwb2xsRmVlZDogcHJlcGFyZShzcWxgU0VMRUNUICR7c3FsLmxpdGVyYWwoZXZlbnRDb2x1bW5zLmpvaW4oXCIsIFwiKSl9LCBmZWVkX3Bvc2l0aW9uIEFTIHBvc2l0aW9uIEZST00gJHt0LmV2ZW50c31cbiAgICAgICAgV0hFUkUgJHtpblNjb3BlfSBBTkQgZmVlZF9wb3NpdGlvbiA+ICR7cGFyYW0oXCJhZnRlclwiKX0gT1JERVIgQlkgZmVlZF9wb3NpdGlvbiBMSU1JVCAke3BhcmFtKFwibGltaXRcIil9YFxuICAgICksXG4gICAgcG9sbEZlZWRBbGw6IHByZXBhcmUoc3FsYFNFTEVDVCAke3NxbC5saXRlcmFsKGV2ZW50Q29sdW1ucy5qb2luKFwiLCBcIikpfSwgZmVlZF9wb3NpdGlvbiBBUyBwb3NpdGlvbiBGUk9NICR7dC5ldmVudHN9XG4gICAgICAgIFdIRVJFIGZlZWRfcG9zaXRpb24gPiAke3BhcmFtKFwiYWZ0ZXJcIil9IE9SREVSIEJZIGZlZWRfcG9zaXRpb24gTElNSVQgJHtwYXJhbShcImxpbWl0XCIpfWBcbiAgICApLFxuICAgIHJ1bjogcHJlcGFyZShzcWxgU0VMRUNUICogRlJPTSAke3QucnVuc30gV0hFUkUgJHtpblJ1bn1gKSxcbiAgICBydW5Mb2NrZWQ6IHByZXBhcmUoc3FsYFNFTEVDVCAqIEZST00gJHt0LnJ1bnN9IFdIRVJFICR7aW5SdW59ICR7bG9ja3MuZm9yVXBkYXRlfWApLFxuICAgIHJ1bkV4aXN0czogcHJlcGFyZShzcWxgU0VMRUNUIDEgQVMgZm91bmQgRlJPTSAke3QucnVuc30gV0hFUkUgJHtpblJ1bn1gKSxcbiAgICBydW5FeGlzdHNMb2NrZWQ6IHByZXBhcmUoc3FsYFNFTEVDVCAxIEFTIGZvdW5kIEZST00gJHt0LnJ1bnN9IFdIRVJFICR7aW5SdW59ICR7bG9ja3MuZm9yVXBkYXRlfWApLFxuICAgIHJ1blVwZGF0ZTogcHJlcGFyZShzcWxgVVBEQVRFICR7dC5ydW5zfSBTRVQgc3RhdHVzID0gJHtwYXJhbShcInN0YXR1c1wiKX0sIHZlcnNpb24gPSAke3BhcmFtKFwidmVyc2lvblwiKX0sIHN0YXRlID0gJHtwYXJhbShcInN0YXRlXCIpfSxcbiAgICAgICAgdXBkYXRlZF9hdCA9ICR7cGFyYW0oXCJ1cGRhdGVkXCIpfSwgY29tcGxldGVkX2F0ID0gJHtwYXJhbShcImNvbXBsZXRlZFwiKX1cbiAgICAgICAgV0hFUkUgJHtpblJ1bn0gQU5EIHZlcnNpb24gPSAke3BhcmFtKFwicHJldmlvdXNcIil9YFxuICAgICksXG4gICAgbGVhc2VTaGFyZWQ6IHByZXBhcmUoc3FsYFNFTEVDVCAqIEZST00gJHt0LmxlYXNlc30gV0hFUkUgJHtpblJ1bn0gJHtsb2Nrcy5mb3JTaGFyZX1gKSxcbiAgICAvLyBQb3N0Z3JlczogYSBDQVMgYXMgb25lIGNvbmRpdGlvbmFsIFVQREFURSDigJQgdGhlIGV4cGVjdGF0aW9uLCB0aGUgc3RhdHVzZXMgdGhlIG1hY2hpbmUgYWxsb3dzXG4gICAgLy8gbGVhdmluZyBmcm9tLCBhbmQgdGhlIGxlYXNlIGZlbmNlICh0aGUgbGVhc2Ugcm93IHNoYXJlLWxvY2tlZCwgc28gbm8gYWNxdWlzaXRpb24gY29tbWl0cyBpblxuICAgIC8vIGJldHdlZW4pIGFsbCBpbiBpdHMgV0hFUkUuIE5vIHJvdzogdGhlIGNhbGxlciBkZWNpZGVzIGFnYWluIHVuZGVyIHJvdyBsb2NrcyAoZmFsc2UsIE5vdEZvdW5kLFxuICAgIC8vIEZlbmNlZCBvciBJbnZhbGlkVHJhbnNpdGlvbikuXG4gICAgY2FzVXBkYXRlOiBwcmVwYXJlKHNxbGBVUERBVEUgJHt0LnJ1bnN9IFNFVCBzdGF0dXMgPSBDT0FMRVNDRSgke3BhcmFtKFwic3RhdHVzXCIpfTo6dGV4dCwgc3RhdHVzKSwgdmVyc2lvbiA9IHZlcnNpb24gKyAxLFxuICAgICAgICBzdGF0ZSA9IENPQUxFU0NFKCR7cGFyYW0oXCJzdGF0ZVwiKX06OnRleHQsIHN0YXRlKSwgdXBkYXRlZF9hdCA9ICR7cGFyYW0oXCJub3dcIil9LFxuICAgICAgICBjb21wbGV0ZWRfYXQgPSBDQVNFIFdIRU4gJHtwYXJhbShcImNvbXBsZXRlc1wiKX06OmJvb2xlYW4gQU5EIHN0YXR1cyA8PiBDT0FMRVNDRSgke3BhcmFtKFwic3RhdHVzXCIpfTo6dGV4dCwgc3RhdHVzKVxuICAgICAgICAgIFRIRU4gJHtwYXJhbShcIm5vd1wiKX0gRUxTRSBjb21wbGV0ZWRfYXQgRU5EXG4gICAgICAgIFdIRVJFICR7aW5SdW59IEFORCBzdGF0dXMgPSBBTlkoJHtwYXJhbShcImZyb21cIil9Ojp0ZXh0W10pXG4gICAgICAgIEFORCAoJHtwYXJhbShcInZlcnNpb25cIil9OjpiaWdpbnQgSVMgTlVMTCBPUiB2ZXJzaW9uID0gJHtwYXJhbShcInZlcnNpb25cIil9OjpiaWdpbnQpXG4gICAgICAgIEFORCAoJHtwYXJhbShcInRva2VuXCIpfTo6YmlnaW50IElTIE5VTEwgT1IgQ09BTEVTQ0UoXG4gICAgICAgICAgKFNFTEVDVCBsLnRva2VuIEZST00gJHt0LmxlYXNlc30gbCBXSEVSRSBsLm9yZ19pZCA9ICR7cGFyYW0oXCJvcmdcIil9IEFORCBsLndvcmtzcGFjZV9pZCA9ICR7cGFyYW0oXCJ3c1wiKX1cbiAgICAgICAgICAgIEFORCBsLmRlcGxveW1lbnRfaWQgPSAke3BhcmFtKFwiZGVwXCIpfSBBTkQgbC5ydW5faWQgPSAke3BhcmFtKFwicnVuXCIpfSBGT1IgU0hBUkUpLCAwKSA8PSAke3BhcmFtKFwidG9rZW5cIil9OjpiaWdpbnQpXG4gICAgICAgIFJFVFVSTklORyB2ZXJzaW9uYFxuICAgIClcbiAgfVxufVxuXG4vKiogVGhlIGhvdCBzdGF0ZW1lbnRzIG9mIG9uZSBzdG9yZS4gKi9cbmV4cG9ydCB0eXBlIFN0YXRlbWVudHMgPSBSZXR1cm5UeXBlPHR5cGVvZiBtYWtlU3RhdGVtZW50cz5cbiJdLCJmaWxlIjoiL3BhY2thZ2VzL3NxbC9zcmMvaW50ZXJuYWwvc3RhdGVtZW50cy50cyJ9
