import { describePg, fileSchema, freshStore } from "../../adapter-postgres/test/support/pg.js"
import { behaviourSuite } from "./Behaviour.js"

const schema = fileSchema("workflow_behaviour")

describePg("postgres", () => {
  behaviourSuite({ name: "runledger engine on Postgres", store: freshStore(schema) })
})
