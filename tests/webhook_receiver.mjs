// A webhook receiver that checks Standard Webhooks signatures with Node's own
// crypto (an implementation independent of kiln's). Prints "port N" first,
// then one JSON line per request: {id, timestamp, verified, type, job, status}.
// The first request for each webhook-id is answered 500 (to exercise retries),
// later ones 200.
// Exits after answering MAX requests.
//   node tests/webhook_receiver.mjs whsec_… MAX
import { createServer } from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";

const secret = process.argv[2];
const max = Number(process.argv[3] ?? "2");
let answered = 0;
const key = Buffer.from(secret.slice("whsec_".length), "base64");
const seen = new Set();

function verify(id, timestamp, body, header) {
  const expected = Buffer.from(createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64"));
  const skew = Math.abs(Date.now() / 1000 - Number(timestamp));
  if (!(skew <= 300)) return false;
  return header.split(" ").some((entry) => {
    const [version, sig] = entry.split(",");
    const got = Buffer.from(sig ?? "");
    return version === "v1" && got.length === expected.length && timingSafeEqual(got, expected);
  });
}

const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    const id = req.headers["webhook-id"] ?? "";
    const timestamp = req.headers["webhook-timestamp"] ?? "";
    const verified = verify(id, timestamp, body, req.headers["webhook-signature"] ?? "");
    let event = {};
    try { event = JSON.parse(body); } catch {}
    const first = !seen.has(id);
    seen.add(id);
    const status = first ? 500 : 200;
    console.log(JSON.stringify({ id, timestamp, verified, type: event.type, job: event.data?.id, status }));
    res.writeHead(status).end(() => {
      if (++answered >= max) process.exit(0);
    });
  });
});
server.listen(0, "127.0.0.1", () => console.log(`port ${server.address().port}`));
