// /packages/sql/src/index.ts
__vite_ssr_exportName__("SqlStore", () => { try { return __vite_ssr_import_0__ } catch {} });
__vite_ssr_exportName__("SqlAdmin", () => { try { return __vite_ssr_import_1__ } catch {} });
__vite_ssr_exportName__("StoreConnection", () => { try { return __vite_ssr_import_2__ } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("/packages/sql/src/SqlStore.ts");
const __vite_ssr_import_1__ = await __vite_ssr_import__("/packages/sql/src/SqlAdmin.ts");
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/StoreConnection.ts");

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7O0FBUUE7QUFHQTtBQUdBIiwibmFtZXMiOltdLCJpZ25vcmVMaXN0IjpbXSwic291cmNlcyI6WyJpbmRleC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEBydW5sZWRnZXIvc3FsIOKAlCB0aGUgcnVubGVkZ2VyIHN0b3JlIG92ZXIgYEBlZmZlY3Qvc3FsYCwgc2hhcmVkIGJ5IHRoZSBTUUxpdGUgYW5kIFBvc3RncmVzXG4gKiBiYWNrZW5kcy5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuXG4vKiogQHNpbmNlIDAuMS4wICovXG5leHBvcnQgKiBhcyBTcWxTdG9yZSBmcm9tIFwiLi9TcWxTdG9yZS5qc1wiXG5cbi8qKiBAc2luY2UgMC4xLjAgKi9cbmV4cG9ydCAqIGFzIFNxbEFkbWluIGZyb20gXCIuL1NxbEFkbWluLmpzXCJcblxuLyoqIEBzaW5jZSAwLjEuMCAqL1xuZXhwb3J0ICogYXMgU3RvcmVDb25uZWN0aW9uIGZyb20gXCIuL1N0b3JlQ29ubmVjdGlvbi5qc1wiXG4iXSwiZmlsZSI6Ii9wYWNrYWdlcy9zcWwvc3JjL2luZGV4LnRzIn0=
