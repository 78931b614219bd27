// One column of section 1 against the raw client, in a process of its own:
// `node dist/bench/client-cost/pair-main.js dynagen` prints one JSON line (see PairResult).
// bench/client-cost/run.ts starts one such process per column, so no library's garbage or
// compiled code is left in the heap while another is timed.
import { timePair } from "./run.js";

console.log(JSON.stringify(await timePair(process.argv[2] ?? "")));
