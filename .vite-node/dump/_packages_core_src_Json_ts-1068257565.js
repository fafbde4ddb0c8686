// /packages/core/src/Json.ts
__vite_ssr_exportName__("MaxDepth", () => { try { return MaxDepth } catch {} });
__vite_ssr_exportName__("jsonProblem", () => { try { return jsonProblem } catch {} });
__vite_ssr_exportName__("isJson", () => { try { return isJson } catch {} });
__vite_ssr_exportName__("Json", () => { try { return Json } catch {} });
__vite_ssr_exportName__("canonicalize", () => { try { return canonicalize } catch {} });
__vite_ssr_exportName__("byteSize", () => { try { return byteSize } catch {} });
__vite_ssr_exportName__("sha256", () => { try { return sha256 } catch {} });
__vite_ssr_exportName__("fingerprint", () => { try { return fingerprint } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("effect", {"importedNames":["Schema"]});
const __vite_ssr_import_1__ = await __vite_ssr_import__("/packages/core/src/internal/sha256.ts", {"importedNames":["sha256HexOfString","utf8Length"]});


const MaxDepth = 256;
const isPlainObject = (u) => {
  const proto = Object.getPrototypeOf(u);
  return proto === Object.prototype || proto === null;
};
const describe = (u) => u === void 0 ? "undefined" : typeof u === "number" ? String(u) : typeof u === "object" ? "a non-plain object" : `a ${typeof u}`;
const jsonProblem = (u) => {
  const visit = (v, path, depth) => {
    if (depth > MaxDepth) return `at ${path}: nested deeper than ${MaxDepth} levels (or cyclic)`;
    switch (typeof v) {
      case "string":
      case "boolean":
        return void 0;
      case "number":
        return Number.isFinite(v) ? void 0 : `at ${path}: ${describe(v)} is not JSON`;
      case "object": {
        if (v === null) return void 0;
        if (Object.getOwnPropertySymbols(v).length > 0) return `at ${path}: a symbol key is not JSON`;
        if (Array.isArray(v)) {
          if (Object.keys(v).length !== v.length) {
            const extra = Object.keys(v).find((k) => !/^(0|[1-9][0-9]*)$/.test(k));
            if (extra !== void 0) return `at ${path}.${extra}: a named property on an array is not JSON`;
          };
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) return `at ${path}[${i}]: a hole is not JSON`;
            const problem = visit(v[i], `${path}[${i}]`, depth + 1);
            if (problem !== void 0) return problem;
          };
          return void 0;
        };
        if (!isPlainObject(v)) return `at ${path}: ${describe(v)} is not JSON`;
        for (const k of Object.keys(v)) {
          const problem = visit(v[k], `${path}.${k}`, depth + 1);
          if (problem !== void 0) return problem;
        };
        return void 0;
      }
      default:
        return `at ${path}: ${describe(v)} is not JSON`;
    }
  };
  return visit(u, "$", 0);
};
const isJson = (u) => jsonProblem(u) === void 0;
const Json = __vite_ssr_import_0__.Schema.declare(isJson, {
  identifier: "Json",
  description: "a JSON value",
  message: (issue) => jsonProblem(issue.actual) ?? "not a JSON value"
});
const canonicalize = (value) => {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(",")}]`;
  const record = value;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalize(record[k])}`).join(",")}}`;
};
const byteSize = (value) => (0,__vite_ssr_import_1__.utf8Length)(canonicalize(value));
const sha256 = (text) => (0,__vite_ssr_import_1__.sha256HexOfString)(text);
const fingerprint = (value) => sha256(canonicalize(value));

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7QUFNQTtBQUNBOzs7QUFnQk8sTUFBTSxXQUFXO0FBRXhCLE1BQU0sZ0JBQWdCLENBQUMsTUFBdUI7QUFDNUMsUUFBTSxRQUFRLE9BQU8sZUFBZSxDQUFDO0FBQ3JDLFNBQU8sVUFBVSxPQUFPLGFBQWEsVUFBVTtBQUNqRDtBQUVBLE1BQU0sV0FBVyxDQUFDLE1BQ2hCLE1BQU0sU0FBWSxjQUFjLE9BQU8sTUFBTSxXQUFXLE9BQU8sQ0FBQyxJQUFJLE9BQU8sTUFBTSxXQUFXLHVCQUF1QixLQUFLLE9BQU8sQ0FBQztBQU8zSCxNQUFNLGNBQWMsQ0FBQyxNQUFtQztBQUM3RCxRQUFNLFFBQVEsQ0FBQyxHQUFZLE1BQWMsVUFBc0M7QUFDN0UsUUFBSSxRQUFRLFNBQVUsUUFBTyxNQUFNLElBQUksd0JBQXdCLFFBQVE7QUFDdkUsWUFBUSxPQUFPLEdBQUc7QUFBQSxNQUNoQixLQUFLO0FBQUEsTUFDTCxLQUFLO0FBQ0gsZUFBTztBQUFBLE1BQ1QsS0FBSztBQUNILGVBQU8sT0FBTyxTQUFTLENBQUMsSUFBSSxTQUFZLE1BQU0sSUFBSSxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQUEsTUFDcEUsS0FBSyxVQUFVO0FBQ2IsWUFBSSxNQUFNLEtBQU0sUUFBTztBQUN2QixZQUFJLE9BQU8sc0JBQXNCLENBQUMsRUFBRSxTQUFTLEVBQUcsUUFBTyxNQUFNLElBQUk7QUFDakUsWUFBSSxNQUFNLFFBQVEsQ0FBQyxHQUFHO0FBRXBCLGNBQUksT0FBTyxLQUFLLENBQUMsRUFBRSxXQUFXLEVBQUUsUUFBUTtBQUN0QyxrQkFBTSxRQUFRLE9BQU8sS0FBSyxDQUFDLEVBQUUsS0FBSyxDQUFDLE1BQU0sQ0FBQyxvQkFBb0IsS0FBSyxDQUFDLENBQUM7QUFDckUsZ0JBQUksVUFBVSxPQUFXLFFBQU8sTUFBTSxJQUFJLElBQUksS0FBSztBQUFBLFVBQ3JEO0FBQ0EsbUJBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLEtBQUs7QUFDakMsZ0JBQUksRUFBRSxLQUFLLEdBQUksUUFBTyxNQUFNLElBQUksSUFBSSxDQUFDO0FBQ3JDLGtCQUFNLFVBQVUsTUFBTSxFQUFFLENBQUMsR0FBRyxHQUFHLElBQUksSUFBSSxDQUFDLEtBQUssUUFBUSxDQUFDO0FBQ3RELGdCQUFJLFlBQVksT0FBVyxRQUFPO0FBQUEsVUFDcEM7QUFDQSxpQkFBTztBQUFBLFFBQ1Q7QUFDQSxZQUFJLENBQUMsY0FBYyxDQUFDLEVBQUcsUUFBTyxNQUFNLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQztBQUN4RCxtQkFBVyxLQUFLLE9BQU8sS0FBSyxDQUFDLEdBQUc7QUFDOUIsZ0JBQU0sVUFBVSxNQUFPLEVBQThCLENBQUMsR0FBRyxHQUFHLElBQUksSUFBSSxDQUFDLElBQUksUUFBUSxDQUFDO0FBQ2xGLGNBQUksWUFBWSxPQUFXLFFBQU87QUFBQSxRQUNwQztBQUNBLGVBQU87QUFBQSxNQUNUO0FBQUEsTUFDQTtBQUNFLGVBQU8sTUFBTSxJQUFJLEtBQUssU0FBUyxDQUFDLENBQUM7QUFBQSxJQUNyQztBQUFBLEVBQ0Y7QUFDQSxTQUFPLE1BQU0sR0FBRyxLQUFLLENBQUM7QUFDeEI7QUFPTyxNQUFNLFNBQVMsQ0FBQyxNQUEwQixZQUFZLENBQUMsTUFBTTtBQVE3RCxNQUFNLE9BQTRCLDZCQUFPLFFBQVEsUUFBUTtBQUFBLEVBQzlELFlBQVk7QUFBQSxFQUNaLGFBQWE7QUFBQSxFQUNiLFNBQVMsQ0FBQyxVQUFVLFlBQVksTUFBTSxNQUFNLEtBQUs7QUFDbkQsQ0FBQztBQVFNLE1BQU0sZUFBZSxDQUFDLFVBQXdCO0FBQ25ELE1BQUksVUFBVSxRQUFRLE9BQU8sVUFBVSxTQUFVLFFBQU8sS0FBSyxVQUFVLEtBQUs7QUFDNUUsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU8sSUFBSSxNQUFNLElBQUksWUFBWSxFQUFFLEtBQUssR0FBRyxDQUFDO0FBQ3RFLFFBQU0sU0FBUztBQUNmLFFBQU0sT0FBTyxPQUFPLEtBQUssTUFBTSxFQUFFLEtBQUs7QUFDdEMsU0FBTyxJQUFJLEtBQUssSUFBSSxDQUFDLE1BQU0sR0FBRyxLQUFLLFVBQVUsQ0FBQyxDQUFDLElBQUksYUFBYSxPQUFPLENBQUMsQ0FBRSxDQUFDLEVBQUUsRUFBRSxLQUFLLEdBQUcsQ0FBQztBQUMxRjtBQU9PLE1BQU0sV0FBVyxDQUFDLGFBQXdCLGtDQUFXLGFBQWEsS0FBSyxDQUFDO0FBT3hFLE1BQU0sU0FBUyxDQUFDLFlBQXlCLHlDQUFrQixJQUFJO0FBUS9ELE1BQU0sY0FBYyxDQUFDLFVBQXdCLE9BQU8sYUFBYSxLQUFLLENBQUMiLCJuYW1lcyI6W10sImlnbm9yZUxpc3QiOltdLCJzb3VyY2VzIjpbIkpzb24udHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBKU09OIHZhbHVlcyAocnVuIGlucHV0IGFuZCBzdGF0ZSwgZXZlbnQgcGF5bG9hZHMsIG91dHB1dHMsIGNoZWNrcG9pbnRzKTogd2hhdCBjb3VudHMgYXMgSlNPTixcbiAqIGl0cyBjYW5vbmljYWwgZm9ybSwgaXRzIHNpemUgYW5kIGl0cyBmaW5nZXJwcmludC5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuaW1wb3J0IHsgU2NoZW1hIH0gZnJvbSBcImVmZmVjdFwiXG5pbXBvcnQgeyBzaGEyNTZIZXhPZlN0cmluZywgdXRmOExlbmd0aCB9IGZyb20gXCIuL2ludGVybmFsL3NoYTI1Ni5qc1wiXG5cbi8qKlxuICogQSBKU09OIHZhbHVlOiBgbnVsbGAsIGEgYm9vbGVhbiwgYSBmaW5pdGUgbnVtYmVyLCBhIHN0cmluZywgYW4gYXJyYXkgb3IgYSBwbGFpbiBvYmplY3Qgb2YgSlNPTlxuICogdmFsdWVzLlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgdHlwZSBKc29uID0gbnVsbCB8IGJvb2xlYW4gfCBudW1iZXIgfCBzdHJpbmcgfCBSZWFkb25seUFycmF5PEpzb24+IHwgeyByZWFkb25seSBba2V5OiBzdHJpbmddOiBKc29uIH1cblxuLyoqXG4gKiBUaGUgZGVlcGVzdCBuZXN0aW5nIGFjY2VwdGVkLiBJdCBhbHNvIGJvdW5kcyB0aGUgY2hlY2sgaXRzZWxmLCBzbyBhIGN5Y2xpYyBzdHJ1Y3R1cmUgaXMgcmVmdXNlZFxuICogaW5zdGVhZCBvZiBvdmVyZmxvd2luZyB0aGUgc3RhY2suXG4gKlxuICogQHNpbmNlIDAuMS4wXG4gKi9cbmV4cG9ydCBjb25zdCBNYXhEZXB0aCA9IDI1NlxuXG5jb25zdCBpc1BsYWluT2JqZWN0ID0gKHU6IG9iamVjdCk6IGJvb2xlYW4gPT4ge1xuICBjb25zdCBwcm90byA9IE9iamVjdC5nZXRQcm90b3R5cGVPZih1KVxuICByZXR1cm4gcHJvdG8gPT09IE9iamVjdC5wcm90b3R5cGUgfHwgcHJvdG8gPT09IG51bGxcbn1cblxuY29uc3QgZGVzY3JpYmUgPSAodTogdW5rbm93bik6IHN0cmluZyA9PlxuICB1ID09PSB1bmRlZmluZWQgPyBcInVuZGVmaW5lZFwiIDogdHlwZW9mIHUgPT09IFwibnVtYmVyXCIgPyBTdHJpbmcodSkgOiB0eXBlb2YgdSA9PT0gXCJvYmplY3RcIiA/IFwiYSBub24tcGxhaW4gb2JqZWN0XCIgOiBgYSAke3R5cGVvZiB1fWBcblxuLyoqXG4gKiBXaHkgYHVgIGlzIG5vdCBKU09OICh3aXRoIHRoZSBwYXRoIHRvIHRoZSBmaXJzdCBvZmZlbmRpbmcgdmFsdWUpLCBvciBgdW5kZWZpbmVkYCB3aGVuIGl0IGlzLlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgY29uc3QganNvblByb2JsZW0gPSAodTogdW5rbm93bik6IHN0cmluZyB8IHVuZGVmaW5lZCA9PiB7XG4gIGNvbnN0IHZpc2l0ID0gKHY6IHVua25vd24sIHBhdGg6IHN0cmluZywgZGVwdGg6IG51bWJlcik6IHN0cmluZyB8IHVuZGVmaW5lZCA9PiB7XG4gICAgaWYgKGRlcHRoID4gTWF4RGVwdGgpIHJldHVybiBgYXQgJHtwYXRofTogbmVzdGVkIGRlZXBlciB0aGFuICR7TWF4RGVwdGh9IGxldmVscyAob3IgY3ljbGljKWBcbiAgICBzd2l0Y2ggKHR5cGVvZiB2KSB7XG4gICAgICBjYXNlIFwic3RyaW5nXCI6XG4gICAgICBjYXNlIFwiYm9vbGVhblwiOlxuICAgICAgICByZXR1cm4gdW5kZWZpbmVkXG4gICAgICBjYXNlIFwibnVtYmVyXCI6XG4gICAgICAgIHJldHVybiBOdW1iZXIuaXNGaW5pdGUodikgPyB1bmRlZmluZWQgOiBgYXQgJHtwYXRofTogJHtkZXNjcmliZSh2KX0gaXMgbm90IEpTT05gXG4gICAgICBjYXNlIFwib2JqZWN0XCI6IHtcbiAgICAgICAgaWYgKHYgPT09IG51bGwpIHJldHVybiB1bmRlZmluZWRcbiAgICAgICAgaWYgKE9iamVjdC5nZXRPd25Qcm9wZXJ0eVN5bWJvbHModikubGVuZ3RoID4gMCkgcmV0dXJuIGBhdCAke3BhdGh9OiBhIHN5bWJvbCBrZXkgaXMgbm90IEpTT05gXG4gICAgICAgIGlmIChBcnJheS5pc0FycmF5KHYpKSB7XG4gICAgICAgICAgLy8gTmFtZWQgcHJvcGVydGllcyBvbiBhbiBhcnJheSB3b3VsZCBiZSBzaWxlbnRseSBkcm9wcGVkIGJ5IEpTT04gdGV4dDogcmVmdXNlIHRoZW0uXG4gICAgICAgICAgaWYgKE9iamVjdC5rZXlzKHYpLmxlbmd0aCAhPT0gdi5sZW5ndGgpIHtcbiAgICAgICAgICAgIGNvbnN0IGV4dHJhID0gT2JqZWN0LmtleXModikuZmluZCgoaykgPT4gIS9eKDB8WzEtOV1bMC05XSopJC8udGVzdChrKSlcbiAgICAgICAgICAgIGlmIChleHRyYSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gYGF0ICR7cGF0aH0uJHtleHRyYX06IGEgbmFtZWQgcHJvcGVydHkgb24gYW4gYXJyYXkgaXMgbm90IEpTT05gXG4gICAgICAgICAgfVxuICAgICAgICAgIGZvciAobGV0IGkgPSAwOyBpIDwgdi5sZW5ndGg7IGkrKykge1xuICAgICAgICAgICAgaWYgKCEoaSBpbiB2KSkgcmV0dXJuIGBhdCAke3BhdGh9WyR7aX1dOiBhIGhvbGUgaXMgbm90IEpTT05gXG4gICAgICAgICAgICBjb25zdCBwcm9ibGVtID0gdmlzaXQodltpXSwgYCR7cGF0aH1bJHtpfV1gLCBkZXB0aCArIDEpXG4gICAgICAgICAgICBpZiAocHJvYmxlbSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gcHJvYmxlbVxuICAgICAgICAgIH1cbiAgICAgICAgICByZXR1cm4gdW5kZWZpbmVkXG4gICAgICAgIH1cbiAgICAgICAgaWYgKCFpc1BsYWluT2JqZWN0KHYpKSByZXR1cm4gYGF0ICR7cGF0aH06ICR7ZGVzY3JpYmUodil9IGlzIG5vdCBKU09OYFxuICAgICAgICBmb3IgKGNvbnN0IGsgb2YgT2JqZWN0LmtleXModikpIHtcbiAgICAgICAgICBjb25zdCBwcm9ibGVtID0gdmlzaXQoKHYgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj4pW2tdLCBgJHtwYXRofS4ke2t9YCwgZGVwdGggKyAxKVxuICAgICAgICAgIGlmIChwcm9ibGVtICE9PSB1bmRlZmluZWQpIHJldHVybiBwcm9ibGVtXG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIHVuZGVmaW5lZFxuICAgICAgfVxuICAgICAgZGVmYXVsdDpcbiAgICAgICAgcmV0dXJuIGBhdCAke3BhdGh9OiAke2Rlc2NyaWJlKHYpfSBpcyBub3QgSlNPTmBcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHZpc2l0KHUsIFwiJFwiLCAwKVxufVxuXG4vKipcbiAqIFdoZXRoZXIgYHVgIGlzIGEgSlNPTiB2YWx1ZS5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNvbnN0IGlzSnNvbiA9ICh1OiB1bmtub3duKTogdSBpcyBKc29uID0+IGpzb25Qcm9ibGVtKHUpID09PSB1bmRlZmluZWRcblxuLyoqXG4gKiBTY2hlbWEgZm9yIGEgSlNPTiB2YWx1ZTogZGVjb2RpbmcgcmVmdXNlcyBgdW5kZWZpbmVkYCwgZnVuY3Rpb25zLCBzeW1ib2xzLCBiaWdpbnRzLCBgTmFOYCBhbmRcbiAqIGluZmluaXRpZXMsIGNsYXNzIGluc3RhbmNlcyAoaW5jbHVkaW5nIGBEYXRlYCksIHNwYXJzZSBhcnJheXMsIGFuZCBjeWNsZXMuXG4gKlxuICogQHNpbmNlIDAuMS4wXG4gKi9cbmV4cG9ydCBjb25zdCBKc29uOiBTY2hlbWEuU2NoZW1hPEpzb24+ID0gU2NoZW1hLmRlY2xhcmUoaXNKc29uLCB7XG4gIGlkZW50aWZpZXI6IFwiSnNvblwiLFxuICBkZXNjcmlwdGlvbjogXCJhIEpTT04gdmFsdWVcIixcbiAgbWVzc2FnZTogKGlzc3VlKSA9PiBqc29uUHJvYmxlbShpc3N1ZS5hY3R1YWwpID8/IFwibm90IGEgSlNPTiB2YWx1ZVwiXG59KVxuXG4vKipcbiAqIFRoZSBjYW5vbmljYWwgdGV4dCBvZiBhIEpTT04gdmFsdWU6IG9iamVjdCBrZXlzIHNvcnRlZCBieSBjb2RlIHVuaXQgYXQgZXZlcnkgbGV2ZWwsIG5vXG4gKiB3aGl0ZXNwYWNlLiBUd28gdmFsdWVzIHRoYXQgbWVhbiB0aGUgc2FtZSBoYXZlIHRoZSBzYW1lIGNhbm9uaWNhbCB0ZXh0LlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgY29uc3QgY2Fub25pY2FsaXplID0gKHZhbHVlOiBKc29uKTogc3RyaW5nID0+IHtcbiAgaWYgKHZhbHVlID09PSBudWxsIHx8IHR5cGVvZiB2YWx1ZSAhPT0gXCJvYmplY3RcIikgcmV0dXJuIEpTT04uc3RyaW5naWZ5KHZhbHVlKVxuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiBgWyR7dmFsdWUubWFwKGNhbm9uaWNhbGl6ZSkuam9pbihcIixcIil9XWBcbiAgY29uc3QgcmVjb3JkID0gdmFsdWUgYXMgeyByZWFkb25seSBba2V5OiBzdHJpbmddOiBKc29uIH1cbiAgY29uc3Qga2V5cyA9IE9iamVjdC5rZXlzKHJlY29yZCkuc29ydCgpXG4gIHJldHVybiBgeyR7a2V5cy5tYXAoKGspID0+IGAke0pTT04uc3RyaW5naWZ5KGspfToke2Nhbm9uaWNhbGl6ZShyZWNvcmRba10hKX1gKS5qb2luKFwiLFwiKX19YFxufVxuXG4vKipcbiAqIFRoZSBzaXplIGluIFVURi04IGJ5dGVzIG9mIGEgdmFsdWUncyBjYW5vbmljYWwgdGV4dDogd2hhdCBzaXplIGxpbWl0cyBhcmUgbWVhc3VyZWQgaW4uXG4gKlxuICogQHNpbmNlIDAuMS4wXG4gKi9cbmV4cG9ydCBjb25zdCBieXRlU2l6ZSA9ICh2YWx1ZTogSnNvbik6IG51bWJlciA9PiB1dGY4TGVuZ3RoKGNhbm9uaWNhbGl6ZSh2YWx1ZSkpXG5cbi8qKlxuICogU0hBLTI1NiBvZiBhIHN0cmluZydzIFVURi04IGJ5dGVzLCBhcyBsb3dlcmNhc2UgaGV4LlxuICpcbiAqIEBzaW5jZSAwLjEuMFxuICovXG5leHBvcnQgY29uc3Qgc2hhMjU2ID0gKHRleHQ6IHN0cmluZyk6IHN0cmluZyA9PiBzaGEyNTZIZXhPZlN0cmluZyh0ZXh0KVxuXG4vKipcbiAqIFRoZSBmaW5nZXJwcmludCBvZiBhIEpTT04gdmFsdWU6IFNIQS0yNTYgb2YgaXRzIGNhbm9uaWNhbCB0ZXh0LiBFcXVhbCBmaW5nZXJwcmludHMgbWVhbiBlcXVhbFxuICogY29udGVudCwgd2hhdGV2ZXIgdGhlIGtleSBvcmRlci5cbiAqXG4gKiBAc2luY2UgMC4xLjBcbiAqL1xuZXhwb3J0IGNvbnN0IGZpbmdlcnByaW50ID0gKHZhbHVlOiBKc29uKTogc3RyaW5nID0+IHNoYTI1NihjYW5vbmljYWxpemUodmFsdWUpKVxuIl0sImZpbGUiOiIvcGFja2FnZXMvY29yZS9zcmMvSnNvbi50cyJ9
