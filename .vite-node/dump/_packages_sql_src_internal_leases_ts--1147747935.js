// /packages/sql/src/internal/leases.ts
__vite_ssr_exportName__("makeLeaseBackend", () => { try { return makeLeaseBackend } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["Lease"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("effect", {"importedNames":["Effect","Either","Option"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/context.ts", {"importedNames":["inRun","querying","writing"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/sql/src/internal/errors.ts", {"importedNames":["decodeRow"]});
const __vite_ssr_import_4__ = await __vite_ssr_import__("/packages/sql/src/internal/rows.ts", {"importedNames":["leaseFromRow","leaseRow"]});





const makeLeaseBackend = (ctx) => {
  const { sql, t } = ctx;
  const load = (operation, scope, runId, lock) => __vite_ssr_import_1__.Effect.flatMap(
    sql`SELECT * FROM ${t.leases} WHERE ${(0,__vite_ssr_import_2__.inRun)(ctx, scope, runId)} ${lock ? ctx.forUpdate : sql``}`,
    (rows) => rows[0] === void 0 ? __vite_ssr_import_1__.Effect.succeed(void 0) : (0,__vite_ssr_import_3__.decodeRow)(operation, "Lease", runId, () => (0,__vite_ssr_import_4__.leaseFromRow)(rows[0]))
  );
  const store = (lease) => sql`INSERT INTO ${t.leases} ${sql.insert((0,__vite_ssr_import_4__.leaseRow)(lease))}
      ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO UPDATE SET
      owner = excluded.owner, token = excluded.token, acquired_at = excluded.acquired_at,
      expires_at = excluded.expires_at, released_at = excluded.released_at`;
  return {
    acquire: (scope, runId, owner, ttlMillis, now) => (0,__vite_ssr_import_2__.writing)(ctx, "LeaseStore.acquire", { entity: "Lease", id: runId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        const current = yield* load("LeaseStore.acquire", scope, runId, true);
        const decided = __vite_ssr_import_0__.Lease.acquire(current, { scope, runId, owner, ttlMillis }, now);
        if (__vite_ssr_import_1__.Either.isLeft(decided)) return yield* __vite_ssr_import_1__.Effect.fail(decided.left);
        if (current !== void 0) {
          yield* store(decided.right);
          return decided.right;
        };
        const inserted = yield* sql`INSERT INTO ${t.leases} ${sql.insert((0,__vite_ssr_import_4__.leaseRow)(decided.right))}
            ON CONFLICT (org_id, workspace_id, deployment_id, run_id) DO NOTHING RETURNING token`;
        if (inserted.length > 0) return decided.right;
        const winner = yield* load("LeaseStore.acquire", scope, runId, true);
        const again = __vite_ssr_import_0__.Lease.acquire(winner, { scope, runId, owner, ttlMillis }, now);
        if (__vite_ssr_import_1__.Either.isLeft(again)) return yield* __vite_ssr_import_1__.Effect.fail(again.left);
        yield* store(again.right);
        return again.right;
      })
    ),
    renew: (scope, runId, owner, token, ttlMillis, now) => (0,__vite_ssr_import_2__.writing)(ctx, "LeaseStore.renew", { entity: "Lease", id: runId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        const current = yield* load("LeaseStore.renew", scope, runId, true);
        const decided = __vite_ssr_import_0__.Lease.renew(current, runId, owner, token, ttlMillis, now);
        if (__vite_ssr_import_1__.Either.isLeft(decided)) return yield* __vite_ssr_import_1__.Effect.fail(decided.left);
        yield* store(decided.right);
        return decided.right;
      })
    ),
    release: (scope, runId, owner, token, now) => (0,__vite_ssr_import_2__.writing)(ctx, "LeaseStore.release", { entity: "Lease", id: runId })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        const current = yield* load("LeaseStore.release", scope, runId, true);
        const released = __vite_ssr_import_0__.Lease.release(current, owner, token, now);
        if (__vite_ssr_import_1__.Option.isNone(released)) return false;
        yield* store(released.value);
        return true;
      })
    ),
    get: (scope, runId) => (0,__vite_ssr_import_2__.querying)(ctx, "LeaseStore.get", { entity: "Lease", id: runId })(
      __vite_ssr_import_1__.Effect.map(load("LeaseStore.get", scope, runId, false), __vite_ssr_import_1__.Option.fromNullable)
    )
  };
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6IjtBQUNBO0FBQ0E7QUFFQTtBQUNBO0FBQ0E7Ozs7OztBQUdPLE1BQU0sbUJBQW1CLENBQUMsUUFBaUM7QUFDaEUsUUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJO0FBRW5CLFFBQU0sT0FBTyxDQUFDLFdBQW1CLE9BQWdDLE9BQWUsU0FDOUUsNkJBQU87QUFBQSxJQUNMLG9CQUFvQixFQUFFLE1BQU0sYUFBVSw2QkFBTSxLQUFLLE9BQU8sS0FBSyxDQUFDLElBQUksT0FBTyxJQUFJLFlBQVksS0FBSztBQUFBLElBQzlGLENBQUMsU0FDQyxLQUFLLENBQUMsTUFBTSxTQUNSLDZCQUFPLFFBQVEsTUFBUyxPQUN4QixpQ0FBVSxXQUFXLFNBQVMsT0FBTyxTQUFNLG9DQUFhLEtBQUssQ0FBQyxDQUFFLENBQUM7QUFBQSxFQUN6RTtBQUVGLFFBQU0sUUFBUSxDQUFDLFVBQ2Isa0JBQWtCLEVBQUUsTUFBTSxJQUFJLElBQUksVUFBTyxnQ0FBUyxLQUFLLENBQUMsQ0FBQztBQUFBO0FBQUE7QUFBQTtBQUszRCxTQUFPO0FBQUEsSUFDTCxTQUFTLENBQUMsT0FBTyxPQUFPLE9BQU8sV0FBVyxXQUN4QywrQkFBUSxLQUFLLHNCQUFzQixFQUFFLFFBQVEsU0FBUyxJQUFJLE1BQU0sQ0FBQztBQUFBLE1BQy9ELDZCQUFPLElBQUksYUFBWTtBQUNyQixjQUFNLFVBQVUsT0FBTyxLQUFLLHNCQUFzQixPQUFPLE9BQU8sSUFBSTtBQUNwRSxjQUFNLFVBQVUsNEJBQU0sUUFBUSxTQUFTLEVBQUUsT0FBTyxPQUFPLE9BQU8sVUFBVSxHQUFHLEdBQUc7QUFDOUUsWUFBSSw2QkFBTyxPQUFPLE9BQU8sRUFBRyxRQUFPLE9BQU8sNkJBQU8sS0FBSyxRQUFRLElBQUk7QUFDbEUsWUFBSSxZQUFZLFFBQVc7QUFDekIsaUJBQU8sTUFBTSxRQUFRLEtBQUs7QUFDMUIsaUJBQU8sUUFBUTtBQUFBLFFBQ2pCO0FBR0EsY0FBTSxXQUFXLE9BQU8sa0JBQWtCLEVBQUUsTUFBTSxJQUFJLElBQUksVUFBTyxnQ0FBUyxRQUFRLEtBQUssQ0FBQyxDQUFDO0FBQUE7QUFFekYsWUFBSSxTQUFTLFNBQVMsRUFBRyxRQUFPLFFBQVE7QUFDeEMsY0FBTSxTQUFTLE9BQU8sS0FBSyxzQkFBc0IsT0FBTyxPQUFPLElBQUk7QUFDbkUsY0FBTSxRQUFRLDRCQUFNLFFBQVEsUUFBUSxFQUFFLE9BQU8sT0FBTyxPQUFPLFVBQVUsR0FBRyxHQUFHO0FBQzNFLFlBQUksNkJBQU8sT0FBTyxLQUFLLEVBQUcsUUFBTyxPQUFPLDZCQUFPLEtBQUssTUFBTSxJQUFJO0FBQzlELGVBQU8sTUFBTSxNQUFNLEtBQUs7QUFDeEIsZUFBTyxNQUFNO0FBQUEsTUFDZixDQUFDO0FBQUEsSUFDSDtBQUFBLElBQ0YsT0FBTyxDQUFDLE9BQU8sT0FBTyxPQUFPLE9BQU8sV0FBVyxXQUM3QywrQkFBUSxLQUFLLG9CQUFvQixFQUFFLFFBQVEsU0FBUyxJQUFJLE1BQU0sQ0FBQztBQUFBLE1BQzdELDZCQUFPLElBQUksYUFBWTtBQUNyQixjQUFNLFVBQVUsT0FBTyxLQUFLLG9CQUFvQixPQUFPLE9BQU8sSUFBSTtBQUNsRSxjQUFNLFVBQVUsNEJBQU0sTUFBTSxTQUFTLE9BQU8sT0FBTyxPQUFPLFdBQVcsR0FBRztBQUN4RSxZQUFJLDZCQUFPLE9BQU8sT0FBTyxFQUFHLFFBQU8sT0FBTyw2QkFBTyxLQUFLLFFBQVEsSUFBSTtBQUNsRSxlQUFPLE1BQU0sUUFBUSxLQUFLO0FBQzFCLGVBQU8sUUFBUTtBQUFBLE1BQ2pCLENBQUM7QUFBQSxJQUNIO0FBQUEsSUFDRixTQUFTLENBQUMsT0FBTyxPQUFPLE9BQU8sT0FBTyxXQUNwQywrQkFBUSxLQUFLLHNCQUFzQixFQUFFLFFBQVEsU0FBUyxJQUFJLE1BQU0sQ0FBQztBQUFBLE1BQy9ELDZCQUFPLElBQUksYUFBWTtBQUNyQixjQUFNLFVBQVUsT0FBTyxLQUFLLHNCQUFzQixPQUFPLE9BQU8sSUFBSTtBQUNwRSxjQUFNLFdBQVcsNEJBQU0sUUFBUSxTQUFTLE9BQU8sT0FBTyxHQUFHO0FBQ3pELFlBQUksNkJBQU8sT0FBTyxRQUFRLEVBQUcsUUFBTztBQUNwQyxlQUFPLE1BQU0sU0FBUyxLQUFLO0FBQzNCLGVBQU87QUFBQSxNQUNULENBQUM7QUFBQSxJQUNIO0FBQUEsSUFDRixLQUFLLENBQUMsT0FBTyxhQUNYLGdDQUFTLEtBQUssa0JBQWtCLEVBQUUsUUFBUSxTQUFTLElBQUksTUFBTSxDQUFDO0FBQUEsTUFDNUQsNkJBQU8sSUFBSSxLQUFLLGtCQUFrQixPQUFPLE9BQU8sS0FBSyxHQUFHLDZCQUFPLFlBQVk7QUFBQSxJQUM3RTtBQUFBLEVBQ0o7QUFDRiIsIm5hbWVzIjpbXSwiaWdub3JlTGlzdCI6W10sInNvdXJjZXMiOlsibGVhc2VzLnRzIl0sInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB0eXBlIHsgTGVhc2VTdG9yZSwgVGVuYW50U2NvcGUgfSBmcm9tIFwiQHJ1bmxlZGdlci9jb3JlXCJcbmltcG9ydCB7IExlYXNlIH0gZnJvbSBcIkBydW5sZWRnZXIvY29yZVwiXG5pbXBvcnQgeyBFZmZlY3QsIEVpdGhlciwgT3B0aW9uIH0gZnJvbSBcImVmZmVjdFwiXG5pbXBvcnQgdHlwZSB7IEN0eCB9IGZyb20gXCIuL2NvbnRleHQuanNcIlxuaW1wb3J0IHsgaW5SdW4sIHF1ZXJ5aW5nLCB3cml0aW5nIH0gZnJvbSBcIi4vY29udGV4dC5qc1wiXG5pbXBvcnQgeyBkZWNvZGVSb3cgfSBmcm9tIFwiLi9lcnJvcnMuanNcIlxuaW1wb3J0IHsgbGVhc2VGcm9tUm93LCBsZWFzZVJvdyB9IGZyb20gXCIuL3Jvd3MuanNcIlxuXG4vKiogVGhlIGxlYXNlLXN0b3JlIGJhY2tlbmQgb3ZlciBTUUwsIGFwcGx5aW5nIHRoZSBgTGVhc2VgIHJlZHVjZXJzLiAqL1xuZXhwb3J0IGNvbnN0IG1ha2VMZWFzZUJhY2tlbmQgPSAoY3R4OiBDdHgpOiBMZWFzZVN0b3JlLkJhY2tlbmQgPT4ge1xuICBjb25zdCB7IHNxbCwgdCB9ID0gY3R4XG5cbiAgY29uc3QgbG9hZCA9IChvcGVyYXRpb246IHN0cmluZywgc2NvcGU6IFRlbmFudFNjb3BlLlRlbmFudFNjb3BlLCBydW5JZDogc3RyaW5nLCBsb2NrOiBib29sZWFuKSA9PlxuICAgIEVmZmVjdC5mbGF0TWFwKFxuICAgICAgc3FsYFNFTEVDVCAqIEZST00gJHt0LmxlYXNlc30gV0hFUkUgJHtpblJ1bihjdHgsIHNjb3BlLCBydW5JZCl9ICR7bG9jayA/IGN0eC5mb3JVcGRhdGUgOiBzcWxgYH1gLFxuICAgICAgKHJvd3MpID0+XG4gICAgICAgIHJvd3NbMF0gPT09IHVuZGVmaW5lZFxuICAgICAgICAgID8gRWZmZWN0LnN1Y2NlZWQodW5kZWZpbmVkKVxuICAgICAgICAgIDogZGVjb2RlUm93KG9wZXJhdGlvbiwgXCJMZWFzZVwiLCBydW5JZCwgKCkgPT4gbGVhc2VGcm9tUm93KHJvd3NbMF0hKSlcbiAgICApXG5cbiAgY29uc3Qgc3RvcmUgPSAobGVhc2U6IExlYXNlLkxlYXNlKSA9PlxuICAgIHNxbGBJTlNFUlQgSU5UTyAke3QubGVhc2VzfSAke3NxbC5pbnNlcnQobGVhc2VSb3cobGVhc2UpKX1cbiAgICAgIE9OIENPTkZMSUNUIChvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwgcnVuX2lkKSBETyBVUERBVEUgU0VUXG4gICAgICBvd25lciA9IGV4Y2x1ZGVkLm93bmVyLCB0b2tlbiA9IGV4Y2x1ZGVkLnRva2VuLCBhY3F1aXJlZF9hdCA9IGV4Y2x1ZGVkLmFjcXVpcmVkX2F0LFxuICAgICAgZXhwaXJlc19hdCA9IGV4Y2x1ZGVkLmV4cGlyZXNfYXQsIHJlbGVhc2VkX2F0ID0gZXhjbHVkZWQucmVsZWFzZWRfYXRgXG5cbiAgcmV0dXJuIHtcbiAgICBhY3F1aXJlOiAoc2NvcGUsIHJ1bklkLCBvd25lciwgdHRsTWlsbGlzLCBub3cpID0+XG4gICAgICB3cml0aW5nKGN0eCwgXCJMZWFzZVN0b3JlLmFjcXVpcmVcIiwgeyBlbnRpdHk6IFwiTGVhc2VcIiwgaWQ6IHJ1bklkIH0pKFxuICAgICAgICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICAgICAgICBjb25zdCBjdXJyZW50ID0geWllbGQqIGxvYWQoXCJMZWFzZVN0b3JlLmFjcXVpcmVcIiwgc2NvcGUsIHJ1bklkLCB0cnVlKVxuICAgICAgICAgIGNvbnN0IGRlY2lkZWQgPSBMZWFzZS5hY3F1aXJlKGN1cnJlbnQsIHsgc2NvcGUsIHJ1bklkLCBvd25lciwgdHRsTWlsbGlzIH0sIG5vdylcbiAgICAgICAgICBpZiAoRWl0aGVyLmlzTGVmdChkZWNpZGVkKSkgcmV0dXJuIHlpZWxkKiBFZmZlY3QuZmFpbChkZWNpZGVkLmxlZnQpXG4gICAgICAgICAgaWYgKGN1cnJlbnQgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICAgICAgeWllbGQqIHN0b3JlKGRlY2lkZWQucmlnaHQpXG4gICAgICAgICAgICByZXR1cm4gZGVjaWRlZC5yaWdodFxuICAgICAgICAgIH1cbiAgICAgICAgICAvLyBBIGZpcnN0IGxlYXNlOiBpbnNlcnQgb25seSBpZiBubyBsZWFzZSByb3cgYXBwZWFyZWQgbWVhbndoaWxlIChQb3N0Z3JlcyBkb2VzIG5vdCBsb2NrIGEgcm93XG4gICAgICAgICAgLy8gdGhhdCBkb2VzIG5vdCBleGlzdCB5ZXQpLCBvdGhlcndpc2UgZGVjaWRlIGFnYWluIGFnYWluc3QgdGhlIHJvdyB0aGF0IHdvbi5cbiAgICAgICAgICBjb25zdCBpbnNlcnRlZCA9IHlpZWxkKiBzcWxgSU5TRVJUIElOVE8gJHt0LmxlYXNlc30gJHtzcWwuaW5zZXJ0KGxlYXNlUm93KGRlY2lkZWQucmlnaHQpKX1cbiAgICAgICAgICAgIE9OIENPTkZMSUNUIChvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwgcnVuX2lkKSBETyBOT1RISU5HIFJFVFVSTklORyB0b2tlbmBcbiAgICAgICAgICBpZiAoaW5zZXJ0ZWQubGVuZ3RoID4gMCkgcmV0dXJuIGRlY2lkZWQucmlnaHRcbiAgICAgICAgICBjb25zdCB3aW5uZXIgPSB5aWVsZCogbG9hZChcIkxlYXNlU3RvcmUuYWNxdWlyZVwiLCBzY29wZSwgcnVuSWQsIHRydWUpXG4gICAgICAgICAgY29uc3QgYWdhaW4gPSBMZWFzZS5hY3F1aXJlKHdpbm5lciwgeyBzY29wZSwgcnVuSWQsIG93bmVyLCB0dGxNaWxsaXMgfSwgbm93KVxuICAgICAgICAgIGlmIChFaXRoZXIuaXNMZWZ0KGFnYWluKSkgcmV0dXJuIHlpZWxkKiBFZmZlY3QuZmFpbChhZ2Fpbi5sZWZ0KVxuICAgICAgICAgIHlpZWxkKiBzdG9yZShhZ2Fpbi5yaWdodClcbiAgICAgICAgICByZXR1cm4gYWdhaW4ucmlnaHRcbiAgICAgICAgfSlcbiAgICAgICksXG4gICAgcmVuZXc6IChzY29wZSwgcnVuSWQsIG93bmVyLCB0b2tlbiwgdHRsTWlsbGlzLCBub3cpID0+XG4gICAgICB3cml0aW5nKGN0eCwgXCJMZWFzZVN0b3JlLnJlbmV3XCIsIHsgZW50aXR5OiBcIkxlYXNlXCIsIGlkOiBydW5JZCB9KShcbiAgICAgICAgRWZmZWN0LmdlbihmdW5jdGlvbiooKSB7XG4gICAgICAgICAgY29uc3QgY3VycmVudCA9IHlpZWxkKiBsb2FkKFwiTGVhc2VTdG9yZS5yZW5ld1wiLCBzY29wZSwgcnVuSWQsIHRydWUpXG4gICAgICAgICAgY29uc3QgZGVjaWRlZCA9IExlYXNlLnJlbmV3KGN1cnJlbnQsIHJ1bklkLCBvd25lciwgdG9rZW4sIHR0bE1pbGxpcywgbm93KVxuICAgICAgICAgIGlmIChFaXRoZXIuaXNMZWZ0KGRlY2lkZWQpKSByZXR1cm4geWllbGQqIEVmZmVjdC5mYWlsKGRlY2lkZWQubGVmdClcbiAgICAgICAgICB5aWVsZCogc3RvcmUoZGVjaWRlZC5yaWdodClcbiAgICAgICAgICByZXR1cm4gZGVjaWRlZC5yaWdodFxuICAgICAgICB9KVxuICAgICAgKSxcbiAgICByZWxlYXNlOiAoc2NvcGUsIHJ1bklkLCBvd25lciwgdG9rZW4sIG5vdykgPT5cbiAgICAgIHdyaXRpbmcoY3R4LCBcIkxlYXNlU3RvcmUucmVsZWFzZVwiLCB7IGVudGl0eTogXCJMZWFzZVwiLCBpZDogcnVuSWQgfSkoXG4gICAgICAgIEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgICAgICAgIGNvbnN0IGN1cnJlbnQgPSB5aWVsZCogbG9hZChcIkxlYXNlU3RvcmUucmVsZWFzZVwiLCBzY29wZSwgcnVuSWQsIHRydWUpXG4gICAgICAgICAgY29uc3QgcmVsZWFzZWQgPSBMZWFzZS5yZWxlYXNlKGN1cnJlbnQsIG93bmVyLCB0b2tlbiwgbm93KVxuICAgICAgICAgIGlmIChPcHRpb24uaXNOb25lKHJlbGVhc2VkKSkgcmV0dXJuIGZhbHNlXG4gICAgICAgICAgeWllbGQqIHN0b3JlKHJlbGVhc2VkLnZhbHVlKVxuICAgICAgICAgIHJldHVybiB0cnVlXG4gICAgICAgIH0pXG4gICAgICApLFxuICAgIGdldDogKHNjb3BlLCBydW5JZCkgPT5cbiAgICAgIHF1ZXJ5aW5nKGN0eCwgXCJMZWFzZVN0b3JlLmdldFwiLCB7IGVudGl0eTogXCJMZWFzZVwiLCBpZDogcnVuSWQgfSkoXG4gICAgICAgIEVmZmVjdC5tYXAobG9hZChcIkxlYXNlU3RvcmUuZ2V0XCIsIHNjb3BlLCBydW5JZCwgZmFsc2UpLCBPcHRpb24uZnJvbU51bGxhYmxlKVxuICAgICAgKVxuICB9XG59XG4iXSwiZmlsZSI6Ii9wYWNrYWdlcy9zcWwvc3JjL2ludGVybmFsL2xlYXNlcy50cyJ9
