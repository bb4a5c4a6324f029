// kiln: the one binary — offline tools now; server, worker and API client as they land.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{
      "kiln — self-hosted 3D asset generation.\n"
      "Makes GLB, glTF, OBJ, STL, 3MF and PLY models from a text prompt, offline on the CPU.\n"
      "Run `kiln <command> --help` for a command's options."};
  app.set_version_flag("--version", std::string("kiln 0.1.0"));
  app.require_subcommand(1);

  std::map<CLI::App*, kiln::app::Runner> runners;
  auto* make = app.add_subcommand("make", "Make a model from a prompt, offline, and write it to a file");
  runners[make] = kiln::app::addMakeCommand(*make);
  auto* catalog = app.add_subcommand("catalog", "List engines, their parameters, and the quality tiers");
  runners[catalog] = kiln::app::addCatalogCommand(*catalog);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  for (auto* sub : app.get_subcommands()) {
    if (auto it = runners.find(sub); it != runners.end()) return it->second();
  }
  std::fputs(app.help().c_str(), stderr);
  return kiln::app::kExitUsage;
}
