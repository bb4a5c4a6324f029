// `kiln keys create|list|revoke` and `kiln credits grant`: account
// administration straight on a data directory (the server may be running).
#include <fmt/format.h>

#include "accounts/api_key.h"
#include "commands.h"
#include "core/clock.h"
#include "store/store.h"

namespace kiln::app {
namespace {

struct KeysOptions {
  std::string data = "./var";
  std::vector<std::string> workspaces;
  int64_t credits = 0;
  std::string name;
  std::string key_id;
  bool json = false;
};

Result<store::Stores> open(const std::string& data, const char* command) {
  auto stores = store::openDataDir(data);
  if (!stores) fmt::print(stderr, "kiln {}: {}\n", command, stores.error().message);
  return stores;
}

int runCreate(const KeysOptions& o) {
  if (o.workspaces.empty()) {
    fmt::print(stderr, "kiln keys create: --workspace is required\n");
    return kExitUsage;
  }
  if (o.credits < 0) {
    fmt::print(stderr, "kiln keys create: --credits must be 0 or more\n");
    return kExitUsage;
  }
  auto stores = open(o.data, "keys create");
  if (!stores) return kExitFailure;
  for (const auto& w : o.workspaces) {
    if (auto ws = stores->accounts->ensureWorkspace(w, w); !ws) {
      fmt::print(stderr, "kiln keys create: {}\n", ws.error().message);
      return kExitUsage;
    }
  }
  const std::string key = accounts::generateApiKey();
  auto record = stores->accounts->createKey(accounts::apiKeyHash(key), accounts::apiKeyHint(key), o.name, o.workspaces);
  if (!record) {
    fmt::print(stderr, "kiln keys create: {}\n", record.error().message);
    return kExitFailure;
  }
  if (o.credits > 0) {
    if (auto granted = stores->accounts->grantCredits(o.workspaces.front(), o.credits, "granted with key " + record->id);
        !granted) {
      fmt::print(stderr, "kiln keys create: {}\n", granted.error().message);
      return kExitFailure;
    }
  }
  // The key alone on stdout (KEY=$(kiln keys create …)); it is never shown again.
  fmt::print("{}\n", key);
  fmt::print(stderr, "created {} for workspace {} — store the key now, it cannot be shown again\n", record->id,
             fmt::join(o.workspaces, ", "));
  return kExitOk;
}

int runList(const KeysOptions& o) {
  auto stores = open(o.data, "keys list");
  if (!stores) return kExitFailure;
  auto keys = stores->accounts->listKeys();
  if (!keys) {
    fmt::print(stderr, "kiln keys list: {}\n", keys.error().message);
    return kExitFailure;
  }
  if (o.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& k : *keys) {
      out.push_back({{"id", k.id}, {"name", k.name}, {"hint", k.hint}, {"workspaces", k.workspace_ids},
                     {"created_at", formatRfc3339(k.created_at_ms)}, {"revoked", k.isRevoked()}});
    }
    fmt::print("{}\n", out.dump(2));
    return kExitOk;
  }
  fmt::print("{:<32} {:<8} {:<9} {:<24} {}\n", "ID", "ENDS", "STATE", "CREATED", "WORKSPACES");
  for (const auto& k : *keys) {
    fmt::print("{:<32} …{:<7} {:<9} {:<24} {}\n", k.id, k.hint, k.isRevoked() ? "revoked" : "active",
               formatRfc3339(k.created_at_ms), fmt::join(k.workspace_ids, ","));
  }
  return kExitOk;
}

int runRevoke(const KeysOptions& o) {
  auto stores = open(o.data, "keys revoke");
  if (!stores) return kExitFailure;
  auto key = stores->accounts->revokeKey(o.key_id);
  if (!key) {
    fmt::print(stderr, "kiln keys revoke: {}\n", key.error().message);
    return key.error().code == ErrorCode::kNotFound ? kExitUsage : kExitFailure;
  }
  fmt::print("revoked {}\n", key->id);
  return kExitOk;
}

int runGrant(const KeysOptions& o) {
  if (o.workspaces.size() != 1 || o.credits <= 0) {
    fmt::print(stderr, "kiln credits grant: give --workspace W and a positive amount\n");
    return kExitUsage;
  }
  auto stores = open(o.data, "credits grant");
  if (!stores) return kExitFailure;
  auto balance = stores->accounts->grantCredits(o.workspaces.front(), o.credits, o.name.empty() ? "granted by admin" : o.name);
  if (!balance) {
    fmt::print(stderr, "kiln credits grant: {}\n", balance.error().message);
    return balance.error().code == ErrorCode::kNotFound ? kExitUsage : kExitFailure;
  }
  fmt::print("{} credits available in {} ({} granted, {} spent, {} reserved)\n", balance->available(),
             o.workspaces.front(), balance->granted, balance->captured, balance->reserved);
  return kExitOk;
}

}  // namespace

Runner addKeysCommand(CLI::App& app) {
  auto o = std::make_shared<KeysOptions>();
  app.require_subcommand(1);
  auto* create = app.add_subcommand("create", "Create an API key (printed once, alone on stdout)");
  create->add_option("--data", o->data, "Data directory of the server")->capture_default_str();
  create->add_option("--workspace", o->workspaces, "Workspace(s) the key may use; the first is its default "
                                                   "(created when new)")->required();
  create->add_option("--credits", o->credits, "Credits to grant the first workspace")->capture_default_str();
  create->add_option("--name", o->name, "A label for listings");
  auto* list = app.add_subcommand("list", "List keys (ids, last characters, workspaces, state)");
  list->add_option("--data", o->data, "Data directory of the server")->capture_default_str();
  list->add_flag("--json", o->json, "Print JSON");
  auto* revoke = app.add_subcommand("revoke", "Revoke a key by its id (key_…)");
  revoke->add_option("--data", o->data, "Data directory of the server")->capture_default_str();
  revoke->add_option("key_id", o->key_id, "The key's id from `kiln keys list`")->required();
  return [o, create, list, revoke] {
    if (create->parsed()) return runCreate(*o);
    if (list->parsed()) return runList(*o);
    if (revoke->parsed()) return runRevoke(*o);
    return kExitUsage;
  };
}

Runner addCreditsCommand(CLI::App& app) {
  auto o = std::make_shared<KeysOptions>();
  app.require_subcommand(1);
  auto* grant = app.add_subcommand("grant", "Add credits to a workspace");
  grant->add_option("--data", o->data, "Data directory of the server")->capture_default_str();
  grant->add_option("--workspace", o->workspaces, "The workspace")->required()->expected(1);
  grant->add_option("amount", o->credits, "Credits to add")->required();
  grant->add_option("--note", o->name, "Why (shown in /v1/usage)");
  return [o, grant] {
    if (grant->parsed()) return runGrant(*o);
    return kExitUsage;
  };
}

}  // namespace kiln::app
