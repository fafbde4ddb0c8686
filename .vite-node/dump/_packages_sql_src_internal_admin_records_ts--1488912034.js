// /packages/sql/src/internal/admin/records.ts
__vite_ssr_exportName__("toRecord", () => { try { return toRecord } catch {} });
__vite_ssr_exportName__("toRow", () => { try { return toRow } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["Identifiers"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("/packages/sql/src/internal/codec.ts", {"importedNames":["dec","enc","num"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/rows.ts", {"importedNames":["eventFromRow","failureFromRow","globalFromRow","leaseFromRow","outputFromRow","runFromRow","specRevisionFromRow","stepFromRow","timerFromRow"]});



const fromColumn = (kind, value, column) => {
  if (kind === "json" && value !== null && value !== void 0) return JSON.parse(String(value));
  if (value === null || value === void 0) {
    if (kind.endsWith("?")) return null;
    if (kind === "scope" && column === "deployment_id") return null;
    throw new Error(`column ${column} is null`);
  };
  switch (kind) {
    case "id":
      return (0,__vite_ssr_import_1__.dec)(String(value));
    case "scope":
      return value === "" ? null : (0,__vite_ssr_import_1__.dec)(String(value));
    case "text":
    case "text?":
      return String(value);
    case "int":
    case "int?":
      return (0,__vite_ssr_import_1__.num)(value);
    case "json":
    case "json?":
      return JSON.parse(String(value));
  }
};
const toRecord = (spec, row) => {
  const record = { entity: spec.kind };
  for (const [column, kind] of spec.columns) {
    if (kind === "json?" && (row[column] === null || row[column] === void 0)) continue;
    record[column] = fromColumn(kind, row[column], column);
  };
  return record;
};
const idOk = (value, column) => {
  if (typeof value !== "string") throw new Error(`${column}: expected a string id`);
  const problem = __vite_ssr_import_0__.Identifiers.idProblem(value);
  if (problem !== void 0) throw new Error(`${column}: ${problem}`);
  return value;
};
const toColumn = (kind, value, column) => {
  if (kind === "json?" && value === void 0) return null;
  if (kind === "json" || kind === "json?") {
    if (value === void 0) throw new Error(`missing field ${column}`);
    return JSON.stringify(value);
  };
  if (value === void 0) throw new Error(`missing field ${column}`);
  if (value === null) {
    if (kind.endsWith("?")) return null;
    if (kind === "scope" && column === "deployment_id") return "";
    throw new Error(`${column}: must not be null`);
  };
  switch (kind) {
    case "id":
    case "scope":
      return (0,__vite_ssr_import_1__.enc)(idOk(value, column));
    case "text":
    case "text?":
      if (typeof value !== "string") throw new Error(`${column}: expected a string`);
      return value;
    case "int":
    case "int?":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new Error(`${column}: expected an integer`);
      return value;
  }
};
const checks = {
  run: __vite_ssr_import_2__.runFromRow,
  step: __vite_ssr_import_2__.stepFromRow,
  failure: __vite_ssr_import_2__.failureFromRow,
  output: __vite_ssr_import_2__.outputFromRow,
  global: __vite_ssr_import_2__.globalFromRow,
  event: __vite_ssr_import_2__.eventFromRow,
  specRevision: __vite_ssr_import_2__.specRevisionFromRow,
  timer: __vite_ssr_import_2__.timerFromRow,
  lease: __vite_ssr_import_2__.leaseFromRow
};
const toRow = (spec, record) => {
  const known = /* @__PURE__ */ new Set(["entity", ...spec.columns.map(([name]) => name)]);
  for (const field of Object.keys(record)) {
    if (!known.has(field)) throw new Error(`unknown field ${field} in a ${spec.kind} record`);
  };
  const row = {};
  for (const [column, kind] of spec.columns) row[column] = toColumn(kind, record[column], column);
  const check = checks[spec.kind];
  if (check !== void 0) check(row);
  return row;
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7QUFHQTtBQUNBO0FBQ0E7Ozs7QUFlQSxNQUFNLGFBQWEsQ0FBQyxNQUFrQixPQUFnQixXQUE0QjtBQUNoRixNQUFJLFNBQVMsVUFBVSxVQUFVLFFBQVEsVUFBVSxPQUFXLFFBQU8sS0FBSyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQzdGLE1BQUksVUFBVSxRQUFRLFVBQVUsUUFBVztBQUN6QyxRQUFJLEtBQUssU0FBUyxHQUFHLEVBQUcsUUFBTztBQUMvQixRQUFJLFNBQVMsV0FBVyxXQUFXLGdCQUFpQixRQUFPO0FBQzNELFVBQU0sSUFBSSxNQUFNLFVBQVUsTUFBTSxVQUFVO0FBQUEsRUFDNUM7QUFDQSxVQUFRLE1BQU07QUFBQSxJQUNaLEtBQUs7QUFDSCxnQkFBTywyQkFBSSxPQUFPLEtBQUssQ0FBQztBQUFBLElBQzFCLEtBQUs7QUFDSCxhQUFPLFVBQVUsS0FBSyxVQUFPLDJCQUFJLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDaEQsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGFBQU8sT0FBTyxLQUFLO0FBQUEsSUFDckIsS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGdCQUFPLDJCQUFJLEtBQUs7QUFBQSxJQUNsQixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxLQUFLLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNuQztBQUNGO0FBR08sTUFBTSxXQUFXLENBQUMsTUFBaUIsUUFBc0M7QUFDOUUsUUFBTSxTQUFrQyxFQUFFLFFBQVEsS0FBSyxLQUFLO0FBQzVELGFBQVcsQ0FBQyxRQUFRLElBQUksS0FBSyxLQUFLLFNBQVM7QUFFekMsUUFBSSxTQUFTLFlBQVksSUFBSSxNQUFNLE1BQU0sUUFBUSxJQUFJLE1BQU0sTUFBTSxRQUFZO0FBQzdFLFdBQU8sTUFBTSxJQUFJLFdBQVcsTUFBTSxJQUFJLE1BQU0sR0FBRyxNQUFNO0FBQUEsRUFDdkQ7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxNQUFNLE9BQU8sQ0FBQyxPQUFnQixXQUEyQjtBQUN2RCxNQUFJLE9BQU8sVUFBVSxTQUFVLE9BQU0sSUFBSSxNQUFNLEdBQUcsTUFBTSx3QkFBd0I7QUFDaEYsUUFBTSxVQUFVLGtDQUFZLFVBQVUsS0FBSztBQUMzQyxNQUFJLFlBQVksT0FBVyxPQUFNLElBQUksTUFBTSxHQUFHLE1BQU0sS0FBSyxPQUFPLEVBQUU7QUFDbEUsU0FBTztBQUNUO0FBRUEsTUFBTSxXQUFXLENBQUMsTUFBa0IsT0FBZ0IsV0FBNEI7QUFDOUUsTUFBSSxTQUFTLFdBQVcsVUFBVSxPQUFXLFFBQU87QUFDcEQsTUFBSSxTQUFTLFVBQVUsU0FBUyxTQUFTO0FBQ3ZDLFFBQUksVUFBVSxPQUFXLE9BQU0sSUFBSSxNQUFNLGlCQUFpQixNQUFNLEVBQUU7QUFDbEUsV0FBTyxLQUFLLFVBQVUsS0FBSztBQUFBLEVBQzdCO0FBQ0EsTUFBSSxVQUFVLE9BQVcsT0FBTSxJQUFJLE1BQU0saUJBQWlCLE1BQU0sRUFBRTtBQUNsRSxNQUFJLFVBQVUsTUFBTTtBQUNsQixRQUFJLEtBQUssU0FBUyxHQUFHLEVBQUcsUUFBTztBQUMvQixRQUFJLFNBQVMsV0FBVyxXQUFXLGdCQUFpQixRQUFPO0FBQzNELFVBQU0sSUFBSSxNQUFNLEdBQUcsTUFBTSxvQkFBb0I7QUFBQSxFQUMvQztBQUNBLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUFBLElBQ0wsS0FBSztBQUNILGdCQUFPLDJCQUFJLEtBQUssT0FBTyxNQUFNLENBQUM7QUFBQSxJQUNoQyxLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsVUFBSSxPQUFPLFVBQVUsU0FBVSxPQUFNLElBQUksTUFBTSxHQUFHLE1BQU0scUJBQXFCO0FBQzdFLGFBQU87QUFBQSxJQUNULEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxVQUFJLE9BQU8sVUFBVSxZQUFZLENBQUMsT0FBTyxjQUFjLEtBQUssRUFBRyxPQUFNLElBQUksTUFBTSxHQUFHLE1BQU0sdUJBQXVCO0FBQy9HLGFBQU87QUFBQSxFQUNYO0FBQ0Y7QUFJQSxNQUFNLFNBQTZEO0FBQUEsRUFDakUsS0FBSztBQUFBLEVBQ0wsTUFBTTtBQUFBLEVBQ04sU0FBUztBQUFBLEVBQ1QsUUFBUTtBQUFBLEVBQ1IsUUFBUTtBQUFBLEVBQ1IsT0FBTztBQUFBLEVBQ1AsY0FBYztBQUFBLEVBQ2QsT0FBTztBQUFBLEVBQ1AsT0FBTztBQUNUO0FBR08sTUFBTSxRQUFRLENBQUMsTUFBaUIsV0FBdUQ7QUFDNUYsUUFBTSxRQUFRLG9CQUFJLElBQUksQ0FBQyxVQUFVLEdBQUcsS0FBSyxRQUFRLElBQUksQ0FBQyxDQUFDLElBQUksTUFBTSxJQUFJLENBQUMsQ0FBQztBQUN2RSxhQUFXLFNBQVMsT0FBTyxLQUFLLE1BQU0sR0FBRztBQUN2QyxRQUFJLENBQUMsTUFBTSxJQUFJLEtBQUssRUFBRyxPQUFNLElBQUksTUFBTSxpQkFBaUIsS0FBSyxTQUFTLEtBQUssSUFBSSxTQUFTO0FBQUEsRUFDMUY7QUFDQSxRQUFNLE1BQStCLENBQUM7QUFDdEMsYUFBVyxDQUFDLFFBQVEsSUFBSSxLQUFLLEtBQUssUUFBUyxLQUFJLE1BQU0sSUFBSSxTQUFTLE1BQU0sT0FBTyxNQUFNLEdBQUcsTUFBTTtBQUM5RixRQUFNLFFBQVEsT0FBTyxLQUFLLElBQUk7QUFDOUIsTUFBSSxVQUFVLE9BQVcsT0FBTSxHQUFHO0FBQ2xDLFNBQU87QUFDVCIsIm5hbWVzIjpbXSwiaWdub3JlTGlzdCI6W10sInNvdXJjZXMiOlsicmVjb3Jkcy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFJvd3MgdG8gZXhwb3J0IHJlY29yZHMgYW5kIGJhY2ssIGFuZCB0aGUgY2hlY2tzIGEgcmVjb3JkIHBhc3NlcyBiZWZvcmUgaXQgaXMgaW1wb3J0ZWQuXG4gKi9cbmltcG9ydCB7IElkZW50aWZpZXJzIH0gZnJvbSBcIkBydW5sZWRnZXIvY29yZVwiXG5pbXBvcnQgeyBkZWMsIGVuYywgbnVtIH0gZnJvbSBcIi4uL2NvZGVjLmpzXCJcbmltcG9ydCB7XG4gIGV2ZW50RnJvbVJvdyxcbiAgZmFpbHVyZUZyb21Sb3csXG4gIGdsb2JhbEZyb21Sb3csXG4gIGxlYXNlRnJvbVJvdyxcbiAgb3V0cHV0RnJvbVJvdyxcbiAgcnVuRnJvbVJvdyxcbiAgc3BlY1JldmlzaW9uRnJvbVJvdyxcbiAgc3RlcEZyb21Sb3csXG4gIHRpbWVyRnJvbVJvd1xufSBmcm9tIFwiLi4vcm93cy5qc1wiXG5pbXBvcnQgdHlwZSB7IENvbHVtbktpbmQsIFRhYmxlU3BlYyB9IGZyb20gXCIuL3RhYmxlcy5qc1wiXG5cbnR5cGUgUm93ID0geyByZWFkb25seSBbY29sdW1uOiBzdHJpbmddOiB1bmtub3duIH1cblxuY29uc3QgZnJvbUNvbHVtbiA9IChraW5kOiBDb2x1bW5LaW5kLCB2YWx1ZTogdW5rbm93biwgY29sdW1uOiBzdHJpbmcpOiB1bmtub3duID0+IHtcbiAgaWYgKGtpbmQgPT09IFwianNvblwiICYmIHZhbHVlICE9PSBudWxsICYmIHZhbHVlICE9PSB1bmRlZmluZWQpIHJldHVybiBKU09OLnBhcnNlKFN0cmluZyh2YWx1ZSkpIGFzIHVua25vd25cbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHZhbHVlID09PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoa2luZC5lbmRzV2l0aChcIj9cIikpIHJldHVybiBudWxsXG4gICAgaWYgKGtpbmQgPT09IFwic2NvcGVcIiAmJiBjb2x1bW4gPT09IFwiZGVwbG95bWVudF9pZFwiKSByZXR1cm4gbnVsbFxuICAgIHRocm93IG5ldyBFcnJvcihgY29sdW1uICR7Y29sdW1ufSBpcyBudWxsYClcbiAgfVxuICBzd2l0Y2ggKGtpbmQpIHtcbiAgICBjYXNlIFwiaWRcIjpcbiAgICAgIHJldHVybiBkZWMoU3RyaW5nKHZhbHVlKSlcbiAgICBjYXNlIFwic2NvcGVcIjpcbiAgICAgIHJldHVybiB2YWx1ZSA9PT0gXCJcIiA/IG51bGwgOiBkZWMoU3RyaW5nKHZhbHVlKSlcbiAgICBjYXNlIFwidGV4dFwiOlxuICAgIGNhc2UgXCJ0ZXh0P1wiOlxuICAgICAgcmV0dXJuIFN0cmluZyh2YWx1ZSlcbiAgICBjYXNlIFwiaW50XCI6XG4gICAgY2FzZSBcImludD9cIjpcbiAgICAgIHJldHVybiBudW0odmFsdWUpXG4gICAgY2FzZSBcImpzb25cIjpcbiAgICBjYXNlIFwianNvbj9cIjpcbiAgICAgIHJldHVybiBKU09OLnBhcnNlKFN0cmluZyh2YWx1ZSkpIGFzIHVua25vd25cbiAgfVxufVxuXG4vKiogVGhlIGV4cG9ydCByZWNvcmQgb2YgYSByb3c6IGB7IGVudGl0eSwgLi4uY29sdW1ucyB9YCBpbiBjb2x1bW4gb3JkZXIuICovXG5leHBvcnQgY29uc3QgdG9SZWNvcmQgPSAoc3BlYzogVGFibGVTcGVjLCByb3c6IFJvdyk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0+IHtcbiAgY29uc3QgcmVjb3JkOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHsgZW50aXR5OiBzcGVjLmtpbmQgfVxuICBmb3IgKGNvbnN0IFtjb2x1bW4sIGtpbmRdIG9mIHNwZWMuY29sdW1ucykge1xuICAgIC8vIEFuIG9wdGlvbmFsIEpTT04gY29sdW1uIHRoYXQgaXMgU1FMIE5VTEwgaXMgbGVmdCBvdXQ6IGBudWxsYCBpbiBhIHJlY29yZCBpcyB0aGUgSlNPTiB2YWx1ZSBudWxsLlxuICAgIGlmIChraW5kID09PSBcImpzb24/XCIgJiYgKHJvd1tjb2x1bW5dID09PSBudWxsIHx8IHJvd1tjb2x1bW5dID09PSB1bmRlZmluZWQpKSBjb250aW51ZVxuICAgIHJlY29yZFtjb2x1bW5dID0gZnJvbUNvbHVtbihraW5kLCByb3dbY29sdW1uXSwgY29sdW1uKVxuICB9XG4gIHJldHVybiByZWNvcmRcbn1cblxuY29uc3QgaWRPayA9ICh2YWx1ZTogdW5rbm93biwgY29sdW1uOiBzdHJpbmcpOiBzdHJpbmcgPT4ge1xuICBpZiAodHlwZW9mIHZhbHVlICE9PSBcInN0cmluZ1wiKSB0aHJvdyBuZXcgRXJyb3IoYCR7Y29sdW1ufTogZXhwZWN0ZWQgYSBzdHJpbmcgaWRgKVxuICBjb25zdCBwcm9ibGVtID0gSWRlbnRpZmllcnMuaWRQcm9ibGVtKHZhbHVlKVxuICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgRXJyb3IoYCR7Y29sdW1ufTogJHtwcm9ibGVtfWApXG4gIHJldHVybiB2YWx1ZVxufVxuXG5jb25zdCB0b0NvbHVtbiA9IChraW5kOiBDb2x1bW5LaW5kLCB2YWx1ZTogdW5rbm93biwgY29sdW1uOiBzdHJpbmcpOiB1bmtub3duID0+IHtcbiAgaWYgKGtpbmQgPT09IFwianNvbj9cIiAmJiB2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gbnVsbFxuICBpZiAoa2luZCA9PT0gXCJqc29uXCIgfHwga2luZCA9PT0gXCJqc29uP1wiKSB7XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBFcnJvcihgbWlzc2luZyBmaWVsZCAke2NvbHVtbn1gKVxuICAgIHJldHVybiBKU09OLnN0cmluZ2lmeSh2YWx1ZSlcbiAgfVxuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IEVycm9yKGBtaXNzaW5nIGZpZWxkICR7Y29sdW1ufWApXG4gIGlmICh2YWx1ZSA9PT0gbnVsbCkge1xuICAgIGlmIChraW5kLmVuZHNXaXRoKFwiP1wiKSkgcmV0dXJuIG51bGxcbiAgICBpZiAoa2luZCA9PT0gXCJzY29wZVwiICYmIGNvbHVtbiA9PT0gXCJkZXBsb3ltZW50X2lkXCIpIHJldHVybiBcIlwiXG4gICAgdGhyb3cgbmV3IEVycm9yKGAke2NvbHVtbn06IG11c3Qgbm90IGJlIG51bGxgKVxuICB9XG4gIHN3aXRjaCAoa2luZCkge1xuICAgIGNhc2UgXCJpZFwiOlxuICAgIGNhc2UgXCJzY29wZVwiOlxuICAgICAgcmV0dXJuIGVuYyhpZE9rKHZhbHVlLCBjb2x1bW4pKVxuICAgIGNhc2UgXCJ0ZXh0XCI6XG4gICAgY2FzZSBcInRleHQ/XCI6XG4gICAgICBpZiAodHlwZW9mIHZhbHVlICE9PSBcInN0cmluZ1wiKSB0aHJvdyBuZXcgRXJyb3IoYCR7Y29sdW1ufTogZXhwZWN0ZWQgYSBzdHJpbmdgKVxuICAgICAgcmV0dXJuIHZhbHVlXG4gICAgY2FzZSBcImludFwiOlxuICAgIGNhc2UgXCJpbnQ/XCI6XG4gICAgICBpZiAodHlwZW9mIHZhbHVlICE9PSBcIm51bWJlclwiIHx8ICFOdW1iZXIuaXNTYWZlSW50ZWdlcih2YWx1ZSkpIHRocm93IG5ldyBFcnJvcihgJHtjb2x1bW59OiBleHBlY3RlZCBhbiBpbnRlZ2VyYClcbiAgICAgIHJldHVybiB2YWx1ZVxuICB9XG59XG5cbi8vIFRoZSByZWNvcmQgZGVjb2RlcnMgb2YgdGhlIHN0b3JlLCBydW4gb24gYW4gaW1wb3J0ZWQgcm93IHNvIGl0IGlzIGEgcmVjb3JkIHRoZSBzdG9yZSBjYW4gcmVhZFxuLy8gYmFjayAoc3RhdHVzZXMsIHN0ZXAga2luZHMsIGlkcywgZGF0ZXMsIEpTT04pIGJlZm9yZSBpdCBpcyB3cml0dGVuLlxuY29uc3QgY2hlY2tzOiB7IHJlYWRvbmx5IFtraW5kOiBzdHJpbmddOiAocm93OiBSb3cpID0+IHVua25vd24gfSA9IHtcbiAgcnVuOiBydW5Gcm9tUm93LFxuICBzdGVwOiBzdGVwRnJvbVJvdyxcbiAgZmFpbHVyZTogZmFpbHVyZUZyb21Sb3csXG4gIG91dHB1dDogb3V0cHV0RnJvbVJvdyxcbiAgZ2xvYmFsOiBnbG9iYWxGcm9tUm93LFxuICBldmVudDogZXZlbnRGcm9tUm93LFxuICBzcGVjUmV2aXNpb246IHNwZWNSZXZpc2lvbkZyb21Sb3csXG4gIHRpbWVyOiB0aW1lckZyb21Sb3csXG4gIGxlYXNlOiBsZWFzZUZyb21Sb3dcbn1cblxuLyoqIFRoZSByb3cgb2YgYW4gaW1wb3J0IHJlY29yZCwgY2hlY2tlZDsgdGhyb3dzIGFuIGBFcnJvcmAgc2F5aW5nIHdoYXQgaXMgd3JvbmcuICovXG5leHBvcnQgY29uc3QgdG9Sb3cgPSAoc3BlYzogVGFibGVTcGVjLCByZWNvcmQ6IHsgcmVhZG9ubHkgW2ZpZWxkOiBzdHJpbmddOiB1bmtub3duIH0pOiBSb3cgPT4ge1xuICBjb25zdCBrbm93biA9IG5ldyBTZXQoW1wiZW50aXR5XCIsIC4uLnNwZWMuY29sdW1ucy5tYXAoKFtuYW1lXSkgPT4gbmFtZSldKVxuICBmb3IgKGNvbnN0IGZpZWxkIG9mIE9iamVjdC5rZXlzKHJlY29yZCkpIHtcbiAgICBpZiAoIWtub3duLmhhcyhmaWVsZCkpIHRocm93IG5ldyBFcnJvcihgdW5rbm93biBmaWVsZCAke2ZpZWxkfSBpbiBhICR7c3BlYy5raW5kfSByZWNvcmRgKVxuICB9XG4gIGNvbnN0IHJvdzogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fVxuICBmb3IgKGNvbnN0IFtjb2x1bW4sIGtpbmRdIG9mIHNwZWMuY29sdW1ucykgcm93W2NvbHVtbl0gPSB0b0NvbHVtbihraW5kLCByZWNvcmRbY29sdW1uXSwgY29sdW1uKVxuICBjb25zdCBjaGVjayA9IGNoZWNrc1tzcGVjLmtpbmRdXG4gIGlmIChjaGVjayAhPT0gdW5kZWZpbmVkKSBjaGVjayhyb3cpXG4gIHJldHVybiByb3dcbn1cbiJdLCJmaWxlIjoiL3BhY2thZ2VzL3NxbC9zcmMvaW50ZXJuYWwvYWRtaW4vcmVjb3Jkcy50cyJ9
