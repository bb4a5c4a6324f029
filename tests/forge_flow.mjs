// A Forge client written the way users script the hosted service: only
// Node's built-in fetch, POST → poll every few seconds → download. Then the
// GLB is checked with the Khronos glTF-Validator.
//   node tests/forge_flow.mjs BASE_URL tools/validate_gltf.mjs
import { writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const [base, validator] = process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const start = await fetch(`${base}/api/forge`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ prompt: "a cartoon red toadstool", tier: "standard" }),
});
if (start.status === 429) throw new Error("rate_limited");
let job = await start.json();
if (!job.job_id) throw new Error(`no job_id in ${JSON.stringify(job)}`);
console.log(`started ${job.job_id}: ${job.status}`);

for (let i = 0; i < 60 && job.status !== "done"; i++) {
  if (job.status === "failed") throw new Error(`generation failed: ${job.error}`);
  await sleep(2000);
  const poll = await fetch(`${base}/api/forge?job=${encodeURIComponent(job.job_id)}`);
  job = await poll.json();
  console.log(`poll: ${job.status}${job.step ? " " + job.step : ""}`);
}
if (job.status !== "done") throw new Error(`not done: ${JSON.stringify(job)}`);

const glb = await fetch(job.glb_url);
if (!glb.ok) throw new Error(`download failed: ${glb.status}`);
const dir = await mkdtemp(join(tmpdir(), "forge-"));
const file = join(dir, "model.glb");
await writeFile(file, Buffer.from(await glb.arrayBuffer()));
console.log(`downloaded ${file}`);
console.log(execFileSync("node", [validator, file], { encoding: "utf8" }).trim());
