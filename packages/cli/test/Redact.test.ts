import { assert, describe, it } from "@effect/vitest"
import { Redact } from "@runledger/cli"

describe("Redact", () => {
  it("hides the password field of a URL and password= values, and nothing else", () => {
    // The password is also the user name, the database and the table prefix.
    assert.strictEqual(
      Redact.text("cannot connect to postgres://runledger:runledger@localhost/runledger: table runledger_runs has records"),
      "cannot connect to postgres://runledger:***@localhost/runledger: table runledger_runs has records"
    )
    assert.strictEqual(Redact.text("host=db user=ops password='s3 cret' dbname=x"), "host=db user=ops password=*** dbname=x")
    assert.strictEqual(Redact.text("postgres://ops@db/x?password=s3cret&sslmode=require"), "postgres://ops@db/x?password=***&sslmode=require")
    Redact.registerUrl("postgres://runledger:runledger@localhost/runledger")
    assert.strictEqual(Redact.text("user runledger"), "user runledger")
  })
})
