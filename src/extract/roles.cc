#include "extract/roles.h"

#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <sstream>
#include <stdexcept>
#include <cctype>

#include "analyse/word_classes.h"
#include "core/data_dir.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

namespace {

const std::vector<std::string> kRoles = {"none", "perpetrator", "group", "target", "victim", "weapon"};
constexpr std::size_t kL = 6;
constexpr std::uint32_t kMaxWords = 6;   // the longest candidate
constexpr std::size_t kMaxPlaces = 4;    // the places a candidate's context is read from: its first four
constexpr std::uint32_t kOfWordsAfter = 4;  // the words of the run after "X of (the)" a candidate takes, at most
// a candidate's words' hashes combined (FNV-1a over the tokenizer's hashes)
constexpr std::uint64_t kWordsSeed = 1469598103934665603ULL, kWordsPrime = 1099511628211ULL;

inline std::uint32_t fnv(std::string_view s) { return fnv32(s); }
constexpr FeatureHasher<RoleTagger::kBuckets> feature;  // one hashed feature, masked to the table

std::uint32_t distance_bucket(std::uint32_t d) { return d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : 6; }
std::uint32_t count_bucket(std::size_t n) { return n <= 2 ? static_cast<std::uint32_t>(n) : n <= 4 ? 3 : 4; }

// Word class: number, word with digits, hyphenated word, plain word by length.
std::uint32_t word_class(const Token& t, const std::string& lower) {
  if (t.kind == Token::number) return 1;
  bool digit = std::any_of(lower.begin(), lower.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digit) return 2;
  if (lower.find('-') != std::string::npos) return 3;
  return 4 + static_cast<std::uint32_t>(std::min<std::size_t>(lower.size(), 10));
}

}  // namespace

struct RoleTagger::Prepared {
  std::vector<std::uint32_t> cls, name, sentence, freq, event_sentence;
  std::vector<std::uint16_t> wc;  // the word's class (analyse/word_classes.h)
  std::vector<std::uint8_t> near_event;  // per sentence: it or a sentence beside it tells of an incident
  std::vector<std::int32_t> name_at;  // the name (index into Analysis::names) each token is in, or -1
  std::vector<std::vector<std::uint32_t>> lex;      // lexicon codes on each token
  std::vector<std::uint32_t> left_w, left_d, right_w, right_d, left_k, right_k;  // nearest incident word
  std::vector<std::uint32_t> prep_w, prep_d;        // nearest preposition to the left
  std::vector<std::uint32_t> sentence_first, sentence_last;
};

RoleTagger::RoleTagger()
    : triggers_("triggers.tsv"), casualties_("casualty_words.tsv"), weapons_("weapons.tsv"),
      perpetrators_("perpetrators.txt"), targets_("targets.txt"), persons_("person_nouns.txt") {
  for (auto& row : read_data_rows("filler_stopwords.txt")) stop_.insert(row[0]);
}

void RoleTagger::prepare(const Analysis& a, Prepared& p) const {
  const Tokens& tk = a.tokens;
  const std::size_t n = tk.tokens.size();
  p.cls.assign(n, 0);
  p.name.assign(n, 0);
  p.sentence.assign(n, 0);
  p.event_sentence.assign(n, 0);
  if (p.lex.size() < n) p.lex.resize(n);
  for (std::size_t i = 0; i < n; ++i) p.lex[i].clear();  // each keeps its room from the last article
  for (auto* v : {&p.left_w, &p.left_d, &p.right_w, &p.right_d, &p.left_k, &p.right_k, &p.prep_w, &p.prep_d,
                  &p.sentence_first, &p.sentence_last})
    v->assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string& l = tk.lower[i];
    p.cls[i] = word_class(tk.tokens[i], l);
  }
  p.wc.assign(n, WordClasses::kNone);  // (looked up below, in the sentences that can hold candidates)
  {  // how often the word comes in the article: 1, 2, 3-4, 5+
    thread_local KeyCounts seen;
    seen.reset(n);
    for (std::size_t i = 0; i < n; ++i) seen.add(tk.hash[i]);
    p.freq.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
      std::uint32_t f = seen.count(tk.hash[i]);
      p.freq[i] = f <= 2 ? f : f <= 4 ? 3 : 4;
    }
  }
  p.name_at.assign(n, -1);
  thread_local std::string label;
  for (std::size_t k = 0; k < a.names.size(); ++k) {
    const NameSpan& s = a.names[k];
    if (s.first >= s.last || s.first >= n) continue;
    label.assign("B-").append(s.type).append("/").append(s.kind);
    const std::uint32_t begins = fnv(label);
    label[0] = 'I';
    const std::uint32_t inside = fnv(label);
    for (std::uint32_t i = s.first; i < s.last && i < n; ++i) {
      p.name[i] = i == s.first ? begins : inside;
      p.name_at[i] = static_cast<std::int32_t>(k);
    }
  }
  static const StringSet prepositions = {"by", "against", "of", "at", "on", "in", "to", "from", "with", "near", "for", "into"};
  struct Source {
    const Lexicon* lexicon;
    std::uint32_t id;
  };
  auto mark = [&](const Source& src, std::uint32_t i, std::uint32_t end, std::vector<std::uint32_t>* events,
                  std::vector<std::uint32_t>* kinds) {
    std::uint32_t len = 0;
    const Lexicon::Row* row = src.lexicon->match(tk, i, end, len);
    if (!row) return;
    std::uint32_t kind = fnv(row->empty() ? std::string_view() : std::string_view((*row)[0]));
    for (std::uint32_t k = i; k < i + len && k < n; ++k) p.lex[k].push_back(feature(src.id, k == i, kind));
    if (events) {
      events->push_back(i);
      kinds->push_back(feature(src.id, kind));
    }
  };
  // First the incident and casualty words of every sentence: only the sentences with some, and those
  // beside them, hold candidates, and only they are read further.
  std::vector<std::vector<std::uint32_t>> events(tk.sentences.size()), kinds(tk.sentences.size());
  p.near_event.assign(tk.sentences.size(), 0);
  for (std::uint32_t si = 0; si < tk.sentences.size(); ++si) {
    const Sentence& s = tk.sentences[si];
    for (std::uint32_t i = s.first; i < s.last && i < n; ++i) {
      p.sentence[i] = si;
      p.sentence_first[i] = s.first;
      p.sentence_last[i] = s.last;
      for (auto src : {Source{&triggers_, 1}, Source{&casualties_, 2}}) mark(src, i, s.last, &events[si], &kinds[si]);
    }
    if (!events[si].empty())
      for (std::uint32_t i = s.first; i < s.last && i < n; ++i) p.event_sentence[i] = 1;
  }
  for (std::uint32_t si = 0; si < tk.sentences.size(); ++si) {
    const Sentence& s = tk.sentences[si];
    p.near_event[si] = !events[si].empty() || (si > 0 && !events[si - 1].empty()) ||
                       (si + 1 < tk.sentences.size() && !events[si + 1].empty());
    if (!p.near_event[si]) continue;
    // the classes the name tagger looked up (Analysis::word_classes), else looked up here
    const WordClasses& classes = WordClasses::shared();
    const bool shared = a.word_classes.size() == n;
    for (std::uint32_t i = s.first; i < s.last && i < n; ++i)
      p.wc[i] = shared && a.word_classes[i] != WordClasses::kNotShared ? a.word_classes[i]
                                                                       : classes.of_lower(tk.lower[i], tk.hash[i]);
    for (std::uint32_t i = s.first; i < s.last && i < n; ++i)
      for (auto src : {Source{&weapons_, 3}, Source{&perpetrators_, 4}, Source{&targets_, 5}, Source{&persons_, 6}})
        mark(src, i, s.last, nullptr, nullptr);
    const std::vector<std::uint32_t>& event_at = events[si];
    const std::vector<std::uint32_t>& event_kind = kinds[si];
    // nearest incident or casualty word on each side, and the nearest preposition before
    std::size_t e = 0;
    std::uint32_t last_prep = UINT32_MAX;
    for (std::uint32_t i = s.first; i < s.last && i < n; ++i) {
      while (e < event_at.size() && event_at[e] < i) ++e;
      if (e > 0) {
        p.left_w[i] = tk.hash[event_at[e - 1]];
        p.left_k[i] = event_kind[e - 1];
        p.left_d[i] = 1 + distance_bucket(i - event_at[e - 1]);
      }
      std::size_t r = e;
      while (r < event_at.size() && event_at[r] <= i) ++r;
      if (r < event_at.size()) {
        p.right_w[i] = tk.hash[event_at[r]];
        p.right_k[i] = event_kind[r];
        p.right_d[i] = 1 + distance_bucket(event_at[r] - i);
      }
      if (last_prep != UINT32_MAX && i - last_prep <= 6) {
        p.prep_w[i] = tk.hash[last_prep];
        p.prep_d[i] = 1 + distance_bucket(i - last_prep);
      }
      if (prepositions.contains(tk.lower[i], tk.hash[i])) last_prep = i;
    }
  }
}

std::string RoleTagger::key_of(std::string_view words) {
  std::string out, w;
  auto flush = [&] {
    if (w.empty()) return;
    if (!(out.empty() && (w == "the"sv || w == "a"sv || w == "an"sv))) out += (out.empty() ? "" : " ") + w;
    w.clear();
  };
  for (char c : words) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u)) flush();
    else if (!std::ispunct(u)) w += static_cast<char>(std::tolower(u));
  }
  flush();
  return out;
}

std::span<const RoleTagger::Candidate> RoleTagger::candidates(const Analysis& a, const Prepared& p, bool keys) const {
  const Tokens& tk = a.tokens;
  // The candidates are kept from one article to the next, so that their lists keep their room: `used` of
  // them are this article's.
  thread_local std::vector<Candidate> out;
  std::size_t used = 0;
  // distinct candidates by a 64-bit hash of their words' hashes: a flat table of (hash, 1 + candidate)
  // with room for every word run of every sentence read, at most half full
  std::size_t runs = 0;
  for (std::size_t si = 0; si < tk.sentences.size(); ++si)
    if (p.near_event[si]) runs += (tk.sentences[si].last - tk.sentences[si].first) * (kMaxWords + kOfWordsAfter);
  thread_local std::vector<std::pair<std::uint64_t, std::uint32_t>> index;
  std::size_t slots = 16;
  while (slots < 2 * runs) slots *= 2;
  index.assign(slots, {0, 0});
  auto find_or_add = [&](std::uint64_t h) -> std::pair<std::uint32_t, bool> {  // (candidate, new)
    for (std::size_t at = (h ^ (h >> 32)) & (slots - 1);; at = (at + 1) & (slots - 1)) {
      auto& [key, k] = index[at];
      if (k == 0) {
        key = h;
        k = static_cast<std::uint32_t>(++used);
        return {k - 1, true};
      }
      if (key == h) return {k - 1, false};
    }
  };
  // a candidate written at tokens [b, e), whose words' hashes combine to `h`: a new one, or one more place of
  // one seen before
  auto add = [&](std::uint64_t h, std::uint32_t b, std::uint32_t e, std::uint8_t in_run) {
    auto [at, fresh] = find_or_add(h);
    if (fresh) {
      if (at == out.size()) out.emplace_back();
      Candidate& c = out[at];
      c.id = static_cast<std::uint32_t>(h ^ (h >> 32));
      c.at.clear();
      c.in_run.clear();
      c.key.clear();
      if (keys) {
        std::string words_of;
        for (std::uint32_t k = b; k < e; ++k) words_of += (k == b ? "" : " ") + tk.lower[k];
        c.key = key_of(words_of);
      }
    }
    Candidate& c = out[at];
    c.at.emplace_back(b, e);
    c.in_run.push_back(in_run);
  };
  thread_local std::vector<std::uint8_t> filler;
  filler.resize(tk.tokens.size());
  auto filler_word = [&](std::uint32_t i) { return filler[i] != 0; };
  auto mix = [&](std::uint64_t h, std::uint32_t k) { return (h ^ tk.hash[k]) * kWordsPrime; };  // word k into h
  // only in sentences that tell of an incident or casualties, and the sentences beside them
  for (std::size_t si = 0; si < tk.sentences.size(); ++si) {
    if (!p.near_event[si]) continue;
    const Sentence& s = tk.sentences[si];
    for (std::uint32_t i = s.first; i < s.last; ++i)
      filler[i] = tk.tokens[i].kind != Token::punct && !stop_.contains(tk.lower[i], tk.hash[i]);
    std::uint32_t i = s.first;
    while (i < s.last) {
      if (!filler_word(i)) {
        ++i;
        continue;
      }
      std::uint32_t run_end = i;
      while (run_end < s.last && filler_word(run_end)) ++run_end;
      for (std::uint32_t b = i; b < run_end; ++b) {
        std::uint64_t h = kWordsSeed;
        bool words = false;
        for (std::uint32_t e = b + 1; e <= run_end && e - b <= kMaxWords; ++e) {
          h = mix(h, e - 1);
          words |= tk.tokens[e - 1].kind == Token::word;
          if (words) add(h, b, e, static_cast<std::uint8_t>((e == run_end ? 1 : 0) | (b == i ? 2 : 0)));
        }
      }
      i = run_end;
    }
    // A word, "of" (and "the"), and the first words of the run after it: "offices of the telecommunications
    // enterprise", "members of the fmln", "houses of peasants", as MUC-4's keys write many targets and
    // attackers. (MUC-4 DEV with the tagger held out: 46.9 -> 47.3, better at each common lean, 12 / 18 / 24 /
    // 30: 44.1 / 46.2 / 46.4 / 44.4 -> 44.9 / 46.8 / 46.6 / 45.0; with up to three words before "of", 46.5,
    // better at two leans and worse at two.)
    for (std::uint32_t j = s.first + 1; j + 1 < s.last; ++j) {
      if (tk.lower[j] != "of"sv || !filler_word(j - 1)) continue;
      const std::uint32_t b = j - 1;
      std::uint32_t k = j + 1;
      if (tk.lower[k] == "the"sv) ++k;
      std::uint32_t run_end = k;
      while (run_end < s.last && filler_word(run_end)) ++run_end;
      std::uint64_t h = kWordsSeed;
      for (std::uint32_t t = b; t < k; ++t) h = mix(h, t);
      for (std::uint32_t e = k + 1; e <= run_end && e <= k + kOfWordsAfter; ++e) {
        h = mix(h, e - 1);
        add(h, b, e, static_cast<std::uint8_t>((e == run_end ? 1 : 0) | (b == s.first || !filler_word(b - 1) ? 2 : 0)));
      }
    }
  }
  return {out.data(), used};
}

void RoleTagger::features(const Prepared& p, const Analysis& a, const Candidate& c, std::vector<std::uint32_t>& out) const {
  const std::size_t from = out.size();  // appended after what `out` holds
  const Tokens& tk = a.tokens;
  auto [b0, e0] = c.at.front();
  std::uint32_t words = e0 - b0;
  std::uint32_t head = tk.hash[e0 - 1], first = tk.hash[b0];
  // room for all of them first, then written in place (a call per feature cost as much as the hashing)
  const std::size_t places = std::min(c.at.size(), kMaxPlaces);
  const std::size_t room = 13 + p.lex[e0 - 1].size() + p.lex[b0].size() + 2 * words + 25 * places;
  out.resize(from + room);
  std::uint32_t* w = out.data() + from;
  *w++ = feature(1);
  *w++ = feature(2, c.id);
  *w++ = feature(3, head);
  *w++ = feature(4, first);
  *w++ = feature(5, head, std::min<std::uint32_t>(words, 4));
  *w++ = feature(6, std::min<std::uint32_t>(words, 6));
  *w++ = feature(7, count_bucket(c.at.size()));
  *w++ = feature(8, std::min<std::uint32_t>(p.sentence[b0], 8));
  *w++ = feature(9, p.cls[e0 - 1], p.cls[b0]);
  *w++ = feature(10, p.freq[e0 - 1]);
  for (auto code : p.lex[e0 - 1]) *w++ = feature(11, code);
  for (auto code : p.lex[b0]) *w++ = feature(12, code);
  // its words' classes: the head's, the first's, the two together, and every word's
  *w++ = feature(14, p.wc[e0 - 1]);
  *w++ = feature(15, p.wc[b0]);
  for (std::uint32_t i = b0; i < e0; ++i) *w++ = feature(16, p.wc[i]);
  *w++ = feature(17, p.wc[e0 - 1], p.wc[b0]);
  // the names in it: exactly one, inside one, or across a name's edge
  for (std::uint32_t i = b0; i < e0; ++i) {
    std::int32_t k = p.name_at[i];
    if (k < 0 || (i > b0 && p.name_at[i - 1] == k)) continue;
    const NameSpan& n = a.names[static_cast<std::size_t>(k)];
    std::uint32_t how = n.first == b0 && n.last == e0 ? 1 : (n.first <= b0 && n.last >= e0 ? 2 : 3);
    *w++ = feature(13, how, p.name[n.first]);
  }
  // every place it is written
  for (std::size_t k = 0; k < c.at.size() && k < kMaxPlaces; ++k) {
    auto [b, e] = c.at[k];
    std::uint32_t sf = p.sentence_first[b], sl = p.sentence_last[b];
    std::uint32_t before = b > sf ? tk.hash[b - 1] : 1, before2 = b > sf + 1 ? tk.hash[b - 2] : 1;
    std::uint32_t after = e < sl ? tk.hash[e] : 1, after2 = e + 1 < sl ? tk.hash[e + 1] : 1;
    *w++ = feature(20, c.in_run[k]);
    *w++ = feature(21, before);
    *w++ = feature(22, before2, before);
    *w++ = feature(23, after);
    *w++ = feature(24, after, after2);
    *w++ = feature(25, p.left_w[b], p.left_d[b]);
    *w++ = feature(26, p.left_k[b], p.left_d[b]);
    *w++ = feature(27, p.right_w[e - 1], p.right_d[e - 1]);
    *w++ = feature(28, p.right_k[e - 1], p.right_d[e - 1]);
    *w++ = feature(29, p.prep_w[b], p.prep_d[b]);
    *w++ = feature(30, p.event_sentence[b], std::min<std::uint32_t>(p.sentence[b], 4));
    *w++ = feature(31, head, before);
    *w++ = feature(32, head, after);
    *w++ = feature(33, head, p.left_w[b]);
    *w++ = feature(34, head, p.right_w[e - 1]);
    *w++ = feature(35, head, p.prep_w[b]);
    *w++ = feature(36, p.name[b], p.left_w[b], p.left_d[b]);
    *w++ = feature(37, p.name[b], p.right_w[e - 1], p.right_d[e - 1]);
    *w++ = feature(38, p.name[b], before);
    *w++ = feature(39, b > sf ? p.wc[b - 1] : 0x10000u);
    *w++ = feature(40, e < sl ? p.wc[e] : 0x10000u);
    // the two words before those and the two after, each alone: "attack against the [target]", "[victims], who
    // were killed" (MUC-4 DEV with the tagger held out: 45.4 -> 46.0; F1 at one lean for every role 12 / 18 /
    // 24 / 30: 43.6 / 44.5 / 44.7 / 42.5 -> 43.8 / 45.3 / 45.5 / 43.9; the words three to six each way, 46.1,
    // about the same at each lean too)
    for (std::uint32_t i = b >= sf + 4 ? b - 4 : sf; i + 2 < b; ++i) *w++ = feature(41, tk.hash[i]);
    for (std::uint32_t i = e + 2; i < sl && i < e + 4; ++i) *w++ = feature(42, tk.hash[i]);
  }
  assert(static_cast<std::size_t>(w - out.data()) <= from + room);
  out.resize(static_cast<std::size_t>(w - out.data()));
  if (c.at.size() > 1) {  // a feature two places share counts once: the first of each kept, in order
    thread_local KeyCounts seen;
    seen.reset(out.size() - from);
    std::size_t kept = from;
    for (std::size_t k = from; k < out.size(); ++k)
      if (seen.add(out[k]) == 1) out[kept++] = out[k];
    out.resize(kept);
  }
}

const std::vector<std::string>& RoleTagger::roles() {
  static const std::vector<std::string> r(kRoles.begin() + 1, kRoles.end());
  return r;
}

RoleTagger::Leans RoleTagger::parse_leans(std::string_view text, const Leans& base) {
  Leans out = base;
  std::istringstream in{std::string(text)};
  std::string word;
  std::size_t r = 0;
  for (; in >> word; ++r) {
    if (r == out.size()) throw std::invalid_argument("role leans: more than five (perpetrator group target victim weapon)");
    if (word == "-") continue;
    std::size_t used = 0;
    float v = 0;
    try {
      v = std::stof(word, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != word.size() || !std::isfinite(v))
      throw std::invalid_argument("role leans: '" + word + "' is neither a number nor -");
    out[r] = v;
  }
  if (r != out.size()) throw std::invalid_argument("role leans: five are needed (perpetrator group target victim weapon), a - for one kept");
  return out;
}

std::vector<RoleSpan> RoleTagger::tag(const Analysis& a) const { return tag(a, leans_); }

std::vector<RoleSpan> RoleTagger::tag(const Analysis& a, const Leans& leans) const { return choose(score(a), leans); }

RoleTagger::ScoredArticle RoleTagger::score(const Analysis& a) const {
  thread_local Prepared p;
  prepare(a, p);
  auto cands = candidates(a, p);
  // every candidate's features first, each weight row asked for (prefetched) as soon as it is known: the
  // rows are read at random from a table larger than the caches
  thread_local std::vector<std::uint32_t> all;
  thread_local std::vector<std::size_t> begin;
  all.clear();
  begin.assign(cands.size() + 1, 0);
  for (std::size_t k = 0; k < cands.size(); ++k) {
    features(p, a, cands[k], all);
    begin[k + 1] = all.size();
    for (std::size_t f = begin[k]; f < all.size(); ++f) __builtin_prefetch(model_.row(all[f]));
  }
  ScoredArticle out;
  out.tokens = a.tokens.tokens.size();
  out.candidates.resize(cands.size());
  for (std::size_t k = 0; k < cands.size(); ++k) {
    Scored& s = out.candidates[k];
    model_.scores(std::span<const std::uint32_t>(all).subspan(begin[k], begin[k + 1] - begin[k]), s.score.data());
    s.first = static_cast<std::uint32_t>(out.at.size());
    s.places = static_cast<std::uint32_t>(cands[k].at.size());
    out.at.insert(out.at.end(), cands[k].at.begin(), cands[k].at.end());
  }
  return out;
}

std::optional<float> RoleTagger::margin_at(const ScoredArticle& article, std::uint32_t first, std::uint32_t last,
                                           std::string_view role) const {
  auto it = std::find(kRoles.begin() + 1, kRoles.end(), role);
  if (it == kRoles.end()) throw std::invalid_argument("unknown role " + std::string(role));
  const std::size_t r = static_cast<std::size_t>(it - kRoles.begin());
  for (const Scored& c : article.candidates)
    for (std::uint32_t k = 0; k < c.places; ++k)
      if (article.at[c.first + k] == std::pair(first, last)) return c.score[r] + leans_[r - 1] - c.score[0];
  return std::nullopt;
}

std::vector<RoleSpan> RoleTagger::choose(const ScoredArticle& article, const Leans& leans) {
  struct Chosen {
    std::size_t candidate;
    std::size_t role;
    float margin;
  };
  std::vector<Chosen> chosen;
  for (std::size_t k = 0; k < article.candidates.size(); ++k) {
    const auto& score = article.candidates[k].score;
    std::size_t best = 1;
    for (std::size_t r = 2; r < kL; ++r)
      if (score[r] + leans[r - 1] > score[best] + leans[best - 1]) best = r;
    float margin = score[best] + leans[best - 1] - score[0];
    if (margin > 0) chosen.push_back({k, best, margin});
  }
  std::stable_sort(chosen.begin(), chosen.end(), [](auto& x, auto& y) { return x.margin > y.margin; });
  // where chosen candidates overlap anywhere in the text, the surer one stays
  std::vector<std::uint8_t> taken(article.tokens, 0);
  std::vector<RoleSpan> out;
  for (auto& ch : chosen) {
    const Scored& c = article.candidates[ch.candidate];
    auto places = std::span(article.at).subspan(c.first, c.places);
    bool clash = false;
    for (auto [b, e] : places)
      for (std::uint32_t i = b; i < e && !clash; ++i) clash = taken[i];
    if (clash) continue;
    for (auto [b, e] : places)
      for (std::uint32_t i = b; i < e; ++i) taken[i] = 1;
    out.push_back({places.front().first, places.front().second, kRoles[ch.role], ch.margin});
  }
  std::sort(out.begin(), out.end(), [](auto& x, auto& y) { return x.first < y.first; });
  return out;
}

void RoleTagger::train(const std::vector<const Example*>& data, int epochs, const std::string& description) {
  // Every candidate of every article, with its features and class, made once.
  struct Item {
    std::vector<std::uint32_t> feats;
    std::uint8_t truth;
  };
  std::vector<Item> items;
  Prepared p;
  for (const Example* e : data) {
    const Example& ex = *e;
    StringMap<std::uint8_t> gold;
    for (auto& [role, words] : ex.fillers) {
      auto it = std::find(kRoles.begin(), kRoles.end(), role);
      if (it == kRoles.end() || it == kRoles.begin()) throw std::invalid_argument("unknown role " + role);
      gold.try_emplace(key_of(words), static_cast<std::uint8_t>(it - kRoles.begin()));
    }
    prepare(ex.analysis, p);
    for (const Candidate& c : candidates(ex.analysis, p, true)) {
      Item item;
      features(p, ex.analysis, c, item.feats);
      auto g = gold.find(c.key);
      item.truth = g == gold.end() ? 0 : g->second;
      items.push_back(std::move(item));
    }
  }
  model_.train(items, epochs, kOrders);
  description_ = description;
}

// The role model's file (core/model_file.h), with the leans in its header ("leans 14 14 14 14 14").
ModelFormat RoleTagger::file_format() {
  return {"roles", "role", kFormatVersion, kFeatureVersion, kBuckets, kRoles, "run tools/train-roles.sh",
          "tools/train-roles.sh"};
}

void RoleTagger::save(const std::string& path) const {
  std::string leans;
  for (float l : leans_) {
    if (!leans.empty()) leans += ' ';
    leans += fmt::format("{}", l);
  }
  write_model(path, file_format(), model_.weights(), 4, {{"leans", leans}, {WordClasses::kModelField, WordClasses::shared().fingerprint()}},
              description_);
}

RoleTagger::RoleTagger(const std::string& path) : RoleTagger() {
  ModelWeights file = read_model(path, file_format());
  // its features read the word classes it was trained with
  WordClasses::shared().check_trained_with(path, file.fields, "tools/train-roles.sh");
  std::istringstream leans(file.fields.at("leans"));
  for (float& l : leans_)
    if (!(leans >> l)) throw std::runtime_error(path + ": its leans line needs five numbers");
  description_ = file.description;
  model_.load(file);
}

const RoleTagger& RoleTagger::shared() {
  static const RoleTagger t(data_file("roles.model"));
  return t;
}

}  // namespace incidex
