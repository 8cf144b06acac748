#include "analyse/lexicon.h"

#include <stdexcept>

#include "core/data_dir.h"

namespace incidex {

Lexicon::Lexicon(const std::string& name) {
  for (Row cols : read_data_rows(name)) {
    std::string phrase = cols[0];
    cols.erase(cols.begin());
    std::size_t words = 1;
    for (char c : phrase) words += c == ' ';
    max_words_ = std::max(max_words_, words);
    std::string first = phrase.substr(0, phrase.find(' '));
    auto h = static_cast<std::uint32_t>(FnvHash{}(first)) % kBits;
    first_bits_[h / 64] |= std::uint64_t{1} << (h % 64);
    first_words_.insert(first);
    for (std::size_t sp = phrase.find(' '); sp != std::string::npos; sp = phrase.find(' ', sp + 1))
      prefixes_.insert(phrase.substr(0, sp));
    rows_[phrase] = std::move(cols);
  }
}

const Lexicon::Row* Lexicon::find(const std::string& phrase) const {
  auto it = rows_.find(phrase);
  return it == rows_.end() ? nullptr : &it->second;
}

const Lexicon::Row* Lexicon::match(const Tokens& tk, std::uint32_t i, std::uint32_t end,
                                   std::uint32_t& len) const {
  if (i >= end) return nullptr;
  if (i < tk.hash.size()) {  // no first word hashes to this bit: no phrase starts here
    std::uint32_t h = tk.hash[i] % kBits;
    if (!(first_bits_[h / 64] >> (h % 64) & 1)) return nullptr;
  }
  if (!first_words_.count(tk.lower[i])) return nullptr;
  std::string key;
  const Row* best = nullptr;
  for (std::uint32_t n = 1; n <= max_words_ && i + n <= end; ++n) {
    if (n > 1) key += ' ';
    key += tk.lower[i + n - 1];
    if (auto it = rows_.find(key); it != rows_.end()) {
      best = &it->second;
      len = n;
    }
    if (!prefixes_.count(key)) break;  // no longer phrase begins with these words
  }
  return best;
}

}  // namespace incidex
