// FNV-1a hashing of strings for the lookup tables of data files (gazetteer keys, lexicon phrases):
// transparent, so a std::string_view looks up a std::string key without building one.
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace incidex {

struct FnvHash {
  using is_transparent = void;
  constexpr std::size_t operator()(std::string_view s) const {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(h);
  }
};

// A token's hash as the tokenizer keeps it (Tokens::hash: the low 32 bits of the FnvHash of its lower-case
// text), here for a word known when compiling: `tk.hash[i] == token_hash("ago") && tk.lower[i] == "ago"`
// compares the text only where the hashes agree.
constexpr std::uint32_t token_hash(std::string_view lower_word) { return static_cast<std::uint32_t>(FnvHash{}(lower_word)); }

template <typename V>
using StringMap = std::unordered_map<std::string, V, FnvHash, std::equal_to<>>;

// A bit filter of hashes: may_hold() is false for most hashes never added (the more bits a key, the more
// of them) and true for every one added. It stands in front of a table of words that most words looked up
// are not in.
class HashFilter {
 public:
  // Room for `keys` hashes at `bits_per_key` bits each (rounded up to a power of two); clears the filter.
  void reserve(std::size_t keys, std::size_t bits_per_key = 8) {
    std::size_t words = 1;
    while (words * 64 < keys * bits_per_key) words *= 2;
    bits_.assign(words, 0);
    room_ = words * 64 / bits_per_key;
  }
  std::size_t room() const { return room_; }  // keys it holds before reserve() is due again
  void add(std::size_t h) { bits_[(h >> 6) & (bits_.size() - 1)] |= std::uint64_t{1} << (h & 63); }
  bool may_hold(std::size_t h) const { return bits_[(h >> 6) & (bits_.size() - 1)] >> (h & 63) & 1; }

 private:
  std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(1, 0);  // a power of two of 64-bit words
  std::size_t room_ = 8;
};

// Words mapped to values, looked up by string_view, as the gazetteer's names and the word lists are: a
// HashFilter in front of the table turns away most words looked up, which are not in it, after hashing; a
// word that gets past it is looked for in a flat open-addressing table of 32-bit hashes (token_hash: the
// tokenizer's own, so a token's look-up hashes nothing), its text compared only where the hashes agree.
// Keeps its words in the order they came.
template <typename V>
class WordMap {
 public:
  // The value of `word`, made (value-initialised) when the word is new.
  V& operator[](std::string_view word) { return values_[add(word)]; }
  // Whether `word` is new: then it is added, with `value`.
  bool insert(std::string_view word, V value = V{}) {
    std::size_t before = words_.size();
    std::size_t k = add(word);
    if (words_.size() == before) return false;
    values_[k] = std::move(value);
    return true;
  }
  const V* find(std::string_view word) const { return find(word, token_hash(word)); }
  // The same for a token whose hash the tokenizer made already (Tokens::hash).
  const V* find(std::string_view word, std::uint32_t token_hash) const {
    if (!filter_.may_hold(token_hash)) return nullptr;
    std::uint32_t at = slot_of(word, token_hash);
    return at == kNone ? nullptr : &values_[slots_[at].index];
  }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  const std::vector<std::string>& words() const { return words_; }  // in the order they came
  std::size_t index(std::string_view word) const {  // its place in words(), or size() when not there
    const std::uint32_t h = token_hash(word);
    std::uint32_t at = filter_.may_hold(h) ? slot_of(word, h) : kNone;
    return at == kNone ? words_.size() : slots_[at].index;
  }

 private:
  static constexpr std::size_t kBitsPerWord = 16;  // about 6 % of the words not in it get past the filter
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t index = kNone;  // into words_; kNone: empty
  };
  // The slot holding `word` (whose token_hash is h), or kNone.
  std::uint32_t slot_of(std::string_view word, std::uint32_t h) const {
    if (slots_.empty()) return kNone;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = h & mask;; at = (at + 1) & mask) {
      const Slot& s = slots_[at];
      if (s.index == kNone) return kNone;
      if (s.hash == h && words_[s.index] == word) return static_cast<std::uint32_t>(at);
    }
  }
  // The index of `word` in words_, where it is added if new.
  std::size_t add(std::string_view word) {
    const std::uint32_t h = token_hash(word);
    if (std::uint32_t at = slot_of(word, h); at != kNone) return slots_[at].index;
    if (2 * (words_.size() + 1) > slots_.size()) grow();
    words_.emplace_back(word);
    values_.emplace_back();
    place(static_cast<std::uint32_t>(words_.size() - 1), h);
    if (words_.size() <= filter_.room()) {
      filter_.add(h);
    } else {  // full: a filter twice as large, the words added again
      filter_.reserve(2 * words_.size(), kBitsPerWord);
      for (const auto& w : words_) filter_.add(token_hash(w));
    }
    return words_.size() - 1;
  }
  void place(std::uint32_t index, std::uint32_t h) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = h & mask;
    while (slots_[at].index != kNone) at = (at + 1) & mask;
    slots_[at] = {h, index};
  }
  void grow() {  // twice the slots (16 at first), at most half full
    slots_.assign(std::max<std::size_t>(16, 2 * slots_.size()), Slot{});
    for (std::uint32_t k = 0; k < words_.size(); ++k) place(k, token_hash(words_[k]));
  }
  std::vector<std::string> words_;
  std::vector<V> values_;    // values_[k] is words_[k]'s
  std::vector<Slot> slots_;  // a power of two of them
  HashFilter filter_;
};

// A set of words looked up by string_view, as the lexicons' word lists are (a WordMap with no values).
// Iterates in the order the words were inserted.
class StringSet {
 public:
  using const_iterator = std::vector<std::string>::const_iterator;
  StringSet() = default;
  StringSet(std::initializer_list<std::string> words) {
    for (const auto& w : words) insert(w);
  }
  template <typename... Args>
  bool emplace(Args&&... args) {
    return insert(std::string(std::forward<Args>(args)...));
  }
  bool insert(std::string_view word) { return map_.insert(word); }
  bool contains(std::string_view word) const { return map_.find(word) != nullptr; }
  // The same for a token whose hash the tokenizer made already (Tokens::hash).
  bool contains(std::string_view word, std::uint32_t token_hash) const { return map_.find(word, token_hash) != nullptr; }
  std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }
  const_iterator find(std::string_view word) const { return begin() + static_cast<std::ptrdiff_t>(map_.index(word)); }
  const_iterator begin() const { return map_.words().begin(); }
  const_iterator end() const { return map_.words().end(); }
  std::size_t size() const { return map_.size(); }
  bool empty() const { return map_.empty(); }

 private:
  struct None {};
  WordMap<None> map_;
};

// Counts of 32-bit keys (token hashes, feature buckets) in a flat table that is cleared for each use, as the
// role tagger counts an article's words and drops a candidate's repeated features.
class KeyCounts {
 public:
  void reset(std::size_t keys) {  // room for `keys` distinct keys (the table at most half full); no counts
    std::size_t slots = 16;
    while (slots < 2 * keys) slots *= 2;
    slots_.assign(slots, {0, 0});
  }
  std::uint32_t add(std::uint32_t key) {  // counts it once more; returns its count
    auto& s = slots_[at(key)];
    s.first = key;
    return ++s.second;
  }
  std::uint32_t count(std::uint32_t key) const { return slots_[at(key)].second; }

 private:
  std::size_t at(std::uint32_t key) const {  // its slot, or the free one where it would go
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = (key * 0x9E3779B1u) & mask;
    while (slots_[i].second != 0 && slots_[i].first != key) i = (i + 1) & mask;
    return i;
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> slots_;  // (key, count); count 0: free
};

// 32-bit FNV-1a, for the taggers' hashed features.
inline std::uint32_t fnv32(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char ch : s) {
    h ^= ch;
    h *= 16777619u;
  }
  return h;
}

// One hashed feature of a perceptron: a template id and up to three values, combined with odd multipliers
// and one avalanche step; the caller masks it to its table's size.
inline std::uint32_t feature_hash(std::uint32_t id, std::uint32_t a = 0, std::uint32_t b = 0, std::uint32_t c = 0) {
  std::uint32_t h = id * 0x9E3779B1u + a * 0x85EBCA77u + b * 0xC2B2AE3Du + c * 0x27D4EB2Fu;
  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 13;
  return h;
}

// feature_hash masked to a model's table of `Buckets` rows (a power of two), one per model:
//   constexpr FeatureHasher<RoleTagger::kBuckets> feature;  ...  feature(3, head, words)
template <std::uint32_t Buckets>
struct FeatureHasher {
  static_assert(Buckets != 0 && (Buckets & (Buckets - 1)) == 0, "a table of a power of two rows");
  std::uint32_t operator()(std::uint32_t id, std::uint32_t a = 0, std::uint32_t b = 0, std::uint32_t c = 0) const {
    return feature_hash(id, a, b, c) & (Buckets - 1);
  }
};

}  // namespace incidex
