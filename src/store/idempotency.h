#pragma once
// A request's hold on an Idempotency-Key (IETF httpapi Idempotency-Key
// draft; REFERENCES.md "Idempotency keys"), shared by the account store,
// which keeps the records, and the job store, which links a key to the job
// its request created in the same transaction as the job's insert.

#include <string>

namespace kiln::store {

/// Who holds an in-flight idempotency record. The token is random per claim:
/// taking a claim over issues a new one, so the previous holder can neither
/// create a job under the key nor store a response for it any more (fencing).
struct IdempotencyClaim {
  std::string scope;  // "ws:<workspace>" or "ip:<address>"
  std::string key;    // the Idempotency-Key header value
  std::string token;  // this holder's fencing token
};

}  // namespace kiln::store
