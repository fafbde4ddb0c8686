// /packages/sql/src/internal/globals.ts
__vite_ssr_exportName__("makeContextBackend", () => { try { return makeContextBackend } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["StepOutput"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("effect", {"importedNames":["Effect","Option"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/codec.ts", {"importedNames":["millis","scopeColumns"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/sql/src/internal/context.ts", {"importedNames":["inScope","querying","writing"]});
const __vite_ssr_import_4__ = await __vite_ssr_import__("/packages/sql/src/internal/errors.ts", {"importedNames":["decodeRow"]});
const __vite_ssr_import_5__ = await __vite_ssr_import__("/packages/sql/src/internal/rows.ts", {"importedNames":["globalFromRow"]});






const makeContextBackend = (ctx) => {
  const { sql, t } = ctx;
  const row = (scope, value) => ({
    ...(0,__vite_ssr_import_2__.scopeColumns)(scope),
    key: value.key,
    value: JSON.stringify(value.value),
    fingerprint: value.fingerprint,
    updated_at: (0,__vite_ssr_import_2__.millis)(value.updatedAt)
  });
  return {
    putGlobal: (scope, value) => (0,__vite_ssr_import_3__.writing)(ctx, "ContextStore.putGlobal", { entity: "GlobalValue", id: value.key })(
      __vite_ssr_import_1__.Effect.gen(function* () {
        const inserted = yield* sql`INSERT INTO ${t.globals} ${sql.insert(row(scope, value))}
            ON CONFLICT (org_id, workspace_id, deployment_id, key) DO NOTHING RETURNING key`;
        if (inserted.length > 0) return;
        const stored = yield* sql`SELECT fingerprint FROM ${t.globals}
            WHERE ${(0,__vite_ssr_import_3__.inScope)(ctx, scope)} AND key = ${value.key}`;
        return yield* __vite_ssr_import_1__.Effect.fail(__vite_ssr_import_0__.StepOutput.conflict("GlobalValue", value.key, String(stored[0]?.fingerprint), value.value));
      })
    ),
    upsertGlobal: (scope, value) => (0,__vite_ssr_import_3__.writing)(ctx, "ContextStore.upsertGlobal", { entity: "GlobalValue", id: value.key })(
      sql`INSERT INTO ${t.globals} ${sql.insert(row(scope, value))}
          ON CONFLICT (org_id, workspace_id, deployment_id, key) DO UPDATE SET
          value = excluded.value, fingerprint = excluded.fingerprint, updated_at = excluded.updated_at`
    ).pipe(__vite_ssr_import_1__.Effect.asVoid),
    getGlobal: (scope, key) => (0,__vite_ssr_import_3__.querying)(ctx, "ContextStore.getGlobal", { entity: "GlobalValue", id: key })(
      __vite_ssr_import_1__.Effect.flatMap(sql`SELECT * FROM ${t.globals} WHERE ${(0,__vite_ssr_import_3__.inScope)(ctx, scope)} AND key = ${key}`, (rows) => rows[0] === void 0 ? __vite_ssr_import_1__.Effect.succeed(__vite_ssr_import_1__.Option.none()) : __vite_ssr_import_1__.Effect.map((0,__vite_ssr_import_4__.decodeRow)("ContextStore.getGlobal", "GlobalValue", key, () => (0,__vite_ssr_import_5__.globalFromRow)(rows[0])), __vite_ssr_import_1__.Option.some))
    )
  };
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6IjtBQUNBO0FBQ0E7QUFDQTtBQUVBO0FBQ0E7QUFDQTs7Ozs7OztBQUdPLE1BQU0scUJBQXFCLENBQUMsUUFBbUM7QUFDcEUsUUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJO0FBQ25CLFFBQU0sTUFBTSxDQUFDLE9BQXlELFdBQW1DO0FBQUEsSUFDdkcsTUFBRyxvQ0FBYSxLQUFLO0FBQUEsSUFDckIsS0FBSyxNQUFNO0FBQUEsSUFDWCxPQUFPLEtBQUssVUFBVSxNQUFNLEtBQUs7QUFBQSxJQUNqQyxhQUFhLE1BQU07QUFBQSxJQUNuQixlQUFZLDhCQUFPLE1BQU0sU0FBUztBQUFBLEVBQ3BDO0FBQ0EsU0FBTztBQUFBLElBQ0wsV0FBVyxDQUFDLE9BQU8sYUFDakIsK0JBQVEsS0FBSywwQkFBMEIsRUFBRSxRQUFRLGVBQWUsSUFBSSxNQUFNLElBQUksQ0FBQztBQUFBLE1BQzdFLDZCQUFPLElBQUksYUFBWTtBQUNyQixjQUFNLFdBQVcsT0FBTyxrQkFBa0IsRUFBRSxPQUFPLElBQUksSUFBSSxPQUFPLElBQUksT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBO0FBRXBGLFlBQUksU0FBUyxTQUFTLEVBQUc7QUFDekIsY0FBTSxTQUFTLE9BQU8sOEJBQWdFLEVBQUUsT0FBTztBQUFBLHVCQUNyRiwrQkFBUSxLQUFLLEtBQUssQ0FBQyxjQUFjLE1BQU0sR0FBRztBQUNwRCxlQUFPLE9BQU8sNkJBQU8sS0FBSyxpQ0FBVyxTQUFTLGVBQWUsTUFBTSxLQUFLLE9BQU8sT0FBTyxDQUFDLEdBQUcsV0FBVyxHQUFHLE1BQU0sS0FBSyxDQUFDO0FBQUEsTUFDdEgsQ0FBQztBQUFBLElBQ0g7QUFBQSxJQUNGLGNBQWMsQ0FBQyxPQUFPLGFBQ3BCLCtCQUFRLEtBQUssNkJBQTZCLEVBQUUsUUFBUSxlQUFlLElBQUksTUFBTSxJQUFJLENBQUM7QUFBQSxNQUNoRixrQkFBa0IsRUFBRSxPQUFPLElBQUksSUFBSSxPQUFPLElBQUksT0FBTyxLQUFLLENBQUMsQ0FBQztBQUFBO0FBQUE7QUFBQSxJQUc5RCxFQUFFLEtBQUssNkJBQU8sTUFBTTtBQUFBLElBQ3RCLFdBQVcsQ0FBQyxPQUFPLFdBQ2pCLGdDQUFTLEtBQUssMEJBQTBCLEVBQUUsUUFBUSxlQUFlLElBQUksSUFBSSxDQUFDO0FBQUEsTUFDeEUsNkJBQU8sUUFBUSxvQkFBb0IsRUFBRSxPQUFPLGFBQVUsK0JBQVEsS0FBSyxLQUFLLENBQUMsY0FBYyxHQUFHLElBQUksQ0FBQyxTQUM3RixLQUFLLENBQUMsTUFBTSxTQUNSLDZCQUFPLFFBQVEsNkJBQU8sS0FBSyxDQUFDLElBQzVCLDZCQUFPLE9BQUksaUNBQVUsMEJBQTBCLGVBQWUsS0FBSyxTQUFNLHFDQUFjLEtBQUssQ0FBQyxDQUFFLENBQUMsR0FBRyw2QkFBTyxJQUFJLENBQUM7QUFBQSxJQUN2SDtBQUFBLEVBQ0o7QUFDRiIsIm5hbWVzIjpbXSwiaWdub3JlTGlzdCI6W10sInNvdXJjZXMiOlsiZ2xvYmFscy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgdHlwZSB7IENvbnRleHRTdG9yZSB9IGZyb20gXCJAcnVubGVkZ2VyL2NvcmVcIlxuaW1wb3J0IHsgU3RlcE91dHB1dCB9IGZyb20gXCJAcnVubGVkZ2VyL2NvcmVcIlxuaW1wb3J0IHsgRWZmZWN0LCBPcHRpb24gfSBmcm9tIFwiZWZmZWN0XCJcbmltcG9ydCB7IG1pbGxpcywgc2NvcGVDb2x1bW5zIH0gZnJvbSBcIi4vY29kZWMuanNcIlxuaW1wb3J0IHR5cGUgeyBDdHggfSBmcm9tIFwiLi9jb250ZXh0LmpzXCJcbmltcG9ydCB7IGluU2NvcGUsIHF1ZXJ5aW5nLCB3cml0aW5nIH0gZnJvbSBcIi4vY29udGV4dC5qc1wiXG5pbXBvcnQgeyBkZWNvZGVSb3cgfSBmcm9tIFwiLi9lcnJvcnMuanNcIlxuaW1wb3J0IHsgZ2xvYmFsRnJvbVJvdyB9IGZyb20gXCIuL3Jvd3MuanNcIlxuXG4vKiogVGhlIGNvbnRleHQtc3RvcmUgYmFja2VuZCBvdmVyIFNRTC4gKi9cbmV4cG9ydCBjb25zdCBtYWtlQ29udGV4dEJhY2tlbmQgPSAoY3R4OiBDdHgpOiBDb250ZXh0U3RvcmUuQmFja2VuZCA9PiB7XG4gIGNvbnN0IHsgc3FsLCB0IH0gPSBjdHhcbiAgY29uc3Qgcm93ID0gKHNjb3BlOiBQYXJhbWV0ZXJzPENvbnRleHRTdG9yZS5CYWNrZW5kW1wicHV0R2xvYmFsXCJdPlswXSwgdmFsdWU6IFN0ZXBPdXRwdXQuR2xvYmFsVmFsdWUpID0+ICh7XG4gICAgLi4uc2NvcGVDb2x1bW5zKHNjb3BlKSxcbiAgICBrZXk6IHZhbHVlLmtleSBhcyBzdHJpbmcsXG4gICAgdmFsdWU6IEpTT04uc3RyaW5naWZ5KHZhbHVlLnZhbHVlKSxcbiAgICBmaW5nZXJwcmludDogdmFsdWUuZmluZ2VycHJpbnQsXG4gICAgdXBkYXRlZF9hdDogbWlsbGlzKHZhbHVlLnVwZGF0ZWRBdClcbiAgfSlcbiAgcmV0dXJuIHtcbiAgICBwdXRHbG9iYWw6IChzY29wZSwgdmFsdWUpID0+XG4gICAgICB3cml0aW5nKGN0eCwgXCJDb250ZXh0U3RvcmUucHV0R2xvYmFsXCIsIHsgZW50aXR5OiBcIkdsb2JhbFZhbHVlXCIsIGlkOiB2YWx1ZS5rZXkgfSkoXG4gICAgICAgIEVmZmVjdC5nZW4oZnVuY3Rpb24qKCkge1xuICAgICAgICAgIGNvbnN0IGluc2VydGVkID0geWllbGQqIHNxbGBJTlNFUlQgSU5UTyAke3QuZ2xvYmFsc30gJHtzcWwuaW5zZXJ0KHJvdyhzY29wZSwgdmFsdWUpKX1cbiAgICAgICAgICAgIE9OIENPTkZMSUNUIChvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwga2V5KSBETyBOT1RISU5HIFJFVFVSTklORyBrZXlgXG4gICAgICAgICAgaWYgKGluc2VydGVkLmxlbmd0aCA+IDApIHJldHVyblxuICAgICAgICAgIGNvbnN0IHN0b3JlZCA9IHlpZWxkKiBzcWw8eyByZWFkb25seSBmaW5nZXJwcmludDogc3RyaW5nIH0+YFNFTEVDVCBmaW5nZXJwcmludCBGUk9NICR7dC5nbG9iYWxzfVxuICAgICAgICAgICAgV0hFUkUgJHtpblNjb3BlKGN0eCwgc2NvcGUpfSBBTkQga2V5ID0gJHt2YWx1ZS5rZXl9YFxuICAgICAgICAgIHJldHVybiB5aWVsZCogRWZmZWN0LmZhaWwoU3RlcE91dHB1dC5jb25mbGljdChcIkdsb2JhbFZhbHVlXCIsIHZhbHVlLmtleSwgU3RyaW5nKHN0b3JlZFswXT8uZmluZ2VycHJpbnQpLCB2YWx1ZS52YWx1ZSkpXG4gICAgICAgIH0pXG4gICAgICApLFxuICAgIHVwc2VydEdsb2JhbDogKHNjb3BlLCB2YWx1ZSkgPT5cbiAgICAgIHdyaXRpbmcoY3R4LCBcIkNvbnRleHRTdG9yZS51cHNlcnRHbG9iYWxcIiwgeyBlbnRpdHk6IFwiR2xvYmFsVmFsdWVcIiwgaWQ6IHZhbHVlLmtleSB9KShcbiAgICAgICAgc3FsYElOU0VSVCBJTlRPICR7dC5nbG9iYWxzfSAke3NxbC5pbnNlcnQocm93KHNjb3BlLCB2YWx1ZSkpfVxuICAgICAgICAgIE9OIENPTkZMSUNUIChvcmdfaWQsIHdvcmtzcGFjZV9pZCwgZGVwbG95bWVudF9pZCwga2V5KSBETyBVUERBVEUgU0VUXG4gICAgICAgICAgdmFsdWUgPSBleGNsdWRlZC52YWx1ZSwgZmluZ2VycHJpbnQgPSBleGNsdWRlZC5maW5nZXJwcmludCwgdXBkYXRlZF9hdCA9IGV4Y2x1ZGVkLnVwZGF0ZWRfYXRgXG4gICAgICApLnBpcGUoRWZmZWN0LmFzVm9pZCksXG4gICAgZ2V0R2xvYmFsOiAoc2NvcGUsIGtleSkgPT5cbiAgICAgIHF1ZXJ5aW5nKGN0eCwgXCJDb250ZXh0U3RvcmUuZ2V0R2xvYmFsXCIsIHsgZW50aXR5OiBcIkdsb2JhbFZhbHVlXCIsIGlkOiBrZXkgfSkoXG4gICAgICAgIEVmZmVjdC5mbGF0TWFwKHNxbGBTRUxFQ1QgKiBGUk9NICR7dC5nbG9iYWxzfSBXSEVSRSAke2luU2NvcGUoY3R4LCBzY29wZSl9IEFORCBrZXkgPSAke2tleX1gLCAocm93cykgPT5cbiAgICAgICAgICByb3dzWzBdID09PSB1bmRlZmluZWRcbiAgICAgICAgICAgID8gRWZmZWN0LnN1Y2NlZWQoT3B0aW9uLm5vbmUoKSlcbiAgICAgICAgICAgIDogRWZmZWN0Lm1hcChkZWNvZGVSb3coXCJDb250ZXh0U3RvcmUuZ2V0R2xvYmFsXCIsIFwiR2xvYmFsVmFsdWVcIiwga2V5LCAoKSA9PiBnbG9iYWxGcm9tUm93KHJvd3NbMF0hKSksIE9wdGlvbi5zb21lKSlcbiAgICAgIClcbiAgfVxufVxuIl0sImZpbGUiOiIvcGFja2FnZXMvc3FsL3NyYy9pbnRlcm5hbC9nbG9iYWxzLnRzIn0=
