-- wrk script: every request creates a draft job (POST /v1/jobs).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"tier":"draft","input":{"prompt":"a glazed ceramic teapot"}}'
