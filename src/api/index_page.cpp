// GET /: a small page for a person with a browser — make a model, follow it,
// download it — and links to the API description. Plain HTML and fetch(); the
// fuller web UI lives in web/ when it lands.
#include "api/index_page.h"

namespace kiln::api {
namespace {

constexpr const char* kIndexHtml = R"HTML(<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kiln</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:720px;margin:2rem auto;padding:0 1rem;color:#222}
input,select,button{font:inherit;padding:.4rem}input[type=text]{width:60%}
#log{white-space:pre-wrap;background:#f5f5f5;padding:.8rem;border-radius:6px;min-height:3rem}
code{background:#f0f0f0;padding:0 .2rem}
</style></head><body>
<h1>kiln</h1>
<p>Self-hosted 3D asset generation. Describe an object, or give a photo of one on a plain background; get a GLB,
STL, 3MF, OBJ or PLY.</p>
<form id="f"><input type="text" id="prompt" value="a glazed ceramic teapot" maxlength="1000">
<label>or a photo <input type="file" id="photo" accept="image/png,image/jpeg,image/webp"></label>
<select id="tier"><option>draft</option><option selected>standard</option><option>high</option></select>
<select id="format"><option>glb</option><option>stl</option><option>3mf</option><option>obj</option><option>ply</option></select>
<button>Make</button></form>
<p id="log">Jobs go through the same API a script uses: <code>POST /v1/jobs</code>, then <code>GET /v1/jobs/{id}/events</code>.</p>
<p>API: <a href="/openapi.json">OpenAPI document</a> · <a href="/v1/catalog">catalog</a> · <a href="/v1/jobs">recent jobs</a> ·
<a href="/api/forge?catalog">Forge dialect</a> · <a href="/metrics">metrics</a> · <a href="/healthz">health</a></p>
<script>
const log = document.getElementById('log');
document.getElementById('f').onsubmit = async (e) => {
  e.preventDefault();
  const tier = document.getElementById('tier').value, outputs = [document.getElementById('format').value];
  let body = {tier, input: {prompt: document.getElementById('prompt').value}, outputs};
  const photo = document.getElementById('photo').files[0];
  if (photo) {
    // A photo goes through a presigned upload slot, then an image_to_3d job refers to it.
    log.textContent = 'uploading ' + photo.name;
    const s = await fetch('/v1/uploads', {method: 'POST', headers: {'content-type': 'application/json'},
                                          body: JSON.stringify({content_type: photo.type, size_bytes: photo.size})});
    const slot = await s.json();
    if (!s.ok) { log.textContent = slot.error.message; return; }
    const put = await fetch(slot.upload_url, {method: slot.method, headers: slot.headers, body: photo});
    if (!put.ok) { log.textContent = (await put.json()).error.message; return; }
    body = {kind: 'image_to_3d', tier, input: {images: [slot.upload_id]}, outputs};
  }
  const r = await fetch('/v1/jobs', {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify(body)});
  const job = await r.json();
  if (!r.ok) { log.textContent = job.error.message; return; }
  log.textContent = 'queued ' + job.id;
  const events = new EventSource('/v1/jobs/' + job.id + '/events');
  events.addEventListener('status', (m) => {
    const j = JSON.parse(m.data);
    log.textContent = j.status + (j.step ? ' — ' + j.step : '') + ' ' + Math.round(100 * (j.progress || 0)) + '%';
    if (j.status === 'succeeded') {
      events.close();
      const c = j.checks || {};
      log.innerHTML = 'done: ' + (c.triangles || '?') + ' triangles, ' + (c.watertight ? 'watertight' : 'not watertight') +
        '<br>' + j.artifacts.map(a => '<a href="' + a.url + '">' + a.name + '</a> (' + a.bytes + ' bytes)').join(' · ');
    } else if (j.status === 'failed' || j.status === 'canceled') {
      events.close();
      log.textContent = j.status + ': ' + (j.error ? j.error.message : '');
    }
  });
};
</script></body></html>
)HTML";

}  // namespace

void addIndexRoute(http::Router& router) {
  router.add({"GET", "/",
              [](http::Request&) -> http::Reply {
                http::Response r;
                r.body = kIndexHtml;
                r.headers.set("Content-Type", "text/html; charset=utf-8");
                r.headers.set("Cache-Control", "no-cache");
                return r;
              },
              {.summary = "A page to make a model from a browser", .tags = {"ops"},
               .responses = {{"200", {{"description", "HTML"}}}}}});
}

}  // namespace kiln::api
