// The test file the runledger-conformance command runs: the kit, registered against the
// initializer the command was given (passed in through the environment).
const init = process.env.RUNLEDGER_CONFORMANCE_INIT
const kitPath = process.env.RUNLEDGER_CONFORMANCE_KIT
if (init === undefined || kitPath === undefined) {
  throw new Error("run this file through the runledger-conformance command")
}
const options = JSON.parse(process.env.RUNLEDGER_CONFORMANCE_OPTIONS ?? "{}")
const kit = await import(kitPath)
const module = await import(init)
const initializer = module.default ?? module.initializer
if (initializer === undefined || typeof initializer !== "object" || initializer.layer === undefined) {
  throw new Error(`${init} must default-export a Conformance.Initializer ({ name, layer, capabilities })`)
}
kit.Conformance.conformance(initializer, options)
