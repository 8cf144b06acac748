// FNV-1a hashing of strings for the lookup tables of data files (gazetteer keys, lexicon phrases):
// transparent, so a std::string_view looks up a std::string key without building one.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace incidex {

struct FnvHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(h);
  }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, FnvHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, FnvHash, std::equal_to<>>;

}  // namespace incidex
