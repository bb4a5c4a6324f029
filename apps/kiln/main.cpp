// kiln: the one binary — offline tools now; server, worker and API client as they land.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <map>

#include "commands.h"
#include "engines/sculpt/subject_library.h"

int main(int argc, char** argv) {
  // Logs go to stderr; stdout carries results (ids, JSON, the listening URL).
  spdlog::set_default_logger(spdlog::stderr_color_mt("kiln"));
  CLI::App app{
      "kiln — self-hosted 3D asset generation.\n"
      "Makes GLB, glTF, OBJ, STL, 3MF and PLY models from a text prompt or a photo on the CPU, offline or as a job server.\n"
      "Run `kiln <command> --help` for a command's options."};
  app.set_version_flag("--version", std::string("kiln 0.1.0"));
  app.require_subcommand(1);
  // Subject folders apply to every command that makes models (make, gallery,
  // serve and its workers); they may be given before or after the command.
  std::vector<std::string> subject_dirs;
  app.add_option("--subjects", subject_dirs,
                 "A folder of extra subject files (*.lua) to load besides the built-in library; repeatable. "
                 "Also KILN_SUBJECTS=DIR1:DIR2")
      ->type_name("DIR")
      ->allow_extra_args(false);
  app.fallthrough();

  std::map<CLI::App*, kiln::app::Runner> runners;
  auto* serve = app.add_subcommand("serve", "Run the HTTP API with supervised worker processes");
  runners[serve] = kiln::app::addServeCommand(*serve);
  auto* worker = app.add_subcommand("worker", "Run jobs from a data directory (started by `kiln serve`, or by hand to scale out)");
  runners[worker] = kiln::app::addWorkerCommand(*worker);
  auto* make = app.add_subcommand("make", "Make a model from a prompt or a photo, offline, and write it to a file");
  runners[make] = kiln::app::addMakeCommand(*make);
  auto* catalog = app.add_subcommand("catalog", "List engines, their parameters, and the quality tiers");
  runners[catalog] = kiln::app::addCatalogCommand(*catalog);
  auto* subjects = app.add_subcommand("subjects", "List the subjects text to 3D can make (--family, --search)");
  runners[subjects] = kiln::app::addSubjectsCommand(*subjects);
  auto* render = app.add_subcommand("render", "Render a model file to a PNG or JPEG image, or an MP4 turntable (path traced, offline)");
  runners[render] = kiln::app::addRenderCommand(*render);
  auto* gallery = app.add_subcommand("gallery", "Make one model per prompt and render them on a labelled contact sheet");
  runners[gallery] = kiln::app::addGalleryCommand(*gallery);
  auto* generate = app.add_subcommand("generate", "Make a model on a kiln server, follow its progress, download it");
  runners[generate] = kiln::app::addGenerateCommand(*generate);
  auto* submit = app.add_subcommand("submit", "Queue a job on a kiln server and print its id");
  runners[submit] = kiln::app::addSubmitCommand(*submit);
  auto* status = app.add_subcommand("status", "Show a job's state, progress, artifacts and checks");
  runners[status] = kiln::app::addStatusCommand(*status);
  auto* fetch = app.add_subcommand("fetch", "Download every artifact of a finished job");
  runners[fetch] = kiln::app::addFetchCommand(*fetch);
  auto* cancel = app.add_subcommand("cancel", "Cancel a queued or running job");
  runners[cancel] = kiln::app::addCancelCommand(*cancel);
  auto* batch = app.add_subcommand("batch", "Make one model per line of a prompts file, a few at a time, resumable");
  runners[batch] = kiln::app::addBatchCommand(*batch);

  auto* keys = app.add_subcommand("keys", "Create, list and revoke API keys in a server's data directory");
  runners[keys] = kiln::app::addKeysCommand(*keys);
  auto* credits = app.add_subcommand("credits", "Grant credits to a workspace in a server's data directory");
  runners[credits] = kiln::app::addCreditsCommand(*credits);
  auto* studio = app.add_subcommand("studio", "Studio-compatible client: start-miniature, start-generation, status, fetch-result");
  runners[studio] = kiln::app::addStudioCommand(*studio);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (!subject_dirs.empty()) {
    kiln::engines::sculpt::SubjectLibrary::configure({subject_dirs.begin(), subject_dirs.end()});
  }
  for (auto* sub : app.get_subcommands()) {
    if (auto it = runners.find(sub); it != runners.end()) return it->second();
  }
  std::fputs(app.help().c_str(), stderr);
  return kiln::app::kExitUsage;
}
