// The OpenAPI 3.1 document, built from the routes actually registered so it
// cannot drift from the server.
#include <regex>

#include "api/api.h"

namespace kiln::api {
namespace {

nlohmann::json schemas() {
  const nlohmann::json error = {
      {"type", "object"},
      {"required", {"error"}},
      {"properties",
       {{"error",
         {{"type", "object"},
          {"required", {"code", "message"}},
          {"properties", {{"code", {{"type", "string"}}}, {"message", {{"type", "string"}}}, {"details", {{"type", "object"}}}}}}}}}};
  const nlohmann::json artifact = {
      {"type", "object"},
      {"properties", {{"name", {{"type", "string"}}}, {"format", {{"type", "string"}}}, {"media_type", {{"type", "string"}}},
                      {"bytes", {{"type", "integer"}}}, {"sha256", {{"type", "string"}}}, {"url", {{"type", "string"}, {"format", "uri"}}}}}};
  const nlohmann::json job = {
      {"type", "object"},
      {"properties",
       {{"id", {{"type", "string"}}},
        {"kind", {{"type", "string"}}},
        {"engine", {{"type", "string"}}},
        {"tier", {{"type", "string"}, {"enum", {"draft", "standard", "high"}}}},
        {"status", {{"type", "string"}, {"enum", {"queued", "running", "succeeded", "failed", "canceled"}}}},
        {"step", {{"type", {"string", "null"}}}},
        {"progress", {{"type", "number"}, {"minimum", 0}, {"maximum", 1}}},
        {"queue_position", {{"type", {"integer", "null"}}}},
        {"eta_seconds", {{"type", {"number", "null"}}}},
        {"created_at", {{"type", {"string", "null"}}, {"format", "date-time"}}},
        {"started_at", {{"type", {"string", "null"}}, {"format", "date-time"}}},
        {"finished_at", {{"type", {"string", "null"}}, {"format", "date-time"}}},
        {"attempts", {{"type", "integer"}}},
        {"artifacts", {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/Artifact"}}}}},
        {"checks", {{"type", {"object", "null"}}}},
        {"cost", {{"type", "object"}}},
        {"error", {{"type", {"object", "null"}}}}}}};
  const nlohmann::json spec = {
      {"type", "object"},
      {"required", {"input"}},
      {"additionalProperties", false},
      {"properties",
       {{"kind", {{"type", "string"}, {"default", "text_to_3d"}, {"description", "text_to_3d, miniature, image_to_3d, render, video or image_enhance; GET /v1/catalog lists the engines for each"}}},
        {"engine", {{"type", "string"}}},
        {"tier", {{"type", "string"}, {"enum", {"draft", "standard", "high"}}, {"default", "standard"}}},
        {"input", {{"type", "object"}, {"properties", {{"prompt", {{"type", "string"}, {"minLength", 3}, {"maxLength", 1000}}},
                                                       {"images", {{"type", "array"}, {"items", {{"type", "string"}}},
                                                                   {"description", "upload ids of images (image_enhance: exactly one; image_to_3d: 1 to 4 photos of one object, the pre-check runs on the first unless params.skip_validation)"}}},
                                                       {"model", {{"type", "object"},
                                                                  {"description", "kind render: {upload_id} of a GLB/STL upload, or "
                                                                                  "{job_id, artifact?} of a succeeded job of yours"},
                                                                  {"properties", {{"upload_id", {{"type", "string"}}},
                                                                                  {"job_id", {{"type", "string"}}},
                                                                                  {"artifact", {{"type", "string"}}}}}}}}}}},
        {"params", {{"type", "object"}}},
        {"outputs", {{"type", "array"}, {"items", {{"type", "string"}, {"enum", {"glb", "gltf", "obj", "stl", "3mf", "ply"}}}}}},
        {"seed", {{"type", "integer"}, {"minimum", 0}}},
        {"project_id", {{"type", "string"}}},
        {"webhook_url", {{"type", "string"}, {"format", "uri"}}}}}};
  const nlohmann::json slot = {
      {"type", "object"},
      {"properties", {{"upload_id", {{"type", "string"}}}, {"upload_url", {{"type", "string"}}}, {"method", {{"type", "string"}}},
                      {"headers", {{"type", "object"}}}, {"expires_at", {{"type", "string"}}}, {"public_url", {{"type", "string"}}}}}};
  return {{"Error", error}, {"Artifact", artifact}, {"Job", job}, {"JobSpec", spec}, {"UploadSlot", slot}};
}

}  // namespace

nlohmann::json buildOpenApi(const http::Router& router) {
  nlohmann::json paths = nlohmann::json::object();
  static const std::regex kParam(R"(\{([a-z_]+)\})");
  for (const auto& route : router.routes()) {
    std::string method = route.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    nlohmann::json op = {{"summary", route.doc.summary}, {"operationId", method + route.pattern}};
    if (!route.doc.description.empty()) op["description"] = route.doc.description;
    if (!route.doc.tags.empty()) op["tags"] = route.doc.tags;
    nlohmann::json parameters = nlohmann::json::array();
    for (auto it = std::sregex_iterator(route.pattern.begin(), route.pattern.end(), kParam); it != std::sregex_iterator(); ++it) {
      parameters.push_back({{"name", (*it)[1].str()}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
    }
    for (const auto& p : route.doc.parameters) parameters.push_back(p);
    if (!parameters.empty()) op["parameters"] = parameters;
    if (!route.doc.request_body.is_null()) op["requestBody"] = route.doc.request_body;
    nlohmann::json responses = route.doc.responses.is_object() && !route.doc.responses.empty()
                                   ? route.doc.responses
                                   : nlohmann::json{{"200", {{"description", "OK"}}}};
    for (auto& [status, response] : responses.items()) {
      if (!response.contains("description")) response["description"] = status;
    }
    op["responses"] = responses;
    paths[route.pattern][method] = op;
  }
  return {{"openapi", "3.1.0"},
          {"info", {{"title", "kiln"}, {"version", "0.1.0"},
                    {"description", "Self-hosted 3D asset generation: create → poll → download."}}},
          {"paths", paths},
          {"components", {{"schemas", schemas()}}}};
}

}  // namespace kiln::api
