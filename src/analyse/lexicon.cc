#include "analyse/lexicon.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>

#include "core/data_dir.h"

namespace incidex {

namespace {
constexpr std::uint64_t kSeed = 0x243F6A8885A308D3ULL;
}  // namespace

std::uint64_t Lexicon::words_key(std::uint64_t key, std::uint32_t word_hash) {
  key = (key ^ word_hash) * 0x9E3779B97F4A7C15ULL;
  return key ^ (key >> 29);
}

const Lexicon::Entry* Lexicon::entry(std::uint64_t key) const {
  const std::size_t mask = table_.size() - 1;
  for (std::size_t at = key & mask;; at = (at + 1) & mask) {
    const Entry& e = table_[at];
    if (!e.phrase && !e.goes_on) return nullptr;
    if (e.key == key) return &e;
  }
}

Lexicon::Entry& Lexicon::add_entry(std::uint64_t key) {
  const std::size_t mask = table_.size() - 1;
  for (std::size_t at = key & mask;; at = (at + 1) & mask) {
    Entry& e = table_[at];
    if (!e.phrase && !e.goes_on) {
      e.key = key;
      return e;
    }
    if (e.key == key) return e;
  }
}

Lexicon::Lexicon(const std::string& name) {
  for (Row cols : read_data_rows(name)) {
    std::string phrase = cols[0];
    cols.erase(cols.begin());
    std::size_t words = 1;
    for (char c : phrase) words += c == ' ';
    max_words_ = std::max(max_words_, words);
    rows_[phrase] = std::move(cols);
  }
  first_words_.reserve(rows_.size(), 64);  // few words: a dense filter, which few others get past
  for (auto& [phrase, row] : rows_) first_words_.add(token_hash(std::string_view(phrase).substr(0, phrase.find(' '))));
  // The table: every phrase and every beginning of one, at most half full.
  std::size_t size = 16;
  for (auto& [phrase, row] : rows_)
    for (char c : phrase) size += c == ' ';
  size += rows_.size();
  std::size_t slots = 16;
  while (slots < 2 * size) slots *= 2;
  table_.assign(slots, Entry{});
  for (auto& [phrase, row] : rows_) {
    std::uint64_t key = kSeed;
    std::size_t from = 0;
    for (std::size_t sp = phrase.find(' ');; sp = phrase.find(' ', from)) {
      key = words_key(key, token_hash(std::string_view(phrase).substr(from, sp == std::string::npos ? sp : sp - from)));
      if (sp == std::string::npos) break;
      add_entry(key).goes_on = true;
      from = sp + 1;
    }
    Entry& e = add_entry(key);
    e.phrase = &phrase;
    e.row = &row;
  }
}

const Lexicon::Row* Lexicon::find(const std::string& phrase) const {
  auto it = rows_.find(phrase);
  return it == rows_.end() ? nullptr : &it->second;
}

const Lexicon::Row* Lexicon::match_from(const Tokens& tk, std::uint32_t i, std::uint32_t end,
                                        std::uint32_t& len) const {
  end = std::min<std::uint32_t>(end, static_cast<std::uint32_t>(tk.lower.size()));
  const bool hashed = tk.hash.size() == tk.lower.size();  // Tokens made by the tokenizer carry the hashes
  auto word_hash = [&](std::uint32_t k) { return hashed ? tk.hash[k] : token_hash(tk.lower[k]); };
  std::uint32_t first = word_hash(i);
  if (!first_words_.may_hold(first)) return nullptr;  // no phrase starts so
  // Whether the phrase is these n tokens, word by word (the keys of two word runs could be equal).
  auto same = [&](const std::string& phrase, std::uint32_t n) {
    std::size_t at = 0;
    for (std::uint32_t k = i; k < i + n; ++k) {
      const std::string& w = tk.lower[k];
      if (k > i && (at >= phrase.size() || phrase[at++] != ' ')) return false;
      if (phrase.compare(at, w.size(), w) != 0) return false;
      at += w.size();
    }
    return at == phrase.size();
  };
  const Row* best = nullptr;
  std::uint64_t key = kSeed;
  for (std::uint32_t n = 1; n <= max_words_ && i + n <= end; ++n) {
    key = words_key(key, n == 1 ? first : word_hash(i + n - 1));
    const Entry* e = entry(key);
    if (!e) break;
    if (e->phrase && same(*e->phrase, n)) {
      best = e->row;
      len = n;
    }
    if (!e->goes_on) break;  // no longer phrase begins with these words
  }
  return best;
}

}  // namespace incidex
