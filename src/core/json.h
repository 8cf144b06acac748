// JSON forms of the records (the formats product.md fixes). nlohmann::json is used for writing only;
// reading large inputs goes through simdjson in src/read.
#pragma once
#include <nlohmann/json.hpp>
#include "core/record.h"

namespace incidex {
nlohmann::json to_json(const Date&);          // "2011-11-12" or null
nlohmann::json to_json(const Place&);
nlohmann::json to_json(const Evidence&);
nlohmann::json to_json(const Mention&);       // as `incidex extract` prints it
nlohmann::json to_json(const Incident&);      // as `incidex export` prints it
nlohmann::json document_json(const Document&, bool with_text = true);  // as `incidex clean` prints it
Mention mention_from_json(const nlohmann::json&);  // inverse of to_json(Mention), for the store
}  // namespace incidex
