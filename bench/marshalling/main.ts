// Section 2 on its own: `node dist/bench/marshalling/main.js` prints its table from this one
// process; with `--json` it prints what it measured as one JSON line, which bench/main.ts reads
// from several fresh processes, so the timings do not depend on the sections run before them.
import { marshalOrder, unmarshalOrder } from "../generated/bench/order.js";
import { measureMarshalling, renderMarshalling } from "./run.js";

const times = measureMarshalling({ marshalOrder, unmarshalOrder });
console.log(process.argv.includes("--json") ? JSON.stringify(times) : renderMarshalling([times]));
