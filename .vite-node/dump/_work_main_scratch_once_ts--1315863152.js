// /work/main/.scratch/once.ts
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/adapter-sqlite/src/index.ts", {"importedNames":["SqliteStore"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("/packages/core/src/index.ts", {"importedNames":["EventLog"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("effect", {"importedNames":["Context","Effect","Layer"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("node:fs");
const __vite_ssr_import_4__ = await __vite_ssr_import__("node:os");
const __vite_ssr_import_5__ = await __vite_ssr_import__("node:path");






const n = Number(process.argv[2] ?? 2e4);
const dir = __vite_ssr_import_3__.mkdtempSync(__vite_ssr_import_5__.join(__vite_ssr_import_4__.tmpdir(), "once-"));
const scope = { orgId: "acme", workspaceId: "prod" };
await __vite_ssr_import_2__.Effect.runPromise(__vite_ssr_import_2__.Effect.scoped(__vite_ssr_import_2__.Effect.gen(function* () {
  const c = yield* __vite_ssr_import_2__.Layer.build(__vite_ssr_import_0__.SqliteStore.layer({ filename: __vite_ssr_import_5__.join(dir, "s.db"), synchronous: process.env.SYNC ?? "NORMAL" }));
  const events = __vite_ssr_import_2__.Context.get(c, __vite_ssr_import_1__.EventLog.EventLog);
  for (let i = 0; i < 3e3; i++) yield* events.appendOnce(scope, "w", { eventId: `w${i}`, type: "T", payload: { n: i } });
  globalThis.__sqlT = /* @__PURE__ */ new Map();
  const t = performance.now();
  for (let i = 0; i < n; i++) yield* events.appendOnce(scope, "r1", { eventId: `e${i}`, type: "T", payload: { n: i } });
  const ms = performance.now() - t;
  console.log(`store: ${(1e3 * ms / n).toFixed(1)} µs/op`);
  let sum = 0;
  for (const [k, v] of globalThis.__sqlT) {
    sum += v;
    console.log(`${(1e3 * v / n).toFixed(1).padStart(6)} µs  ${k.slice(0, 90)}`);
  };
  console.log(`sqlite total ${(1e3 * sum / n).toFixed(1)} µs/op`);
})));
__vite_ssr_import_3__.rmSync(dir, { recursive: true });

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6IkFBQUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBOzs7Ozs7O0FBQ0EsTUFBTSxJQUFJLE9BQU8sUUFBUSxLQUFLLENBQUMsS0FBSyxHQUFLO0FBQ3pDLE1BQU0sTUFBTSxzQkFBRyxZQUFZLHNCQUFLLEtBQUssc0JBQUcsT0FBTyxHQUFHLE9BQU8sQ0FBQztBQUMxRCxNQUFNLFFBQVEsRUFBRSxPQUFPLFFBQVEsYUFBYSxPQUFPO0FBQ25ELE1BQU0sNkJBQU8sV0FBVyw2QkFBTyxPQUFPLDZCQUFPLElBQUksYUFBWTtBQUMzRCxRQUFNLElBQUksT0FBTyw0QkFBTSxNQUFNLGtDQUFZLE1BQU0sRUFBRSxVQUFVLHNCQUFLLEtBQUssS0FBSyxNQUFNLEdBQUcsYUFBYyxRQUFRLElBQUksUUFBUSxTQUFpQixDQUFDLENBQUM7QUFDeEksUUFBTSxTQUFTLDhCQUFRLElBQUksR0FBRywrQkFBUyxRQUFRO0FBQy9DLFdBQVMsSUFBSSxHQUFHLElBQUksS0FBTSxJQUFLLFFBQU8sT0FBTyxXQUFXLE9BQU8sS0FBSyxFQUFFLFNBQVMsSUFBSSxDQUFDLElBQUksTUFBTSxLQUFLLFNBQVMsRUFBRSxHQUFHLEVBQUUsRUFBRSxDQUFDO0FBQ3JILEVBQUMsV0FBbUIsU0FBUyxvQkFBSSxJQUFJO0FBQ3RDLFFBQU0sSUFBSSxZQUFZLElBQUk7QUFDMUIsV0FBUyxJQUFJLEdBQUcsSUFBSSxHQUFHLElBQUssUUFBTyxPQUFPLFdBQVcsT0FBTyxNQUFNLEVBQUUsU0FBUyxJQUFJLENBQUMsSUFBSSxNQUFNLEtBQUssU0FBUyxFQUFFLEdBQUcsRUFBRSxFQUFFLENBQUM7QUFDcEgsUUFBTSxLQUFLLFlBQVksSUFBSSxJQUFJO0FBQy9CLFVBQVEsSUFBSSxXQUFXLE1BQU8sS0FBSyxHQUFHLFFBQVEsQ0FBQyxDQUFDLFFBQVE7QUFDeEQsTUFBSSxNQUFNO0FBQ1YsYUFBVyxDQUFDLEdBQUcsQ0FBQyxLQUFNLFdBQW1CLFFBQVE7QUFBRSxXQUFPO0FBQUcsWUFBUSxJQUFJLElBQUksTUFBTyxJQUFJLEdBQUcsUUFBUSxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUMsUUFBUSxFQUFFLE1BQU0sR0FBRyxFQUFFLENBQUMsRUFBRTtBQUFBLEVBQUU7QUFDM0ksVUFBUSxJQUFJLGlCQUFpQixNQUFPLE1BQU0sR0FBRyxRQUFRLENBQUMsQ0FBQyxRQUFRO0FBQ2pFLENBQUMsQ0FBQyxDQUFDO0FBQ0gsc0JBQUcsT0FBTyxLQUFLLEVBQUUsV0FBVyxLQUFLLENBQUMiLCJuYW1lcyI6W10sImlnbm9yZUxpc3QiOltdLCJzb3VyY2VzIjpbIm9uY2UudHMiXSwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgU3FsaXRlU3RvcmUgfSBmcm9tIFwiQHJ1bmxlZGdlci9hZGFwdGVyLXNxbGl0ZVwiXG5pbXBvcnQgeyBFdmVudExvZyB9IGZyb20gXCJAcnVubGVkZ2VyL2NvcmVcIlxuaW1wb3J0IHsgQ29udGV4dCwgRWZmZWN0LCBMYXllciB9IGZyb20gXCJlZmZlY3RcIlxuaW1wb3J0ICogYXMgZnMgZnJvbSBcIm5vZGU6ZnNcIlxuaW1wb3J0ICogYXMgb3MgZnJvbSBcIm5vZGU6b3NcIlxuaW1wb3J0ICogYXMgcGF0aCBmcm9tIFwibm9kZTpwYXRoXCJcbmNvbnN0IG4gPSBOdW1iZXIocHJvY2Vzcy5hcmd2WzJdID8/IDIwMDAwKVxuY29uc3QgZGlyID0gZnMubWtkdGVtcFN5bmMocGF0aC5qb2luKG9zLnRtcGRpcigpLCBcIm9uY2UtXCIpKVxuY29uc3Qgc2NvcGUgPSB7IG9yZ0lkOiBcImFjbWVcIiwgd29ya3NwYWNlSWQ6IFwicHJvZFwiIH1cbmF3YWl0IEVmZmVjdC5ydW5Qcm9taXNlKEVmZmVjdC5zY29wZWQoRWZmZWN0LmdlbihmdW5jdGlvbiooKSB7XG4gIGNvbnN0IGMgPSB5aWVsZCogTGF5ZXIuYnVpbGQoU3FsaXRlU3RvcmUubGF5ZXIoeyBmaWxlbmFtZTogcGF0aC5qb2luKGRpciwgXCJzLmRiXCIpLCBzeW5jaHJvbm91czogKHByb2Nlc3MuZW52LlNZTkMgPz8gXCJOT1JNQUxcIikgYXMgYW55IH0pKVxuICBjb25zdCBldmVudHMgPSBDb250ZXh0LmdldChjLCBFdmVudExvZy5FdmVudExvZylcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCAzMDAwOyBpKyspIHlpZWxkKiBldmVudHMuYXBwZW5kT25jZShzY29wZSwgXCJ3XCIsIHsgZXZlbnRJZDogYHcke2l9YCwgdHlwZTogXCJUXCIsIHBheWxvYWQ6IHsgbjogaSB9IH0pXG4gIDsoZ2xvYmFsVGhpcyBhcyBhbnkpLl9fc3FsVCA9IG5ldyBNYXAoKVxuICBjb25zdCB0ID0gcGVyZm9ybWFuY2Uubm93KClcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBuOyBpKyspIHlpZWxkKiBldmVudHMuYXBwZW5kT25jZShzY29wZSwgXCJyMVwiLCB7IGV2ZW50SWQ6IGBlJHtpfWAsIHR5cGU6IFwiVFwiLCBwYXlsb2FkOiB7IG46IGkgfSB9KVxuICBjb25zdCBtcyA9IHBlcmZvcm1hbmNlLm5vdygpIC0gdFxuICBjb25zb2xlLmxvZyhgc3RvcmU6ICR7KDEwMDAgKiBtcyAvIG4pLnRvRml4ZWQoMSl9IMK1cy9vcGApXG4gIGxldCBzdW0gPSAwXG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIChnbG9iYWxUaGlzIGFzIGFueSkuX19zcWxUKSB7IHN1bSArPSB2OyBjb25zb2xlLmxvZyhgJHsoMTAwMCAqIHYgLyBuKS50b0ZpeGVkKDEpLnBhZFN0YXJ0KDYpfSDCtXMgICR7ay5zbGljZSgwLCA5MCl9YCkgfVxuICBjb25zb2xlLmxvZyhgc3FsaXRlIHRvdGFsICR7KDEwMDAgKiBzdW0gLyBuKS50b0ZpeGVkKDEpfSDCtXMvb3BgKVxufSkpKVxuZnMucm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUgfSlcbiJdLCJmaWxlIjoiL3dvcmsvbWFpbi8uc2NyYXRjaC9vbmNlLnRzIn0=
