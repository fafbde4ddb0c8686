// /packages/core/src/Identifiers.ts
__vite_ssr_exportName__("MaxIdLength", () => { try { return MaxIdLength } catch {} });
__vite_ssr_exportName__("idProblem", () => { try { return idProblem } catch {} });
__vite_ssr_exportName__("IdString", () => { try { return IdString } catch {} });
__vite_ssr_exportName__("RunId", () => { try { return RunId } catch {} });
__vite_ssr_exportName__("FlowId", () => { try { return FlowId } catch {} });
__vite_ssr_exportName__("StepId", () => { try { return StepId } catch {} });
__vite_ssr_exportName__("ChainId", () => { try { return ChainId } catch {} });
__vite_ssr_exportName__("EventId", () => { try { return EventId } catch {} });
__vite_ssr_exportName__("SnapshotId", () => { try { return SnapshotId } catch {} });
__vite_ssr_exportName__("SpecId", () => { try { return SpecId } catch {} });
__vite_ssr_exportName__("TimerId", () => { try { return TimerId } catch {} });
__vite_ssr_exportName__("OwnerId", () => { try { return OwnerId } catch {} });
__vite_ssr_exportName__("GlobalKey", () => { try { return GlobalKey } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("effect", {"importedNames":["Schema"]});

const MaxIdLength = 256;
const forbidden = "must not contain control characters or unpaired surrogates";
const idProblem = (s) => {
  if (s.length === 0) return "must not be empty";
  if (s.length > MaxIdLength) {
    let count = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
        const next = s.charCodeAt(i + 1);
        if (next >= 56320 && next <= 57343) i++;
      };
      if (++count > MaxIdLength) return `must be at most ${MaxIdLength} characters`;
    }
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c >= 127 && c <= 159) return forbidden;
    if (c >= 55296 && c <= 57343) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c > 56319 || next < 56320 || next > 57343) return forbidden;
      i++;
    }
  };
  return void 0;
};
const IdString = __vite_ssr_import_0__.Schema.String.pipe(
  __vite_ssr_import_0__.Schema.filter((s) => idProblem(s) ?? true, { identifier: "Id", description: "a runledger id" })
);
const makeId = (brand) => IdString.pipe(__vite_ssr_import_0__.Schema.brand(brand), __vite_ssr_import_0__.Schema.annotations({ identifier: brand }));
const RunId = makeId("RunId");
const FlowId = makeId("FlowId");
const StepId = makeId("StepId");
const ChainId = makeId("ChainId");
const EventId = makeId("EventId");
const SnapshotId = makeId("SnapshotId");
const SpecId = makeId("SpecId");
const TimerId = makeId("TimerId");
const OwnerId = makeId("OwnerId");
const GlobalKey = makeId("GlobalKey");

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7OztBQU9BOztBQU9PLE1BQU0sY0FBYztBQUUzQixNQUFNLFlBQVk7QUFPWCxNQUFNLFlBQVksQ0FBQyxNQUFrQztBQUMxRCxNQUFJLEVBQUUsV0FBVyxFQUFHLFFBQU87QUFHM0IsTUFBSSxFQUFFLFNBQVMsYUFBYTtBQUMxQixRQUFJLFFBQVE7QUFDWixhQUFTLElBQUksR0FBRyxJQUFJLEVBQUUsUUFBUSxLQUFLO0FBQ2pDLFlBQU0sSUFBSSxFQUFFLFdBQVcsQ0FBQztBQUN4QixVQUFJLEtBQUssU0FBVSxLQUFLLFNBQVUsSUFBSSxJQUFJLEVBQUUsUUFBUTtBQUNsRCxjQUFNLE9BQU8sRUFBRSxXQUFXLElBQUksQ0FBQztBQUMvQixZQUFJLFFBQVEsU0FBVSxRQUFRLE1BQVE7QUFBQSxNQUN4QztBQUNBLFVBQUksRUFBRSxRQUFRLFlBQWEsUUFBTyxtQkFBbUIsV0FBVztBQUFBLElBQ2xFO0FBQUEsRUFDRjtBQUVBLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLEtBQUs7QUFDakMsVUFBTSxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ3hCLFFBQUksSUFBSSxNQUFTLEtBQUssT0FBUSxLQUFLLElBQU8sUUFBTztBQUNqRCxRQUFJLEtBQUssU0FBVSxLQUFLLE9BQVE7QUFDOUIsWUFBTSxPQUFPLElBQUksSUFBSSxFQUFFLFNBQVMsRUFBRSxXQUFXLElBQUksQ0FBQyxJQUFJO0FBQ3RELFVBQUksSUFBSSxTQUFVLE9BQU8sU0FBVSxPQUFPLE1BQVEsUUFBTztBQUN6RDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBT08sTUFBTSxXQUFXLDZCQUFPLE9BQU87QUFBQSxFQUNwQyw2QkFBTyxPQUFPLENBQUMsTUFBTSxVQUFVLENBQUMsS0FBSyxNQUFNLEVBQUUsWUFBWSxNQUFNLGFBQWEsaUJBQWlCLENBQUM7QUFDaEc7QUFFQSxNQUFNLFNBQVMsQ0FBeUIsVUFDdEMsU0FBUyxLQUFLLDZCQUFPLE1BQU0sS0FBSyxHQUFHLDZCQUFPLFlBQVksRUFBRSxZQUFZLE1BQU0sQ0FBQyxDQUFDO0FBR3ZFLE1BQU0sUUFBUSxPQUFPLE9BQU87QUFLNUIsTUFBTSxTQUFTLE9BQU8sUUFBUTtBQUs5QixNQUFNLFNBQVMsT0FBTyxRQUFRO0FBSzlCLE1BQU0sVUFBVSxPQUFPLFNBQVM7QUFLaEMsTUFBTSxVQUFVLE9BQU8sU0FBUztBQUtoQyxNQUFNLGFBQWEsT0FBTyxZQUFZO0FBS3RDLE1BQU0sU0FBUyxPQUFPLFFBQVE7QUFLOUIsTUFBTSxVQUFVLE9BQU8sU0FBUztBQUtoQyxNQUFNLFVBQVUsT0FBTyxTQUFTO0FBS2hDLE1BQU0sWUFBWSxPQUFPLFdBQVciLCJuYW1lcyI6W10sImlnbm9yZUxpc3QiOltdLCJzb3VyY2VzIjpbIklkZW50aWZpZXJzLnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogQnJhbmRlZCBpZGVudGlmaWVycyBhbmQgdGhlIG9uZSBydWxlIGV2ZXJ5IGlkIGZvbGxvd3MgKGNvbnRyYWN0IMKnMSk6IG5vbi1lbXB0eSwgYXQgbW9zdCAyNTZcbiAqIGNoYXJhY3RlcnMsIG5vIGNvbnRyb2wgY2hhcmFjdGVycy4gTG9uZSBVVEYtMTYgc3Vycm9nYXRlcyBhcmUgcmVmdXNlZCB0b28sIGJlY2F1c2Ugbm8gZHVyYWJsZVxuICogYmFja2VuZCBjYW4gc3RvcmUgdGhlbSBmYWl0aGZ1bGx5IGFzIHRleHQuXG4gKlxuICogQHNpbmNlIDAuMS4wXG4gKi9cbmltcG9ydCB7IFNjaGVtYSB9IGZyb20gXCJlZmZlY3RcIlxuXG4vKipcbiAqIFRoZSBsb25nZXN0IGlkIGFjY2VwdGVkLCBpbiBjaGFyYWN0ZXJzIChVbmljb2RlIGNvZGUgcG9pbnRzKS5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNvbnN0IE1heElkTGVuZ3RoID0gMjU2XG5cbmNvbnN0IGZvcmJpZGRlbiA9IFwibXVzdCBub3QgY29udGFpbiBjb250cm9sIGNoYXJhY3RlcnMgb3IgdW5wYWlyZWQgc3Vycm9nYXRlc1wiXG5cbi8qKlxuICogV2h5IGBzYCBpcyBub3QgYSB2YWxpZCBpZCwgb3IgYHVuZGVmaW5lZGAgd2hlbiBpdCBpcy5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNvbnN0IGlkUHJvYmxlbSA9IChzOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4ge1xuICBpZiAocy5sZW5ndGggPT09IDApIHJldHVybiBcIm11c3Qgbm90IGJlIGVtcHR5XCJcbiAgLy8gQSBjb2RlIHBvaW50IGlzIG9uZSBvciB0d28gY29kZSB1bml0czogYXQgbW9zdCAyNTYgdW5pdHMgaXMgYXQgbW9zdCAyNTYgY29kZSBwb2ludHMuIEV2ZXJ5XG4gIC8vIHJlY29yZCByZWFkIGJhY2sgY2hlY2tzIGl0cyBpZHMsIHNvIHRoaXMgcnVucyBvZnRlbiBhbmQgc3RheXMgYSBwbGFpbiBsb29wLlxuICBpZiAocy5sZW5ndGggPiBNYXhJZExlbmd0aCkge1xuICAgIGxldCBjb3VudCA9IDBcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IHMubGVuZ3RoOyBpKyspIHtcbiAgICAgIGNvbnN0IGMgPSBzLmNoYXJDb2RlQXQoaSlcbiAgICAgIGlmIChjID49IDB4ZDgwMCAmJiBjIDw9IDB4ZGJmZiAmJiBpICsgMSA8IHMubGVuZ3RoKSB7XG4gICAgICAgIGNvbnN0IG5leHQgPSBzLmNoYXJDb2RlQXQoaSArIDEpXG4gICAgICAgIGlmIChuZXh0ID49IDB4ZGMwMCAmJiBuZXh0IDw9IDB4ZGZmZikgaSsrXG4gICAgICB9XG4gICAgICBpZiAoKytjb3VudCA+IE1heElkTGVuZ3RoKSByZXR1cm4gYG11c3QgYmUgYXQgbW9zdCAke01heElkTGVuZ3RofSBjaGFyYWN0ZXJzYFxuICAgIH1cbiAgfVxuICAvLyBDMCBhbmQgQzEgY29udHJvbCBjaGFyYWN0ZXJzLCBERUwsIGFuZCB1bnBhaXJlZCBzdXJyb2dhdGVzLlxuICBmb3IgKGxldCBpID0gMDsgaSA8IHMubGVuZ3RoOyBpKyspIHtcbiAgICBjb25zdCBjID0gcy5jaGFyQ29kZUF0KGkpXG4gICAgaWYgKGMgPCAweDIwIHx8IChjID49IDB4N2YgJiYgYyA8PSAweDlmKSkgcmV0dXJuIGZvcmJpZGRlblxuICAgIGlmIChjID49IDB4ZDgwMCAmJiBjIDw9IDB4ZGZmZikge1xuICAgICAgY29uc3QgbmV4dCA9IGkgKyAxIDwgcy5sZW5ndGggPyBzLmNoYXJDb2RlQXQoaSArIDEpIDogMFxuICAgICAgaWYgKGMgPiAweGRiZmYgfHwgbmV4dCA8IDB4ZGMwMCB8fCBuZXh0ID4gMHhkZmZmKSByZXR1cm4gZm9yYmlkZGVuXG4gICAgICBpKytcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZFxufVxuXG4vKipcbiAqIEEgc3RyaW5nIHRoYXQgc2F0aXNmaWVzIHRoZSBpZCBydWxlLCB1bmJyYW5kZWQ6IHRoZSBiYXNlIG9mIGV2ZXJ5IGlkIHNjaGVtYS5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNvbnN0IElkU3RyaW5nID0gU2NoZW1hLlN0cmluZy5waXBlKFxuICBTY2hlbWEuZmlsdGVyKChzKSA9PiBpZFByb2JsZW0ocykgPz8gdHJ1ZSwgeyBpZGVudGlmaWVyOiBcIklkXCIsIGRlc2NyaXB0aW9uOiBcImEgcnVubGVkZ2VyIGlkXCIgfSlcbilcblxuY29uc3QgbWFrZUlkID0gPGNvbnN0IEIgZXh0ZW5kcyBzdHJpbmc+KGJyYW5kOiBCKSA9PlxuICBJZFN0cmluZy5waXBlKFNjaGVtYS5icmFuZChicmFuZCksIFNjaGVtYS5hbm5vdGF0aW9ucyh7IGlkZW50aWZpZXI6IGJyYW5kIH0pKVxuXG4vKiogVGhlIGlkIG9mIGEgcnVuLCB1bmlxdWUgd2l0aGluIGl0cyB0ZW5hbnQgc2NvcGUuIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0IGNvbnN0IFJ1bklkID0gbWFrZUlkKFwiUnVuSWRcIilcbi8qKiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCB0eXBlIFJ1bklkID0gdHlwZW9mIFJ1bklkLlR5cGVcblxuLyoqIFRoZSB3b3JrZmxvdyB0eXBlIGEgcnVuIGV4ZWN1dGVzLiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCBjb25zdCBGbG93SWQgPSBtYWtlSWQoXCJGbG93SWRcIilcbi8qKiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCB0eXBlIEZsb3dJZCA9IHR5cGVvZiBGbG93SWQuVHlwZVxuXG4vKiogQSBzdGVwIG9mIGEgcnVuLiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCBjb25zdCBTdGVwSWQgPSBtYWtlSWQoXCJTdGVwSWRcIilcbi8qKiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCB0eXBlIFN0ZXBJZCA9IHR5cGVvZiBTdGVwSWQuVHlwZVxuXG4vKiogVGhlIGNoYWluIG9mIHJ1bnMgbGlua2VkIGJ5IGNvbnRpbnVlLWFzLW5ldy4gQHNpbmNlIDAuMS4wICovXG5leHBvcnQgY29uc3QgQ2hhaW5JZCA9IG1ha2VJZChcIkNoYWluSWRcIilcbi8qKiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCB0eXBlIENoYWluSWQgPSB0eXBlb2YgQ2hhaW5JZC5UeXBlXG5cbi8qKiBUaGUgaWRlbXBvdGVuY3kga2V5IG9mIGFuIGV2ZW50LiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCBjb25zdCBFdmVudElkID0gbWFrZUlkKFwiRXZlbnRJZFwiKVxuLyoqIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0IHR5cGUgRXZlbnRJZCA9IHR5cGVvZiBFdmVudElkLlR5cGVcblxuLyoqIEEgc25hcHNob3Qgb2YgYSBydW4uIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0IGNvbnN0IFNuYXBzaG90SWQgPSBtYWtlSWQoXCJTbmFwc2hvdElkXCIpXG4vKiogQHNpbmNlIDAuMS4wICovXG5leHBvcnQgdHlwZSBTbmFwc2hvdElkID0gdHlwZW9mIFNuYXBzaG90SWQuVHlwZVxuXG4vKiogQSBkZWZpbml0aW9uIChzcGVjKSBvZiBhIGZsb3cuIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0IGNvbnN0IFNwZWNJZCA9IG1ha2VJZChcIlNwZWNJZFwiKVxuLyoqIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0IHR5cGUgU3BlY0lkID0gdHlwZW9mIFNwZWNJZC5UeXBlXG5cbi8qKiBBIHRpbWVyIG9mIGEgcnVuLiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCBjb25zdCBUaW1lcklkID0gbWFrZUlkKFwiVGltZXJJZFwiKVxuLyoqIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0IHR5cGUgVGltZXJJZCA9IHR5cGVvZiBUaW1lcklkLlR5cGVcblxuLyoqIFRoZSBob2xkZXIgb2YgYSBsZWFzZSAoYSB3b3JrZXIpLiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCBjb25zdCBPd25lcklkID0gbWFrZUlkKFwiT3duZXJJZFwiKVxuLyoqIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0IHR5cGUgT3duZXJJZCA9IHR5cGVvZiBPd25lcklkLlR5cGVcblxuLyoqIFRoZSBrZXkgb2YgYSBnbG9iYWwgY29udGV4dCB2YWx1ZS4gQHNpbmNlIDAuMS4wICovXG5leHBvcnQgY29uc3QgR2xvYmFsS2V5ID0gbWFrZUlkKFwiR2xvYmFsS2V5XCIpXG4vKiogQHNpbmNlIDAuMS4wICovXG5leHBvcnQgdHlwZSBHbG9iYWxLZXkgPSB0eXBlb2YgR2xvYmFsS2V5LlR5cGVcbiJdLCJmaWxlIjoiL3BhY2thZ2VzL2NvcmUvc3JjL0lkZW50aWZpZXJzLnRzIn0=
