// /packages/core/src/internal/fastDecode.ts
__vite_ssr_exportName__("Fail", () => { try { return Fail } catch {} });
__vite_ssr_exportName__("canonicalText", () => { try { return canonicalText } catch {} });
__vite_ssr_exportName__("boundedJson", () => { try { return boundedJson } catch {} });
__vite_ssr_exportName__("scope", () => { try { return scope } catch {} });
__vite_ssr_exportName__("newEvent", () => { try { return newEvent } catch {} });
__vite_ssr_exportName__("appendOnceInput", () => { try { return appendOnceInput } catch {} });
__vite_ssr_exportName__("appendInput", () => { try { return appendInput } catch {} });
__vite_ssr_exportName__("readInput", () => { try { return readInput } catch {} });
__vite_ssr_exportName__("pollInput", () => { try { return pollInput } catch {} });
__vite_ssr_exportName__("casStatusInput", () => { try { return casStatusInput } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/core/src/Event.ts", {"importedNames":["CompactedType","MarkerIdPrefix"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("/packages/core/src/Identifiers.ts", {"importedNames":["idProblem"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/core/src/Json.ts", {"importedNames":["canonicalize","MaxDepth"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/core/src/RunStatus.ts");
const __vite_ssr_import_4__ = await __vite_ssr_import__("/packages/core/src/Limits.ts", {"importedNames":["MaxDate","MaxPageSize","MinDate"]});
const __vite_ssr_import_5__ = await __vite_ssr_import__("/packages/core/src/TenantScope.ts", {"importedNames":["TenantScope"]});
const __vite_ssr_import_6__ = await __vite_ssr_import__("/packages/core/src/internal/feedCursor.ts", {"importedNames":["decodeFeedCursor"]});
const __vite_ssr_import_7__ = await __vite_ssr_import__("/packages/core/src/internal/sha256.ts", {"importedNames":["utf8Length"]});








const Fail = /* @__PURE__ */ Symbol.for("@runledger/core/FastDecode/Fail");
const hasOwn = Object.prototype.hasOwnProperty;
const record = (u, allowed) => {
  if (typeof u !== "object" || u === null || Array.isArray(u)) return false;
  const keys = Reflect.ownKeys(u);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key !== "string" || !allowed.has(key)) return false;
  };
  return true;
};
const id = (u) => typeof u === "string" && (0,__vite_ssr_import_1__.idProblem)(u) === void 0;
const int = (u) => typeof u === "number" && Number.isSafeInteger(u);
const inputDate = (u) => {
  if (!(u instanceof Date)) return false;
  const t = u.getTime();
  return !Number.isNaN(t) && t >= __vite_ssr_import_4__.MinDate.getTime() && t <= __vite_ssr_import_4__.MaxDate.getTime();
};
const Invalid = /* @__PURE__ */ Symbol.for("@runledger/core/FastDecode/Invalid");
const isPlainObject = (u) => {
  const proto = Object.getPrototypeOf(u);
  return proto === Object.prototype || proto === null;
};
const copyJson = (v, depth) => {
  if (depth > __vite_ssr_import_2__.MaxDepth) return Invalid;
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return Number.isFinite(v) ? v === 0 ? 0 : v : Invalid;
    case "object": {
      if (v === null) return null;
      if (Object.getOwnPropertySymbols(v).length > 0) return Invalid;
      if (Array.isArray(v)) {
        if (Object.keys(v).length !== v.length) return Invalid;
        const out2 = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          if (!(i in v)) return Invalid;
          const item = copyJson(v[i], depth + 1);
          if (item === Invalid) return Invalid;
          out2[i] = item;
        };
        return out2;
      };
      if (!isPlainObject(v)) return Invalid;
      const out = {};
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const item = copyJson(v[k], depth + 1);
        if (item === Invalid) return Invalid;
        if (k === "__proto__") Object.defineProperty(out, k, { value: item, enumerable: true, writable: true, configurable: true });
        else out[k] = item;
      };
      return out;
    }
    default:
      return Invalid;
  }
};
const canonicalTexts = /* @__PURE__ */ new WeakMap();
const canonicalText = (value) => {
  if (value === null || typeof value !== "object") return (0,__vite_ssr_import_2__.canonicalize)(value);
  const known = canonicalTexts.get(value);
  if (known !== void 0) return known;
  return (0,__vite_ssr_import_2__.canonicalize)(value);
};
const boundedJson = (limits) => (u) => {
  const copy = copyJson(u, 0);
  if (copy === Invalid) return Fail;
  const text = (0,__vite_ssr_import_2__.canonicalize)(copy);
  if ((0,__vite_ssr_import_7__.utf8Length)(text) > limits.maxValueBytes) return Fail;
  if (copy !== null && typeof copy === "object") canonicalTexts.set(copy, text);
  return copy;
};
const scopeKeys = /* @__PURE__ */ new Set(["orgId", "workspaceId", "deploymentId"]);
const scope = (u) => {
  if (!record(u, scopeKeys) || !id(u.orgId) || !id(u.workspaceId)) return Fail;
  if (!hasOwn.call(u, "deploymentId")) return new __vite_ssr_import_5__.TenantScope({ orgId: u.orgId, workspaceId: u.workspaceId }, true);
  const deploymentId = u.deploymentId;
  if (deploymentId !== void 0 && !id(deploymentId)) return Fail;
  return new __vite_ssr_import_5__.TenantScope({ orgId: u.orgId, workspaceId: u.workspaceId, deploymentId }, true);
};
const optional = (u, key, out, decode) => {
  if (!hasOwn.call(u, key)) return true;
  const value = u[key];
  if (value === void 0) {
    out[key] = void 0;
    return true;
  };
  const decoded = decode(value);
  if (decoded === Fail) return false;
  out[key] = decoded;
  return true;
};
const idField = (u) => id(u) ? u : Fail;
const positiveInt = (u) => int(u) && u > 0 ? u : Fail;
const seqBound = (u) => int(u) && u >= 0 ? u : Fail;
const pageLimit = (u) => int(u) && u >= 1 && u <= __vite_ssr_import_4__.MaxPageSize ? u : Fail;
const boolean = (u) => typeof u === "boolean" ? u : Fail;
const date = (u) => inputDate(u) ? u : Fail;
const feedCursor = (u) => typeof u === "string" && (0,__vite_ssr_import_6__.decodeFeedCursor)(u) !== void 0 ? u : Fail;
const newEventKeys = /* @__PURE__ */ new Set(["eventId", "type", "payload", "occurredAt", "causationId", "correlationId", "actor", "schemaVersion"]);
const newEvent = (limits) => {
  const payload = boundedJson(limits);
  return (u) => {
    if (!record(u, newEventKeys)) return Fail;
    const eventId = u.eventId;
    const type = u.type;
    if (!id(eventId) || eventId.startsWith((0,__vite_ssr_import_0__.MarkerIdPrefix)) || !id(type) || type === __vite_ssr_import_0__.CompactedType) return Fail;
    const out = { eventId, type };
    if (optional(u, "payload", out, payload) && optional(u, "occurredAt", out, date) && optional(u, "causationId", out, idField) && optional(u, "correlationId", out, idField) && optional(u, "actor", out, idField) && optional(u, "schemaVersion", out, positiveInt)) return out;
    return Fail;
  };
};
const fenceKeys = /* @__PURE__ */ new Set(["fencingToken"]);
const fenceOptions = (u) => {
  if (!record(u, fenceKeys)) return Fail;
  const out = {};
  return optional(u, "fencingToken", out, positiveInt) ? out : Fail;
};
const appendOnceKeys = /* @__PURE__ */ new Set(["scope", "runId", "event", "options"]);
const appendOnceInput = (limits) => {
  const event = newEvent(limits);
  return (u) => {
    if (!record(u, appendOnceKeys) || !id(u.runId)) return Fail;
    const s = scope(u.scope);
    if (s === Fail) return Fail;
    const e = event(u.event);
    if (e === Fail) return Fail;
    const out = { scope: s, runId: u.runId, event: e };
    return optional(u, "options", out, fenceOptions) ? out : Fail;
  };
};
const appendKeys = /* @__PURE__ */ new Set(["scope", "runId", "events", "options"]);
const appendOptionKeys = /* @__PURE__ */ new Set(["expectedSeq", "fencingToken"]);
const appendInput = (limits) => {
  const event = newEvent(limits);
  return (u) => {
    if (!record(u, appendKeys) || !id(u.runId)) return Fail;
    const s = scope(u.scope);
    if (s === Fail) return Fail;
    const input = u.events;
    if (!Array.isArray(input) || input.length < 1 || input.length > __vite_ssr_import_4__.MaxPageSize) return Fail;
    const events = new Array(input.length);
    const ids = /* @__PURE__ */ new Set();
    for (let i = 0; i < input.length; i++) {
      const e = event(input[i]);
      if (e === Fail) return Fail;
      ids.add(e.eventId);
      events[i] = e;
    };
    if (ids.size !== events.length) return Fail;
    const o = u.options;
    if (!record(o, appendOptionKeys)) return Fail;
    const options = {};
    if (!optional(o, "expectedSeq", options, seqBound) || !optional(o, "fencingToken", options, positiveInt)) return Fail;
    return { scope: s, runId: u.runId, events, options };
  };
};
const readKeys = /* @__PURE__ */ new Set(["scope", "runId", "window"]);
const windowKeys = /* @__PURE__ */ new Set(["afterSeq", "beforeSeq", "limit", "tail"]);
const readInput = (u) => {
  if (!record(u, readKeys) || !id(u.runId)) return Fail;
  const s = scope(u.scope);
  if (s === Fail) return Fail;
  const w = u.window;
  if (!record(w, windowKeys)) return Fail;
  const window = {};
  if (optional(w, "afterSeq", window, seqBound) && optional(w, "beforeSeq", window, seqBound) && optional(w, "limit", window, pageLimit) && optional(w, "tail", window, boolean)) return { scope: s, runId: u.runId, window };
  return Fail;
};
const pollKeys = /* @__PURE__ */ new Set(["scope", "after", "limit"]);
const pollInput = (u) => {
  if (!record(u, pollKeys)) return Fail;
  const s = scope(u.scope);
  if (s === Fail) return Fail;
  const out = { scope: s };
  return optional(u, "after", out, feedCursor) && optional(u, "limit", out, pageLimit) ? out : Fail;
};
const statuses = new Set(__vite_ssr_import_3__.all);
const casStatusKeys = /* @__PURE__ */ new Set(["scope", "runId", "expected", "next", "options"]);
const casStatusInput = (u) => {
  if (!record(u, casStatusKeys) || !id(u.runId) || !statuses.has(u.next)) return Fail;
  const s = scope(u.scope);
  if (s === Fail) return Fail;
  let expected = u.expected;
  if (Array.isArray(expected)) {
    if (expected.length === 0) return Fail;
    for (let i = 0; i < expected.length; i++) if (!statuses.has(expected[i])) return Fail;
    expected = expected.slice();
  } else if (!statuses.has(expected)) {
    return Fail;
  };
  const out = { scope: s, runId: u.runId, expected, next: u.next };
  return optional(u, "options", out, fenceOptions) ? out : Fail;
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7OztBQVNBO0FBQ0E7QUFFQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7Ozs7Ozs7OztBQUdPLE1BQU0sT0FBc0IsdUJBQU8sSUFBSSxpQ0FBaUM7QUFPL0UsTUFBTSxTQUFTLE9BQU8sVUFBVTtBQUdoQyxNQUFNLFNBQVMsQ0FBQyxHQUFZLFlBQStEO0FBQ3pGLE1BQUksT0FBTyxNQUFNLFlBQVksTUFBTSxRQUFRLE1BQU0sUUFBUSxDQUFDLEVBQUcsUUFBTztBQUNwRSxRQUFNLE9BQU8sUUFBUSxRQUFRLENBQUM7QUFDOUIsV0FBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxVQUFNLE1BQU0sS0FBSyxDQUFDO0FBQ2xCLFFBQUksT0FBTyxRQUFRLFlBQVksQ0FBQyxRQUFRLElBQUksR0FBRyxFQUFHLFFBQU87QUFBQSxFQUMzRDtBQUNBLFNBQU87QUFDVDtBQUVBLE1BQU0sS0FBSyxDQUFDLE1BQTRCLE9BQU8sTUFBTSxlQUFZLGlDQUFVLENBQUMsTUFBTTtBQUVsRixNQUFNLE1BQU0sQ0FBQyxNQUE0QixPQUFPLE1BQU0sWUFBWSxPQUFPLGNBQWMsQ0FBQztBQUV4RixNQUFNLFlBQVksQ0FBQyxNQUEwQjtBQUMzQyxNQUFJLEVBQUUsYUFBYSxNQUFPLFFBQU87QUFDakMsUUFBTSxJQUFJLEVBQUUsUUFBUTtBQUNwQixTQUFPLENBQUMsT0FBTyxNQUFNLENBQUMsS0FBSyxLQUFLLDhCQUFRLFFBQVEsS0FBSyxLQUFLLDhCQUFRLFFBQVE7QUFDNUU7QUFNQSxNQUFNLFVBQXlCLHVCQUFPLElBQUksb0NBQW9DO0FBQzlFLE1BQU0sZ0JBQWdCLENBQUMsTUFBdUI7QUFDNUMsUUFBTSxRQUFRLE9BQU8sZUFBZSxDQUFDO0FBQ3JDLFNBQU8sVUFBVSxPQUFPLGFBQWEsVUFBVTtBQUNqRDtBQU1BLE1BQU0sV0FBVyxDQUFDLEdBQVksVUFBeUM7QUFDckUsTUFBSSxRQUFRLCtCQUFVLFFBQU87QUFDN0IsVUFBUSxPQUFPLEdBQUc7QUFBQSxJQUNoQixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTztBQUFBLElBQ1QsS0FBSztBQUNILGFBQU8sT0FBTyxTQUFTLENBQUMsSUFBSyxNQUFNLElBQUksSUFBSSxJQUFLO0FBQUEsSUFDbEQsS0FBSyxVQUFVO0FBQ2IsVUFBSSxNQUFNLEtBQU0sUUFBTztBQUN2QixVQUFJLE9BQU8sc0JBQXNCLENBQUMsRUFBRSxTQUFTLEVBQUcsUUFBTztBQUN2RCxVQUFJLE1BQU0sUUFBUSxDQUFDLEdBQUc7QUFFcEIsWUFBSSxPQUFPLEtBQUssQ0FBQyxFQUFFLFdBQVcsRUFBRSxPQUFRLFFBQU87QUFDL0MsY0FBTUEsT0FBbUIsSUFBSSxNQUFNLEVBQUUsTUFBTTtBQUMzQyxpQkFBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLFFBQVEsS0FBSztBQUNqQyxjQUFJLEVBQUUsS0FBSyxHQUFJLFFBQU87QUFDdEIsZ0JBQU0sT0FBTyxTQUFTLEVBQUUsQ0FBQyxHQUFHLFFBQVEsQ0FBQztBQUNyQyxjQUFJLFNBQVMsUUFBUyxRQUFPO0FBQzdCLFVBQUFBLEtBQUksQ0FBQyxJQUFJO0FBQUEsUUFDWDtBQUNBLGVBQU9BO0FBQUEsTUFDVDtBQUNBLFVBQUksQ0FBQyxjQUFjLENBQUMsRUFBRyxRQUFPO0FBQzlCLFlBQU0sTUFBNEIsQ0FBQztBQUNuQyxZQUFNLE9BQU8sT0FBTyxLQUFLLENBQUM7QUFDMUIsZUFBUyxJQUFJLEdBQUcsSUFBSSxLQUFLLFFBQVEsS0FBSztBQUNwQyxjQUFNLElBQUksS0FBSyxDQUFDO0FBQ2hCLGNBQU0sT0FBTyxTQUFVLEVBQThCLENBQUMsR0FBRyxRQUFRLENBQUM7QUFDbEUsWUFBSSxTQUFTLFFBQVMsUUFBTztBQUU3QixZQUFJLE1BQU0sWUFBYSxRQUFPLGVBQWUsS0FBSyxHQUFHLEVBQUUsT0FBTyxNQUFNLFlBQVksTUFBTSxVQUFVLE1BQU0sY0FBYyxLQUFLLENBQUM7QUFBQSxZQUNySCxLQUFJLENBQUMsSUFBSTtBQUFBLE1BQ2hCO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQSxJQUNBO0FBQ0UsYUFBTztBQUFBLEVBQ1g7QUFDRjtBQUlBLE1BQU0saUJBQWlCLG9CQUFJLFFBQXdCO0FBRzVDLE1BQU0sZ0JBQWdCLENBQUMsVUFBd0I7QUFDcEQsTUFBSSxVQUFVLFFBQVEsT0FBTyxVQUFVLFNBQVUsV0FBTyxvQ0FBYSxLQUFLO0FBQzFFLFFBQU0sUUFBUSxlQUFlLElBQUksS0FBSztBQUN0QyxNQUFJLFVBQVUsT0FBVyxRQUFPO0FBQ2hDLFlBQU8sb0NBQWEsS0FBSztBQUMzQjtBQUdPLE1BQU0sY0FBYyxDQUFDLFdBQStCLENBQUMsTUFBTTtBQUNoRSxRQUFNLE9BQU8sU0FBUyxHQUFHLENBQUM7QUFDMUIsTUFBSSxTQUFTLFFBQVMsUUFBTztBQUM3QixRQUFNLFVBQU8sb0NBQWEsSUFBSTtBQUM5QixTQUFJLGtDQUFXLElBQUksSUFBSSxPQUFPLGNBQWUsUUFBTztBQUNwRCxNQUFJLFNBQVMsUUFBUSxPQUFPLFNBQVMsU0FBVSxnQkFBZSxJQUFJLE1BQU0sSUFBSTtBQUM1RSxTQUFPO0FBQ1Q7QUFNQSxNQUFNLFlBQVksb0JBQUksSUFBSSxDQUFDLFNBQVMsZUFBZSxjQUFjLENBQUM7QUFHM0QsTUFBTSxRQUEyQixDQUFDLE1BQU07QUFDN0MsTUFBSSxDQUFDLE9BQU8sR0FBRyxTQUFTLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxLQUFLLENBQUMsR0FBRyxFQUFFLFdBQVcsRUFBRyxRQUFPO0FBQ3hFLE1BQUksQ0FBQyxPQUFPLEtBQUssR0FBRyxjQUFjLEVBQUcsUUFBTyxJQUFJLGtDQUFZLEVBQUUsT0FBTyxFQUFFLE9BQU8sYUFBYSxFQUFFLFlBQVksR0FBRyxJQUFJO0FBQ2hILFFBQU0sZUFBZSxFQUFFO0FBQ3ZCLE1BQUksaUJBQWlCLFVBQWEsQ0FBQyxHQUFHLFlBQVksRUFBRyxRQUFPO0FBQzVELFNBQU8sSUFBSSxrQ0FBWSxFQUFFLE9BQU8sRUFBRSxPQUFPLGFBQWEsRUFBRSxhQUFhLGFBQWEsR0FBRyxJQUFJO0FBQzNGO0FBTUEsTUFBTSxXQUFXLENBQUksR0FBNEIsS0FBYSxLQUE4QixXQUE2QjtBQUN2SCxNQUFJLENBQUMsT0FBTyxLQUFLLEdBQUcsR0FBRyxFQUFHLFFBQU87QUFDakMsUUFBTSxRQUFRLEVBQUUsR0FBRztBQUNuQixNQUFJLFVBQVUsUUFBVztBQUN2QixRQUFJLEdBQUcsSUFBSTtBQUNYLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxVQUFVLE9BQU8sS0FBSztBQUM1QixNQUFJLFlBQVksS0FBTSxRQUFPO0FBQzdCLE1BQUksR0FBRyxJQUFJO0FBQ1gsU0FBTztBQUNUO0FBRUEsTUFBTSxVQUF3QixDQUFDLE1BQU8sR0FBRyxDQUFDLElBQUksSUFBSTtBQUNsRCxNQUFNLGNBQTRCLENBQUMsTUFBTyxJQUFJLENBQUMsS0FBSyxJQUFJLElBQUksSUFBSTtBQUNoRSxNQUFNLFdBQXlCLENBQUMsTUFBTyxJQUFJLENBQUMsS0FBSyxLQUFLLElBQUksSUFBSTtBQUM5RCxNQUFNLFlBQTBCLENBQUMsTUFBTyxJQUFJLENBQUMsS0FBSyxLQUFLLEtBQUssS0FBSyxvQ0FBYyxJQUFJO0FBQ25GLE1BQU0sVUFBeUIsQ0FBQyxNQUFPLE9BQU8sTUFBTSxZQUFZLElBQUk7QUFDcEUsTUFBTSxPQUFtQixDQUFDLE1BQU8sVUFBVSxDQUFDLElBQUksSUFBSTtBQUNwRCxNQUFNLGFBQTJCLENBQUMsTUFBTyxPQUFPLE1BQU0sZUFBWSx3Q0FBaUIsQ0FBQyxNQUFNLFNBQVksSUFBSTtBQUUxRyxNQUFNLGVBQWUsb0JBQUksSUFBSSxDQUFDLFdBQVcsUUFBUSxXQUFXLGNBQWMsZUFBZSxpQkFBaUIsU0FBUyxlQUFlLENBQUM7QUFHNUgsTUFBTSxXQUFXLENBQUMsV0FBbUI7QUFDMUMsUUFBTSxVQUFVLFlBQVksTUFBTTtBQUNsQyxTQUFPLENBQUMsTUFBK0M7QUFDckQsUUFBSSxDQUFDLE9BQU8sR0FBRyxZQUFZLEVBQUcsUUFBTztBQUNyQyxVQUFNLFVBQVUsRUFBRTtBQUNsQixVQUFNLE9BQU8sRUFBRTtBQUNmLFFBQUksQ0FBQyxHQUFHLE9BQU8sS0FBSyxRQUFRLGNBQVcscUNBQWMsS0FBSyxDQUFDLEdBQUcsSUFBSSxLQUFLLFNBQVMsb0NBQWUsUUFBTztBQUN0RyxVQUFNLE1BQStCLEVBQUUsU0FBUyxLQUFLO0FBQ3JELFFBQ0UsU0FBUyxHQUFHLFdBQVcsS0FBSyxPQUFPLEtBQ25DLFNBQVMsR0FBRyxjQUFjLEtBQUssSUFBSSxLQUNuQyxTQUFTLEdBQUcsZUFBZSxLQUFLLE9BQU8sS0FDdkMsU0FBUyxHQUFHLGlCQUFpQixLQUFLLE9BQU8sS0FDekMsU0FBUyxHQUFHLFNBQVMsS0FBSyxPQUFPLEtBQ2pDLFNBQVMsR0FBRyxpQkFBaUIsS0FBSyxXQUFXLEVBQzdDLFFBQU87QUFDVCxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsTUFBTSxZQUFZLG9CQUFJLElBQUksQ0FBQyxjQUFjLENBQUM7QUFDMUMsTUFBTSxlQUE4QyxDQUFDLE1BQU07QUFDekQsTUFBSSxDQUFDLE9BQU8sR0FBRyxTQUFTLEVBQUcsUUFBTztBQUNsQyxRQUFNLE1BQStCLENBQUM7QUFDdEMsU0FBTyxTQUFTLEdBQUcsZ0JBQWdCLEtBQUssV0FBVyxJQUFJLE1BQU07QUFDL0Q7QUFFQSxNQUFNLGlCQUFpQixvQkFBSSxJQUFJLENBQUMsU0FBUyxTQUFTLFNBQVMsU0FBUyxDQUFDO0FBRzlELE1BQU0sa0JBQWtCLENBQUMsV0FBbUI7QUFDakQsUUFBTSxRQUFRLFNBQVMsTUFBTTtBQUM3QixTQUFPLENBQUMsTUFBK0M7QUFDckQsUUFBSSxDQUFDLE9BQU8sR0FBRyxjQUFjLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxFQUFHLFFBQU87QUFDdkQsVUFBTSxJQUFJLE1BQU0sRUFBRSxLQUFLO0FBQ3ZCLFFBQUksTUFBTSxLQUFNLFFBQU87QUFDdkIsVUFBTSxJQUFJLE1BQU0sRUFBRSxLQUFLO0FBQ3ZCLFFBQUksTUFBTSxLQUFNLFFBQU87QUFDdkIsVUFBTSxNQUErQixFQUFFLE9BQU8sR0FBRyxPQUFPLEVBQUUsT0FBTyxPQUFPLEVBQUU7QUFDMUUsV0FBTyxTQUFTLEdBQUcsV0FBVyxLQUFLLFlBQVksSUFBSSxNQUFNO0FBQUEsRUFDM0Q7QUFDRjtBQUVBLE1BQU0sYUFBYSxvQkFBSSxJQUFJLENBQUMsU0FBUyxTQUFTLFVBQVUsU0FBUyxDQUFDO0FBQ2xFLE1BQU0sbUJBQW1CLG9CQUFJLElBQUksQ0FBQyxlQUFlLGNBQWMsQ0FBQztBQUd6RCxNQUFNLGNBQWMsQ0FBQyxXQUFtQjtBQUM3QyxRQUFNLFFBQVEsU0FBUyxNQUFNO0FBQzdCLFNBQU8sQ0FBQyxNQUErQztBQUNyRCxRQUFJLENBQUMsT0FBTyxHQUFHLFVBQVUsS0FBSyxDQUFDLEdBQUcsRUFBRSxLQUFLLEVBQUcsUUFBTztBQUNuRCxVQUFNLElBQUksTUFBTSxFQUFFLEtBQUs7QUFDdkIsUUFBSSxNQUFNLEtBQU0sUUFBTztBQUN2QixVQUFNLFFBQVEsRUFBRTtBQUNoQixRQUFJLENBQUMsTUFBTSxRQUFRLEtBQUssS0FBSyxNQUFNLFNBQVMsS0FBSyxNQUFNLFNBQVMsa0NBQWEsUUFBTztBQUNwRixVQUFNLFNBQXlDLElBQUksTUFBTSxNQUFNLE1BQU07QUFDckUsVUFBTSxNQUFNLG9CQUFJLElBQWE7QUFDN0IsYUFBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSztBQUNyQyxZQUFNLElBQUksTUFBTSxNQUFNLENBQUMsQ0FBQztBQUN4QixVQUFJLE1BQU0sS0FBTSxRQUFPO0FBQ3ZCLFVBQUksSUFBSSxFQUFFLE9BQU87QUFDakIsYUFBTyxDQUFDLElBQUk7QUFBQSxJQUNkO0FBQ0EsUUFBSSxJQUFJLFNBQVMsT0FBTyxPQUFRLFFBQU87QUFDdkMsVUFBTSxJQUFJLEVBQUU7QUFDWixRQUFJLENBQUMsT0FBTyxHQUFHLGdCQUFnQixFQUFHLFFBQU87QUFDekMsVUFBTSxVQUFtQyxDQUFDO0FBQzFDLFFBQUksQ0FBQyxTQUFTLEdBQUcsZUFBZSxTQUFTLFFBQVEsS0FBSyxDQUFDLFNBQVMsR0FBRyxnQkFBZ0IsU0FBUyxXQUFXLEVBQUcsUUFBTztBQUNqSCxXQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sRUFBRSxPQUFPLFFBQVEsUUFBUTtBQUFBLEVBQ3JEO0FBQ0Y7QUFFQSxNQUFNLFdBQVcsb0JBQUksSUFBSSxDQUFDLFNBQVMsU0FBUyxRQUFRLENBQUM7QUFDckQsTUFBTSxhQUFhLG9CQUFJLElBQUksQ0FBQyxZQUFZLGFBQWEsU0FBUyxNQUFNLENBQUM7QUFHOUQsTUFBTSxZQUEyQyxDQUFDLE1BQU07QUFDN0QsTUFBSSxDQUFDLE9BQU8sR0FBRyxRQUFRLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxFQUFHLFFBQU87QUFDakQsUUFBTSxJQUFJLE1BQU0sRUFBRSxLQUFLO0FBQ3ZCLE1BQUksTUFBTSxLQUFNLFFBQU87QUFDdkIsUUFBTSxJQUFJLEVBQUU7QUFDWixNQUFJLENBQUMsT0FBTyxHQUFHLFVBQVUsRUFBRyxRQUFPO0FBQ25DLFFBQU0sU0FBa0MsQ0FBQztBQUN6QyxNQUNFLFNBQVMsR0FBRyxZQUFZLFFBQVEsUUFBUSxLQUN4QyxTQUFTLEdBQUcsYUFBYSxRQUFRLFFBQVEsS0FDekMsU0FBUyxHQUFHLFNBQVMsUUFBUSxTQUFTLEtBQ3RDLFNBQVMsR0FBRyxRQUFRLFFBQVEsT0FBTyxFQUNuQyxRQUFPLEVBQUUsT0FBTyxHQUFHLE9BQU8sRUFBRSxPQUFPLE9BQU87QUFDNUMsU0FBTztBQUNUO0FBRUEsTUFBTSxXQUFXLG9CQUFJLElBQUksQ0FBQyxTQUFTLFNBQVMsT0FBTyxDQUFDO0FBRzdDLE1BQU0sWUFBMkMsQ0FBQyxNQUFNO0FBQzdELE1BQUksQ0FBQyxPQUFPLEdBQUcsUUFBUSxFQUFHLFFBQU87QUFDakMsUUFBTSxJQUFJLE1BQU0sRUFBRSxLQUFLO0FBQ3ZCLE1BQUksTUFBTSxLQUFNLFFBQU87QUFDdkIsUUFBTSxNQUErQixFQUFFLE9BQU8sRUFBRTtBQUNoRCxTQUFPLFNBQVMsR0FBRyxTQUFTLEtBQUssVUFBVSxLQUFLLFNBQVMsR0FBRyxTQUFTLEtBQUssU0FBUyxJQUFJLE1BQU07QUFDL0Y7QUFFQSxNQUFNLFdBQWlDLElBQUksSUFBSSxzQkFBVSxHQUFHO0FBQzVELE1BQU0sZ0JBQWdCLG9CQUFJLElBQUksQ0FBQyxTQUFTLFNBQVMsWUFBWSxRQUFRLFNBQVMsQ0FBQztBQUd4RSxNQUFNLGlCQUFnRCxDQUFDLE1BQU07QUFDbEUsTUFBSSxDQUFDLE9BQU8sR0FBRyxhQUFhLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxLQUFLLENBQUMsU0FBUyxJQUFJLEVBQUUsSUFBSSxFQUFHLFFBQU87QUFDL0UsUUFBTSxJQUFJLE1BQU0sRUFBRSxLQUFLO0FBQ3ZCLE1BQUksTUFBTSxLQUFNLFFBQU87QUFDdkIsTUFBSSxXQUFvQixFQUFFO0FBQzFCLE1BQUksTUFBTSxRQUFRLFFBQVEsR0FBRztBQUMzQixRQUFJLFNBQVMsV0FBVyxFQUFHLFFBQU87QUFDbEMsYUFBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsSUFBSyxLQUFJLENBQUMsU0FBUyxJQUFJLFNBQVMsQ0FBQyxDQUFDLEVBQUcsUUFBTztBQUNqRixlQUFXLFNBQVMsTUFBTTtBQUFBLEVBQzVCLFdBQVcsQ0FBQyxTQUFTLElBQUksUUFBUSxHQUFHO0FBQ2xDLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxNQUErQixFQUFFLE9BQU8sR0FBRyxPQUFPLEVBQUUsT0FBTyxVQUFVLE1BQU0sRUFBRSxLQUFLO0FBQ3hGLFNBQU8sU0FBUyxHQUFHLFdBQVcsS0FBSyxZQUFZLElBQUksTUFBTTtBQUMzRCIsIm5hbWVzIjpbIm91dCJdLCJpZ25vcmVMaXN0IjpbXSwic291cmNlcyI6WyJmYXN0RGVjb2RlLnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogSGFuZC13cml0dGVuIGRlY29kZXJzIGZvciB0aGUgaW5wdXRzIG9mIHRoZSBob3Qgb3BlcmF0aW9ucyAoYXBwZW5kLCBhcHBlbmRPbmNlLCByZWFkLCBwb2xsLFxuICogY2FzU3RhdHVzKS4gRWFjaCBhY2NlcHRzIGV4YWN0bHkgd2hhdCBpdHMgU2NoZW1hIGFjY2VwdHMgYW5kIHJldHVybnMgdGhlIHNhbWUgdmFsdWU7IGZvciBhbnl0aGluZ1xuICogaXQgaXMgbm90IHN1cmUgb2YgaXQgcmV0dXJucyB7QGxpbmsgRmFpbH0sIGFuZCB0aGUgb3BlcmF0aW9uIHRoZW4gZGVjb2RlcyB3aXRoIHRoZSBTY2hlbWEsIHdoaWNoXG4gKiBnaXZlcyB0aGUgY2FsbGVyIGl0cyBgSW52YWxpZElucHV0YCB3aXRoIHRoZSB1c3VhbCBtZXNzYWdlLiBTbyB0aGUgU2NoZW1hIHN0YXlzIHRoZSBvbmUgZGVmaW5pdGlvblxuICogb2YgdmFsaWQgaW5wdXQgYW5kIG9mIGV2ZXJ5IGVycm9yOyB0aGVzZSBvbmx5IG1ha2UgdGhlIGNvbW1vbiwgdmFsaWQgY2FzZSBjaGVhcCAoU2NoZW1hIGRlY29kaW5nXG4gKiBvZiBhIGNhbGwncyBhcmd1bWVudHMgY29zdCBtb3JlIHRoYW4gdGhlIHJlc3Qgb2YgdGhlIGNhbGwpLiBgdGVzdC9GYXN0RGVjb2RlLnByb3BlcnR5LnRlc3QudHNgXG4gKiBjaGVja3MgZWFjaCBhZ2FpbnN0IGl0cyBTY2hlbWEgb24gYXJiaXRyYXJ5IGlucHV0LlxuICovXG5pbXBvcnQgeyBDb21wYWN0ZWRUeXBlLCBNYXJrZXJJZFByZWZpeCB9IGZyb20gXCIuLi9FdmVudC5qc1wiXG5pbXBvcnQgeyBpZFByb2JsZW0gfSBmcm9tIFwiLi4vSWRlbnRpZmllcnMuanNcIlxuaW1wb3J0IHR5cGUgeyBKc29uIH0gZnJvbSBcIi4uL0pzb24uanNcIlxuaW1wb3J0IHsgY2Fub25pY2FsaXplLCBNYXhEZXB0aCB9IGZyb20gXCIuLi9Kc29uLmpzXCJcbmltcG9ydCB0eXBlIHsgTGltaXRzIH0gZnJvbSBcIi4uL0xpbWl0cy5qc1wiXG5pbXBvcnQgKiBhcyBSdW5TdGF0dXMgZnJvbSBcIi4uL1J1blN0YXR1cy5qc1wiXG5pbXBvcnQgeyBNYXhEYXRlLCBNYXhQYWdlU2l6ZSwgTWluRGF0ZSB9IGZyb20gXCIuLi9MaW1pdHMuanNcIlxuaW1wb3J0IHsgVGVuYW50U2NvcGUgfSBmcm9tIFwiLi4vVGVuYW50U2NvcGUuanNcIlxuaW1wb3J0IHsgZGVjb2RlRmVlZEN1cnNvciB9IGZyb20gXCIuL2ZlZWRDdXJzb3IuanNcIlxuaW1wb3J0IHsgdXRmOExlbmd0aCB9IGZyb20gXCIuL3NoYTI1Ni5qc1wiXG5cbi8qKiBcIk5vdCBkZWNvZGVkIGhlcmVcIjogZGVjb2RlIHdpdGggdGhlIFNjaGVtYSBpbnN0ZWFkLiAqL1xuZXhwb3J0IGNvbnN0IEZhaWw6IHVuaXF1ZSBzeW1ib2wgPSBTeW1ib2wuZm9yKFwiQHJ1bmxlZGdlci9jb3JlL0Zhc3REZWNvZGUvRmFpbFwiKVxuLyoqIEBpbnRlcm5hbCAqL1xuZXhwb3J0IHR5cGUgRmFpbCA9IHR5cGVvZiBGYWlsXG5cbi8qKiBBIGZhc3QgZGVjb2RlcjogdGhlIGRlY29kZWQgdmFsdWUsIG9yIHtAbGluayBGYWlsfS4gKi9cbmV4cG9ydCB0eXBlIEZhc3Q8QT4gPSAodTogdW5rbm93bikgPT4gQSB8IEZhaWxcblxuY29uc3QgaGFzT3duID0gT2JqZWN0LnByb3RvdHlwZS5oYXNPd25Qcm9wZXJ0eVxuXG4vKiogQSBwbGFpbiByZWNvcmQgKHdoYXQgYFNjaGVtYS5TdHJ1Y3RgIGRlY29kZXMpIHdob3NlIG93biBrZXlzIGFyZSBhbGwgaW4gYGFsbG93ZWRgLiAqL1xuY29uc3QgcmVjb3JkID0gKHU6IHVua25vd24sIGFsbG93ZWQ6IFJlYWRvbmx5U2V0PHN0cmluZz4pOiB1IGlzIFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0+IHtcbiAgaWYgKHR5cGVvZiB1ICE9PSBcIm9iamVjdFwiIHx8IHUgPT09IG51bGwgfHwgQXJyYXkuaXNBcnJheSh1KSkgcmV0dXJuIGZhbHNlXG4gIGNvbnN0IGtleXMgPSBSZWZsZWN0Lm93bktleXModSlcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBrZXlzLmxlbmd0aDsgaSsrKSB7XG4gICAgY29uc3Qga2V5ID0ga2V5c1tpXSFcbiAgICBpZiAodHlwZW9mIGtleSAhPT0gXCJzdHJpbmdcIiB8fCAhYWxsb3dlZC5oYXMoa2V5KSkgcmV0dXJuIGZhbHNlXG4gIH1cbiAgcmV0dXJuIHRydWVcbn1cblxuY29uc3QgaWQgPSAodTogdW5rbm93bik6IHUgaXMgc3RyaW5nID0+IHR5cGVvZiB1ID09PSBcInN0cmluZ1wiICYmIGlkUHJvYmxlbSh1KSA9PT0gdW5kZWZpbmVkXG5cbmNvbnN0IGludCA9ICh1OiB1bmtub3duKTogdSBpcyBudW1iZXIgPT4gdHlwZW9mIHUgPT09IFwibnVtYmVyXCIgJiYgTnVtYmVyLmlzU2FmZUludGVnZXIodSlcblxuY29uc3QgaW5wdXREYXRlID0gKHU6IHVua25vd24pOiB1IGlzIERhdGUgPT4ge1xuICBpZiAoISh1IGluc3RhbmNlb2YgRGF0ZSkpIHJldHVybiBmYWxzZVxuICBjb25zdCB0ID0gdS5nZXRUaW1lKClcbiAgcmV0dXJuICFOdW1iZXIuaXNOYU4odCkgJiYgdCA+PSBNaW5EYXRlLmdldFRpbWUoKSAmJiB0IDw9IE1heERhdGUuZ2V0VGltZSgpXG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gSlNPTlxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbmNvbnN0IEludmFsaWQ6IHVuaXF1ZSBzeW1ib2wgPSBTeW1ib2wuZm9yKFwiQHJ1bmxlZGdlci9jb3JlL0Zhc3REZWNvZGUvSW52YWxpZFwiKVxuY29uc3QgaXNQbGFpbk9iamVjdCA9ICh1OiBvYmplY3QpOiBib29sZWFuID0+IHtcbiAgY29uc3QgcHJvdG8gPSBPYmplY3QuZ2V0UHJvdG90eXBlT2YodSlcbiAgcmV0dXJuIHByb3RvID09PSBPYmplY3QucHJvdG90eXBlIHx8IHByb3RvID09PSBudWxsXG59XG5cbi8qKlxuICogQSBwcml2YXRlIGNvcHkgb2YgYHZgIHdoZW4gaXQgaXMgSlNPTiBieSBgSnNvbi5qc29uUHJvYmxlbWAncyBydWxlcyDigJQgdGhlIHNhbWUgdmFsdWVcbiAqIGBKU09OLnBhcnNlKEpTT04uc3RyaW5naWZ5KHYpKWAgZ2l2ZXMg4oCUIGVsc2UgYEludmFsaWRgLlxuICovXG5jb25zdCBjb3B5SnNvbiA9ICh2OiB1bmtub3duLCBkZXB0aDogbnVtYmVyKTogSnNvbiB8IHR5cGVvZiBJbnZhbGlkID0+IHtcbiAgaWYgKGRlcHRoID4gTWF4RGVwdGgpIHJldHVybiBJbnZhbGlkXG4gIHN3aXRjaCAodHlwZW9mIHYpIHtcbiAgICBjYXNlIFwic3RyaW5nXCI6XG4gICAgY2FzZSBcImJvb2xlYW5cIjpcbiAgICAgIHJldHVybiB2XG4gICAgY2FzZSBcIm51bWJlclwiOlxuICAgICAgcmV0dXJuIE51bWJlci5pc0Zpbml0ZSh2KSA/ICh2ID09PSAwID8gMCA6IHYpIDogSW52YWxpZFxuICAgIGNhc2UgXCJvYmplY3RcIjoge1xuICAgICAgaWYgKHYgPT09IG51bGwpIHJldHVybiBudWxsXG4gICAgICBpZiAoT2JqZWN0LmdldE93blByb3BlcnR5U3ltYm9scyh2KS5sZW5ndGggPiAwKSByZXR1cm4gSW52YWxpZFxuICAgICAgaWYgKEFycmF5LmlzQXJyYXkodikpIHtcbiAgICAgICAgLy8gQXMgbWFueSBrZXlzIGFzIGVsZW1lbnRzIGFuZCBubyBob2xlOiB0aGVuIGV2ZXJ5IGtleSBpcyBhbiBpbmRleCAobm8gbmFtZWQgcHJvcGVydHkpLlxuICAgICAgICBpZiAoT2JqZWN0LmtleXModikubGVuZ3RoICE9PSB2Lmxlbmd0aCkgcmV0dXJuIEludmFsaWRcbiAgICAgICAgY29uc3Qgb3V0OiBBcnJheTxKc29uPiA9IG5ldyBBcnJheSh2Lmxlbmd0aClcbiAgICAgICAgZm9yIChsZXQgaSA9IDA7IGkgPCB2Lmxlbmd0aDsgaSsrKSB7XG4gICAgICAgICAgaWYgKCEoaSBpbiB2KSkgcmV0dXJuIEludmFsaWRcbiAgICAgICAgICBjb25zdCBpdGVtID0gY29weUpzb24odltpXSwgZGVwdGggKyAxKVxuICAgICAgICAgIGlmIChpdGVtID09PSBJbnZhbGlkKSByZXR1cm4gSW52YWxpZFxuICAgICAgICAgIG91dFtpXSA9IGl0ZW1cbiAgICAgICAgfVxuICAgICAgICByZXR1cm4gb3V0XG4gICAgICB9XG4gICAgICBpZiAoIWlzUGxhaW5PYmplY3QodikpIHJldHVybiBJbnZhbGlkXG4gICAgICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIEpzb24+ID0ge31cbiAgICAgIGNvbnN0IGtleXMgPSBPYmplY3Qua2V5cyh2KVxuICAgICAgZm9yIChsZXQgaSA9IDA7IGkgPCBrZXlzLmxlbmd0aDsgaSsrKSB7XG4gICAgICAgIGNvbnN0IGsgPSBrZXlzW2ldIVxuICAgICAgICBjb25zdCBpdGVtID0gY29weUpzb24oKHYgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pW2tdLCBkZXB0aCArIDEpXG4gICAgICAgIGlmIChpdGVtID09PSBJbnZhbGlkKSByZXR1cm4gSW52YWxpZFxuICAgICAgICAvLyBKU09OLnBhcnNlIG1ha2VzIFwiX19wcm90b19fXCIgYW4gb3duIHByb3BlcnR5OyBhbiBhc3NpZ25tZW50IHdvdWxkIHNldCB0aGUgcHJvdG90eXBlLlxuICAgICAgICBpZiAoayA9PT0gXCJfX3Byb3RvX19cIikgT2JqZWN0LmRlZmluZVByb3BlcnR5KG91dCwgaywgeyB2YWx1ZTogaXRlbSwgZW51bWVyYWJsZTogdHJ1ZSwgd3JpdGFibGU6IHRydWUsIGNvbmZpZ3VyYWJsZTogdHJ1ZSB9KVxuICAgICAgICBlbHNlIG91dFtrXSA9IGl0ZW1cbiAgICAgIH1cbiAgICAgIHJldHVybiBvdXRcbiAgICB9XG4gICAgZGVmYXVsdDpcbiAgICAgIHJldHVybiBJbnZhbGlkXG4gIH1cbn1cblxuLy8gVGhlIGNhbm9uaWNhbCB0ZXh0IG9mIHByaXZhdGUgY29waWVzIG1hZGUgaGVyZSwgZm9yIHRoZSBmaW5nZXJwcmludCBhbmQgc2l6ZSBvZiB0aGUgc2FtZSB2YWx1ZVxuLy8gbGF0ZXIgaW4gdGhlIHNhbWUgY2FsbCAoYSBjb3B5IGlzIG5ldmVyIHNoYXJlZCB3aXRoIHRoZSBjYWxsZXIsIHNvIGl0IGRvZXMgbm90IGNoYW5nZSkuXG5jb25zdCBjYW5vbmljYWxUZXh0cyA9IG5ldyBXZWFrTWFwPG9iamVjdCwgc3RyaW5nPigpXG5cbi8qKiBUaGUgY2Fub25pY2FsIHRleHQgb2YgYHZhbHVlYCwgcmVtZW1iZXJlZCB3aGVuIHRoZSB2YWx1ZSBpcyBhIGNvcHkgbWFkZSBieSBhIGZhc3QgZGVjb2Rlci4gKi9cbmV4cG9ydCBjb25zdCBjYW5vbmljYWxUZXh0ID0gKHZhbHVlOiBKc29uKTogc3RyaW5nID0+IHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHR5cGVvZiB2YWx1ZSAhPT0gXCJvYmplY3RcIikgcmV0dXJuIGNhbm9uaWNhbGl6ZSh2YWx1ZSlcbiAgY29uc3Qga25vd24gPSBjYW5vbmljYWxUZXh0cy5nZXQodmFsdWUpXG4gIGlmIChrbm93biAhPT0gdW5kZWZpbmVkKSByZXR1cm4ga25vd25cbiAgcmV0dXJuIGNhbm9uaWNhbGl6ZSh2YWx1ZSlcbn1cblxuLyoqIGBib3VuZGVkSnNvbihsaW1pdHMpYDogYSBKU09OIHZhbHVlIHdpdGhpbiB0aGUgc2l6ZSBsaW1pdCwgYXMgYSBwcml2YXRlIGNvcHkuICovXG5leHBvcnQgY29uc3QgYm91bmRlZEpzb24gPSAobGltaXRzOiBMaW1pdHMpOiBGYXN0PEpzb24+ID0+ICh1KSA9PiB7XG4gIGNvbnN0IGNvcHkgPSBjb3B5SnNvbih1LCAwKVxuICBpZiAoY29weSA9PT0gSW52YWxpZCkgcmV0dXJuIEZhaWxcbiAgY29uc3QgdGV4dCA9IGNhbm9uaWNhbGl6ZShjb3B5KVxuICBpZiAodXRmOExlbmd0aCh0ZXh0KSA+IGxpbWl0cy5tYXhWYWx1ZUJ5dGVzKSByZXR1cm4gRmFpbFxuICBpZiAoY29weSAhPT0gbnVsbCAmJiB0eXBlb2YgY29weSA9PT0gXCJvYmplY3RcIikgY2Fub25pY2FsVGV4dHMuc2V0KGNvcHksIHRleHQpXG4gIHJldHVybiBjb3B5XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gU3RydWN0c1xuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbmNvbnN0IHNjb3BlS2V5cyA9IG5ldyBTZXQoW1wib3JnSWRcIiwgXCJ3b3Jrc3BhY2VJZFwiLCBcImRlcGxveW1lbnRJZFwiXSlcblxuLyoqIGBUZW5hbnRTY29wZWAgKHRoZSBjbGFzcyk6IGEgbmV3IGluc3RhbmNlLCBhcyB0aGUgU2NoZW1hIGRlY29kZXMgaXQuICovXG5leHBvcnQgY29uc3Qgc2NvcGU6IEZhc3Q8VGVuYW50U2NvcGU+ID0gKHUpID0+IHtcbiAgaWYgKCFyZWNvcmQodSwgc2NvcGVLZXlzKSB8fCAhaWQodS5vcmdJZCkgfHwgIWlkKHUud29ya3NwYWNlSWQpKSByZXR1cm4gRmFpbFxuICBpZiAoIWhhc093bi5jYWxsKHUsIFwiZGVwbG95bWVudElkXCIpKSByZXR1cm4gbmV3IFRlbmFudFNjb3BlKHsgb3JnSWQ6IHUub3JnSWQsIHdvcmtzcGFjZUlkOiB1LndvcmtzcGFjZUlkIH0sIHRydWUpXG4gIGNvbnN0IGRlcGxveW1lbnRJZCA9IHUuZGVwbG95bWVudElkXG4gIGlmIChkZXBsb3ltZW50SWQgIT09IHVuZGVmaW5lZCAmJiAhaWQoZGVwbG95bWVudElkKSkgcmV0dXJuIEZhaWxcbiAgcmV0dXJuIG5ldyBUZW5hbnRTY29wZSh7IG9yZ0lkOiB1Lm9yZ0lkLCB3b3Jrc3BhY2VJZDogdS53b3Jrc3BhY2VJZCwgZGVwbG95bWVudElkIH0sIHRydWUpXG59XG5cbi8qKlxuICogQW4gb3B0aW9uYWwgZmllbGQgb2YgYSBTdHJ1Y3Q6IGFic2VudCBzdGF5cyBhYnNlbnQsIHByZXNlbnQtYW5kLXVuZGVmaW5lZCBzdGF5cyB1bmRlZmluZWQsXG4gKiBvdGhlcndpc2UgYGNoZWNrYGVkLiBXcml0ZXMgaW50byBgb3V0YDsgZmFsc2Ugd2hlbiB0aGUgdmFsdWUgaXMgcmVmdXNlZC5cbiAqL1xuY29uc3Qgb3B0aW9uYWwgPSA8QT4odTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4sIGtleTogc3RyaW5nLCBvdXQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+LCBkZWNvZGU6IEZhc3Q8QT4pOiBib29sZWFuID0+IHtcbiAgaWYgKCFoYXNPd24uY2FsbCh1LCBrZXkpKSByZXR1cm4gdHJ1ZVxuICBjb25zdCB2YWx1ZSA9IHVba2V5XVxuICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkge1xuICAgIG91dFtrZXldID0gdW5kZWZpbmVkXG4gICAgcmV0dXJuIHRydWVcbiAgfVxuICBjb25zdCBkZWNvZGVkID0gZGVjb2RlKHZhbHVlKVxuICBpZiAoZGVjb2RlZCA9PT0gRmFpbCkgcmV0dXJuIGZhbHNlXG4gIG91dFtrZXldID0gZGVjb2RlZFxuICByZXR1cm4gdHJ1ZVxufVxuXG5jb25zdCBpZEZpZWxkOiBGYXN0PHN0cmluZz4gPSAodSkgPT4gKGlkKHUpID8gdSA6IEZhaWwpXG5jb25zdCBwb3NpdGl2ZUludDogRmFzdDxudW1iZXI+ID0gKHUpID0+IChpbnQodSkgJiYgdSA+IDAgPyB1IDogRmFpbClcbmNvbnN0IHNlcUJvdW5kOiBGYXN0PG51bWJlcj4gPSAodSkgPT4gKGludCh1KSAmJiB1ID49IDAgPyB1IDogRmFpbClcbmNvbnN0IHBhZ2VMaW1pdDogRmFzdDxudW1iZXI+ID0gKHUpID0+IChpbnQodSkgJiYgdSA+PSAxICYmIHUgPD0gTWF4UGFnZVNpemUgPyB1IDogRmFpbClcbmNvbnN0IGJvb2xlYW46IEZhc3Q8Ym9vbGVhbj4gPSAodSkgPT4gKHR5cGVvZiB1ID09PSBcImJvb2xlYW5cIiA/IHUgOiBGYWlsKVxuY29uc3QgZGF0ZTogRmFzdDxEYXRlPiA9ICh1KSA9PiAoaW5wdXREYXRlKHUpID8gdSA6IEZhaWwpXG5jb25zdCBmZWVkQ3Vyc29yOiBGYXN0PHN0cmluZz4gPSAodSkgPT4gKHR5cGVvZiB1ID09PSBcInN0cmluZ1wiICYmIGRlY29kZUZlZWRDdXJzb3IodSkgIT09IHVuZGVmaW5lZCA/IHUgOiBGYWlsKVxuXG5jb25zdCBuZXdFdmVudEtleXMgPSBuZXcgU2V0KFtcImV2ZW50SWRcIiwgXCJ0eXBlXCIsIFwicGF5bG9hZFwiLCBcIm9jY3VycmVkQXRcIiwgXCJjYXVzYXRpb25JZFwiLCBcImNvcnJlbGF0aW9uSWRcIiwgXCJhY3RvclwiLCBcInNjaGVtYVZlcnNpb25cIl0pXG5cbi8qKiBgRXZlbnRMb2dgJ3MgYE5ld0V2ZW50SW5wdXRgOiBgRXZlbnQuTmV3RXZlbnRgIHdpdGggYSBib3VuZGVkIHBheWxvYWQuICovXG5leHBvcnQgY29uc3QgbmV3RXZlbnQgPSAobGltaXRzOiBMaW1pdHMpID0+IHtcbiAgY29uc3QgcGF5bG9hZCA9IGJvdW5kZWRKc29uKGxpbWl0cylcbiAgcmV0dXJuICh1OiB1bmtub3duKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCBGYWlsID0+IHtcbiAgICBpZiAoIXJlY29yZCh1LCBuZXdFdmVudEtleXMpKSByZXR1cm4gRmFpbFxuICAgIGNvbnN0IGV2ZW50SWQgPSB1LmV2ZW50SWRcbiAgICBjb25zdCB0eXBlID0gdS50eXBlXG4gICAgaWYgKCFpZChldmVudElkKSB8fCBldmVudElkLnN0YXJ0c1dpdGgoTWFya2VySWRQcmVmaXgpIHx8ICFpZCh0eXBlKSB8fCB0eXBlID09PSBDb21wYWN0ZWRUeXBlKSByZXR1cm4gRmFpbFxuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7IGV2ZW50SWQsIHR5cGUgfVxuICAgIGlmIChcbiAgICAgIG9wdGlvbmFsKHUsIFwicGF5bG9hZFwiLCBvdXQsIHBheWxvYWQpICYmXG4gICAgICBvcHRpb25hbCh1LCBcIm9jY3VycmVkQXRcIiwgb3V0LCBkYXRlKSAmJlxuICAgICAgb3B0aW9uYWwodSwgXCJjYXVzYXRpb25JZFwiLCBvdXQsIGlkRmllbGQpICYmXG4gICAgICBvcHRpb25hbCh1LCBcImNvcnJlbGF0aW9uSWRcIiwgb3V0LCBpZEZpZWxkKSAmJlxuICAgICAgb3B0aW9uYWwodSwgXCJhY3RvclwiLCBvdXQsIGlkRmllbGQpICYmXG4gICAgICBvcHRpb25hbCh1LCBcInNjaGVtYVZlcnNpb25cIiwgb3V0LCBwb3NpdGl2ZUludClcbiAgICApIHJldHVybiBvdXRcbiAgICByZXR1cm4gRmFpbFxuICB9XG59XG5cbmNvbnN0IGZlbmNlS2V5cyA9IG5ldyBTZXQoW1wiZmVuY2luZ1Rva2VuXCJdKVxuY29uc3QgZmVuY2VPcHRpb25zOiBGYXN0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9ICh1KSA9PiB7XG4gIGlmICghcmVjb3JkKHUsIGZlbmNlS2V5cykpIHJldHVybiBGYWlsXG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fVxuICByZXR1cm4gb3B0aW9uYWwodSwgXCJmZW5jaW5nVG9rZW5cIiwgb3V0LCBwb3NpdGl2ZUludCkgPyBvdXQgOiBGYWlsXG59XG5cbmNvbnN0IGFwcGVuZE9uY2VLZXlzID0gbmV3IFNldChbXCJzY29wZVwiLCBcInJ1bklkXCIsIFwiZXZlbnRcIiwgXCJvcHRpb25zXCJdKVxuXG4vKiogYEV2ZW50TG9nYCdzIGBBcHBlbmRPbmNlSW5wdXRgLiAqL1xuZXhwb3J0IGNvbnN0IGFwcGVuZE9uY2VJbnB1dCA9IChsaW1pdHM6IExpbWl0cykgPT4ge1xuICBjb25zdCBldmVudCA9IG5ld0V2ZW50KGxpbWl0cylcbiAgcmV0dXJuICh1OiB1bmtub3duKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCBGYWlsID0+IHtcbiAgICBpZiAoIXJlY29yZCh1LCBhcHBlbmRPbmNlS2V5cykgfHwgIWlkKHUucnVuSWQpKSByZXR1cm4gRmFpbFxuICAgIGNvbnN0IHMgPSBzY29wZSh1LnNjb3BlKVxuICAgIGlmIChzID09PSBGYWlsKSByZXR1cm4gRmFpbFxuICAgIGNvbnN0IGUgPSBldmVudCh1LmV2ZW50KVxuICAgIGlmIChlID09PSBGYWlsKSByZXR1cm4gRmFpbFxuICAgIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7IHNjb3BlOiBzLCBydW5JZDogdS5ydW5JZCwgZXZlbnQ6IGUgfVxuICAgIHJldHVybiBvcHRpb25hbCh1LCBcIm9wdGlvbnNcIiwgb3V0LCBmZW5jZU9wdGlvbnMpID8gb3V0IDogRmFpbFxuICB9XG59XG5cbmNvbnN0IGFwcGVuZEtleXMgPSBuZXcgU2V0KFtcInNjb3BlXCIsIFwicnVuSWRcIiwgXCJldmVudHNcIiwgXCJvcHRpb25zXCJdKVxuY29uc3QgYXBwZW5kT3B0aW9uS2V5cyA9IG5ldyBTZXQoW1wiZXhwZWN0ZWRTZXFcIiwgXCJmZW5jaW5nVG9rZW5cIl0pXG5cbi8qKiBgRXZlbnRMb2dgJ3MgYEFwcGVuZElucHV0YDogYSBiYXRjaCBvZiAxIHRvIDEwMDAgZXZlbnRzIHdpdGggZGlzdGluY3QgaWRzLiAqL1xuZXhwb3J0IGNvbnN0IGFwcGVuZElucHV0ID0gKGxpbWl0czogTGltaXRzKSA9PiB7XG4gIGNvbnN0IGV2ZW50ID0gbmV3RXZlbnQobGltaXRzKVxuICByZXR1cm4gKHU6IHVua25vd24pOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB8IEZhaWwgPT4ge1xuICAgIGlmICghcmVjb3JkKHUsIGFwcGVuZEtleXMpIHx8ICFpZCh1LnJ1bklkKSkgcmV0dXJuIEZhaWxcbiAgICBjb25zdCBzID0gc2NvcGUodS5zY29wZSlcbiAgICBpZiAocyA9PT0gRmFpbCkgcmV0dXJuIEZhaWxcbiAgICBjb25zdCBpbnB1dCA9IHUuZXZlbnRzXG4gICAgaWYgKCFBcnJheS5pc0FycmF5KGlucHV0KSB8fCBpbnB1dC5sZW5ndGggPCAxIHx8IGlucHV0Lmxlbmd0aCA+IE1heFBhZ2VTaXplKSByZXR1cm4gRmFpbFxuICAgIGNvbnN0IGV2ZW50czogQXJyYXk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+ID0gbmV3IEFycmF5KGlucHV0Lmxlbmd0aClcbiAgICBjb25zdCBpZHMgPSBuZXcgU2V0PHVua25vd24+KClcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IGlucHV0Lmxlbmd0aDsgaSsrKSB7XG4gICAgICBjb25zdCBlID0gZXZlbnQoaW5wdXRbaV0pXG4gICAgICBpZiAoZSA9PT0gRmFpbCkgcmV0dXJuIEZhaWxcbiAgICAgIGlkcy5hZGQoZS5ldmVudElkKVxuICAgICAgZXZlbnRzW2ldID0gZVxuICAgIH1cbiAgICBpZiAoaWRzLnNpemUgIT09IGV2ZW50cy5sZW5ndGgpIHJldHVybiBGYWlsXG4gICAgY29uc3QgbyA9IHUub3B0aW9uc1xuICAgIGlmICghcmVjb3JkKG8sIGFwcGVuZE9wdGlvbktleXMpKSByZXR1cm4gRmFpbFxuICAgIGNvbnN0IG9wdGlvbnM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge31cbiAgICBpZiAoIW9wdGlvbmFsKG8sIFwiZXhwZWN0ZWRTZXFcIiwgb3B0aW9ucywgc2VxQm91bmQpIHx8ICFvcHRpb25hbChvLCBcImZlbmNpbmdUb2tlblwiLCBvcHRpb25zLCBwb3NpdGl2ZUludCkpIHJldHVybiBGYWlsXG4gICAgcmV0dXJuIHsgc2NvcGU6IHMsIHJ1bklkOiB1LnJ1bklkLCBldmVudHMsIG9wdGlvbnMgfVxuICB9XG59XG5cbmNvbnN0IHJlYWRLZXlzID0gbmV3IFNldChbXCJzY29wZVwiLCBcInJ1bklkXCIsIFwid2luZG93XCJdKVxuY29uc3Qgd2luZG93S2V5cyA9IG5ldyBTZXQoW1wiYWZ0ZXJTZXFcIiwgXCJiZWZvcmVTZXFcIiwgXCJsaW1pdFwiLCBcInRhaWxcIl0pXG5cbi8qKiBgRXZlbnRMb2dgJ3MgYFJlYWRJbnB1dGAuICovXG5leHBvcnQgY29uc3QgcmVhZElucHV0OiBGYXN0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9ICh1KSA9PiB7XG4gIGlmICghcmVjb3JkKHUsIHJlYWRLZXlzKSB8fCAhaWQodS5ydW5JZCkpIHJldHVybiBGYWlsXG4gIGNvbnN0IHMgPSBzY29wZSh1LnNjb3BlKVxuICBpZiAocyA9PT0gRmFpbCkgcmV0dXJuIEZhaWxcbiAgY29uc3QgdyA9IHUud2luZG93XG4gIGlmICghcmVjb3JkKHcsIHdpbmRvd0tleXMpKSByZXR1cm4gRmFpbFxuICBjb25zdCB3aW5kb3c6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge31cbiAgaWYgKFxuICAgIG9wdGlvbmFsKHcsIFwiYWZ0ZXJTZXFcIiwgd2luZG93LCBzZXFCb3VuZCkgJiZcbiAgICBvcHRpb25hbCh3LCBcImJlZm9yZVNlcVwiLCB3aW5kb3csIHNlcUJvdW5kKSAmJlxuICAgIG9wdGlvbmFsKHcsIFwibGltaXRcIiwgd2luZG93LCBwYWdlTGltaXQpICYmXG4gICAgb3B0aW9uYWwodywgXCJ0YWlsXCIsIHdpbmRvdywgYm9vbGVhbilcbiAgKSByZXR1cm4geyBzY29wZTogcywgcnVuSWQ6IHUucnVuSWQsIHdpbmRvdyB9XG4gIHJldHVybiBGYWlsXG59XG5cbmNvbnN0IHBvbGxLZXlzID0gbmV3IFNldChbXCJzY29wZVwiLCBcImFmdGVyXCIsIFwibGltaXRcIl0pXG5cbi8qKiBgRXZlbnRMb2dgJ3MgYFBvbGxJbnB1dGAuICovXG5leHBvcnQgY29uc3QgcG9sbElucHV0OiBGYXN0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9ICh1KSA9PiB7XG4gIGlmICghcmVjb3JkKHUsIHBvbGxLZXlzKSkgcmV0dXJuIEZhaWxcbiAgY29uc3QgcyA9IHNjb3BlKHUuc2NvcGUpXG4gIGlmIChzID09PSBGYWlsKSByZXR1cm4gRmFpbFxuICBjb25zdCBvdXQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0geyBzY29wZTogcyB9XG4gIHJldHVybiBvcHRpb25hbCh1LCBcImFmdGVyXCIsIG91dCwgZmVlZEN1cnNvcikgJiYgb3B0aW9uYWwodSwgXCJsaW1pdFwiLCBvdXQsIHBhZ2VMaW1pdCkgPyBvdXQgOiBGYWlsXG59XG5cbmNvbnN0IHN0YXR1c2VzOiBSZWFkb25seVNldDx1bmtub3duPiA9IG5ldyBTZXQoUnVuU3RhdHVzLmFsbClcbmNvbnN0IGNhc1N0YXR1c0tleXMgPSBuZXcgU2V0KFtcInNjb3BlXCIsIFwicnVuSWRcIiwgXCJleHBlY3RlZFwiLCBcIm5leHRcIiwgXCJvcHRpb25zXCJdKVxuXG4vKiogYFJ1blN0b3JlYCdzIGBDYXNTdGF0dXNJbnB1dGA6IGBleHBlY3RlZGAgaXMgb25lIHN0YXR1cyBvciBhIG5vbi1lbXB0eSBhcnJheSBvZiB0aGVtLiAqL1xuZXhwb3J0IGNvbnN0IGNhc1N0YXR1c0lucHV0OiBGYXN0PFJlY29yZDxzdHJpbmcsIHVua25vd24+PiA9ICh1KSA9PiB7XG4gIGlmICghcmVjb3JkKHUsIGNhc1N0YXR1c0tleXMpIHx8ICFpZCh1LnJ1bklkKSB8fCAhc3RhdHVzZXMuaGFzKHUubmV4dCkpIHJldHVybiBGYWlsXG4gIGNvbnN0IHMgPSBzY29wZSh1LnNjb3BlKVxuICBpZiAocyA9PT0gRmFpbCkgcmV0dXJuIEZhaWxcbiAgbGV0IGV4cGVjdGVkOiB1bmtub3duID0gdS5leHBlY3RlZFxuICBpZiAoQXJyYXkuaXNBcnJheShleHBlY3RlZCkpIHtcbiAgICBpZiAoZXhwZWN0ZWQubGVuZ3RoID09PSAwKSByZXR1cm4gRmFpbFxuICAgIGZvciAobGV0IGkgPSAwOyBpIDwgZXhwZWN0ZWQubGVuZ3RoOyBpKyspIGlmICghc3RhdHVzZXMuaGFzKGV4cGVjdGVkW2ldKSkgcmV0dXJuIEZhaWxcbiAgICBleHBlY3RlZCA9IGV4cGVjdGVkLnNsaWNlKClcbiAgfSBlbHNlIGlmICghc3RhdHVzZXMuaGFzKGV4cGVjdGVkKSkge1xuICAgIHJldHVybiBGYWlsXG4gIH1cbiAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHsgc2NvcGU6IHMsIHJ1bklkOiB1LnJ1bklkLCBleHBlY3RlZCwgbmV4dDogdS5uZXh0IH1cbiAgcmV0dXJuIG9wdGlvbmFsKHUsIFwib3B0aW9uc1wiLCBvdXQsIGZlbmNlT3B0aW9ucykgPyBvdXQgOiBGYWlsXG59XG4iXSwiZmlsZSI6Ii9wYWNrYWdlcy9jb3JlL3NyYy9pbnRlcm5hbC9mYXN0RGVjb2RlLnRzIn0=
