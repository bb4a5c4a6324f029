#pragma once
// GET /: a small HTML page to make a model from a browser.

#include "http/router.h"

namespace kiln::api {

void addIndexRoute(http::Router& router);

}  // namespace kiln::api
