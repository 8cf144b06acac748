#include "resolve/keys.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "analyse/gazetteer.h"
#include "core/data_dir.h"
#include "core/hash.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first
namespace {

const StringSet& stopwords() {
  static const StringSet words = [] {
    StringSet s;
    for (auto& row : read_data_rows("resolve_stopwords.txt"))
      if (!row.empty()) s.insert(row[0]);
    return s;
  }();
  return words;
}

// Countries, demonyms and first-level regions say where, which the resolver compares as places; as shared
// names they would make every two stories from one country look alike.
bool region_word(std::string_view w) {
  const Gazetteer& g = Gazetteer::shared();
  const auto* hits = g.lookup(w);
  if (!hits) return false;
  for (auto i : *hits) {
    auto k = g.at(i).kind;
    if (k == GazEntry::Kind::country || k == GazEntry::Kind::demonym || k == GazEntry::Kind::admin1) return true;
  }
  return false;
}

// Appends the lower-cased words of `text` to `out`; only capitalised ones when `capitalised_only` (the
// others are read past without being built). ASCII is classified inline, the rest by ICU. Stopwords and
// region words are still among them: distinct_words() drops them once each distinct word is left.
void collect_words(std::string_view text, bool capitalised_only, std::vector<std::string>& out) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t n = static_cast<int32_t>(text.size()), i = 0;
  std::string word;
  bool in_word = false, skip = false;
  auto flush = [&] {
    if (in_word && !skip) {
      if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
      if (word.size() >= 2) out.push_back(word);
    }
    word.clear();
    in_word = skip = false;
  };
  while (i < n) {
    UChar32 c;
    bool letter;
    if (s[i] < 0x80) {
      c = s[i++];
      letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    } else {
      U8_NEXT(s, i, n, c);
      if (c < 0) {
        flush();
        continue;
      }
      letter = u_isalpha(c);
    }
    bool joiner = in_word && (c == '\'' || c == 0x2019 || c == '-') && i < n && s[i] < 0x80 && std::isalpha(s[i]);
    if (letter || joiner) {
      if (!in_word) {
        in_word = true;
        bool upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
        skip = capitalised_only && !upper;
      }
      if (skip) continue;
      if (c < 0x80) {
        word += joiner || c < 'A' || c > 'Z' ? static_cast<char>(c) : static_cast<char>(c + 32);
        continue;
      }
      UChar32 l = joiner ? '\'' : u_tolower(c);
      char buf[4];
      int32_t k = 0;
      U8_APPEND_UNSAFE(buf, k, l);
      word.append(buf, static_cast<std::size_t>(k));
    } else {
      flush();
    }
  }
  flush();
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The distinct words collect_words() found, sorted, without stopwords and region words: each distinct
// word looked up once, not at each of its occurrences, and only those sorted (a name comes many times).
void distinct_words(std::vector<std::string>& v) {
  // the words kept so far, by hash: a flat table of 1 + index into v, at most half full
  thread_local std::vector<std::uint32_t> slots;
  std::size_t size = 16;
  while (size < 2 * v.size()) size *= 2;
  slots.assign(size, 0);
  std::size_t kept = 0;
  for (std::size_t k = 0; k < v.size(); ++k) {
    std::size_t at = token_hash(v[k]) & (size - 1);
    bool seen = false;
    for (; slots[at] != 0 && !seen; at = (at + 1) & (size - 1)) seen = v[slots[at] - 1] == v[k];
    if (seen) continue;
    if (kept != k) v[kept] = std::move(v[k]);
    slots[at] = static_cast<std::uint32_t>(++kept);
  }
  v.resize(kept);
  std::erase_if(v, [](const std::string& w) { return stopwords().count(w) || region_word(w); });
  std::sort(v.begin(), v.end());
}

}  // namespace

std::vector<std::string> name_words(std::string_view text) {
  std::vector<std::string> out;
  collect_words(text, true, out);
  distinct_words(out);
  return out;
}

DocumentKeys document_keys(const Document& d, const Analysis* a) {
  DocumentKeys k;
  collect_words(d.title, true, k.names);
  if (a && a->tokens.caseless) {
    std::string_view text = d.text;
    auto span = [&](std::uint32_t first, std::uint32_t last) {  // tokens [first, last)
      if (last > a->tokens.tokens.size() || first >= last) return;
      auto b = a->tokens.tokens[first].start, e = a->tokens.tokens[last - 1].end;
      collect_words(text.substr(b, e - b), false, k.names);
    };
    for (auto& n : a->names) span(n.first, n.last);
    for (auto& p : a->places)
      if (!p.dateline) span(p.first, p.last);
  } else if (a) {
    // the capitalised words the tokenizer found, each read as collect_words reads it (not the whole text again)
    std::string_view text = d.text;
    for (const Token& t : a->tokens.tokens)
      if (t.cap && t.kind == Token::word) collect_words(text.substr(t.start, t.end - t.start), true, k.names);
  } else {
    collect_words(d.text, true, k.names);
  }
  distinct_words(k.names);
  collect_words(d.title, false, k.title);
  distinct_words(k.title);
  if (a) {
    std::string_view text = d.text;
    for (auto& n : a->names) {
      if (n.type != "per"sv || n.last < n.first + 2 || n.last > a->tokens.tokens.size()) continue;  // a full name: two words at least
      auto b = a->tokens.tokens[n.first].start, e = a->tokens.tokens[n.last - 1].end;
      std::string key = fuzzy_key(text.substr(b, e - b));
      if (key.find(' ') != std::string::npos) k.people.push_back(key);
    }
    sort_unique(k.people);
    for (auto& t : a->times)
      if (t.date.precision == Date::Precision::day && !t.implicit) k.dates.push_back(t.date.iso());
    sort_unique(k.dates);
  }
  return k;
}

namespace {
// ICU's "Any-Latin; Latin-ASCII" (null if ICU lacks it). Building it reads ICU's whole transliterator
// registry, some 150M instructions, so it is built once, when the first pipeline starts.
icu::Transliterator* to_ascii() {
  static const std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, err));
    return U_FAILURE(err) ? nullptr : std::move(t);
  }();
  return tr.get();
}
}  // namespace

void load_fuzzy_keys() { to_ascii(); }

std::string fuzzy_key(std::string_view name) {
  std::string ascii(name);
  bool plain = std::all_of(ascii.begin(), ascii.end(), [](unsigned char c) { return c < 0x80; });
  if (!plain) {
    static std::mutex mu;
    if (icu::Transliterator* tr = to_ascii()) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(ascii.data(), static_cast<int32_t>(ascii.size())));
      {
        std::lock_guard<std::mutex> lock(mu);
        tr->transliterate(u);
      }
      ascii.clear();
      u.toUTF8String(ascii);
    }
  }
  std::string out;
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  std::size_t i = 0;
  while (i < ascii.size()) {
    while (i < ascii.size() && !std::isalpha(static_cast<unsigned char>(ascii[i]))) ++i;
    std::string w;
    while (i < ascii.size() && (std::isalpha(static_cast<unsigned char>(ascii[i])) || ascii[i] == '\'')) {
      if (ascii[i] != '\'') w += static_cast<char>(std::tolower(static_cast<unsigned char>(ascii[i])));
      ++i;
    }
    if (w.empty()) continue;
    std::string k(1, w[0]);
    for (std::size_t j = 1; j < w.size(); ++j) {
      char c = w[j];
      if (vowel(c)) continue;
      if (c == 'h' && j > 0 && (w[j - 1] == 'k' || w[j - 1] == 'g' || w[j - 1] == 'c' || w[j - 1] == 's')) continue;
      if (c == 'h' && j + 1 == w.size()) continue;
      if (c == k.back()) continue;
      k += c;
    }
    if (!out.empty()) out += ' ';
    out += k;
  }
  return out;
}

}  // namespace incidex
