// /packages/sql/src/internal/transition.ts
__vite_ssr_exportName__("makeTransitionBackend", () => { try { return makeTransitionBackend } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["Errors","EventStream","Run"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("effect", {"importedNames":["Either","Option"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/context.ts", {"importedNames":["writingPrepared"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/sql/src/internal/events.ts", {"importedNames":["loadStream","lookupIds","storeRows","viewOf"]});
const __vite_ssr_import_4__ = await __vite_ssr_import__("/packages/sql/src/internal/fence.ts", {"importedNames":["checkFence"]});
const __vite_ssr_import_5__ = await __vite_ssr_import__("/packages/sql/src/internal/runs.ts", {"importedNames":["requireRun","updateRun"]});
const __vite_ssr_import_6__ = await __vite_ssr_import__("/packages/sql/src/internal/script.ts", {"importedNames":["fail"]});
const __vite_ssr_import_7__ = await __vite_ssr_import__("/packages/sql/src/internal/statements.ts", {"importedNames":["runKey"]});
const __vite_ssr_import_8__ = await __vite_ssr_import__("/packages/sql/src/internal/tx.ts", {"importedNames":["script"]});









const makeTransitionBackend = (ctx) => {
  const operation = "RunTransition.casStatusWithEvent";
  return {
    casStatusWithEvent: (scope, runId, expected, next, draft, guard, now, options) => (0,__vite_ssr_import_2__.writingPrepared)(ctx, operation, { entity: "Run", id: runId })((0,__vite_ssr_import_8__.script)(function* () {
      const key = (0,__vite_ssr_import_7__.runKey)(scope, runId);
      const loaded = yield* (0,__vite_ssr_import_5__.requireRun)(ctx, operation, key, runId, true);
      yield* (0,__vite_ssr_import_4__.checkFence)(ctx, operation, key, runId, options?.fencingToken);
      const stream = yield* (0,__vite_ssr_import_3__.loadStream)(ctx, operation, key, runId, true);
      const index = yield* (0,__vite_ssr_import_3__.lookupIds)(ctx, operation, key, stream, [draft.eventId]);
      const view = (0,__vite_ssr_import_3__.viewOf)(scope, runId, stream, index);
      const moved = __vite_ssr_import_0__.Run.casStatus(loaded.run, expected, next, now);
      if (__vite_ssr_import_1__.Option.isNone(moved)) {
        return { transitioned: false, seq: __vite_ssr_import_1__.Option.fromNullable(view.lookup(draft.eventId)?.seq) };
      };
      const decided = __vite_ssr_import_0__.EventStream.decideAppendOnce(view, draft, guard);
      if (__vite_ssr_import_1__.Either.isLeft(decided)) return yield* (0,__vite_ssr_import_6__.fail)(decided.left);
      const decision = decided.right;
      if (!decision.result.appended && !decision.result.sameFingerprint) {
        return yield* (0,__vite_ssr_import_6__.fail)(
          new __vite_ssr_import_0__.Errors.EventConflict({
            runId,
            eventIds: [draft.eventId],
            reason: "the event id is already in the log with different content"
          })
        );
      };
      yield* (0,__vite_ssr_import_5__.updateRun)(ctx, key, loaded, moved.value);
      yield* (0,__vite_ssr_import_3__.storeRows)(ctx, operation, key, stream, decision.rows);
      return { transitioned: true, seq: __vite_ssr_import_1__.Option.some(decision.result.seq) };
    }))
  };
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6IjtBQUNBO0FBQ0E7QUFFQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTs7Ozs7Ozs7OztBQVFPLE1BQU0sd0JBQXdCLENBQUMsUUFBb0M7QUFDeEUsUUFBTSxZQUFZO0FBQ2xCLFNBQU87QUFBQSxJQUNMLG9CQUFvQixDQUFDLE9BQU8sT0FBTyxVQUFVLE1BQU0sT0FBTyxPQUFPLEtBQUssZUFDcEUsdUNBQWdCLEtBQUssV0FBVyxFQUFFLFFBQVEsT0FBTyxJQUFJLE1BQU0sQ0FBQyxLQUFFLDhCQUFPLGFBQVk7QUFDL0UsWUFBTSxTQUFNLDhCQUFPLE9BQU8sS0FBSztBQUMvQixZQUFNLFNBQVMsVUFBTyxrQ0FBVyxLQUFLLFdBQVcsS0FBSyxPQUFPLElBQUk7QUFDakUsZ0JBQU8sa0NBQVcsS0FBSyxXQUFXLEtBQUssT0FBTyxTQUFTLFlBQVk7QUFDbkUsWUFBTSxTQUFTLFVBQU8sa0NBQVcsS0FBSyxXQUFXLEtBQUssT0FBTyxJQUFJO0FBQ2pFLFlBQU0sUUFBUSxVQUFPLGlDQUFVLEtBQUssV0FBVyxLQUFLLFFBQVEsQ0FBQyxNQUFNLE9BQU8sQ0FBQztBQUMzRSxZQUFNLFVBQU8sOEJBQU8sT0FBTyxPQUFPLFFBQVEsS0FBSztBQUMvQyxZQUFNLFFBQVEsMEJBQVMsVUFBVSxPQUFPLEtBQUssVUFBVSxNQUFNLEdBQUc7QUFDaEUsVUFBSSw2QkFBTyxPQUFPLEtBQUssR0FBRztBQUV4QixlQUFPLEVBQUUsY0FBYyxPQUFPLEtBQUssNkJBQU8sYUFBYSxLQUFLLE9BQU8sTUFBTSxPQUFPLEdBQUcsR0FBRyxFQUFFO0FBQUEsTUFDMUY7QUFDQSxZQUFNLFVBQVUsa0NBQVksaUJBQWlCLE1BQU0sT0FBTyxLQUFLO0FBQy9ELFVBQUksNkJBQU8sT0FBTyxPQUFPLEVBQUcsUUFBTyxVQUFPLDRCQUFLLFFBQVEsSUFBSTtBQUMzRCxZQUFNLFdBQVcsUUFBUTtBQUN6QixVQUFJLENBQUMsU0FBUyxPQUFPLFlBQVksQ0FBQyxTQUFTLE9BQU8saUJBQWlCO0FBRWpFLGVBQU8sVUFBTztBQUFBLFVBQ1osSUFBSSw2QkFBTyxjQUFjO0FBQUEsWUFDdkI7QUFBQSxZQUNBLFVBQVUsQ0FBQyxNQUFNLE9BQU87QUFBQSxZQUN4QixRQUFRO0FBQUEsVUFDVixDQUFDO0FBQUEsUUFDSDtBQUFBLE1BQ0Y7QUFDQSxnQkFBTyxpQ0FBVSxLQUFLLEtBQUssUUFBUSxNQUFNLEtBQUs7QUFDOUMsZ0JBQU8saUNBQVUsS0FBSyxXQUFXLEtBQUssUUFBUSxTQUFTLElBQUk7QUFDM0QsYUFBTyxFQUFFLGNBQWMsTUFBTSxLQUFLLDZCQUFPLEtBQUssU0FBUyxPQUFPLEdBQUcsRUFBRTtBQUFBLElBQ3JFLENBQUMsQ0FBQztBQUFBLEVBQ047QUFDRiIsIm5hbWVzIjpbXSwiaWdub3JlTGlzdCI6W10sInNvdXJjZXMiOlsidHJhbnNpdGlvbi50cyJdLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgdHlwZSB7IFJ1blRyYW5zaXRpb24gfSBmcm9tIFwiQHJ1bmxlZGdlci9jb3JlXCJcbmltcG9ydCB7IEVycm9ycywgRXZlbnRTdHJlYW0sIFJ1biBhcyBSdW5Nb2RlbCB9IGZyb20gXCJAcnVubGVkZ2VyL2NvcmVcIlxuaW1wb3J0IHsgRWl0aGVyLCBPcHRpb24gfSBmcm9tIFwiZWZmZWN0XCJcbmltcG9ydCB0eXBlIHsgQ3R4IH0gZnJvbSBcIi4vY29udGV4dC5qc1wiXG5pbXBvcnQgeyB3cml0aW5nUHJlcGFyZWQgfSBmcm9tIFwiLi9jb250ZXh0LmpzXCJcbmltcG9ydCB7IGxvYWRTdHJlYW0sIGxvb2t1cElkcywgc3RvcmVSb3dzLCB2aWV3T2YgfSBmcm9tIFwiLi9ldmVudHMuanNcIlxuaW1wb3J0IHsgY2hlY2tGZW5jZSB9IGZyb20gXCIuL2ZlbmNlLmpzXCJcbmltcG9ydCB7IHJlcXVpcmVSdW4sIHVwZGF0ZVJ1biB9IGZyb20gXCIuL3J1bnMuanNcIlxuaW1wb3J0IHsgZmFpbCB9IGZyb20gXCIuL3NjcmlwdC5qc1wiXG5pbXBvcnQgeyBydW5LZXkgfSBmcm9tIFwiLi9zdGF0ZW1lbnRzLmpzXCJcbmltcG9ydCB7IHNjcmlwdCB9IGZyb20gXCIuL3R4LmpzXCJcblxuLyoqXG4gKiBUaGUgYXRvbWljIHN0YXR1cy1hbmQtZXZlbnQgY2FwYWJpbGl0eSBvdmVyIFNRTDogdGhlIHJ1biBDQVMgKGBSdW4uY2FzU3RhdHVzYCkgYW5kIHRoZSBzdHJlYW0nc1xuICogYXBwZW5kLW9uY2UgZGVjaXNpb24gKGBFdmVudFN0cmVhbS5kZWNpZGVBcHBlbmRPbmNlYCkgaW4gb25lIHdyaXRlIHRyYW5zYWN0aW9uIOKAlCB0aGUgc2FtZVxuICogcmVkdWNlcnMsIGZlbmNlIGFuZCBjb3VudGVyIGJvb2trZWVwaW5nIHRoZSBydW5zIGFuZCBldmVudHMgYmFja2VuZHMgdXNlIOKAlCBzbyBib3RoIGNvbW1pdCBvclxuICogbmVpdGhlciBkb2VzLlxuICovXG5leHBvcnQgY29uc3QgbWFrZVRyYW5zaXRpb25CYWNrZW5kID0gKGN0eDogQ3R4KTogUnVuVHJhbnNpdGlvbi5CYWNrZW5kID0+IHtcbiAgY29uc3Qgb3BlcmF0aW9uID0gXCJSdW5UcmFuc2l0aW9uLmNhc1N0YXR1c1dpdGhFdmVudFwiXG4gIHJldHVybiB7XG4gICAgY2FzU3RhdHVzV2l0aEV2ZW50OiAoc2NvcGUsIHJ1bklkLCBleHBlY3RlZCwgbmV4dCwgZHJhZnQsIGd1YXJkLCBub3csIG9wdGlvbnMpID0+XG4gICAgICB3cml0aW5nUHJlcGFyZWQoY3R4LCBvcGVyYXRpb24sIHsgZW50aXR5OiBcIlJ1blwiLCBpZDogcnVuSWQgfSkoc2NyaXB0KGZ1bmN0aW9uKigpIHtcbiAgICAgICAgY29uc3Qga2V5ID0gcnVuS2V5KHNjb3BlLCBydW5JZClcbiAgICAgICAgY29uc3QgbG9hZGVkID0geWllbGQqIHJlcXVpcmVSdW4oY3R4LCBvcGVyYXRpb24sIGtleSwgcnVuSWQsIHRydWUpXG4gICAgICAgIHlpZWxkKiBjaGVja0ZlbmNlKGN0eCwgb3BlcmF0aW9uLCBrZXksIHJ1bklkLCBvcHRpb25zPy5mZW5jaW5nVG9rZW4pXG4gICAgICAgIGNvbnN0IHN0cmVhbSA9IHlpZWxkKiBsb2FkU3RyZWFtKGN0eCwgb3BlcmF0aW9uLCBrZXksIHJ1bklkLCB0cnVlKVxuICAgICAgICBjb25zdCBpbmRleCA9IHlpZWxkKiBsb29rdXBJZHMoY3R4LCBvcGVyYXRpb24sIGtleSwgc3RyZWFtLCBbZHJhZnQuZXZlbnRJZF0pXG4gICAgICAgIGNvbnN0IHZpZXcgPSB2aWV3T2Yoc2NvcGUsIHJ1bklkLCBzdHJlYW0sIGluZGV4KVxuICAgICAgICBjb25zdCBtb3ZlZCA9IFJ1bk1vZGVsLmNhc1N0YXR1cyhsb2FkZWQucnVuLCBleHBlY3RlZCwgbmV4dCwgbm93KVxuICAgICAgICBpZiAoT3B0aW9uLmlzTm9uZShtb3ZlZCkpIHtcbiAgICAgICAgICAvLyBOb3RoaW5nIG1vdmVzOyBzYXkgd2hldGhlciB0aGUgZXZlbnQgaXMgdGhlcmUgYWxyZWFkeSAoYSByZXRyeSBhZnRlciBhIGxvc3QgYWNrbm93bGVkZ2VtZW50KS5cbiAgICAgICAgICByZXR1cm4geyB0cmFuc2l0aW9uZWQ6IGZhbHNlLCBzZXE6IE9wdGlvbi5mcm9tTnVsbGFibGUodmlldy5sb29rdXAoZHJhZnQuZXZlbnRJZCk/LnNlcSkgfVxuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGRlY2lkZWQgPSBFdmVudFN0cmVhbS5kZWNpZGVBcHBlbmRPbmNlKHZpZXcsIGRyYWZ0LCBndWFyZClcbiAgICAgICAgaWYgKEVpdGhlci5pc0xlZnQoZGVjaWRlZCkpIHJldHVybiB5aWVsZCogZmFpbChkZWNpZGVkLmxlZnQpXG4gICAgICAgIGNvbnN0IGRlY2lzaW9uID0gZGVjaWRlZC5yaWdodFxuICAgICAgICBpZiAoIWRlY2lzaW9uLnJlc3VsdC5hcHBlbmRlZCAmJiAhZGVjaXNpb24ucmVzdWx0LnNhbWVGaW5nZXJwcmludCkge1xuICAgICAgICAgIC8vIFRoZSBzdGF0dXMgbXVzdCBub3QgbW92ZSBvbiB0aGUgc3RyZW5ndGggb2YgYW4gZXZlbnQgdGhhdCBzYXlzIHNvbWV0aGluZyBlbHNlLlxuICAgICAgICAgIHJldHVybiB5aWVsZCogZmFpbChcbiAgICAgICAgICAgIG5ldyBFcnJvcnMuRXZlbnRDb25mbGljdCh7XG4gICAgICAgICAgICAgIHJ1bklkLFxuICAgICAgICAgICAgICBldmVudElkczogW2RyYWZ0LmV2ZW50SWRdLFxuICAgICAgICAgICAgICByZWFzb246IFwidGhlIGV2ZW50IGlkIGlzIGFscmVhZHkgaW4gdGhlIGxvZyB3aXRoIGRpZmZlcmVudCBjb250ZW50XCJcbiAgICAgICAgICAgIH0pXG4gICAgICAgICAgKVxuICAgICAgICB9XG4gICAgICAgIHlpZWxkKiB1cGRhdGVSdW4oY3R4LCBrZXksIGxvYWRlZCwgbW92ZWQudmFsdWUpXG4gICAgICAgIHlpZWxkKiBzdG9yZVJvd3MoY3R4LCBvcGVyYXRpb24sIGtleSwgc3RyZWFtLCBkZWNpc2lvbi5yb3dzKVxuICAgICAgICByZXR1cm4geyB0cmFuc2l0aW9uZWQ6IHRydWUsIHNlcTogT3B0aW9uLnNvbWUoZGVjaXNpb24ucmVzdWx0LnNlcSkgfVxuICAgICAgfSkpXG4gIH1cbn1cbiJdLCJmaWxlIjoiL3BhY2thZ2VzL3NxbC9zcmMvaW50ZXJuYWwvdHJhbnNpdGlvbi50cyJ9
