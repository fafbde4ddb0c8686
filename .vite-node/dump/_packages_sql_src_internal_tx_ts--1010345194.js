// /packages/sql/src/internal/tx.ts
__vite_ssr_exportName__("script", () => { try { return script } catch {} });
__vite_ssr_exportName__("backoff", () => { try { return backoff } catch {} });
__vite_ssr_exportName__("make", () => { try { return make } catch {} });
__vite_ssr_exportName__("once", () => { try { return once } catch {} });
const __vite_ssr_import_0__ = await __vite_ssr_import__("@effect/sql/SqlClient");
const __vite_ssr_import_1__ = await __vite_ssr_import__("effect", {"importedNames":["Cause","Duration","Effect","Exit","Option","Schedule"]});
const __vite_ssr_import_2__ = await __vite_ssr_import__("/packages/sql/src/internal/errors.ts", {"importedNames":["classify","isSqlError"]});
const __vite_ssr_import_3__ = await __vite_ssr_import__("/packages/sql/src/internal/script.ts", {"importedNames":["asyncDriverOf","driveAsync","driveSync","runEffect","syncDriverOf"]});




const script = (make2) => ({ _tag: "Script", make: make2 });
const isScript = (body) => typeof body !== "function";
const ambiguous = /* @__PURE__ */ new WeakSet();
const isBusy = (e) => {
  if (!(0,__vite_ssr_import_2__.isSqlError)(e)) return false;
  const kind = (0,__vite_ssr_import_2__.classify)(e);
  return kind === "busy" || kind === "disconnected" && !ambiguous.has(e);
};
const markCommitError = (failure) => {
  if ((0,__vite_ssr_import_2__.isSqlError)(failure) && (0,__vite_ssr_import_2__.classify)(failure) === "disconnected") ambiguous.add(failure);
};
const markCommitFailure = (cause) => {
  for (const failure of __vite_ssr_import_1__.Cause.failures(cause)) markCommitError(failure);
};
const exitOf = (outcome) => {
  switch (outcome._tag) {
    case "Success":
      return __vite_ssr_import_1__.Exit.succeed(outcome.value);
    case "Failure":
      return __vite_ssr_import_1__.Exit.fail(outcome.error);
    case "DriverError":
      return __vite_ssr_import_1__.Exit.fail(outcome.error);
    case "Defect":
      return __vite_ssr_import_1__.Exit.die(outcome.defect);
  }
};
const thrown = (error) => (0,__vite_ssr_import_2__.isSqlError)(error) ? __vite_ssr_import_1__.Exit.fail(error) : __vite_ssr_import_1__.Exit.die(error);
const control = (driver, statement) => {
  try {
    driver.querySync(statement, []);
    return void 0;
  } catch (error) {
    return { error };
  }
};
const discard = (conn) => {
  const own = conn.discard;
  if (typeof own === "function") {
    own();
    return true;
  };
  const client = conn.pg;
  if (client === void 0 || typeof client.emit !== "function") return false;
  try {
    client.emit("error", new Error("runledger: connection discarded after a failed ROLLBACK"));
  } catch {
    return false;
  };
  return true;
};
const backoff = (total) => __vite_ssr_import_1__.Schedule.exponential(__vite_ssr_import_1__.Duration.millis(2), 1.5).pipe(
  __vite_ssr_import_1__.Schedule.union(__vite_ssr_import_1__.Schedule.spaced(__vite_ssr_import_1__.Duration.millis(100))),
  __vite_ssr_import_1__.Schedule.jittered,
  __vite_ssr_import_1__.Schedule.upTo(total)
);
const driverFailure = (exit) => __vite_ssr_import_1__.Exit.isFailure(exit) ? __vite_ssr_import_1__.Option.filter(__vite_ssr_import_1__.Cause.failureOption(exit.cause), (0,__vite_ssr_import_2__.isSqlError)) : __vite_ssr_import_1__.Option.none();
const make = (sql, connection, options) => __vite_ssr_import_1__.Effect.gen(function* () {
  const beginWrite = sql.onDialectOrElse({ sqlite: () => "BEGIN IMMEDIATE", orElse: () => "BEGIN" });
  const beginRead = sql.onDialectOrElse({
    pg: () => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    orElse: () => "BEGIN"
  });
  const busySchedule = backoff(options.busyRetry);
  let leftover = false;
  const execute = (conn, statement) => conn.execute(statement, [], void 0);
  const rollback = (conn) => __vite_ssr_import_1__.Effect.catchAll(execute(conn, "ROLLBACK"), () => __vite_ssr_import_1__.Effect.sync(() => {
    if (!discard(conn)) leftover = true;
  }));
  const clearLeftover = (conn) => __vite_ssr_import_1__.Effect.zipRight(
    __vite_ssr_import_1__.Effect.ignore(execute(conn, "ROLLBACK")),
    __vite_ssr_import_1__.Effect.sync(() => {
      leftover = false;
    })
  );
  const rollbackSync = (conn, driver) => {
    if (control(driver, "ROLLBACK") !== void 0 && !discard(conn)) leftover = true;
  };
  const clearLeftoverSync = (driver) => {
    if (!leftover) return;
    control(driver, "ROLLBACK");
    leftover = false;
  };
  const transactionSync = (conn, driver, begin, make2) => {
    clearLeftoverSync(driver);
    const begun = control(driver, begin);
    if (begun !== void 0) {
      leftover = true;
      return thrown(begun.error);
    };
    const outcome = (0,__vite_ssr_import_3__.driveSync)(driver, make2());
    if (outcome._tag !== "Success") {
      rollbackSync(conn, driver);
      return exitOf(outcome);
    };
    const committed = control(driver, "COMMIT");
    if (committed !== void 0) {
      markCommitError(committed.error);
      rollbackSync(conn, driver);
      return thrown(committed.error);
    };
    return __vite_ssr_import_1__.Exit.succeed(outcome.value);
  };
  const onAsync = (driver, run) => __vite_ssr_import_1__.Effect.async((resume) => {
    let stop = false;
    let finished = false;
    let onFinished;
    run(() => stop, (exit) => {
      finished = true;
      if (onFinished === void 0) resume(exit);
      else onFinished();
    });
    return __vite_ssr_import_1__.Effect.async((resumeCancel) => {
      if (finished) return resumeCancel(__vite_ssr_import_1__.Effect.void);
      stop = true;
      onFinished = () => resumeCancel(__vite_ssr_import_1__.Effect.void);
      driver.cancel();
    });
  });
  const transactionAsync = (conn, driver, begin, make2) => onAsync(driver, (stopped, done) => {
    const rollbackThen = (exit) => driver.query("ROLLBACK", [], (error) => {
      if (error !== void 0 && !discard(conn)) leftover = true;
      done(exit);
    });
    const start = () => driver.query(begin, [], (error) => {
      if (error !== void 0) {
        leftover = true;
        return done(__vite_ssr_import_1__.Exit.fail(error));
      };
      (0,__vite_ssr_import_3__.driveAsync)(driver, make2(), stopped, (outcome) => {
        if (outcome._tag !== "Success") return rollbackThen(exitOf(outcome));
        driver.query("COMMIT", [], (error2) => {
          if (error2 === void 0) return done(__vite_ssr_import_1__.Exit.succeed(outcome.value));
          markCommitError(error2);
          rollbackThen(__vite_ssr_import_1__.Exit.fail(error2));
        });
      });
    });
    if (!leftover) return start();
    driver.query("ROLLBACK", [], () => {
      leftover = false;
      start();
    });
  });
  const runScript = (conn, make2) => {
    if (options.traceStatements) return (0,__vite_ssr_import_3__.runEffect)(conn, make2(), true);
    const sync = (0,__vite_ssr_import_3__.syncDriverOf)(conn);
    if (sync !== void 0) return __vite_ssr_import_1__.Effect.suspend(() => exitOf((0,__vite_ssr_import_3__.driveSync)(sync, make2())));
    const async = (0,__vite_ssr_import_3__.asyncDriverOf)(conn);
    if (async !== void 0) return onAsync(async, (stopped, done) => (0,__vite_ssr_import_3__.driveAsync)(async, make2(), stopped, (outcome) => done(exitOf(outcome))));
    return (0,__vite_ssr_import_3__.runEffect)(conn, make2(), false);
  };
  const runBody = (conn, body) => isScript(body) ? runScript(conn, body.make) : body(conn);
  const transaction = (conn, begin, body) => {
    if (isScript(body) && !options.traceStatements) {
      const sync = (0,__vite_ssr_import_3__.syncDriverOf)(conn);
      if (sync !== void 0) return __vite_ssr_import_1__.Effect.suspend(() => transactionSync(conn, sync, begin, body.make));
      const async = (0,__vite_ssr_import_3__.asyncDriverOf)(conn);
      if (async !== void 0) return transactionAsync(conn, async, begin, body.make);
    };
    return __vite_ssr_import_1__.Effect.uninterruptibleMask((restore) => {
      const run = __vite_ssr_import_1__.Effect.matchCauseEffect(execute(conn, begin), {
        onFailure: (cause) => {
          leftover = true;
          return __vite_ssr_import_1__.Effect.failCause(cause);
        },
        onSuccess: () => __vite_ssr_import_1__.Effect.flatMap(__vite_ssr_import_1__.Effect.exit(restore(runBody(conn, body))), (exit) => __vite_ssr_import_1__.Exit.isFailure(exit) ? __vite_ssr_import_1__.Effect.zipRight(rollback(conn), exit) : __vite_ssr_import_1__.Effect.matchCauseEffect(execute(conn, "COMMIT"), {
          onFailure: (cause) => {
            markCommitFailure(cause);
            return __vite_ssr_import_1__.Effect.zipRight(rollback(conn), __vite_ssr_import_1__.Effect.failCause(cause));
          },
          onSuccess: () => exit
        }))
      });
      return leftover ? __vite_ssr_import_1__.Effect.zipRight(clearLeftover(conn), run) : run;
    });
  };
  const batchSync = (conn, driver, jobs) => {
    const abandon = (error) => {
      rollbackSync(conn, driver);
      return thrown(error);
    };
    clearLeftoverSync(driver);
    const begun = control(driver, beginWrite);
    if (begun !== void 0) {
      leftover = true;
      return thrown(begun.error);
    };
    const out = [];
    for (const job of jobs) {
      const saved = control(driver, "SAVEPOINT runledger_job");
      if (saved !== void 0) return abandon(saved.error);
      const outcome = (0,__vite_ssr_import_3__.driveSync)(driver, job.body.make());
      if (outcome._tag === "DriverError") return abandon(outcome.error);
      if (outcome._tag !== "Success") {
        const undone = control(driver, "ROLLBACK TO SAVEPOINT runledger_job");
        if (undone !== void 0) return abandon(undone.error);
      };
      const released = control(driver, "RELEASE SAVEPOINT runledger_job");
      if (released !== void 0) return abandon(released.error);
      out.push(exitOf(outcome));
    };
    const committed = control(driver, "COMMIT");
    if (committed !== void 0) {
      markCommitError(committed.error);
      return abandon(committed.error);
    };
    return __vite_ssr_import_1__.Exit.succeed(out);
  };
  const retryBusy = (effect) => __vite_ssr_import_1__.Effect.catchIf(effect, isBusy, () => __vite_ssr_import_1__.Effect.retry(effect, { while: isBusy, schedule: busySchedule }));
  const batch = (conn, jobs) => {
    const [only] = jobs;
    const sync = (0,__vite_ssr_import_3__.syncDriverOf)(conn);
    if (jobs.length > 1 && sync !== void 0 && !options.traceStatements && jobs.every((job) => isScript(job.body))) {
      return __vite_ssr_import_1__.Effect.suspend(() => batchSync(conn, sync, jobs));
    };
    if (jobs.length === 1 && only !== void 0) {
      return __vite_ssr_import_1__.Effect.flatMap(__vite_ssr_import_1__.Effect.exit(transaction(conn, beginWrite, only.body)), (exit) => {
        const failed = driverFailure(exit);
        return __vite_ssr_import_1__.Option.isSome(failed) ? __vite_ssr_import_1__.Effect.fail(failed.value) : __vite_ssr_import_1__.Effect.succeed([exit]);
      });
    };
    return transaction(conn, beginWrite, () => __vite_ssr_import_1__.Effect.gen(function* () {
      const out = [];
      for (const job of jobs) {
        yield* execute(conn, "SAVEPOINT runledger_job");
        const exit = yield* __vite_ssr_import_1__.Effect.exit(runBody(conn, job.body));
        const failed = driverFailure(exit);
        if (__vite_ssr_import_1__.Option.isSome(failed)) return yield* __vite_ssr_import_1__.Effect.fail(failed.value);
        if (__vite_ssr_import_1__.Exit.isFailure(exit)) yield* execute(conn, "ROLLBACK TO SAVEPOINT runledger_job");
        yield* execute(conn, "RELEASE SAVEPOINT runledger_job");
        out.push(exit);
      };
      return out;
    }));
  };
  const queue = [];
  let leading = false;
  const scope = yield* __vite_ssr_import_1__.Effect.scope;
  const complete = (job, exit) => {
    if (job.resume === void 0) job.exit = exit;
    else job.resume(exit);
  };
  const commitBatch = __vite_ssr_import_1__.Effect.suspend(() => {
    const jobs = queue.splice(0, options.maxBatch);
    return __vite_ssr_import_1__.Effect.map(__vite_ssr_import_1__.Effect.exit(retryBusy(connection.use((conn) => batch(conn, jobs)))), (exits) => {
      if (__vite_ssr_import_1__.Exit.isSuccess(exits)) {
        for (let i = 0; i < jobs.length; i++) complete(jobs[i], exits.value[i]);
      } else {
        for (const job of jobs) complete(job, exits);
      }
    });
  });
  const drain = __vite_ssr_import_1__.Effect.suspend(() => {
    if (queue.length === 0) {
      leading = false;
      return __vite_ssr_import_1__.Effect.void;
    };
    return __vite_ssr_import_1__.Effect.zipRight(__vite_ssr_import_1__.Effect.zipRight(__vite_ssr_import_1__.Effect.yieldNow(), commitBatch), drain);
  });
  const lead = (own) => __vite_ssr_import_1__.Effect.flatMap(commitBatch, () => {
    if (own.exit === void 0) return lead(own);
    if (queue.length === 0) {
      leading = false;
      return __vite_ssr_import_1__.Effect.void;
    };
    return __vite_ssr_import_1__.Effect.asVoid(__vite_ssr_import_1__.Effect.forkIn(__vite_ssr_import_1__.Effect.uninterruptible(drain), scope));
  });
  const inOuter = __vite_ssr_import_1__.Effect.serviceOption(__vite_ssr_import_0__.TransactionConnection);
  const write = (body) => __vite_ssr_import_1__.Effect.flatMap(inOuter, (outer) => {
    if (__vite_ssr_import_1__.Option.isSome(outer)) return runBody(outer.value[0], body);
    if (!options.groupCommit) return retryBusy(connection.use((conn) => transaction(conn, beginWrite, body)));
    if (leading) {
      const job = { body, resume: void 0, exit: void 0 };
      queue.push(job);
      return __vite_ssr_import_1__.Effect.async((resume) => {
        if (job.exit !== void 0) return resume(job.exit);
        job.resume = resume;
      });
    };
    leading = true;
    const own = { body, resume: void 0, exit: void 0 };
    queue.push(own);
    return __vite_ssr_import_1__.Effect.flatMap(
      __vite_ssr_import_1__.Effect.uninterruptible(__vite_ssr_import_1__.Effect.zipRight(__vite_ssr_import_1__.Effect.yieldNow(), lead(own))),
      () => own.exit
    );
  });
  const read = (body) => __vite_ssr_import_1__.Effect.flatMap(inOuter, (outer) => __vite_ssr_import_1__.Option.isSome(outer) ? runBody(outer.value[0], body) : retryBusy(connection.use((conn) => transaction(conn, beginRead, body))));
  const single = (body) => __vite_ssr_import_1__.Effect.flatMap(inOuter, (outer) => __vite_ssr_import_1__.Option.isSome(outer) ? runBody(outer.value[0], body) : retryBusy(connection.use(
    (conn) => (
      // Statements take the connection one at a time; only a leftover transaction needs clearing first.
      leftover ? __vite_ssr_import_1__.Effect.zipRight(clearLeftover(conn), runBody(conn, body)) : runBody(conn, body)
    )
  )));
  return { write, read, single };
});
const once = (sql, busyRetry, body) => {
  const begin = sql.onDialectOrElse({ sqlite: () => "BEGIN IMMEDIATE", orElse: () => "BEGIN" });
  const attempt = __vite_ssr_import_1__.Effect.uninterruptibleMask(
    (restore) => __vite_ssr_import_1__.Effect.scoped(
      __vite_ssr_import_1__.Effect.gen(function* () {
        const conn = yield* sql.reserve;
        yield* conn.execute(begin, [], void 0);
        const exit = yield* __vite_ssr_import_1__.Effect.exit(
          restore(__vite_ssr_import_1__.Effect.provideService(body, __vite_ssr_import_0__.TransactionConnection, [conn, 0]))
        );
        if (__vite_ssr_import_1__.Exit.isFailure(exit)) {
          yield* __vite_ssr_import_1__.Effect.catchAll(conn.execute("ROLLBACK", [], void 0), () => __vite_ssr_import_1__.Effect.sync(() => discard(conn)));
          return yield* exit;
        };
        const committed = yield* __vite_ssr_import_1__.Effect.exit(conn.execute("COMMIT", [], void 0));
        if (__vite_ssr_import_1__.Exit.isFailure(committed)) {
          markCommitFailure(committed.cause);
          yield* __vite_ssr_import_1__.Effect.catchAll(conn.execute("ROLLBACK", [], void 0), () => __vite_ssr_import_1__.Effect.sync(() => discard(conn)));
          return yield* __vite_ssr_import_1__.Effect.failCause(committed.cause);
        };
        return exit.value;
      })
    )
  );
  return __vite_ssr_import_1__.Effect.retry(attempt, { while: isBusy, schedule: backoff(busyRetry) });
};

//# sourceMappingSource=vite-node
//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJtYXBwaW5ncyI6Ijs7OztBQW1CQTtBQUdBO0FBR0E7QUFFQTs7Ozs7QUFtQk8sTUFBTSxTQUFTLENBQTZCQSxXQUF1RCxFQUFFLE1BQU0sVUFBVSxNQUFBQSxNQUFLO0FBRWpJLE1BQU0sV0FBVyxDQUFPLFNBQStDLE9BQU8sU0FBUztBQTBDdkYsTUFBTSxZQUFZLG9CQUFJLFFBQWdCO0FBTXRDLE1BQU0sU0FBUyxDQUFDLE1BQXdCO0FBQ3RDLE1BQUksSUFBQyxrQ0FBVyxDQUFDLEVBQUcsUUFBTztBQUMzQixRQUFNLFVBQU8sZ0NBQVMsQ0FBQztBQUN2QixTQUFPLFNBQVMsVUFBVyxTQUFTLGtCQUFrQixDQUFDLFVBQVUsSUFBSSxDQUFDO0FBQ3hFO0FBR0EsTUFBTSxrQkFBa0IsQ0FBQyxZQUEyQjtBQUNsRCxTQUFJLGtDQUFXLE9BQU8sUUFBSyxnQ0FBUyxPQUFPLE1BQU0sZUFBZ0IsV0FBVSxJQUFJLE9BQU87QUFDeEY7QUFHQSxNQUFNLG9CQUFvQixDQUFDLFVBQXNDO0FBQy9ELGFBQVcsV0FBVyw0QkFBTSxTQUFTLEtBQUssRUFBRyxpQkFBZ0IsT0FBTztBQUN0RTtBQUdBLE1BQU0sU0FBUyxDQUFPLFlBQXVEO0FBQzNFLFVBQVEsUUFBUSxNQUFNO0FBQUEsSUFDcEIsS0FBSztBQUNILGFBQU8sMkJBQUssUUFBUSxRQUFRLEtBQUs7QUFBQSxJQUNuQyxLQUFLO0FBQ0gsYUFBTywyQkFBSyxLQUFLLFFBQVEsS0FBSztBQUFBLElBQ2hDLEtBQUs7QUFDSCxhQUFPLDJCQUFLLEtBQUssUUFBUSxLQUFLO0FBQUEsSUFDaEMsS0FBSztBQUNILGFBQU8sMkJBQUssSUFBSSxRQUFRLE1BQU07QUFBQSxFQUNsQztBQUNGO0FBR0EsTUFBTSxTQUFTLENBQUMsYUFBZ0Qsa0NBQVcsS0FBSyxJQUFJLDJCQUFLLEtBQUssS0FBSyxJQUFJLDJCQUFLLElBQUksS0FBSztBQUdySCxNQUFNLFVBQVUsQ0FBQyxRQUFvQixjQUErRDtBQUNsRyxNQUFJO0FBQ0YsV0FBTyxVQUFVLFdBQVcsQ0FBQyxDQUFDO0FBQzlCLFdBQU87QUFBQSxFQUNULFNBQVMsT0FBTztBQUNkLFdBQU8sRUFBRSxNQUFNO0FBQUEsRUFDakI7QUFDRjtBQVFBLE1BQU0sVUFBVSxDQUFDLFNBQThCO0FBQzdDLFFBQU0sTUFBTyxLQUEyQztBQUN4RCxNQUFJLE9BQU8sUUFBUSxZQUFZO0FBQzdCLFFBQUk7QUFDSixXQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sU0FBVSxLQUF3RjtBQUN4RyxNQUFJLFdBQVcsVUFBYSxPQUFPLE9BQU8sU0FBUyxXQUFZLFFBQU87QUFDdEUsTUFBSTtBQUNGLFdBQU8sS0FBSyxTQUFTLElBQUksTUFBTSx5REFBeUQsQ0FBQztBQUFBLEVBQzNGLFFBQVE7QUFFTixXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFDVDtBQUdPLE1BQU0sVUFBVSxDQUFDLFVBQ3RCLCtCQUFTLFlBQVksK0JBQVMsT0FBTyxDQUFDLEdBQUcsR0FBRyxFQUFFO0FBQUEsRUFDNUMsK0JBQVMsTUFBTSwrQkFBUyxPQUFPLCtCQUFTLE9BQU8sR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNwRCwrQkFBUztBQUFBLEVBQ1QsK0JBQVMsS0FBSyxLQUFLO0FBQ3JCO0FBR0YsTUFBTSxnQkFBZ0IsQ0FBQyxTQUNyQiwyQkFBSyxVQUFVLElBQUksSUFDZiw2QkFBTyxPQUFPLDRCQUFNLGNBQWMsS0FBSyxLQUFLLE1BQUcsaUNBQVUsSUFDekQsNkJBQU8sS0FBSztBQUdYLE1BQU0sT0FBTyxDQUNsQixLQUNBLFlBQ0EsWUFFQSw2QkFBTyxJQUFJLGFBQVk7QUFDckIsUUFBTSxhQUFhLElBQUksZ0JBQWdCLEVBQUUsUUFBUSxNQUFNLG1CQUFtQixRQUFRLE1BQU0sUUFBUSxDQUFDO0FBQ2pHLFFBQU0sWUFBWSxJQUFJLGdCQUFnQjtBQUFBLElBQ3BDLElBQUksTUFBTTtBQUFBLElBQ1YsUUFBUSxNQUFNO0FBQUEsRUFDaEIsQ0FBQztBQUNELFFBQU0sZUFBZSxRQUFRLFFBQVEsU0FBUztBQU05QyxNQUFJLFdBQVc7QUFHZixRQUFNLFVBQVUsQ0FBQyxNQUFrQixjQUFzQixLQUFLLFFBQVEsV0FBVyxDQUFDLEdBQUcsTUFBUztBQUU5RixRQUFNLFdBQVcsQ0FBQyxTQUNoQiw2QkFBTyxTQUFTLFFBQVEsTUFBTSxVQUFVLEdBQUcsTUFDekMsNkJBQU8sS0FBSyxNQUFNO0FBQ2hCLFFBQUksQ0FBQyxRQUFRLElBQUksRUFBRyxZQUFXO0FBQUEsRUFDakMsQ0FBQyxDQUFDO0FBR04sUUFBTSxnQkFBZ0IsQ0FBQyxTQUNyQiw2QkFBTztBQUFBLElBQ0wsNkJBQU8sT0FBTyxRQUFRLE1BQU0sVUFBVSxDQUFDO0FBQUEsSUFDdkMsNkJBQU8sS0FBSyxNQUFNO0FBQ2hCLGlCQUFXO0FBQUEsSUFDYixDQUFDO0FBQUEsRUFDSDtBQUdGLFFBQU0sZUFBZSxDQUFDLE1BQWtCLFdBQXVCO0FBQzdELFFBQUksUUFBUSxRQUFRLFVBQVUsTUFBTSxVQUFhLENBQUMsUUFBUSxJQUFJLEVBQUcsWUFBVztBQUFBLEVBQzlFO0FBR0EsUUFBTSxvQkFBb0IsQ0FBQyxXQUF1QjtBQUNoRCxRQUFJLENBQUMsU0FBVTtBQUNmLFlBQVEsUUFBUSxVQUFVO0FBQzFCLGVBQVc7QUFBQSxFQUNiO0FBR0EsUUFBTSxrQkFBa0IsQ0FBTyxNQUFrQixRQUFvQixPQUFlQSxVQUF5RDtBQUMzSSxzQkFBa0IsTUFBTTtBQUN4QixVQUFNLFFBQVEsUUFBUSxRQUFRLEtBQUs7QUFDbkMsUUFBSSxVQUFVLFFBQVc7QUFFdkIsaUJBQVc7QUFDWCxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQUEsSUFDM0I7QUFDQSxVQUFNLGFBQVUsaUNBQVUsUUFBUUEsTUFBSyxDQUFDO0FBQ3hDLFFBQUksUUFBUSxTQUFTLFdBQVc7QUFDOUIsbUJBQWEsTUFBTSxNQUFNO0FBQ3pCLGFBQU8sT0FBTyxPQUFPO0FBQUEsSUFDdkI7QUFDQSxVQUFNLFlBQVksUUFBUSxRQUFRLFFBQVE7QUFDMUMsUUFBSSxjQUFjLFFBQVc7QUFDM0Isc0JBQWdCLFVBQVUsS0FBSztBQUMvQixtQkFBYSxNQUFNLE1BQU07QUFDekIsYUFBTyxPQUFPLFVBQVUsS0FBSztBQUFBLElBQy9CO0FBQ0EsV0FBTywyQkFBSyxRQUFRLFFBQVEsS0FBSztBQUFBLEVBQ25DO0FBT0EsUUFBTSxVQUFVLENBQ2QsUUFDQSxRQUVBLDZCQUFPLE1BQXVCLENBQUMsV0FBVztBQUN4QyxRQUFJLE9BQU87QUFDWCxRQUFJLFdBQVc7QUFDZixRQUFJO0FBQ0osUUFBSSxNQUFNLE1BQU0sQ0FBQyxTQUFTO0FBQ3hCLGlCQUFXO0FBQ1gsVUFBSSxlQUFlLE9BQVcsUUFBTyxJQUFJO0FBQUEsVUFDcEMsWUFBVztBQUFBLElBQ2xCLENBQUM7QUFDRCxXQUFPLDZCQUFPLE1BQVksQ0FBQyxpQkFBaUI7QUFDMUMsVUFBSSxTQUFVLFFBQU8sYUFBYSw2QkFBTyxJQUFJO0FBQzdDLGFBQU87QUFDUCxtQkFBYSxNQUFNLGFBQWEsNkJBQU8sSUFBSTtBQUMzQyxhQUFPLE9BQU87QUFBQSxJQUNoQixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBR0gsUUFBTSxtQkFBbUIsQ0FBTyxNQUFrQixRQUFxQixPQUFlQSxVQUNwRixRQUFjLFFBQVEsQ0FBQyxTQUFTLFNBQVM7QUFDdkMsVUFBTSxlQUFlLENBQUMsU0FDcEIsT0FBTyxNQUFNLFlBQVksQ0FBQyxHQUFHLENBQUMsVUFBVTtBQUN0QyxVQUFJLFVBQVUsVUFBYSxDQUFDLFFBQVEsSUFBSSxFQUFHLFlBQVc7QUFDdEQsV0FBSyxJQUFJO0FBQUEsSUFDWCxDQUFDO0FBQ0gsVUFBTSxRQUFRLE1BQ1osT0FBTyxNQUFNLE9BQU8sQ0FBQyxHQUFHLENBQUMsVUFBVTtBQUNqQyxVQUFJLFVBQVUsUUFBVztBQUN2QixtQkFBVztBQUNYLGVBQU8sS0FBSywyQkFBSyxLQUFLLEtBQUssQ0FBQztBQUFBLE1BQzlCO0FBQ0EsMkNBQVcsUUFBUUEsTUFBSyxHQUFHLFNBQVMsQ0FBQyxZQUFZO0FBQy9DLFlBQUksUUFBUSxTQUFTLFVBQVcsUUFBTyxhQUFhLE9BQU8sT0FBTyxDQUFDO0FBQ25FLGVBQU8sTUFBTSxVQUFVLENBQUMsR0FBRyxDQUFDQyxXQUFVO0FBQ3BDLGNBQUlBLFdBQVUsT0FBVyxRQUFPLEtBQUssMkJBQUssUUFBUSxRQUFRLEtBQUssQ0FBQztBQUNoRSwwQkFBZ0JBLE1BQUs7QUFDckIsdUJBQWEsMkJBQUssS0FBS0EsTUFBSyxDQUFDO0FBQUEsUUFDL0IsQ0FBQztBQUFBLE1BQ0gsQ0FBQztBQUFBLElBQ0gsQ0FBQztBQUNILFFBQUksQ0FBQyxTQUFVLFFBQU8sTUFBTTtBQUM1QixXQUFPLE1BQU0sWUFBWSxDQUFDLEdBQUcsTUFBTTtBQUNqQyxpQkFBVztBQUNYLFlBQU07QUFBQSxJQUNSLENBQUM7QUFBQSxFQUNILENBQUM7QUFHSCxRQUFNLFlBQVksQ0FBTyxNQUFrQkQsVUFBNkQ7QUFDdEcsUUFBSSxRQUFRLGdCQUFpQixXQUFPLGlDQUFVLE1BQU1BLE1BQUssR0FBRyxJQUFJO0FBQ2hFLFVBQU0sVUFBTyxvQ0FBYSxJQUFJO0FBQzlCLFFBQUksU0FBUyxPQUFXLFFBQU8sNkJBQU8sUUFBUSxNQUFNLFVBQU8saUNBQVUsTUFBTUEsTUFBSyxDQUFDLENBQUMsQ0FBQztBQUNuRixVQUFNLFdBQVEscUNBQWMsSUFBSTtBQUNoQyxRQUFJLFVBQVUsT0FBVyxRQUFPLFFBQWMsT0FBTyxDQUFDLFNBQVMsWUFBUyxrQ0FBVyxPQUFPQSxNQUFLLEdBQUcsU0FBUyxDQUFDLFlBQVksS0FBSyxPQUFPLE9BQU8sQ0FBQyxDQUFDLENBQUM7QUFDOUksY0FBTyxpQ0FBVSxNQUFNQSxNQUFLLEdBQUcsS0FBSztBQUFBLEVBQ3RDO0FBR0EsUUFBTSxVQUFVLENBQU8sTUFBa0IsU0FDdkMsU0FBUyxJQUFJLElBQUksVUFBVSxNQUFNLEtBQUssSUFBSSxJQUFJLEtBQUssSUFBSTtBQUd6RCxRQUFNLGNBQWMsQ0FBTyxNQUFrQixPQUFlLFNBQXFEO0FBQy9HLFFBQUksU0FBUyxJQUFJLEtBQUssQ0FBQyxRQUFRLGlCQUFpQjtBQUM5QyxZQUFNLFVBQU8sb0NBQWEsSUFBSTtBQUM5QixVQUFJLFNBQVMsT0FBVyxRQUFPLDZCQUFPLFFBQVEsTUFBTSxnQkFBZ0IsTUFBTSxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUM7QUFDakcsWUFBTSxXQUFRLHFDQUFjLElBQUk7QUFDaEMsVUFBSSxVQUFVLE9BQVcsUUFBTyxpQkFBaUIsTUFBTSxPQUFPLE9BQU8sS0FBSyxJQUFJO0FBQUEsSUFDaEY7QUFDQSxXQUFPLDZCQUFPLG9CQUFvQixDQUFDLFlBQVk7QUFDN0MsWUFBTSxNQUFNLDZCQUFPLGlCQUFpQixRQUFRLE1BQU0sS0FBSyxHQUFHO0FBQUEsUUFDeEQsV0FBVyxDQUFDLFVBQVU7QUFFcEIscUJBQVc7QUFDWCxpQkFBTyw2QkFBTyxVQUFVLEtBQUs7QUFBQSxRQUMvQjtBQUFBLFFBQ0EsV0FBVyxNQUNULDZCQUFPLFFBQVEsNkJBQU8sS0FBSyxRQUFRLFFBQVEsTUFBTSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsU0FDekQsMkJBQUssVUFBVSxJQUFJLElBQ2YsNkJBQU8sU0FBUyxTQUFTLElBQUksR0FBRyxJQUFJLElBQ3BDLDZCQUFPLGlCQUFpQixRQUFRLE1BQU0sUUFBUSxHQUFHO0FBQUEsVUFDakQsV0FBVyxDQUFDLFVBQVU7QUFJcEIsOEJBQWtCLEtBQUs7QUFDdkIsbUJBQU8sNkJBQU8sU0FBUyxTQUFTLElBQUksR0FBRyw2QkFBTyxVQUFVLEtBQUssQ0FBQztBQUFBLFVBQ2hFO0FBQUEsVUFDQSxXQUFXLE1BQU07QUFBQSxRQUNuQixDQUFDLENBQUM7QUFBQSxNQUNWLENBQUM7QUFDRCxhQUFPLFdBQVcsNkJBQU8sU0FBUyxjQUFjLElBQUksR0FBRyxHQUFHLElBQUk7QUFBQSxJQUNoRSxDQUFDO0FBQUEsRUFDSDtBQU9BLFFBQU0sWUFBWSxDQUNoQixNQUNBLFFBQ0EsU0FDb0U7QUFDcEUsVUFBTSxVQUFVLENBQUMsVUFBbUI7QUFDbEMsbUJBQWEsTUFBTSxNQUFNO0FBQ3pCLGFBQU8sT0FBTyxLQUFLO0FBQUEsSUFDckI7QUFDQSxzQkFBa0IsTUFBTTtBQUN4QixVQUFNLFFBQVEsUUFBUSxRQUFRLFVBQVU7QUFDeEMsUUFBSSxVQUFVLFFBQVc7QUFDdkIsaUJBQVc7QUFDWCxhQUFPLE9BQU8sTUFBTSxLQUFLO0FBQUEsSUFDM0I7QUFDQSxVQUFNLE1BQTBDLENBQUM7QUFDakQsZUFBVyxPQUFPLE1BQU07QUFDdEIsWUFBTSxRQUFRLFFBQVEsUUFBUSx5QkFBeUI7QUFDdkQsVUFBSSxVQUFVLE9BQVcsUUFBTyxRQUFRLE1BQU0sS0FBSztBQUNuRCxZQUFNLGFBQVUsaUNBQVUsUUFBUyxJQUFJLEtBQXNDLEtBQUssQ0FBQztBQUVuRixVQUFJLFFBQVEsU0FBUyxjQUFlLFFBQU8sUUFBUSxRQUFRLEtBQUs7QUFDaEUsVUFBSSxRQUFRLFNBQVMsV0FBVztBQUM5QixjQUFNLFNBQVMsUUFBUSxRQUFRLHFDQUFxQztBQUNwRSxZQUFJLFdBQVcsT0FBVyxRQUFPLFFBQVEsT0FBTyxLQUFLO0FBQUEsTUFDdkQ7QUFDQSxZQUFNLFdBQVcsUUFBUSxRQUFRLGlDQUFpQztBQUNsRSxVQUFJLGFBQWEsT0FBVyxRQUFPLFFBQVEsU0FBUyxLQUFLO0FBQ3pELFVBQUksS0FBSyxPQUFPLE9BQU8sQ0FBQztBQUFBLElBQzFCO0FBQ0EsVUFBTSxZQUFZLFFBQVEsUUFBUSxRQUFRO0FBQzFDLFFBQUksY0FBYyxRQUFXO0FBQzNCLHNCQUFnQixVQUFVLEtBQUs7QUFDL0IsYUFBTyxRQUFRLFVBQVUsS0FBSztBQUFBLElBQ2hDO0FBQ0EsV0FBTywyQkFBSyxRQUFRLEdBQUc7QUFBQSxFQUN6QjtBQUVBLFFBQU0sWUFBWSxDQUFPLFdBQ3ZCLDZCQUFPLFFBQVEsUUFBUSxRQUFRLE1BQU0sNkJBQU8sTUFBTSxRQUFRLEVBQUUsT0FBTyxRQUFRLFVBQVUsYUFBYSxDQUFDLENBQUM7QUFNdEcsUUFBTSxRQUFRLENBQUMsTUFBa0IsU0FBa0c7QUFDakksVUFBTSxDQUFDLElBQUksSUFBSTtBQUNmLFVBQU0sVUFBTyxvQ0FBYSxJQUFJO0FBQzlCLFFBQUksS0FBSyxTQUFTLEtBQUssU0FBUyxVQUFhLENBQUMsUUFBUSxtQkFBbUIsS0FBSyxNQUFNLENBQUMsUUFBUSxTQUFTLElBQUksSUFBSSxDQUFDLEdBQUc7QUFDaEgsYUFBTyw2QkFBTyxRQUFRLE1BQU0sVUFBVSxNQUFNLE1BQU0sSUFBSSxDQUFDO0FBQUEsSUFDekQ7QUFDQSxRQUFJLEtBQUssV0FBVyxLQUFLLFNBQVMsUUFBVztBQUMzQyxhQUFPLDZCQUFPLFFBQVEsNkJBQU8sS0FBSyxZQUFZLE1BQU0sWUFBWSxLQUFLLElBQUksQ0FBQyxHQUFHLENBQUMsU0FBUztBQUVyRixjQUFNLFNBQVMsY0FBYyxJQUFJO0FBQ2pDLGVBQU8sNkJBQU8sT0FBTyxNQUFNLElBQUksNkJBQU8sS0FBSyxPQUFPLEtBQUssSUFBSSw2QkFBTyxRQUFRLENBQUMsSUFBSSxDQUFDO0FBQUEsTUFDbEYsQ0FBQztBQUFBLElBQ0g7QUFDQSxXQUFPLFlBQVksTUFBTSxZQUFZLE1BQ25DLDZCQUFPLElBQUksYUFBWTtBQUNyQixZQUFNLE1BQTBDLENBQUM7QUFDakQsaUJBQVcsT0FBTyxNQUFNO0FBQ3RCLGVBQU8sUUFBUSxNQUFNLHlCQUF5QjtBQUM5QyxjQUFNLE9BQU8sT0FBTyw2QkFBTyxLQUFLLFFBQVEsTUFBTSxJQUFJLElBQUksQ0FBQztBQUN2RCxjQUFNLFNBQVMsY0FBYyxJQUFJO0FBRWpDLFlBQUksNkJBQU8sT0FBTyxNQUFNLEVBQUcsUUFBTyxPQUFPLDZCQUFPLEtBQUssT0FBTyxLQUFLO0FBQ2pFLFlBQUksMkJBQUssVUFBVSxJQUFJLEVBQUcsUUFBTyxRQUFRLE1BQU0scUNBQXFDO0FBQ3BGLGVBQU8sUUFBUSxNQUFNLGlDQUFpQztBQUN0RCxZQUFJLEtBQUssSUFBSTtBQUFBLE1BQ2Y7QUFDQSxhQUFPO0FBQUEsSUFDVCxDQUFDLENBQUM7QUFBQSxFQUNOO0FBUUEsUUFBTSxRQUFvQixDQUFDO0FBQzNCLE1BQUksVUFBVTtBQUNkLFFBQU0sUUFBUSxPQUFPLDZCQUFPO0FBRTVCLFFBQU0sV0FBVyxDQUFDLEtBQVUsU0FBc0M7QUFDaEUsUUFBSSxJQUFJLFdBQVcsT0FBVyxLQUFJLE9BQU87QUFBQSxRQUNwQyxLQUFJLE9BQU8sSUFBSTtBQUFBLEVBQ3RCO0FBRUEsUUFBTSxjQUFjLDZCQUFPLFFBQVEsTUFBTTtBQUN2QyxVQUFNLE9BQU8sTUFBTSxPQUFPLEdBQUcsUUFBUSxRQUFRO0FBQzdDLFdBQU8sNkJBQU8sSUFBSSw2QkFBTyxLQUFLLFVBQVUsV0FBVyxJQUFJLENBQUMsU0FBUyxNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsVUFBVTtBQUNoRyxVQUFJLDJCQUFLLFVBQVUsS0FBSyxHQUFHO0FBQ3pCLGlCQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxJQUFLLFVBQVMsS0FBSyxDQUFDLEdBQUksTUFBTSxNQUFNLENBQUMsQ0FBRTtBQUFBLE1BQzFFLE9BQU87QUFFTCxtQkFBVyxPQUFPLEtBQU0sVUFBUyxLQUFLLEtBQUs7QUFBQSxNQUM3QztBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0gsQ0FBQztBQUdELFFBQU0sUUFBNkIsNkJBQU8sUUFBUSxNQUFNO0FBQ3RELFFBQUksTUFBTSxXQUFXLEdBQUc7QUFDdEIsZ0JBQVU7QUFDVixhQUFPLDZCQUFPO0FBQUEsSUFDaEI7QUFDQSxXQUFPLDZCQUFPLFNBQVMsNkJBQU8sU0FBUyw2QkFBTyxTQUFTLEdBQUcsV0FBVyxHQUFHLEtBQUs7QUFBQSxFQUMvRSxDQUFDO0FBR0QsUUFBTSxPQUFPLENBQUMsUUFDWiw2QkFBTyxRQUFRLGFBQWEsTUFBTTtBQUNoQyxRQUFJLElBQUksU0FBUyxPQUFXLFFBQU8sS0FBSyxHQUFHO0FBQzNDLFFBQUksTUFBTSxXQUFXLEdBQUc7QUFDdEIsZ0JBQVU7QUFDVixhQUFPLDZCQUFPO0FBQUEsSUFDaEI7QUFDQSxXQUFPLDZCQUFPLE9BQU8sNkJBQU8sT0FBTyw2QkFBTyxnQkFBZ0IsS0FBSyxHQUFHLEtBQUssQ0FBQztBQUFBLEVBQzFFLENBQUM7QUFFSCxRQUFNLFVBQVUsNkJBQU8sY0FBYyxzQkFBVSxxQkFBcUI7QUFFcEUsUUFBTSxRQUFRLENBQU8sU0FDbkIsNkJBQU8sUUFBUSxTQUFTLENBQUMsVUFBMEM7QUFFakUsUUFBSSw2QkFBTyxPQUFPLEtBQUssRUFBRyxRQUFPLFFBQVEsTUFBTSxNQUFNLENBQUMsR0FBRyxJQUFJO0FBQzdELFFBQUksQ0FBQyxRQUFRLFlBQWEsUUFBTyxVQUFVLFdBQVcsSUFBSSxDQUFDLFNBQVMsWUFBWSxNQUFNLFlBQVksSUFBSSxDQUFDLENBQUM7QUFDeEcsUUFBSSxTQUFTO0FBQ1gsWUFBTSxNQUFXLEVBQUUsTUFBc0MsUUFBUSxRQUFXLE1BQU0sT0FBVTtBQUM1RixZQUFNLEtBQUssR0FBRztBQUVkLGFBQU8sNkJBQU8sTUFBdUIsQ0FBQyxXQUFXO0FBQy9DLFlBQUksSUFBSSxTQUFTLE9BQVcsUUFBTyxPQUFPLElBQUksSUFBa0M7QUFDaEYsWUFBSSxTQUFTO0FBQUEsTUFDZixDQUFDO0FBQUEsSUFDSDtBQUNBLGNBQVU7QUFDVixVQUFNLE1BQVcsRUFBRSxNQUFzQyxRQUFRLFFBQVcsTUFBTSxPQUFVO0FBQzVGLFVBQU0sS0FBSyxHQUFHO0FBQ2QsV0FBTyw2QkFBTztBQUFBLE1BQ1osNkJBQU8sZ0JBQWdCLDZCQUFPLFNBQVMsNkJBQU8sU0FBUyxHQUFHLEtBQUssR0FBRyxDQUFDLENBQUM7QUFBQSxNQUNwRSxNQUFNLElBQUk7QUFBQSxJQUNaO0FBQUEsRUFDRixDQUFDO0FBRUgsUUFBTSxPQUFPLENBQU8sU0FDbEIsNkJBQU8sUUFBUSxTQUFTLENBQUMsVUFDdkIsNkJBQU8sT0FBTyxLQUFLLElBQUksUUFBUSxNQUFNLE1BQU0sQ0FBQyxHQUFHLElBQUksSUFBSSxVQUFVLFdBQVcsSUFBSSxDQUFDLFNBQVMsWUFBWSxNQUFNLFdBQVcsSUFBSSxDQUFDLENBQUMsQ0FBQztBQUVsSSxRQUFNLFNBQVMsQ0FBTyxTQUNwQiw2QkFBTyxRQUFRLFNBQVMsQ0FBQyxVQUN2Qiw2QkFBTyxPQUFPLEtBQUssSUFDZixRQUFRLE1BQU0sTUFBTSxDQUFDLEdBQUcsSUFBSSxJQUM1QixVQUFVLFdBQVc7QUFBQSxJQUFJLENBQUM7QUFBQTtBQUFBLE1BRTFCLFdBQVcsNkJBQU8sU0FBUyxjQUFjLElBQUksR0FBRyxRQUFRLE1BQU0sSUFBSSxDQUFDLElBQUksUUFBUSxNQUFNLElBQUk7QUFBQTtBQUFBLEVBQzNGLENBQUMsQ0FBQztBQUVSLFNBQU8sRUFBRSxPQUFPLE1BQU0sT0FBTztBQUMvQixDQUFDO0FBTUksTUFBTSxPQUFPLENBQ2xCLEtBQ0EsV0FDQSxTQUNzQztBQUN0QyxRQUFNLFFBQVEsSUFBSSxnQkFBZ0IsRUFBRSxRQUFRLE1BQU0sbUJBQW1CLFFBQVEsTUFBTSxRQUFRLENBQUM7QUFDNUYsUUFBTSxVQUFVLDZCQUFPO0FBQUEsSUFBb0IsQ0FBQyxZQUMxQyw2QkFBTztBQUFBLE1BQ0wsNkJBQU8sSUFBSSxhQUFZO0FBQ3JCLGNBQU0sT0FBTyxPQUFPLElBQUk7QUFDeEIsZUFBTyxLQUFLLFFBQVEsT0FBTyxDQUFDLEdBQUcsTUFBUztBQUN4QyxjQUFNLE9BQU8sT0FBTyw2QkFBTztBQUFBLFVBQ3pCLFFBQVEsNkJBQU8sZUFBZSxNQUFNLHNCQUFVLHVCQUF1QixDQUFDLE1BQU0sQ0FBQyxDQUFVLENBQUM7QUFBQSxRQUMxRjtBQUNBLFlBQUksMkJBQUssVUFBVSxJQUFJLEdBQUc7QUFDeEIsaUJBQU8sNkJBQU8sU0FBUyxLQUFLLFFBQVEsWUFBWSxDQUFDLEdBQUcsTUFBUyxHQUFHLE1BQU0sNkJBQU8sS0FBSyxNQUFNLFFBQVEsSUFBSSxDQUFDLENBQUM7QUFDdEcsaUJBQU8sT0FBTztBQUFBLFFBQ2hCO0FBQ0EsY0FBTSxZQUFZLE9BQU8sNkJBQU8sS0FBSyxLQUFLLFFBQVEsVUFBVSxDQUFDLEdBQUcsTUFBUyxDQUFDO0FBQzFFLFlBQUksMkJBQUssVUFBVSxTQUFTLEdBQUc7QUFDN0IsNEJBQWtCLFVBQVUsS0FBSztBQUNqQyxpQkFBTyw2QkFBTyxTQUFTLEtBQUssUUFBUSxZQUFZLENBQUMsR0FBRyxNQUFTLEdBQUcsTUFBTSw2QkFBTyxLQUFLLE1BQU0sUUFBUSxJQUFJLENBQUMsQ0FBQztBQUN0RyxpQkFBTyxPQUFPLDZCQUFPLFVBQVUsVUFBVSxLQUFLO0FBQUEsUUFDaEQ7QUFDQSxlQUFPLEtBQUs7QUFBQSxNQUNkLENBQUM7QUFBQSxJQUNIO0FBQUEsRUFDRjtBQUNBLFNBQU8sNkJBQU8sTUFBTSxTQUFTLEVBQUUsT0FBTyxRQUFRLFVBQVUsUUFBUSxTQUFTLEVBQUUsQ0FBQztBQUM5RSIsIm5hbWVzIjpbIm1ha2UiLCJlcnJvciJdLCJpZ25vcmVMaXN0IjpbXSwic291cmNlcyI6WyJ0eC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEhvdyB0aGUgc3RvcmUgdGFsa3MgdG8gdGhlIGRhdGFiYXNlLlxuICpcbiAqIFdyaXRlcyBhcmUgY29tbWl0dGVkIGJ5IG9uZSB3cml0ZXIgYXQgYSB0aW1lIHBlciBzdG9yZSAoZ3JvdXAgY29tbWl0KTogd3JpdGVzIHdhaXRpbmcgdG9nZXRoZXJcbiAqIHJ1biBvbmUgYWZ0ZXIgdGhlIG90aGVyIGluc2lkZSBPTkUgd3JpdGUgdHJhbnNhY3Rpb24gKGBCRUdJTiBJTU1FRElBVEVgIG9uIFNRTGl0ZTogdGhlIHdyaXRlIGxvY2tcbiAqIGlzIHRha2VuIHVwIGZyb250LCBzbyB3cml0ZXJzIG5ldmVyIGRlYWRsb2NrIHVwZ3JhZGluZyBhIHJlYWQgbG9jayksIGVhY2ggdW5kZXIgaXRzIG93biBzYXZlcG9pbnQsXG4gKiBjb21taXR0ZWQgb25jZTogY29uY3VycmVudCB3cml0ZXJzIHNoYXJlIG9uZSBjb21taXQgYW5kIG9uZSBmc3luYywgYW5kIGVhY2ggaXMgYWNrbm93bGVkZ2VkIG9ubHlcbiAqIGFmdGVyIHRoYXQgY29tbWl0LiBBIGxvbmUgd3JpdGUgaXMganVzdCBCRUdJTiwgaXRzIHN0YXRlbWVudHMsIENPTU1JVC4gQSB3cml0ZSB0aGF0IGZhaWxzIHdpdGggYSB0eXBlZCBlcnJvciBpcyByb2xsZWQgYmFja1xuICogdG8gaXRzIHNhdmVwb2ludCBhbmQgdGhlIG90aGVycyBjb21taXQ7IGEgZHJpdmVyIGZhaWx1cmUgKEkvTywgYSBmYWlsZWQgQ09NTUlUKSByb2xscyB0aGUgd2hvbGVcbiAqIHRyYW5zYWN0aW9uIGJhY2sgYW5kIGZhaWxzIGl0cyB3cml0ZXMgd2l0aCB0aGUgZXJyb3IgKG5vbmUgb2YgdGhlbSBoYXBwZW5lZCk7IGEgYnVzeSBkYXRhYmFzZSBpc1xuICogcmV0cmllZCwgd2hvbGUsIGJlZm9yZSBhbnlvbmUgc2VlcyBpdC5cbiAqXG4gKiBNdWx0aS1zdGF0ZW1lbnQgcmVhZHMgcnVuIGluIGEgcmVhZCB0cmFuc2FjdGlvbiAob25lIHNuYXBzaG90KTsgc2luZ2xlLXN0YXRlbWVudCByZWFkcyBqdXN0IHJ1bi5cbiAqXG4gKiBFdmVyeSB0cmFuc2FjdGlvbiBhbmQgc3RhdGVtZW50IHJ1bnMgb24gYSBjb25uZWN0aW9uIGZyb20gdGhlIHN0b3JlJ3MgYFN0b3JlQ29ubmVjdGlvbmAgKFNRTGl0ZSdzXG4gKiBvd25lZCBjb25uZWN0aW9uIGJlaGluZCBpdHMgZ2F0ZSwgb3IgYSByZXNlcnZlZCBvbmUgb2YgdGhlIFBvc3RncmVzIHBvb2wpLCB3aGljaCB0aGUgYm9keSBpcyBnaXZlbjtcbiAqIGEgc3RvcmUgb3BlcmF0aW9uIGNhbGxlZCBpbnNpZGUgYSBjYWxsZXIncyBvd24gdHJhbnNhY3Rpb24gKGEgYFRyYW5zYWN0aW9uQ29ubmVjdGlvbmAgaW4gY29udGV4dClcbiAqIGpvaW5zIHRoYXQgdHJhbnNhY3Rpb24uXG4gKi9cbmltcG9ydCAqIGFzIFNxbENsaWVudCBmcm9tIFwiQGVmZmVjdC9zcWwvU3FsQ2xpZW50XCJcbmltcG9ydCB0eXBlIHsgQ29ubmVjdGlvbiB9IGZyb20gXCJAZWZmZWN0L3NxbC9TcWxDb25uZWN0aW9uXCJcbmltcG9ydCB0eXBlIHsgU3FsRXJyb3IgfSBmcm9tIFwiQGVmZmVjdC9zcWwvU3FsRXJyb3JcIlxuaW1wb3J0IHsgQ2F1c2UsIER1cmF0aW9uLCBFZmZlY3QsIEV4aXQsIE9wdGlvbiwgU2NoZWR1bGUgfSBmcm9tIFwiZWZmZWN0XCJcbmltcG9ydCB0eXBlIHsgU2NvcGUgfSBmcm9tIFwiZWZmZWN0XCJcbmltcG9ydCB0eXBlICogYXMgU3RvcmVDb25uZWN0aW9uIGZyb20gXCIuLi9TdG9yZUNvbm5lY3Rpb24uanNcIlxuaW1wb3J0IHsgY2xhc3NpZnksIGlzU3FsRXJyb3IgfSBmcm9tIFwiLi9lcnJvcnMuanNcIlxuaW1wb3J0IHR5cGUgeyBBc3luY0RyaXZlciwgRXJyb3JPZiwgT3V0Y29tZSwgU2NyaXB0LCBTeW5jRHJpdmVyLCBWYWx1ZU9mIH0gZnJvbSBcIi4vc2NyaXB0LmpzXCJcbmltcG9ydCB7IGFzeW5jRHJpdmVyT2YsIGRyaXZlQXN5bmMsIGRyaXZlU3luYywgcnVuRWZmZWN0LCBzeW5jRHJpdmVyT2YgfSBmcm9tIFwiLi9zY3JpcHQuanNcIlxuXG4vKiogV2hhdCBydW5zIGluIGEgdHJhbnNhY3Rpb246IGFuIEVmZmVjdCBvZiBzdGF0ZW1lbnRzIG9uIHRoZSBjb25uZWN0aW9uIGl0IGlzIGdpdmVuLiAqL1xuZXhwb3J0IHR5cGUgRWZmZWN0Qm9keTxBLCBFPiA9IChjb25uOiBDb25uZWN0aW9uKSA9PiBFZmZlY3QuRWZmZWN0PEEsIEU+XG5cbi8qKlxuICogV2hhdCBydW5zIGluIGEgdHJhbnNhY3Rpb246IGEgc3RhdGVtZW50IHNjcmlwdCAoc2VlIGBzY3JpcHQudHNgKSwgd2hpY2ggdGhlIHJ1bm5lciBkcml2ZXMgdGhlXG4gKiBmYXN0ZXN0IHdheSB0aGUgY29ubmVjdGlvbiBhbGxvd3Mg4oCUIG9uIFNRTGl0ZSB0aGUgd2hvbGUgdHJhbnNhY3Rpb24gaW4gb25lIHN5bmNocm9ub3VzIHN0ZXAsIG9uXG4gKiBQb3N0Z3JlcyB3aXRoIG9uZSBjYWxsYmFjayBwZXIgc3RhdGVtZW50LlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNjcmlwdEJvZHk8QSwgRT4ge1xuICByZWFkb25seSBfdGFnOiBcIlNjcmlwdFwiXG4gIHJlYWRvbmx5IG1ha2U6ICgpID0+IFNjcmlwdDxBLCBFPlxufVxuXG4vKiogQSBib2R5IG9mIGVpdGhlciBraW5kLiAqL1xuZXhwb3J0IHR5cGUgQm9keTxBLCBFPiA9IEVmZmVjdEJvZHk8QSwgRT4gfCBTY3JpcHRCb2R5PEEsIEU+XG5cbi8qKiBUaGUgYm9keSB0aGF0IHJ1bnMgdGhlIHNjcmlwdCBgbWFrZWAgbWFrZXMgKGl0cyByZXN1bHQgYW5kIGZhaWx1cmVzIGluZmVycmVkIGZyb20gaXQpLiAqL1xuZXhwb3J0IGNvbnN0IHNjcmlwdCA9IDxTIGV4dGVuZHMgU2NyaXB0PGFueSwgYW55Pj4obWFrZTogKCkgPT4gUyk6IFNjcmlwdEJvZHk8VmFsdWVPZjxTPiwgRXJyb3JPZjxTPj4gPT4gKHsgX3RhZzogXCJTY3JpcHRcIiwgbWFrZSB9KVxuXG5jb25zdCBpc1NjcmlwdCA9IDxBLCBFPihib2R5OiBCb2R5PEEsIEU+KTogYm9keSBpcyBTY3JpcHRCb2R5PEEsIEU+ID0+IHR5cGVvZiBib2R5ICE9PSBcImZ1bmN0aW9uXCJcblxuLyoqIFRoZSB0cmFuc2FjdGlvbiBydW5uZXIgb2Ygb25lIHN0b3JlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBUcmFuc2FjdGlvbnMge1xuICAvKiogUnVuIGBib2R5YCBpbiBhIHdyaXRlIHRyYW5zYWN0aW9uOiBhbGwgb2YgaXQgY29tbWl0cywgb3Igbm9uZSBvZiBpdC4gKi9cbiAgcmVhZG9ubHkgd3JpdGU6IDxBLCBFPihib2R5OiBCb2R5PEEsIEU+KSA9PiBFZmZlY3QuRWZmZWN0PEEsIEUgfCBTcWxFcnJvcj5cbiAgLyoqIFJ1biBgYm9keWAgaW4gYSByZWFkIHRyYW5zYWN0aW9uOiBldmVyeSBzdGF0ZW1lbnQgc2VlcyB0aGUgc2FtZSBzbmFwc2hvdC4gKi9cbiAgcmVhZG9ubHkgcmVhZDogPEEsIEU+KGJvZHk6IEJvZHk8QSwgRT4pID0+IEVmZmVjdC5FZmZlY3Q8QSwgRSB8IFNxbEVycm9yPlxuICAvKiogUnVuIHN0YXRlbWVudHMgdGhhdCBuZWVkIG5vIGNvbW1vbiBzbmFwc2hvdCwgd2l0aCB0aGUgc2FtZSBidXN5IGhhbmRsaW5nLiAqL1xuICByZWFkb25seSBzaW5nbGU6IDxBLCBFPihib2R5OiBCb2R5PEEsIEU+KSA9PiBFZmZlY3QuRWZmZWN0PEEsIEUgfCBTcWxFcnJvcj5cbn1cblxuLyoqIE9wdGlvbnMgb2YgdGhlIHJ1bm5lci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgT3B0aW9ucyB7XG4gIC8qKiBIb3cgbG9uZyBhIGJ1c3kgZGF0YWJhc2UgaXMgcmV0cmllZCAob24gdG9wIG9mIHRoZSBkcml2ZXIncyBvd24gYnVzeSB0aW1lb3V0KS4gKi9cbiAgcmVhZG9ubHkgYnVzeVJldHJ5OiBEdXJhdGlvbi5EdXJhdGlvblxuICAvKiogVGhlIG1vc3Qgd3JpdGVzIG9uZSBncm91cCBjb21taXQgY2Fycmllcy4gKi9cbiAgcmVhZG9ubHkgbWF4QmF0Y2g6IG51bWJlclxuICAvKipcbiAgICogQ29tbWl0IGNvbmN1cnJlbnQgd3JpdGVzIHRvZ2V0aGVyIHRocm91Z2ggb25lIGxlYWRlciAodGhlIGRlZmF1bHQsIHJpZ2h0IGZvciBTUUxpdGUncyBzaW5nbGVcbiAgICogd3JpdGVyKS4gT2ZmLCBldmVyeSB3cml0ZSBydW5zIGl0cyBvd24gdHJhbnNhY3Rpb24gb24gaXRzIG93biByZXNlcnZlZCBjb25uZWN0aW9uLCBjb25jdXJyZW50bHlcbiAgICogKGEgY29ubmVjdGlvbiBwb29sLCBhcyBQb3N0Z3JlcyBoYXMpLlxuICAgKi9cbiAgcmVhZG9ubHkgZ3JvdXBDb21taXQ6IGJvb2xlYW5cbiAgLyoqXG4gICAqIFRyYWNlIGV2ZXJ5IHN0YXRlbWVudCBvZiBhIHNjcmlwdCBhcyBhIHNwYW4gb2YgaXRzIG93bjogc2NyaXB0cyB0aGVuIHJ1biB3aXRoIG9uZSBFZmZlY3QgcGVyXG4gICAqIHN0YXRlbWVudCwgdGhlIHdheSB0aGF0IGNhbiB0cmFjZSB0aGVtLlxuICAgKi9cbiAgcmVhZG9ubHkgdHJhY2VTdGF0ZW1lbnRzOiBib29sZWFuXG59XG5cbmludGVyZmFjZSBKb2Ige1xuICByZWFkb25seSBib2R5OiBCb2R5PHVua25vd24sIHVua25vd24+XG4gIC8qKiBIb3cgYSB3YWl0aW5nIHdyaXRlciBpcyB0b2xkIGl0cyBvdXRjb21lIChpdCB3YWl0cyBpbiBgRWZmZWN0LmFzeW5jYCk7IG5vbmUgZm9yIHRoZSBsZWFkZXIncyBvd24gd3JpdGUuICovXG4gIHJlc3VtZTogKChleGl0OiBFeGl0LkV4aXQ8dW5rbm93biwgdW5rbm93bj4pID0+IHZvaWQpIHwgdW5kZWZpbmVkXG4gIC8qKiBUaGUgb3V0Y29tZSwgb25jZSB0aGUgam9iJ3MgYmF0Y2ggY29tbWl0dGVkLCB1bnRpbCBpdHMgd3JpdGVyIGlzIHRvbGQuICovXG4gIGV4aXQ6IEV4aXQuRXhpdDx1bmtub3duLCB1bmtub3duPiB8IHVuZGVmaW5lZFxufVxuXG4vLyBBIENPTU1JVCB3aG9zZSBjb25uZWN0aW9uIHdhcyBsb3N0IG1heSBvciBtYXkgbm90IGhhdmUgY29tbWl0dGVkOiBpdHMgZXJyb3IgaXMgbmV2ZXIgcmV0cmllZCAodGhlXG4vLyBjYWxsZXIgZ2V0cyBhIHR5cGVkLCByZXRyeWFibGUgZXJyb3IgYW5kIGRlY2lkZXMpLCB1bmxpa2UgYSBjb25uZWN0aW9uIGxvc3QgYmVmb3JlIHRoZSBDT01NSVQsIHdoZW5cbi8vIHRoZSBzZXJ2ZXIgcm9sbGVkIHRoZSB0cmFuc2FjdGlvbiBiYWNrLlxuY29uc3QgYW1iaWd1b3VzID0gbmV3IFdlYWtTZXQ8b2JqZWN0PigpXG5cbi8qKlxuICogV2hldGhlciBhIGZhaWx1cmUgbWF5IGJlIHJldHJpZWQgYXMgYSB3aG9sZTogYnVzeSwgYSBzZXJpYWxpemF0aW9uIGZhaWx1cmUgb3IgZGVhZGxvY2sgKHJvbGxlZFxuICogYmFjayksIG9yIGEgbG9zdCBjb25uZWN0aW9uIG91dHNpZGUgYSBDT01NSVQuXG4gKi9cbmNvbnN0IGlzQnVzeSA9IChlOiB1bmtub3duKTogYm9vbGVhbiA9PiB7XG4gIGlmICghaXNTcWxFcnJvcihlKSkgcmV0dXJuIGZhbHNlXG4gIGNvbnN0IGtpbmQgPSBjbGFzc2lmeShlKVxuICByZXR1cm4ga2luZCA9PT0gXCJidXN5XCIgfHwgKGtpbmQgPT09IFwiZGlzY29ubmVjdGVkXCIgJiYgIWFtYmlndW91cy5oYXMoZSkpXG59XG5cbi8qKiBNYXJrIGEgZHJpdmVyIGZhaWx1cmUgb2YgYSBDT01NSVQgdGhhdCBsb3N0IGl0cyBjb25uZWN0aW9uIGFzIG5vdCByZXRyeWFibGUuICovXG5jb25zdCBtYXJrQ29tbWl0RXJyb3IgPSAoZmFpbHVyZTogdW5rbm93bik6IHZvaWQgPT4ge1xuICBpZiAoaXNTcWxFcnJvcihmYWlsdXJlKSAmJiBjbGFzc2lmeShmYWlsdXJlKSA9PT0gXCJkaXNjb25uZWN0ZWRcIikgYW1iaWd1b3VzLmFkZChmYWlsdXJlKVxufVxuXG4vKiogTWFyayB0aGUgZHJpdmVyIGZhaWx1cmVzIG9mIGEgZmFpbGVkIENPTU1JVCB0aGF0IGxvc3QgaXRzIGNvbm5lY3Rpb24gYXMgbm90IHJldHJ5YWJsZS4gKi9cbmNvbnN0IG1hcmtDb21taXRGYWlsdXJlID0gKGNhdXNlOiBDYXVzZS5DYXVzZTx1bmtub3duPik6IHZvaWQgPT4ge1xuICBmb3IgKGNvbnN0IGZhaWx1cmUgb2YgQ2F1c2UuZmFpbHVyZXMoY2F1c2UpKSBtYXJrQ29tbWl0RXJyb3IoZmFpbHVyZSlcbn1cblxuLyoqIFRoZSBleGl0IG9mIGEgc2NyaXB0J3Mgb3V0Y29tZS4gKi9cbmNvbnN0IGV4aXRPZiA9IDxBLCBFPihvdXRjb21lOiBPdXRjb21lPEEsIEU+KTogRXhpdC5FeGl0PEEsIEUgfCBTcWxFcnJvcj4gPT4ge1xuICBzd2l0Y2ggKG91dGNvbWUuX3RhZykge1xuICAgIGNhc2UgXCJTdWNjZXNzXCI6XG4gICAgICByZXR1cm4gRXhpdC5zdWNjZWVkKG91dGNvbWUudmFsdWUpXG4gICAgY2FzZSBcIkZhaWx1cmVcIjpcbiAgICAgIHJldHVybiBFeGl0LmZhaWwob3V0Y29tZS5lcnJvcilcbiAgICBjYXNlIFwiRHJpdmVyRXJyb3JcIjpcbiAgICAgIHJldHVybiBFeGl0LmZhaWwob3V0Y29tZS5lcnJvcilcbiAgICBjYXNlIFwiRGVmZWN0XCI6XG4gICAgICByZXR1cm4gRXhpdC5kaWUob3V0Y29tZS5kZWZlY3QpXG4gIH1cbn1cblxuLyoqIFRoZSBleGl0IG9mIHNvbWV0aGluZyBhIHN5bmNocm9ub3VzIGRyaXZlciB0aHJldzogaXRzIGBTcWxFcnJvcmAsIG9yIGEgZGVmZWN0LiAqL1xuY29uc3QgdGhyb3duID0gKGVycm9yOiB1bmtub3duKTogRXhpdC5FeGl0PG5ldmVyLCBTcWxFcnJvcj4gPT4gKGlzU3FsRXJyb3IoZXJyb3IpID8gRXhpdC5mYWlsKGVycm9yKSA6IEV4aXQuZGllKGVycm9yKSlcblxuLyoqIFJ1biBhIHN0YXRlbWVudCB3aXRob3V0IHJvd3MgKEJFR0lOLCBDT01NSVQsIGEgc2F2ZXBvaW50KSBzeW5jaHJvbm91c2x5OiB3aGF0IGl0IHRocmV3LCBpZiBhbnl0aGluZy4gKi9cbmNvbnN0IGNvbnRyb2wgPSAoZHJpdmVyOiBTeW5jRHJpdmVyLCBzdGF0ZW1lbnQ6IHN0cmluZyk6IHsgcmVhZG9ubHkgZXJyb3I6IHVua25vd24gfSB8IHVuZGVmaW5lZCA9PiB7XG4gIHRyeSB7XG4gICAgZHJpdmVyLnF1ZXJ5U3luYyhzdGF0ZW1lbnQsIFtdKVxuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICByZXR1cm4geyBlcnJvciB9XG4gIH1cbn1cblxuLyoqXG4gKiBNYWtlIGEgcG9vbGVkIGNvbm5lY3Rpb24gdW51c2FibGUsIHNvIHRoZSBwb29sIGNsb3NlcyBpdCBpbnN0ZWFkIG9mIGhhbmRpbmcgaXQgb3V0IGFnYWluOiBhXG4gKiBjb25uZWN0aW9uIHdpdGggYSBgZGlzY2FyZGAgb2YgaXRzIG93biAodGhlIFBvc3RncmVzIHN0b3JlJ3MpIGlzIHRvbGQgc287IHRoZSBgUGdDbGllbnRgJ3Mgb3duXG4gKiBjb25uZWN0aW9uIGlzIHRvbGQgaXRzIGRyaXZlciBjbGllbnQgZmFpbGVkICh0aGUgcG9vbCBkZXN0cm95cyBhIGNsaWVudCByZWxlYXNlZCB3aXRoIGFuIGVycm9yKS5cbiAqIEZhbHNlIHdoZW4gYGNvbm5gIGlzIG5laXRoZXIuXG4gKi9cbmNvbnN0IGRpc2NhcmQgPSAoY29ubjogQ29ubmVjdGlvbik6IGJvb2xlYW4gPT4ge1xuICBjb25zdCBvd24gPSAoY29ubiBhcyB7IHJlYWRvbmx5IGRpc2NhcmQ/OiAoKSA9PiB2b2lkIH0pLmRpc2NhcmRcbiAgaWYgKHR5cGVvZiBvd24gPT09IFwiZnVuY3Rpb25cIikge1xuICAgIG93bigpXG4gICAgcmV0dXJuIHRydWVcbiAgfVxuICBjb25zdCBjbGllbnQgPSAoY29ubiBhcyB7IHJlYWRvbmx5IHBnPzogeyByZWFkb25seSBlbWl0PzogKGV2ZW50OiBzdHJpbmcsIGVycm9yOiBFcnJvcikgPT4gYm9vbGVhbiB9IH0pLnBnXG4gIGlmIChjbGllbnQgPT09IHVuZGVmaW5lZCB8fCB0eXBlb2YgY2xpZW50LmVtaXQgIT09IFwiZnVuY3Rpb25cIikgcmV0dXJuIGZhbHNlXG4gIHRyeSB7XG4gICAgY2xpZW50LmVtaXQoXCJlcnJvclwiLCBuZXcgRXJyb3IoXCJydW5sZWRnZXI6IGNvbm5lY3Rpb24gZGlzY2FyZGVkIGFmdGVyIGEgZmFpbGVkIFJPTExCQUNLXCIpKVxuICB9IGNhdGNoIHtcbiAgICAvLyBObyBsaXN0ZW5lcjogdGhlIGNsaWVudCBpcyBub3QgY2hlY2tlZCBvdXQgdGhyb3VnaCB0aGUgcG9vbCdzIHJlc2VydmU7IGtlZXAgdGhlIGZhbGxiYWNrLlxuICAgIHJldHVybiBmYWxzZVxuICB9XG4gIHJldHVybiB0cnVlXG59XG5cbi8qKiBBIGJvdW5kZWQsIGppdHRlcmVkIGJhY2tvZmY6IGZyb20gMiBtcyBncm93aW5nIDEuNXggKGF0IG1vc3QgMTAwIG1zIGFwYXJ0KSBmb3IgYHRvdGFsYC4gKi9cbmV4cG9ydCBjb25zdCBiYWNrb2ZmID0gKHRvdGFsOiBEdXJhdGlvbi5EdXJhdGlvbikgPT5cbiAgU2NoZWR1bGUuZXhwb25lbnRpYWwoRHVyYXRpb24ubWlsbGlzKDIpLCAxLjUpLnBpcGUoXG4gICAgU2NoZWR1bGUudW5pb24oU2NoZWR1bGUuc3BhY2VkKER1cmF0aW9uLm1pbGxpcygxMDApKSksXG4gICAgU2NoZWR1bGUuaml0dGVyZWQsXG4gICAgU2NoZWR1bGUudXBUbyh0b3RhbClcbiAgKVxuXG4vKiogV2hldGhlciBhIGZhaWxlZCBleGl0IGZhaWxlZCB3aXRoIGEgZHJpdmVyIGVycm9yICh0aGUgdHJhbnNhY3Rpb24ncyBzdGF0ZSBpcyB0aGVuIHVua25vd24pLiAqL1xuY29uc3QgZHJpdmVyRmFpbHVyZSA9IChleGl0OiBFeGl0LkV4aXQ8dW5rbm93biwgdW5rbm93bj4pOiBPcHRpb24uT3B0aW9uPFNxbEVycm9yPiA9PlxuICBFeGl0LmlzRmFpbHVyZShleGl0KVxuICAgID8gT3B0aW9uLmZpbHRlcihDYXVzZS5mYWlsdXJlT3B0aW9uKGV4aXQuY2F1c2UpLCBpc1NxbEVycm9yKSBhcyBPcHRpb24uT3B0aW9uPFNxbEVycm9yPlxuICAgIDogT3B0aW9uLm5vbmUoKVxuXG4vKiogVGhlIHJ1bm5lciBvdmVyIGBzcWxgLCB0YWtpbmcgaXRzIGNvbm5lY3Rpb25zIGZyb20gYGNvbm5lY3Rpb25gOyBpdHMgd3JpdGVyIGZpYmVyIGxpdmVzIGFzIGxvbmcgYXMgYHNjb3BlYC4gKi9cbmV4cG9ydCBjb25zdCBtYWtlID0gKFxuICBzcWw6IFNxbENsaWVudC5TcWxDbGllbnQsXG4gIGNvbm5lY3Rpb246IFN0b3JlQ29ubmVjdGlvbi5TZXJ2aWNlLFxuICBvcHRpb25zOiBPcHRpb25zXG4pOiBFZmZlY3QuRWZmZWN0PFRyYW5zYWN0aW9ucywgbmV2ZXIsIFNjb3BlLlNjb3BlPiA9PlxuICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICBjb25zdCBiZWdpbldyaXRlID0gc3FsLm9uRGlhbGVjdE9yRWxzZSh7IHNxbGl0ZTogKCkgPT4gXCJCRUdJTiBJTU1FRElBVEVcIiwgb3JFbHNlOiAoKSA9PiBcIkJFR0lOXCIgfSlcbiAgICBjb25zdCBiZWdpblJlYWQgPSBzcWwub25EaWFsZWN0T3JFbHNlKHtcbiAgICAgIHBnOiAoKSA9PiBcIkJFR0lOIElTT0xBVElPTiBMRVZFTCBSRVBFQVRBQkxFIFJFQUQgUkVBRCBPTkxZXCIsXG4gICAgICBvckVsc2U6ICgpID0+IFwiQkVHSU5cIlxuICAgIH0pXG4gICAgY29uc3QgYnVzeVNjaGVkdWxlID0gYmFja29mZihvcHRpb25zLmJ1c3lSZXRyeSlcblxuICAgIC8vIFNldCB3aGVuIGEgUk9MTEJBQ0sgZmFpbGVkLCBzbyBhIHRyYW5zYWN0aW9uIG1heSBzdGlsbCBiZSBvcGVuIG9uIHRoZSBjb25uZWN0aW9uLiBBIFNRTGl0ZSBzdG9yZVxuICAgIC8vIGhhcyBvbmUgY29ubmVjdGlvbjogYmVmb3JlIGl0IGlzIHVzZWQgYWdhaW4gdGhlIGxlZnRvdmVyIHRyYW5zYWN0aW9uIGlzIHJvbGxlZCBiYWNrLCBzbyBpdHNcbiAgICAvLyB3cml0ZXMgY2FuIG5laXRoZXIgYmUgcmVhZCBub3IgYmUgY29tbWl0dGVkIGJ5IHRoZSBuZXh0IGNhbGxlci4gQSBwb29sZWQgUG9zdGdyZXMgY29ubmVjdGlvbiBpc1xuICAgIC8vIGRpc2NhcmRlZCBpbnN0ZWFkIChgZGlzY2FyZGApOiB0aGUgcG9vbCBuZXZlciBoYW5kcyBpdCBvdXQgYWdhaW4uXG4gICAgbGV0IGxlZnRvdmVyID0gZmFsc2VcblxuICAgIC8vIEJFR0lOLCBDT01NSVQgYW5kIHRoZSBzYXZlcG9pbnQgc3RhdGVtZW50cyBhcmUgcHJlcGFyZWQgb25jZSBhbmQgcmV1c2VkIGJ5IHRoZSBkcml2ZXIuXG4gICAgY29uc3QgZXhlY3V0ZSA9IChjb25uOiBDb25uZWN0aW9uLCBzdGF0ZW1lbnQ6IHN0cmluZykgPT4gY29ubi5leGVjdXRlKHN0YXRlbWVudCwgW10sIHVuZGVmaW5lZClcblxuICAgIGNvbnN0IHJvbGxiYWNrID0gKGNvbm46IENvbm5lY3Rpb24pID0+XG4gICAgICBFZmZlY3QuY2F0Y2hBbGwoZXhlY3V0ZShjb25uLCBcIlJPTExCQUNLXCIpLCAoKSA9PlxuICAgICAgICBFZmZlY3Quc3luYygoKSA9PiB7XG4gICAgICAgICAgaWYgKCFkaXNjYXJkKGNvbm4pKSBsZWZ0b3ZlciA9IHRydWVcbiAgICAgICAgfSkpXG5cbiAgICAvLyBXaGF0ZXZlciB0aGUgb3V0Y29tZSAoXCJubyB0cmFuc2FjdGlvbiBpcyBhY3RpdmVcIiBpcyBmaW5lIHRvbyk6IGEgQkVHSU4gdGhhdCBzdGlsbCBmYWlscyBzYXlzIHNvLlxuICAgIGNvbnN0IGNsZWFyTGVmdG92ZXIgPSAoY29ubjogQ29ubmVjdGlvbikgPT5cbiAgICAgIEVmZmVjdC56aXBSaWdodChcbiAgICAgICAgRWZmZWN0Lmlnbm9yZShleGVjdXRlKGNvbm4sIFwiUk9MTEJBQ0tcIikpLFxuICAgICAgICBFZmZlY3Quc3luYygoKSA9PiB7XG4gICAgICAgICAgbGVmdG92ZXIgPSBmYWxzZVxuICAgICAgICB9KVxuICAgICAgKVxuXG4gICAgLyoqIEEgUk9MTEJBQ0sgb24gYSBzeW5jaHJvbm91cyBkcml2ZXI7IGEgZmFpbGVkIG9uZSBsZWF2ZXMgdGhlIGNvbm5lY3Rpb24gdG8gYmUgY2xlYXJlZCAob3IgZGlzY2FyZGVkKS4gKi9cbiAgICBjb25zdCByb2xsYmFja1N5bmMgPSAoY29ubjogQ29ubmVjdGlvbiwgZHJpdmVyOiBTeW5jRHJpdmVyKSA9PiB7XG4gICAgICBpZiAoY29udHJvbChkcml2ZXIsIFwiUk9MTEJBQ0tcIikgIT09IHVuZGVmaW5lZCAmJiAhZGlzY2FyZChjb25uKSkgbGVmdG92ZXIgPSB0cnVlXG4gICAgfVxuXG4gICAgLyoqIEJlZm9yZSBhIHN5bmNocm9ub3VzIHRyYW5zYWN0aW9uOiByb2xsIGJhY2sgd2hhdGV2ZXIgYSBmYWlsZWQgUk9MTEJBQ0sgbGVmdCBvcGVuLiAqL1xuICAgIGNvbnN0IGNsZWFyTGVmdG92ZXJTeW5jID0gKGRyaXZlcjogU3luY0RyaXZlcikgPT4ge1xuICAgICAgaWYgKCFsZWZ0b3ZlcikgcmV0dXJuXG4gICAgICBjb250cm9sKGRyaXZlciwgXCJST0xMQkFDS1wiKVxuICAgICAgbGVmdG92ZXIgPSBmYWxzZVxuICAgIH1cblxuICAgIC8qKiBUaGUgc2NyaXB0IGBtYWtlYCBtYWtlcywgaW4gYSB0cmFuc2FjdGlvbiBvbiBhIHN5bmNocm9ub3VzIGRyaXZlcjogQkVHSU4gdG8gQ09NTUlUIGluIG9uZSBzdGVwLiAqL1xuICAgIGNvbnN0IHRyYW5zYWN0aW9uU3luYyA9IDxBLCBFPihjb25uOiBDb25uZWN0aW9uLCBkcml2ZXI6IFN5bmNEcml2ZXIsIGJlZ2luOiBzdHJpbmcsIG1ha2U6ICgpID0+IFNjcmlwdDxBLCBFPik6IEV4aXQuRXhpdDxBLCBFIHwgU3FsRXJyb3I+ID0+IHtcbiAgICAgIGNsZWFyTGVmdG92ZXJTeW5jKGRyaXZlcilcbiAgICAgIGNvbnN0IGJlZ3VuID0gY29udHJvbChkcml2ZXIsIGJlZ2luKVxuICAgICAgaWYgKGJlZ3VuICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgLy8gQSBCRUdJTiB0aGF0IGZhaWxlZCBiZWNhdXNlIGEgdHJhbnNhY3Rpb24gaXMgb3Blbjogcm9sbCBpdCBiYWNrIGJlZm9yZSB0aGUgcmV0cnkuXG4gICAgICAgIGxlZnRvdmVyID0gdHJ1ZVxuICAgICAgICByZXR1cm4gdGhyb3duKGJlZ3VuLmVycm9yKVxuICAgICAgfVxuICAgICAgY29uc3Qgb3V0Y29tZSA9IGRyaXZlU3luYyhkcml2ZXIsIG1ha2UoKSlcbiAgICAgIGlmIChvdXRjb21lLl90YWcgIT09IFwiU3VjY2Vzc1wiKSB7XG4gICAgICAgIHJvbGxiYWNrU3luYyhjb25uLCBkcml2ZXIpXG4gICAgICAgIHJldHVybiBleGl0T2Yob3V0Y29tZSlcbiAgICAgIH1cbiAgICAgIGNvbnN0IGNvbW1pdHRlZCA9IGNvbnRyb2woZHJpdmVyLCBcIkNPTU1JVFwiKVxuICAgICAgaWYgKGNvbW1pdHRlZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIG1hcmtDb21taXRFcnJvcihjb21taXR0ZWQuZXJyb3IpXG4gICAgICAgIHJvbGxiYWNrU3luYyhjb25uLCBkcml2ZXIpXG4gICAgICAgIHJldHVybiB0aHJvd24oY29tbWl0dGVkLmVycm9yKVxuICAgICAgfVxuICAgICAgcmV0dXJuIEV4aXQuc3VjY2VlZChvdXRjb21lLnZhbHVlKVxuICAgIH1cblxuICAgIC8qKlxuICAgICAqIEEgc3RhdGVtZW50IG9uIGFuIGFzeW5jaHJvbm91cyBkcml2ZXIsIGFzIGEgY2FsbGJhY2sgc3RlcCBvZiBhIHRyYW5zYWN0aW9uLiBJbnRlcnJ1cHRlZCwgdGhlXG4gICAgICogdHJhbnNhY3Rpb24gaXMgc3RvcHBlZCBhdCBpdHMgbmV4dCBzdGF0ZW1lbnQgKHRoZSBvbmUgcnVubmluZyBpcyBjYW5jZWxsZWQpLCByb2xsZWQgYmFjaywgYW5kXG4gICAgICogb25seSB0aGVuIGRvZXMgdGhlIGludGVycnVwdGlvbiBjb21wbGV0ZTogdGhlIGNvbm5lY3Rpb24gaXMgbmV2ZXIgZ2l2ZW4gYmFjayBtaWQtdHJhbnNhY3Rpb24uXG4gICAgICovXG4gICAgY29uc3Qgb25Bc3luYyA9IDxBLCBFPihcbiAgICAgIGRyaXZlcjogQXN5bmNEcml2ZXIsXG4gICAgICBydW46IChzdG9wcGVkOiAoKSA9PiBib29sZWFuLCBkb25lOiAoZXhpdDogRXhpdC5FeGl0PEEsIEUgfCBTcWxFcnJvcj4pID0+IHZvaWQpID0+IHZvaWRcbiAgICApOiBFZmZlY3QuRWZmZWN0PEEsIEUgfCBTcWxFcnJvcj4gPT5cbiAgICAgIEVmZmVjdC5hc3luYzxBLCBFIHwgU3FsRXJyb3I+KChyZXN1bWUpID0+IHtcbiAgICAgICAgbGV0IHN0b3AgPSBmYWxzZVxuICAgICAgICBsZXQgZmluaXNoZWQgPSBmYWxzZVxuICAgICAgICBsZXQgb25GaW5pc2hlZDogKCgpID0+IHZvaWQpIHwgdW5kZWZpbmVkXG4gICAgICAgIHJ1bigoKSA9PiBzdG9wLCAoZXhpdCkgPT4ge1xuICAgICAgICAgIGZpbmlzaGVkID0gdHJ1ZVxuICAgICAgICAgIGlmIChvbkZpbmlzaGVkID09PSB1bmRlZmluZWQpIHJlc3VtZShleGl0KVxuICAgICAgICAgIGVsc2Ugb25GaW5pc2hlZCgpXG4gICAgICAgIH0pXG4gICAgICAgIHJldHVybiBFZmZlY3QuYXN5bmM8dm9pZD4oKHJlc3VtZUNhbmNlbCkgPT4ge1xuICAgICAgICAgIGlmIChmaW5pc2hlZCkgcmV0dXJuIHJlc3VtZUNhbmNlbChFZmZlY3Qudm9pZClcbiAgICAgICAgICBzdG9wID0gdHJ1ZVxuICAgICAgICAgIG9uRmluaXNoZWQgPSAoKSA9PiByZXN1bWVDYW5jZWwoRWZmZWN0LnZvaWQpXG4gICAgICAgICAgZHJpdmVyLmNhbmNlbCgpXG4gICAgICAgIH0pXG4gICAgICB9KVxuXG4gICAgLyoqIFRoZSBzY3JpcHQgYG1ha2VgIG1ha2VzLCBpbiBhIHRyYW5zYWN0aW9uIG9uIGFuIGFzeW5jaHJvbm91cyBkcml2ZXI6IG9uZSBjYWxsYmFjayBwZXIgc3RhdGVtZW50LiAqL1xuICAgIGNvbnN0IHRyYW5zYWN0aW9uQXN5bmMgPSA8QSwgRT4oY29ubjogQ29ubmVjdGlvbiwgZHJpdmVyOiBBc3luY0RyaXZlciwgYmVnaW46IHN0cmluZywgbWFrZTogKCkgPT4gU2NyaXB0PEEsIEU+KSA9PlxuICAgICAgb25Bc3luYzxBLCBFPihkcml2ZXIsIChzdG9wcGVkLCBkb25lKSA9PiB7XG4gICAgICAgIGNvbnN0IHJvbGxiYWNrVGhlbiA9IChleGl0OiBFeGl0LkV4aXQ8QSwgRSB8IFNxbEVycm9yPikgPT5cbiAgICAgICAgICBkcml2ZXIucXVlcnkoXCJST0xMQkFDS1wiLCBbXSwgKGVycm9yKSA9PiB7XG4gICAgICAgICAgICBpZiAoZXJyb3IgIT09IHVuZGVmaW5lZCAmJiAhZGlzY2FyZChjb25uKSkgbGVmdG92ZXIgPSB0cnVlXG4gICAgICAgICAgICBkb25lKGV4aXQpXG4gICAgICAgICAgfSlcbiAgICAgICAgY29uc3Qgc3RhcnQgPSAoKSA9PlxuICAgICAgICAgIGRyaXZlci5xdWVyeShiZWdpbiwgW10sIChlcnJvcikgPT4ge1xuICAgICAgICAgICAgaWYgKGVycm9yICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICAgICAgbGVmdG92ZXIgPSB0cnVlXG4gICAgICAgICAgICAgIHJldHVybiBkb25lKEV4aXQuZmFpbChlcnJvcikpXG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBkcml2ZUFzeW5jKGRyaXZlciwgbWFrZSgpLCBzdG9wcGVkLCAob3V0Y29tZSkgPT4ge1xuICAgICAgICAgICAgICBpZiAob3V0Y29tZS5fdGFnICE9PSBcIlN1Y2Nlc3NcIikgcmV0dXJuIHJvbGxiYWNrVGhlbihleGl0T2Yob3V0Y29tZSkpXG4gICAgICAgICAgICAgIGRyaXZlci5xdWVyeShcIkNPTU1JVFwiLCBbXSwgKGVycm9yKSA9PiB7XG4gICAgICAgICAgICAgICAgaWYgKGVycm9yID09PSB1bmRlZmluZWQpIHJldHVybiBkb25lKEV4aXQuc3VjY2VlZChvdXRjb21lLnZhbHVlKSlcbiAgICAgICAgICAgICAgICBtYXJrQ29tbWl0RXJyb3IoZXJyb3IpXG4gICAgICAgICAgICAgICAgcm9sbGJhY2tUaGVuKEV4aXQuZmFpbChlcnJvcikpXG4gICAgICAgICAgICAgIH0pXG4gICAgICAgICAgICB9KVxuICAgICAgICAgIH0pXG4gICAgICAgIGlmICghbGVmdG92ZXIpIHJldHVybiBzdGFydCgpXG4gICAgICAgIGRyaXZlci5xdWVyeShcIlJPTExCQUNLXCIsIFtdLCAoKSA9PiB7XG4gICAgICAgICAgbGVmdG92ZXIgPSBmYWxzZVxuICAgICAgICAgIHN0YXJ0KClcbiAgICAgICAgfSlcbiAgICAgIH0pXG5cbiAgICAvKiogQSBzY3JpcHQgd2l0aG91dCBhIHRyYW5zYWN0aW9uIG9mIGl0cyBvd24sIHRoZSBmYXN0ZXN0IHdheSBgY29ubmAgYWxsb3dzLiAqL1xuICAgIGNvbnN0IHJ1blNjcmlwdCA9IDxBLCBFPihjb25uOiBDb25uZWN0aW9uLCBtYWtlOiAoKSA9PiBTY3JpcHQ8QSwgRT4pOiBFZmZlY3QuRWZmZWN0PEEsIEUgfCBTcWxFcnJvcj4gPT4ge1xuICAgICAgaWYgKG9wdGlvbnMudHJhY2VTdGF0ZW1lbnRzKSByZXR1cm4gcnVuRWZmZWN0KGNvbm4sIG1ha2UoKSwgdHJ1ZSlcbiAgICAgIGNvbnN0IHN5bmMgPSBzeW5jRHJpdmVyT2YoY29ubilcbiAgICAgIGlmIChzeW5jICE9PSB1bmRlZmluZWQpIHJldHVybiBFZmZlY3Quc3VzcGVuZCgoKSA9PiBleGl0T2YoZHJpdmVTeW5jKHN5bmMsIG1ha2UoKSkpKVxuICAgICAgY29uc3QgYXN5bmMgPSBhc3luY0RyaXZlck9mKGNvbm4pXG4gICAgICBpZiAoYXN5bmMgIT09IHVuZGVmaW5lZCkgcmV0dXJuIG9uQXN5bmM8QSwgRT4oYXN5bmMsIChzdG9wcGVkLCBkb25lKSA9PiBkcml2ZUFzeW5jKGFzeW5jLCBtYWtlKCksIHN0b3BwZWQsIChvdXRjb21lKSA9PiBkb25lKGV4aXRPZihvdXRjb21lKSkpKVxuICAgICAgcmV0dXJuIHJ1bkVmZmVjdChjb25uLCBtYWtlKCksIGZhbHNlKVxuICAgIH1cblxuICAgIC8qKiBBIGJvZHkgb24gYGNvbm5gLCBpbnNpZGUgd2hhdGV2ZXIgdHJhbnNhY3Rpb24gaXMgb3BlbiB0aGVyZS4gKi9cbiAgICBjb25zdCBydW5Cb2R5ID0gPEEsIEU+KGNvbm46IENvbm5lY3Rpb24sIGJvZHk6IEJvZHk8QSwgRT4pOiBFZmZlY3QuRWZmZWN0PEEsIEUgfCBTcWxFcnJvcj4gPT5cbiAgICAgIGlzU2NyaXB0KGJvZHkpID8gcnVuU2NyaXB0KGNvbm4sIGJvZHkubWFrZSkgOiBib2R5KGNvbm4pXG5cbiAgICAvKiogYGJvZHlgIGluIGEgdHJhbnNhY3Rpb24gc3RhcnRlZCB3aXRoIGBiZWdpbmAgb24gYGNvbm5gLCByb2xsZWQgYmFjayBvbiBmYWlsdXJlLiAqL1xuICAgIGNvbnN0IHRyYW5zYWN0aW9uID0gPEEsIEU+KGNvbm46IENvbm5lY3Rpb24sIGJlZ2luOiBzdHJpbmcsIGJvZHk6IEJvZHk8QSwgRT4pOiBFZmZlY3QuRWZmZWN0PEEsIEUgfCBTcWxFcnJvcj4gPT4ge1xuICAgICAgaWYgKGlzU2NyaXB0KGJvZHkpICYmICFvcHRpb25zLnRyYWNlU3RhdGVtZW50cykge1xuICAgICAgICBjb25zdCBzeW5jID0gc3luY0RyaXZlck9mKGNvbm4pXG4gICAgICAgIGlmIChzeW5jICE9PSB1bmRlZmluZWQpIHJldHVybiBFZmZlY3Quc3VzcGVuZCgoKSA9PiB0cmFuc2FjdGlvblN5bmMoY29ubiwgc3luYywgYmVnaW4sIGJvZHkubWFrZSkpXG4gICAgICAgIGNvbnN0IGFzeW5jID0gYXN5bmNEcml2ZXJPZihjb25uKVxuICAgICAgICBpZiAoYXN5bmMgIT09IHVuZGVmaW5lZCkgcmV0dXJuIHRyYW5zYWN0aW9uQXN5bmMoY29ubiwgYXN5bmMsIGJlZ2luLCBib2R5Lm1ha2UpXG4gICAgICB9XG4gICAgICByZXR1cm4gRWZmZWN0LnVuaW50ZXJydXB0aWJsZU1hc2soKHJlc3RvcmUpID0+IHtcbiAgICAgICAgY29uc3QgcnVuID0gRWZmZWN0Lm1hdGNoQ2F1c2VFZmZlY3QoZXhlY3V0ZShjb25uLCBiZWdpbiksIHtcbiAgICAgICAgICBvbkZhaWx1cmU6IChjYXVzZSkgPT4ge1xuICAgICAgICAgICAgLy8gQSBCRUdJTiB0aGF0IGZhaWxlZCBiZWNhdXNlIGEgdHJhbnNhY3Rpb24gaXMgb3Blbjogcm9sbCBpdCBiYWNrIGJlZm9yZSB0aGUgcmV0cnkuXG4gICAgICAgICAgICBsZWZ0b3ZlciA9IHRydWVcbiAgICAgICAgICAgIHJldHVybiBFZmZlY3QuZmFpbENhdXNlKGNhdXNlKVxuICAgICAgICAgIH0sXG4gICAgICAgICAgb25TdWNjZXNzOiAoKSA9PlxuICAgICAgICAgICAgRWZmZWN0LmZsYXRNYXAoRWZmZWN0LmV4aXQocmVzdG9yZShydW5Cb2R5KGNvbm4sIGJvZHkpKSksIChleGl0KSA9PlxuICAgICAgICAgICAgICBFeGl0LmlzRmFpbHVyZShleGl0KVxuICAgICAgICAgICAgICAgID8gRWZmZWN0LnppcFJpZ2h0KHJvbGxiYWNrKGNvbm4pLCBleGl0KVxuICAgICAgICAgICAgICAgIDogRWZmZWN0Lm1hdGNoQ2F1c2VFZmZlY3QoZXhlY3V0ZShjb25uLCBcIkNPTU1JVFwiKSwge1xuICAgICAgICAgICAgICAgICAgb25GYWlsdXJlOiAoY2F1c2UpID0+IHtcbiAgICAgICAgICAgICAgICAgICAgLy8gVGhlIHRyYW5zYWN0aW9uIG1heSBzdGlsbCBiZSBvcGVuIChhIGJ1c3kgb3IgZmFpbGVkIENPTU1JVCk6IHJvbGwgaXQgYmFjaywgc28gdGhlXG4gICAgICAgICAgICAgICAgICAgIC8vIG9wZXJhdGlvbiBoYXMgbm8gZWZmZWN0IGFuZCB0aGUgY2FsbGVyIGdldHMgYSB0eXBlZCwgcmV0cnlhYmxlIGVycm9yLiBBIENPTU1JVCB0aGF0XG4gICAgICAgICAgICAgICAgICAgIC8vIGxvc3QgaXRzIGNvbm5lY3Rpb24gbWF5IGhhdmUgY29tbWl0dGVkOiBpdCBpcyByZXBvcnRlZCwgbmV2ZXIgcmV0cmllZCBoZXJlLlxuICAgICAgICAgICAgICAgICAgICBtYXJrQ29tbWl0RmFpbHVyZShjYXVzZSlcbiAgICAgICAgICAgICAgICAgICAgcmV0dXJuIEVmZmVjdC56aXBSaWdodChyb2xsYmFjayhjb25uKSwgRWZmZWN0LmZhaWxDYXVzZShjYXVzZSkpXG4gICAgICAgICAgICAgICAgICB9LFxuICAgICAgICAgICAgICAgICAgb25TdWNjZXNzOiAoKSA9PiBleGl0XG4gICAgICAgICAgICAgICAgfSkpXG4gICAgICAgIH0pXG4gICAgICAgIHJldHVybiBsZWZ0b3ZlciA/IEVmZmVjdC56aXBSaWdodChjbGVhckxlZnRvdmVyKGNvbm4pLCBydW4pIDogcnVuXG4gICAgICB9KVxuICAgIH1cblxuICAgIC8qKlxuICAgICAqIEEgZ3JvdXAgY29tbWl0IG9mIHNjcmlwdHMgb24gYSBzeW5jaHJvbm91cyBkcml2ZXIsIGluIG9uZSBzdGVwOiBlYWNoIGpvYiB1bmRlciBpdHMgb3duXG4gICAgICogc2F2ZXBvaW50LCBhIHR5cGVkIGZhaWx1cmUgb3IgYSBkZWZlY3Qgcm9sbGVkIGJhY2sgdG8gaXQsIGEgZHJpdmVyIGZhaWx1cmUgYWJhbmRvbmluZyB0aGUgd2hvbGVcbiAgICAgKiB0cmFuc2FjdGlvbiAodGhlIGV4aXQgdG8gZmFpbCBldmVyeSBqb2Igd2l0aCkuXG4gICAgICovXG4gICAgY29uc3QgYmF0Y2hTeW5jID0gKFxuICAgICAgY29ubjogQ29ubmVjdGlvbixcbiAgICAgIGRyaXZlcjogU3luY0RyaXZlcixcbiAgICAgIGpvYnM6IFJlYWRvbmx5QXJyYXk8Sm9iPlxuICAgICk6IEV4aXQuRXhpdDxSZWFkb25seUFycmF5PEV4aXQuRXhpdDx1bmtub3duLCB1bmtub3duPj4sIFNxbEVycm9yPiA9PiB7XG4gICAgICBjb25zdCBhYmFuZG9uID0gKGVycm9yOiB1bmtub3duKSA9PiB7XG4gICAgICAgIHJvbGxiYWNrU3luYyhjb25uLCBkcml2ZXIpXG4gICAgICAgIHJldHVybiB0aHJvd24oZXJyb3IpXG4gICAgICB9XG4gICAgICBjbGVhckxlZnRvdmVyU3luYyhkcml2ZXIpXG4gICAgICBjb25zdCBiZWd1biA9IGNvbnRyb2woZHJpdmVyLCBiZWdpbldyaXRlKVxuICAgICAgaWYgKGJlZ3VuICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgbGVmdG92ZXIgPSB0cnVlXG4gICAgICAgIHJldHVybiB0aHJvd24oYmVndW4uZXJyb3IpXG4gICAgICB9XG4gICAgICBjb25zdCBvdXQ6IEFycmF5PEV4aXQuRXhpdDx1bmtub3duLCB1bmtub3duPj4gPSBbXVxuICAgICAgZm9yIChjb25zdCBqb2Igb2Ygam9icykge1xuICAgICAgICBjb25zdCBzYXZlZCA9IGNvbnRyb2woZHJpdmVyLCBcIlNBVkVQT0lOVCBydW5sZWRnZXJfam9iXCIpXG4gICAgICAgIGlmIChzYXZlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gYWJhbmRvbihzYXZlZC5lcnJvcilcbiAgICAgICAgY29uc3Qgb3V0Y29tZSA9IGRyaXZlU3luYyhkcml2ZXIsIChqb2IuYm9keSBhcyBTY3JpcHRCb2R5PHVua25vd24sIHVua25vd24+KS5tYWtlKCkpXG4gICAgICAgIC8vIEEgZHJpdmVyIGZhaWx1cmUgbGVhdmVzIHRoZSB0cmFuc2FjdGlvbiBpbiBhbiB1bmtub3duIHN0YXRlOiBhYmFuZG9uIGFsbCBvZiBpdC5cbiAgICAgICAgaWYgKG91dGNvbWUuX3RhZyA9PT0gXCJEcml2ZXJFcnJvclwiKSByZXR1cm4gYWJhbmRvbihvdXRjb21lLmVycm9yKVxuICAgICAgICBpZiAob3V0Y29tZS5fdGFnICE9PSBcIlN1Y2Nlc3NcIikge1xuICAgICAgICAgIGNvbnN0IHVuZG9uZSA9IGNvbnRyb2woZHJpdmVyLCBcIlJPTExCQUNLIFRPIFNBVkVQT0lOVCBydW5sZWRnZXJfam9iXCIpXG4gICAgICAgICAgaWYgKHVuZG9uZSAhPT0gdW5kZWZpbmVkKSByZXR1cm4gYWJhbmRvbih1bmRvbmUuZXJyb3IpXG4gICAgICAgIH1cbiAgICAgICAgY29uc3QgcmVsZWFzZWQgPSBjb250cm9sKGRyaXZlciwgXCJSRUxFQVNFIFNBVkVQT0lOVCBydW5sZWRnZXJfam9iXCIpXG4gICAgICAgIGlmIChyZWxlYXNlZCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gYWJhbmRvbihyZWxlYXNlZC5lcnJvcilcbiAgICAgICAgb3V0LnB1c2goZXhpdE9mKG91dGNvbWUpKVxuICAgICAgfVxuICAgICAgY29uc3QgY29tbWl0dGVkID0gY29udHJvbChkcml2ZXIsIFwiQ09NTUlUXCIpXG4gICAgICBpZiAoY29tbWl0dGVkICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgbWFya0NvbW1pdEVycm9yKGNvbW1pdHRlZC5lcnJvcilcbiAgICAgICAgcmV0dXJuIGFiYW5kb24oY29tbWl0dGVkLmVycm9yKVxuICAgICAgfVxuICAgICAgcmV0dXJuIEV4aXQuc3VjY2VlZChvdXQpXG4gICAgfVxuXG4gICAgY29uc3QgcmV0cnlCdXN5ID0gPEEsIEU+KGVmZmVjdDogRWZmZWN0LkVmZmVjdDxBLCBFPik6IEVmZmVjdC5FZmZlY3Q8QSwgRT4gPT5cbiAgICAgIEVmZmVjdC5jYXRjaElmKGVmZmVjdCwgaXNCdXN5LCAoKSA9PiBFZmZlY3QucmV0cnkoZWZmZWN0LCB7IHdoaWxlOiBpc0J1c3ksIHNjaGVkdWxlOiBidXN5U2NoZWR1bGUgfSkpXG5cbiAgICAvKipcbiAgICAgKiBPbmUgZ3JvdXAgY29tbWl0IG9uIGBjb25uYDogZXZlcnkgam9iIHVuZGVyIGl0cyBvd24gc2F2ZXBvaW50IGluIG9uZSB0cmFuc2FjdGlvbiAoanVzdCB0aGUgam9iXG4gICAgICogd2hlbiBpdCBpcyBhbG9uZSkuIFRoZSBleGl0cyB0byBjb21wbGV0ZSB0aGUgam9icyB3aXRoLCBvciBhIGRyaXZlciBmYWlsdXJlIG9mIHRoZSB3aG9sZSBiYXRjaC5cbiAgICAgKi9cbiAgICBjb25zdCBiYXRjaCA9IChjb25uOiBDb25uZWN0aW9uLCBqb2JzOiBSZWFkb25seUFycmF5PEpvYj4pOiBFZmZlY3QuRWZmZWN0PFJlYWRvbmx5QXJyYXk8RXhpdC5FeGl0PHVua25vd24sIHVua25vd24+PiwgU3FsRXJyb3I+ID0+IHtcbiAgICAgIGNvbnN0IFtvbmx5XSA9IGpvYnNcbiAgICAgIGNvbnN0IHN5bmMgPSBzeW5jRHJpdmVyT2YoY29ubilcbiAgICAgIGlmIChqb2JzLmxlbmd0aCA+IDEgJiYgc3luYyAhPT0gdW5kZWZpbmVkICYmICFvcHRpb25zLnRyYWNlU3RhdGVtZW50cyAmJiBqb2JzLmV2ZXJ5KChqb2IpID0+IGlzU2NyaXB0KGpvYi5ib2R5KSkpIHtcbiAgICAgICAgcmV0dXJuIEVmZmVjdC5zdXNwZW5kKCgpID0+IGJhdGNoU3luYyhjb25uLCBzeW5jLCBqb2JzKSlcbiAgICAgIH1cbiAgICAgIGlmIChqb2JzLmxlbmd0aCA9PT0gMSAmJiBvbmx5ICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgcmV0dXJuIEVmZmVjdC5mbGF0TWFwKEVmZmVjdC5leGl0KHRyYW5zYWN0aW9uKGNvbm4sIGJlZ2luV3JpdGUsIG9ubHkuYm9keSkpLCAoZXhpdCkgPT4ge1xuICAgICAgICAgIC8vIEEgZHJpdmVyIGZhaWx1cmUgZmFpbHMgdGhlIGJhdGNoIChidXN5IGlzIHJldHJpZWQgdGhlcmUpOyBhIHR5cGVkIGZhaWx1cmUgaXMgdGhlIGpvYidzLlxuICAgICAgICAgIGNvbnN0IGZhaWxlZCA9IGRyaXZlckZhaWx1cmUoZXhpdClcbiAgICAgICAgICByZXR1cm4gT3B0aW9uLmlzU29tZShmYWlsZWQpID8gRWZmZWN0LmZhaWwoZmFpbGVkLnZhbHVlKSA6IEVmZmVjdC5zdWNjZWVkKFtleGl0XSlcbiAgICAgICAgfSlcbiAgICAgIH1cbiAgICAgIHJldHVybiB0cmFuc2FjdGlvbihjb25uLCBiZWdpbldyaXRlLCAoKSA9PlxuICAgICAgICBFZmZlY3QuZ2VuKGZ1bmN0aW9uKigpIHtcbiAgICAgICAgICBjb25zdCBvdXQ6IEFycmF5PEV4aXQuRXhpdDx1bmtub3duLCB1bmtub3duPj4gPSBbXVxuICAgICAgICAgIGZvciAoY29uc3Qgam9iIG9mIGpvYnMpIHtcbiAgICAgICAgICAgIHlpZWxkKiBleGVjdXRlKGNvbm4sIFwiU0FWRVBPSU5UIHJ1bmxlZGdlcl9qb2JcIilcbiAgICAgICAgICAgIGNvbnN0IGV4aXQgPSB5aWVsZCogRWZmZWN0LmV4aXQocnVuQm9keShjb25uLCBqb2IuYm9keSkpXG4gICAgICAgICAgICBjb25zdCBmYWlsZWQgPSBkcml2ZXJGYWlsdXJlKGV4aXQpXG4gICAgICAgICAgICAvLyBBIGRyaXZlciBmYWlsdXJlIGxlYXZlcyB0aGUgdHJhbnNhY3Rpb24gaW4gYW4gdW5rbm93biBzdGF0ZTogYWJhbmRvbiBhbGwgb2YgaXQuXG4gICAgICAgICAgICBpZiAoT3B0aW9uLmlzU29tZShmYWlsZWQpKSByZXR1cm4geWllbGQqIEVmZmVjdC5mYWlsKGZhaWxlZC52YWx1ZSlcbiAgICAgICAgICAgIGlmIChFeGl0LmlzRmFpbHVyZShleGl0KSkgeWllbGQqIGV4ZWN1dGUoY29ubiwgXCJST0xMQkFDSyBUTyBTQVZFUE9JTlQgcnVubGVkZ2VyX2pvYlwiKVxuICAgICAgICAgICAgeWllbGQqIGV4ZWN1dGUoY29ubiwgXCJSRUxFQVNFIFNBVkVQT0lOVCBydW5sZWRnZXJfam9iXCIpXG4gICAgICAgICAgICBvdXQucHVzaChleGl0KVxuICAgICAgICAgIH1cbiAgICAgICAgICByZXR1cm4gb3V0XG4gICAgICAgIH0pKVxuICAgIH1cblxuICAgIC8vIEdyb3VwIGNvbW1pdC4gQSB3cml0ZSBqb2lucyB0aGUgcXVldWU7IGlmIG5vIHdyaXRlIGlzIGJlaW5nIGNvbW1pdHRlZCwgaXRzIGNhbGxlciBiZWNvbWVzIHRoZVxuICAgIC8vIGxlYWRlcjogaXQgeWllbGRzIG9uY2UsIHNvIGV2ZXJ5IGZpYmVyIHJlYWR5IHRvIHdyaXRlIGdldHMgdG8gam9pbiB0aGUgcXVldWUsIHRoZW4gY29tbWl0cyB0aGVcbiAgICAvLyBxdWV1ZSBiYXRjaCBieSBiYXRjaCDigJQgYWxsIHdhaXRpbmcgd3JpdGVzIG9mIGEgYmF0Y2ggaW4gb25lIHRyYW5zYWN0aW9uIOKAlCB1bnRpbCBpdHMgb3duIHdyaXRlXG4gICAgLy8gaXMgZG9uZSwgYW5kIGhhbmRzIHdoYXQgaXMgbGVmdCB0byBhIGZpYmVyIG9mIHRoZSBzdG9yZSdzIHNjb3BlLiBBIHdhaXRpbmcgd3JpdGVyIHdhaXRzIGluXG4gICAgLy8gYEVmZmVjdC5hc3luY2A7IHRoZSBsZWFkZXIgcmVhZHMgaXRzIG93biBleGl0IGl0c2VsZi4gVGhlIGRyaXZlciBpcyBzeW5jaHJvbm91cywgc28gd3JpdGVzIGpvaW4gYVxuICAgIC8vIGJhdGNoIG9ubHkgYXQgdGhvc2UgeWllbGRzOiBiZWZvcmUgYSBiYXRjaCwgbmV2ZXIgZHVyaW5nIG9uZS5cbiAgICBjb25zdCBxdWV1ZTogQXJyYXk8Sm9iPiA9IFtdXG4gICAgbGV0IGxlYWRpbmcgPSBmYWxzZVxuICAgIGNvbnN0IHNjb3BlID0geWllbGQqIEVmZmVjdC5zY29wZVxuXG4gICAgY29uc3QgY29tcGxldGUgPSAoam9iOiBKb2IsIGV4aXQ6IEV4aXQuRXhpdDx1bmtub3duLCB1bmtub3duPikgPT4ge1xuICAgICAgaWYgKGpvYi5yZXN1bWUgPT09IHVuZGVmaW5lZCkgam9iLmV4aXQgPSBleGl0XG4gICAgICBlbHNlIGpvYi5yZXN1bWUoZXhpdClcbiAgICB9XG5cbiAgICBjb25zdCBjb21taXRCYXRjaCA9IEVmZmVjdC5zdXNwZW5kKCgpID0+IHtcbiAgICAgIGNvbnN0IGpvYnMgPSBxdWV1ZS5zcGxpY2UoMCwgb3B0aW9ucy5tYXhCYXRjaClcbiAgICAgIHJldHVybiBFZmZlY3QubWFwKEVmZmVjdC5leGl0KHJldHJ5QnVzeShjb25uZWN0aW9uLnVzZSgoY29ubikgPT4gYmF0Y2goY29ubiwgam9icykpKSksIChleGl0cykgPT4ge1xuICAgICAgICBpZiAoRXhpdC5pc1N1Y2Nlc3MoZXhpdHMpKSB7XG4gICAgICAgICAgZm9yIChsZXQgaSA9IDA7IGkgPCBqb2JzLmxlbmd0aDsgaSsrKSBjb21wbGV0ZShqb2JzW2ldISwgZXhpdHMudmFsdWVbaV0hKVxuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIC8vIFRoZSB3aG9sZSB0cmFuc2FjdGlvbiBmYWlsZWQgKGFuZCB3YXMgcm9sbGVkIGJhY2spOiBubyB3cml0ZSBvZiBpdCBoYXBwZW5lZC5cbiAgICAgICAgICBmb3IgKGNvbnN0IGpvYiBvZiBqb2JzKSBjb21wbGV0ZShqb2IsIGV4aXRzKVxuICAgICAgICB9XG4gICAgICB9KVxuICAgIH0pXG5cbiAgICAvLyBDb21taXQgdW50aWwgdGhlIHF1ZXVlIGlzIGVtcHR5LCB5aWVsZGluZyBiZWZvcmUgZWFjaCBiYXRjaCBzbyB0aGF0IHdva2VuIHdyaXRlcnMgcmVqb2luIGl0LlxuICAgIGNvbnN0IGRyYWluOiBFZmZlY3QuRWZmZWN0PHZvaWQ+ID0gRWZmZWN0LnN1c3BlbmQoKCkgPT4ge1xuICAgICAgaWYgKHF1ZXVlLmxlbmd0aCA9PT0gMCkge1xuICAgICAgICBsZWFkaW5nID0gZmFsc2VcbiAgICAgICAgcmV0dXJuIEVmZmVjdC52b2lkXG4gICAgICB9XG4gICAgICByZXR1cm4gRWZmZWN0LnppcFJpZ2h0KEVmZmVjdC56aXBSaWdodChFZmZlY3QueWllbGROb3coKSwgY29tbWl0QmF0Y2gpLCBkcmFpbilcbiAgICB9KVxuXG4gICAgLy8gVGhlIGxlYWRlciBjb21taXRzIHVudGlsIGl0cyBvd24gd3JpdGUgaXMgZG9uZSwgdGhlbiBoYW5kcyB0aGUgcmVzdCB0byBhIGZpYmVyIG9mIHRoZSBzY29wZS5cbiAgICBjb25zdCBsZWFkID0gKG93bjogSm9iKTogRWZmZWN0LkVmZmVjdDx2b2lkPiA9PlxuICAgICAgRWZmZWN0LmZsYXRNYXAoY29tbWl0QmF0Y2gsICgpID0+IHtcbiAgICAgICAgaWYgKG93bi5leGl0ID09PSB1bmRlZmluZWQpIHJldHVybiBsZWFkKG93bilcbiAgICAgICAgaWYgKHF1ZXVlLmxlbmd0aCA9PT0gMCkge1xuICAgICAgICAgIGxlYWRpbmcgPSBmYWxzZVxuICAgICAgICAgIHJldHVybiBFZmZlY3Qudm9pZFxuICAgICAgICB9XG4gICAgICAgIHJldHVybiBFZmZlY3QuYXNWb2lkKEVmZmVjdC5mb3JrSW4oRWZmZWN0LnVuaW50ZXJydXB0aWJsZShkcmFpbiksIHNjb3BlKSlcbiAgICAgIH0pXG5cbiAgICBjb25zdCBpbk91dGVyID0gRWZmZWN0LnNlcnZpY2VPcHRpb24oU3FsQ2xpZW50LlRyYW5zYWN0aW9uQ29ubmVjdGlvbilcblxuICAgIGNvbnN0IHdyaXRlID0gPEEsIEU+KGJvZHk6IEJvZHk8QSwgRT4pOiBFZmZlY3QuRWZmZWN0PEEsIEUgfCBTcWxFcnJvcj4gPT5cbiAgICAgIEVmZmVjdC5mbGF0TWFwKGluT3V0ZXIsIChvdXRlcik6IEVmZmVjdC5FZmZlY3Q8QSwgRSB8IFNxbEVycm9yPiA9PiB7XG4gICAgICAgIC8vIEluc2lkZSBhIGNhbGxlcidzIG93biB0cmFuc2FjdGlvbjogam9pbiBpdC5cbiAgICAgICAgaWYgKE9wdGlvbi5pc1NvbWUob3V0ZXIpKSByZXR1cm4gcnVuQm9keShvdXRlci52YWx1ZVswXSwgYm9keSlcbiAgICAgICAgaWYgKCFvcHRpb25zLmdyb3VwQ29tbWl0KSByZXR1cm4gcmV0cnlCdXN5KGNvbm5lY3Rpb24udXNlKChjb25uKSA9PiB0cmFuc2FjdGlvbihjb25uLCBiZWdpbldyaXRlLCBib2R5KSkpXG4gICAgICAgIGlmIChsZWFkaW5nKSB7XG4gICAgICAgICAgY29uc3Qgam9iOiBKb2IgPSB7IGJvZHk6IGJvZHkgYXMgQm9keTx1bmtub3duLCB1bmtub3duPiwgcmVzdW1lOiB1bmRlZmluZWQsIGV4aXQ6IHVuZGVmaW5lZCB9XG4gICAgICAgICAgcXVldWUucHVzaChqb2IpXG4gICAgICAgICAgLy8gQW4gaW50ZXJydXB0ZWQgd3JpdGVyIHN0b3BzIHdhaXRpbmc7IGl0cyB3cml0ZSwgcXVldWVkIGFscmVhZHksIHN0aWxsIGhhcHBlbnMgKG9yIG5vdCkgd2hvbGUuXG4gICAgICAgICAgcmV0dXJuIEVmZmVjdC5hc3luYzxBLCBFIHwgU3FsRXJyb3I+KChyZXN1bWUpID0+IHtcbiAgICAgICAgICAgIGlmIChqb2IuZXhpdCAhPT0gdW5kZWZpbmVkKSByZXR1cm4gcmVzdW1lKGpvYi5leGl0IGFzIEV4aXQuRXhpdDxBLCBFIHwgU3FsRXJyb3I+KVxuICAgICAgICAgICAgam9iLnJlc3VtZSA9IHJlc3VtZSBhcyAoZXhpdDogRXhpdC5FeGl0PHVua25vd24sIHVua25vd24+KSA9PiB2b2lkXG4gICAgICAgICAgfSlcbiAgICAgICAgfVxuICAgICAgICBsZWFkaW5nID0gdHJ1ZVxuICAgICAgICBjb25zdCBvd246IEpvYiA9IHsgYm9keTogYm9keSBhcyBCb2R5PHVua25vd24sIHVua25vd24+LCByZXN1bWU6IHVuZGVmaW5lZCwgZXhpdDogdW5kZWZpbmVkIH1cbiAgICAgICAgcXVldWUucHVzaChvd24pXG4gICAgICAgIHJldHVybiBFZmZlY3QuZmxhdE1hcChcbiAgICAgICAgICBFZmZlY3QudW5pbnRlcnJ1cHRpYmxlKEVmZmVjdC56aXBSaWdodChFZmZlY3QueWllbGROb3coKSwgbGVhZChvd24pKSksXG4gICAgICAgICAgKCkgPT4gb3duLmV4aXQgYXMgRXhpdC5FeGl0PEEsIEUgfCBTcWxFcnJvcj5cbiAgICAgICAgKVxuICAgICAgfSlcblxuICAgIGNvbnN0IHJlYWQgPSA8QSwgRT4oYm9keTogQm9keTxBLCBFPik6IEVmZmVjdC5FZmZlY3Q8QSwgRSB8IFNxbEVycm9yPiA9PlxuICAgICAgRWZmZWN0LmZsYXRNYXAoaW5PdXRlciwgKG91dGVyKSA9PlxuICAgICAgICBPcHRpb24uaXNTb21lKG91dGVyKSA/IHJ1bkJvZHkob3V0ZXIudmFsdWVbMF0sIGJvZHkpIDogcmV0cnlCdXN5KGNvbm5lY3Rpb24udXNlKChjb25uKSA9PiB0cmFuc2FjdGlvbihjb25uLCBiZWdpblJlYWQsIGJvZHkpKSkpXG5cbiAgICBjb25zdCBzaW5nbGUgPSA8QSwgRT4oYm9keTogQm9keTxBLCBFPik6IEVmZmVjdC5FZmZlY3Q8QSwgRSB8IFNxbEVycm9yPiA9PlxuICAgICAgRWZmZWN0LmZsYXRNYXAoaW5PdXRlciwgKG91dGVyKSA9PlxuICAgICAgICBPcHRpb24uaXNTb21lKG91dGVyKVxuICAgICAgICAgID8gcnVuQm9keShvdXRlci52YWx1ZVswXSwgYm9keSlcbiAgICAgICAgICA6IHJldHJ5QnVzeShjb25uZWN0aW9uLnVzZSgoY29ubikgPT5cbiAgICAgICAgICAgIC8vIFN0YXRlbWVudHMgdGFrZSB0aGUgY29ubmVjdGlvbiBvbmUgYXQgYSB0aW1lOyBvbmx5IGEgbGVmdG92ZXIgdHJhbnNhY3Rpb24gbmVlZHMgY2xlYXJpbmcgZmlyc3QuXG4gICAgICAgICAgICBsZWZ0b3ZlciA/IEVmZmVjdC56aXBSaWdodChjbGVhckxlZnRvdmVyKGNvbm4pLCBydW5Cb2R5KGNvbm4sIGJvZHkpKSA6IHJ1bkJvZHkoY29ubiwgYm9keSlcbiAgICAgICAgICApKSlcblxuICAgIHJldHVybiB7IHdyaXRlLCByZWFkLCBzaW5nbGUgfVxuICB9KVxuXG4vKipcbiAqIEEgc2luZ2xlIHdyaXRlIHRyYW5zYWN0aW9uIG91dHNpZGUgYW55IHN0b3JlJ3Mgd3JpdGVyIChtaWdyYXRpb25zIG9uIG9wZW4pLCB3aXRoIHRoZSBzYW1lIGJ1c3lcbiAqIGhhbmRsaW5nLlxuICovXG5leHBvcnQgY29uc3Qgb25jZSA9IDxBLCBFLCBSPihcbiAgc3FsOiBTcWxDbGllbnQuU3FsQ2xpZW50LFxuICBidXN5UmV0cnk6IER1cmF0aW9uLkR1cmF0aW9uLFxuICBib2R5OiBFZmZlY3QuRWZmZWN0PEEsIEUsIFI+XG4pOiBFZmZlY3QuRWZmZWN0PEEsIEUgfCBTcWxFcnJvciwgUj4gPT4ge1xuICBjb25zdCBiZWdpbiA9IHNxbC5vbkRpYWxlY3RPckVsc2UoeyBzcWxpdGU6ICgpID0+IFwiQkVHSU4gSU1NRURJQVRFXCIsIG9yRWxzZTogKCkgPT4gXCJCRUdJTlwiIH0pXG4gIGNvbnN0IGF0dGVtcHQgPSBFZmZlY3QudW5pbnRlcnJ1cHRpYmxlTWFzaygocmVzdG9yZSkgPT5cbiAgICBFZmZlY3Quc2NvcGVkKFxuICAgICAgRWZmZWN0LmdlbihmdW5jdGlvbiooKSB7XG4gICAgICAgIGNvbnN0IGNvbm4gPSB5aWVsZCogc3FsLnJlc2VydmVcbiAgICAgICAgeWllbGQqIGNvbm4uZXhlY3V0ZShiZWdpbiwgW10sIHVuZGVmaW5lZClcbiAgICAgICAgY29uc3QgZXhpdCA9IHlpZWxkKiBFZmZlY3QuZXhpdChcbiAgICAgICAgICByZXN0b3JlKEVmZmVjdC5wcm92aWRlU2VydmljZShib2R5LCBTcWxDbGllbnQuVHJhbnNhY3Rpb25Db25uZWN0aW9uLCBbY29ubiwgMF0gYXMgY29uc3QpKVxuICAgICAgICApXG4gICAgICAgIGlmIChFeGl0LmlzRmFpbHVyZShleGl0KSkge1xuICAgICAgICAgIHlpZWxkKiBFZmZlY3QuY2F0Y2hBbGwoY29ubi5leGVjdXRlKFwiUk9MTEJBQ0tcIiwgW10sIHVuZGVmaW5lZCksICgpID0+IEVmZmVjdC5zeW5jKCgpID0+IGRpc2NhcmQoY29ubikpKVxuICAgICAgICAgIHJldHVybiB5aWVsZCogZXhpdFxuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGNvbW1pdHRlZCA9IHlpZWxkKiBFZmZlY3QuZXhpdChjb25uLmV4ZWN1dGUoXCJDT01NSVRcIiwgW10sIHVuZGVmaW5lZCkpXG4gICAgICAgIGlmIChFeGl0LmlzRmFpbHVyZShjb21taXR0ZWQpKSB7XG4gICAgICAgICAgbWFya0NvbW1pdEZhaWx1cmUoY29tbWl0dGVkLmNhdXNlKVxuICAgICAgICAgIHlpZWxkKiBFZmZlY3QuY2F0Y2hBbGwoY29ubi5leGVjdXRlKFwiUk9MTEJBQ0tcIiwgW10sIHVuZGVmaW5lZCksICgpID0+IEVmZmVjdC5zeW5jKCgpID0+IGRpc2NhcmQoY29ubikpKVxuICAgICAgICAgIHJldHVybiB5aWVsZCogRWZmZWN0LmZhaWxDYXVzZShjb21taXR0ZWQuY2F1c2UpXG4gICAgICAgIH1cbiAgICAgICAgcmV0dXJuIGV4aXQudmFsdWVcbiAgICAgIH0pXG4gICAgKVxuICApXG4gIHJldHVybiBFZmZlY3QucmV0cnkoYXR0ZW1wdCwgeyB3aGlsZTogaXNCdXN5LCBzY2hlZHVsZTogYmFja29mZihidXN5UmV0cnkpIH0pXG59XG4iXSwiZmlsZSI6Ii9wYWNrYWdlcy9zcWwvc3JjL2ludGVybmFsL3R4LnRzIn0=
