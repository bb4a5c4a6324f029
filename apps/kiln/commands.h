#pragma once
// Sub-commands of the `kiln` binary. Each registers its options on a CLI11
// app and returns the process exit code when run.

#include <CLI/CLI.hpp>

#include <functional>

namespace kiln::app {

/// Exit codes: 0 success, 1 internal failure, 2 bad input (fix the command).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

using Runner = std::function<int()>;

Runner addServeCommand(CLI::App& app);
Runner addWorkerCommand(CLI::App& app);
Runner addMakeCommand(CLI::App& app);
Runner addCatalogCommand(CLI::App& app);
// The subject library (subjects_command.cpp).
Runner addSubjectsCommand(CLI::App& app);
// Offline rendering (render_command.cpp): a model file to an image; prompts to a contact sheet.
Runner addRenderCommand(CLI::App& app);
Runner addGalleryCommand(CLI::App& app);

// API client commands (client_commands.cpp): talk to a kiln server. The server
// URL and key come from --server/--api-key, else KILN_URL/KILN_API_KEY, else ./.env.
Runner addGenerateCommand(CLI::App& app);
Runner addSubmitCommand(CLI::App& app);
Runner addStatusCommand(CLI::App& app);
Runner addFetchCommand(CLI::App& app);
Runner addCancelCommand(CLI::App& app);
Runner addBatchCommand(CLI::App& app);

// Account administration on a data directory (keys_command.cpp).
Runner addKeysCommand(CLI::App& app);
Runner addCreditsCommand(CLI::App& app);

// The Studio dialect's client (studio_command.cpp).
Runner addStudioCommand(CLI::App& app);

}  // namespace kiln::app
