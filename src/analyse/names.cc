#include "analyse/names.h"
#include "core/hash.h"
#include "core/model_file.h"
#include "core/rows.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstring>
#include <deque>
#include <random>
#include <stdexcept>
#include <tuple>

#include "analyse/gazetteer.h"
#include "analyse/numbers.h"
#include "analyse/word_classes.h"
#include "core/data_dir.h"
#include "core/dates.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

namespace {

const std::vector<std::string> kLabels = {"O", "B-per", "I-per", "B-org", "I-org", "B-geo", "I-geo", "B-gpe", "I-gpe"};
constexpr std::size_t kMaxLabels = 16;  // tag() scores into a fixed array
constexpr std::size_t kRow = NameTagger::kRow;

// FNV-1a of a string: computed once per token and word part.
inline std::uint32_t fnv(std::string_view s) { return fnv32(s); }
constexpr FeatureHasher<NameTagger::kBuckets> feature;  // one hashed feature, masked to the table

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Word shape: X upper, x lower, d digit, other characters as they are; runs collapsed ("Xx", "X.X.", "dd").
std::string shape(std::string_view w, bool caseless) {
  std::string s;
  for (char c : w) {
    char k = (c >= 'A' && c <= 'Z') ? (caseless ? 'x' : 'X') : (c >= 'a' && c <= 'z') ? 'x'
             : (c >= '0' && c <= '9') ? 'd' : (static_cast<unsigned char>(c) >= 0x80 ? 'u' : c);
    if (s.empty() || s.back() != k || s.size() < 2 || s[s.size() - 2] != k) s += k;
    if (s.size() >= 6) break;
  }
  return s;
}

// I-x only after B-x or I-x: asked for every label of every word, so read from a table made once
// (row prev + 1: no label before the first word).
bool valid_after(int prev, int label) {
  static const auto table = [] {
    std::array<std::array<bool, kMaxLabels>, kMaxLabels + 1> t{};
    for (std::size_t pr = 0; pr <= kLabels.size(); ++pr)
      for (std::size_t la = 0; la < kLabels.size(); ++la) {
        const std::string& l = kLabels[la];
        if (l[0] != 'I') {
          t[pr][la] = true;
        } else if (pr > 0) {
          const std::string& p = kLabels[pr - 1];
          t[pr][la] = p != "O"sv && p.compare(2, std::string::npos, l, 2, std::string::npos) == 0;
        }
      }
    return t;
  }();
  return table[static_cast<std::size_t>(prev + 1)][static_cast<std::size_t>(label)];
}

// A word no name starts with: an age ("22-year-old", "nineteen-year-old"), a clock time or a phone number
// ("6:36", "4:00am", "888-225-5322"). Ordinals ("79th Street") and names with digits ("7-Eleven") stay.
bool not_name_start(std::string_view w) {
  if (is_age_word(w)) return true;  // "22-year-old", "nineteen-year-old"
  if (w.find_first_of("0123456789") == std::string_view::npos) return false;
  std::string_view core = w;
  for (std::string_view clock : {"a.m.", "p.m.", "am", "pm"})
    if (core.size() > clock.size() && core.ends_with(clock)) {
      core.remove_suffix(clock.size());
      break;
    }
  return std::none_of(core.begin(), core.end(),
                      [](char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; });
}

// An age told right after tokens [.., e) ("Jonte Johnson, 24," or "..., 24.") or right before [b, ..)
// ("14-year-old Jamyha Luss", "21 year old Antuan Greer", "20 year-old", "25-year old").
bool age_number(const Tokens& tk, std::uint32_t i) {
  const std::string& w = tk.lower[i];
  if (tk.tokens[i].kind != Token::number || w.empty() || w.size() > 3) return false;
  int age = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
    age = age * 10 + (c - '0');
  }
  return age > 0 && age <= 110;
}
// (Both look at the tokens and the text first: most capitalised words have no age beside them, and their
// lower-case copies are not read then.)
bool age_after(const Tokens& tk, std::string_view text, const Sentence& s, std::uint32_t e) {
  if (e + 1 >= s.last || tk.tokens[e].kind != Token::punct || text[tk.tokens[e].start] != ',' ||
      tk.tokens[e + 1].kind != Token::number || !age_number(tk, e + 1))
    return false;
  if (e + 2 == s.last) return true;
  const std::string& after = tk.lower[e + 2];
  return after == ","sv || after == "."sv || after == ";"sv || after == ")"sv || after == "and"sv;
}
bool age_before(const Tokens& tk, std::string_view text, const Sentence& s, std::uint32_t b) {
  if (b <= s.first) return false;
  const Token& before = tk.tokens[b - 1];  // every way of writing it ends with "old"
  if (before.end - before.start < 3) return false;
  std::string_view end = text.substr(before.end - 3, 3);
  if ((end[0] | 0x20) != 'o' || (end[1] | 0x20) != 'l' || (end[2] | 0x20) != 'd') return false;
  auto word = [&](std::uint32_t back) {
    return b >= s.first + back ? std::string_view(tk.lower[b - back]) : std::string_view();
  };
  if (is_age_word(word(1))) return true;
  if (word(1) == "year-old"sv) return b >= s.first + 2 && age_number(tk, b - 2);
  if (word(1) != "old"sv) return false;
  if (word(2).ends_with("-year")) return true;
  return word(2) == "year"sv && b >= s.first + 3 && age_number(tk, b - 3);
}

}  // namespace

NameTagger::NameTagger() : labels_(kLabels), weights_(static_cast<std::size_t>(kBuckets) * kLabels.size(), 0.0f) {
  if (kLabels.size() > kMaxLabels) throw std::logic_error("too many name labels");
}

namespace {

// What the gazetteer knows of a key (Gazetteer::bits).
std::uint8_t gazetteer_bits(std::string_view key) { return Gazetteer::shared().bits(key); }

// The words [b, e) (a possessive's "'s" left off) are a place the gazetteer knows.
bool known_place(const Tokens& tk, std::uint32_t b, std::uint32_t e) {
  std::string key;
  for (std::uint32_t i = b; i < e; ++i) key.append(i == b ? "" : " ").append(tk.lower[i]);
  if (key.ends_with("'s")) key.resize(key.size() - 2);
  return gazetteer_bits(key) != 0;
}

// What prepare() reads of one word, which depends on nothing else: kept per thread for the words already
// seen (news repeats its words), so that each is hashed, shaped and looked up once.
struct WordInfo {
  std::uint32_t w = 0, shape = 0;
  std::array<std::uint32_t, 3> pre{}, suf{};
  std::uint8_t gz = 0, lowish = 0;
  std::uint16_t cls = WordClasses::kNone;
  bool can_be_place = false;
  std::string low;  // the lower-case word, kept where it can be a place (its pairs are looked up too)
};
constexpr std::size_t kWordCacheMax = 1u << 16;  // words kept per thread and case mode (some 8 MB) before starting afresh

// The words seen, by their text: a flat table of (hash, 1 + entry) slots, a power of two of them and at most
// three quarters full, over entries in a deque (an entry stays where it is while more are added: prepare()
// keeps pointers to a sentence's entries). Not core/hash.h's WordMap, made for word lists that most words
// looked up are not in: its filter, its values apart from its words and their moves when it grows cost
// a cache that nearly every word is found in some 13M more instructions on 400 articles and 5-10 % of the
// name tagger's time (measured in session 23).
class WordCache {
 public:
  struct Entry {
    std::string word;
    WordInfo info;
  };
  std::size_t size() const { return entries_.size(); }
  void clear() {
    entries_.clear();
    slots_.clear();
  }
  // The entry for `word` (whose fnv32 is `hash`), or null.
  const WordInfo* find(std::string_view word, std::uint32_t hash) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
      auto [h, k] = slots_[at];
      if (k == 0) return nullptr;
      if (h == hash && entries_[k - 1].word == word) return &entries_[k - 1].info;
    }
  }
  const WordInfo& add(std::string_view word, std::uint32_t hash, WordInfo&& info) {
    if (4 * (entries_.size() + 1) > 3 * slots_.size()) grow();
    entries_.push_back({std::string(word), std::move(info)});
    place(hash, static_cast<std::uint32_t>(entries_.size()));
    return entries_.back().info;
  }

 private:
  void place(std::uint32_t hash, std::uint32_t k) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = hash & mask;
    while (slots_[at].second != 0) at = (at + 1) & mask;
    slots_[at] = {hash, k};
  }
  void grow() {
    std::size_t n = slots_.empty() ? 4096 : 2 * slots_.size();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> old(n, {0, 0});
    old.swap(slots_);
    for (auto [h, k] : old)
      if (k != 0) place(h, k);
  }
  std::deque<Entry> entries_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> slots_;  // (the word's fnv32, 1 + its entry), 0: empty
};

WordCache& word_cache(bool caseless) {
  thread_local WordCache seen[2];
  return seen[caseless ? 1 : 0];
}

const WordInfo& word_info(std::string_view word, bool caseless) {
  auto& cache = word_cache(caseless);
  const std::uint32_t hash = fnv32(word);
  if (const WordInfo* known = cache.find(word, hash)) return *known;
  WordInfo info;
  std::string low(word);
  for (auto& c : low) c = lower(c);
  info.w = fnv(low);
  info.shape = fnv(shape(word, caseless));
  for (std::size_t k = 0; k < 3; ++k) {
    info.pre[k] = k < low.size() ? fnv(std::string_view(low).substr(0, k + 1)) : 0;
    info.suf[k] = k < low.size() ? fnv(std::string_view(low).substr(low.size() - k - 1)) : 0;
  }
  bool alpha = !low.empty() && std::isalpha(static_cast<unsigned char>(low[0]));
  info.can_be_place = alpha && (caseless || (word[0] >= 'A' && word[0] <= 'Z'));
  if (info.can_be_place) info.gz = gazetteer_bits(low);
  info.lowish = alpha && Truecaser::shared().usually_lower(low, info.w);
  info.cls = WordClasses::shared().of(low);
  if (info.can_be_place) info.low = std::move(low);
  return cache.add(word, hash, std::move(info));
}

}  // namespace

void NameTagger::prepare(const std::vector<std::string_view>& words, bool caseless, Prepared& p) const {
  std::size_t n = words.size();
  p.w.resize(n);
  p.shape.resize(n);
  p.pre.resize(n);
  p.suf.resize(n);
  p.gz.assign(n, 0);
  p.gz_next.assign(n, 0);
  p.lowish.assign(n, 0);
  p.cls.resize(n);
  // (the words kept are forgotten only here, between two sentences, never while their entries are read)
  if (word_cache(caseless).size() > kWordCacheMax) word_cache(caseless).clear();
  thread_local std::vector<const WordInfo*> infos;
  infos.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const WordInfo& info = word_info(words[i], caseless);
    infos[i] = &info;
    p.w[i] = info.w;
    p.shape[i] = info.shape;
    p.pre[i] = info.pre;
    p.suf[i] = info.suf;
    p.gz[i] = info.gz;
    p.lowish[i] = info.lowish;
    p.cls[i] = info.cls;
  }
  thread_local std::string pair;
  for (std::size_t i = 0; i + 1 < n; ++i)
    if (infos[i]->can_be_place && infos[i + 1]->can_be_place && Gazetteer::shared().starts_multiword(infos[i]->low)) {
      pair.assign(infos[i]->low).append(" ").append(infos[i + 1]->low);
      p.gz_next[i] = gazetteer_bits(pair);
    }
  p.caseless = caseless;
}

void NameTagger::features(const Prepared& p, std::size_t i, int prev, int prev2, std::vector<std::uint32_t>& out) const {
  out.clear();
  label_features(p, i, prev, prev2, out);
  word_features(p, i, out);
}

void NameTagger::label_features(const Prepared& p, std::size_t i, int prev, int prev2, std::vector<std::uint32_t>& out) const {
  std::uint32_t w = p.w[i], sh = p.shape[i];
  std::uint32_t pt = static_cast<std::uint32_t>(prev + 1), pt2 = static_cast<std::uint32_t>(prev2 + 1);
  out.push_back(feature(3, pt));
  out.push_back(feature(4, pt, pt2));
  out.push_back(feature(5, pt, w));
  out.push_back(feature(6, pt, sh));
}

void NameTagger::word_features(const Prepared& p, std::size_t i, std::vector<std::uint32_t>& out) const {
  const std::size_t n = p.w.size();
  constexpr std::uint32_t bos = 0x0b05u, eos = 0x0e05u;
  std::uint32_t w = p.w[i], sh = p.shape[i];
  std::uint32_t pw = i > 0 ? p.w[i - 1] : bos, nw = i + 1 < n ? p.w[i + 1] : eos;
  std::uint32_t pw2 = i > 1 ? p.w[i - 2] : bos, nw2 = i + 2 < n ? p.w[i + 2] : eos;
  std::uint32_t psh = i > 0 ? p.shape[i - 1] : bos, nsh = i + 1 < n ? p.shape[i + 1] : eos;
  // (past the sentence, a value no class has)
  std::uint32_t cls = p.cls[i], pcls = i > 0 ? p.cls[i - 1] : 0x10000u, ncls = i + 1 < n ? p.cls[i + 1] : 0x10001u;
  // room for the most there can be, written in place, then cut to those written: 3 for the word, 6 prefixes
  // and suffixes, 1 for the first word, 9 for the words beside it, 1 caseless, 2 lower-case, 4 word classes,
  // 3 × 7 gazetteer
  constexpr std::size_t kMost = 3 + 6 + 1 + 9 + 1 + 2 + 4 + 21;
  const std::size_t from = out.size();
  out.resize(from + kMost);
  std::uint32_t* f = out.data() + from;
  *f++ = feature(0, 0);
  *f++ = feature(1, w);
  *f++ = feature(2, sh);
  for (std::uint32_t k = 0; k < 3; ++k) {
    if (p.suf[i][k]) *f++ = feature(7, k, p.suf[i][k]);
    if (p.pre[i][k]) *f++ = feature(8, k, p.pre[i][k]);
  }
  if (i == 0) *f++ = feature(9, sh);
  *f++ = feature(10, pw);
  *f++ = feature(11, nw);
  *f++ = feature(12, pw2);
  *f++ = feature(13, nw2);
  *f++ = feature(14, psh, sh);
  *f++ = feature(15, sh, nsh);
  *f++ = feature(16, pw, w);
  *f++ = feature(17, w, nw);
  *f++ = feature(18, psh, sh, nsh);
  if (p.caseless) *f++ = feature(19, 1);
  // a word news prose writes in lower case, here and beside it ("Police" opening a sentence is no name)
  *f++ = feature(22, p.lowish[i], sh);
  *f++ = feature(23, p.lowish[i], i > 0 ? p.lowish[i - 1] + 1u : 0u, i + 1 < n ? p.lowish[i + 1] + 1u : 0u);
  // the classes of the word and of its neighbours (word_classes.h), learnt from news at large
  *f++ = feature(24, cls);
  *f++ = feature(25, pcls);
  *f++ = feature(26, ncls);
  *f++ = feature(27, cls, sh);
  // What the gazetteer knows of this word and of the word pairs it is in.
  for (std::uint32_t k = 0; k < 7; ++k) {
    if (p.gz[i] & (1u << k)) *f++ = feature(20, k);
    if (p.gz_next[i] & (1u << k)) *f++ = feature(21, k, 1);
    if (i > 0 && (p.gz_next[i - 1] & (1u << k))) *f++ = feature(21, k, 2);
  }
  assert(static_cast<std::size_t>(f - out.data()) <= from + kMost);
  out.resize(static_cast<std::size_t>(f - out.data()));
}

std::vector<std::string> NameTagger::tag(const std::vector<std::string_view>& words, bool caseless, bool truecased) const {
  std::vector<std::string> out;
  for (std::uint8_t id : tag_ids(words, caseless, truecased)) out.push_back(labels_[id]);
  return out;
}

std::vector<std::uint8_t> NameTagger::tag_ids(const std::vector<std::string_view>& words, bool caseless, bool truecased,
                                               std::uint16_t* classes) const {
  std::vector<std::uint8_t> out(words.size());
  // Buffers reused across calls on the same thread (tag() is called once per sentence).
  thread_local std::vector<std::uint32_t> feats;
  thread_local Prepared prep;
  prepare(words, caseless, prep);
  if (classes) std::copy(prep.cls.begin(), prep.cls.end(), classes);
  const std::size_t L = labels_.size();
  // Loaded model: the sums over the features that do not depend on the previous labels are made for the
  // whole sentence first — independent of each other, so their memory reads overlap — and the few that do
  // are added token by token.
  thread_local std::vector<std::int32_t> word_sums;
  thread_local std::vector<std::uint32_t> all;   // the word features of every token, token after token
  thread_local std::vector<std::size_t> begin;  // where each token's run starts in `all`
  // (a row's sum adds all kRow lanes: the padding is zero)
  const bool loaded = !qrows_.empty();
  // In text written with capitals, a word news prose writes in lower case, in lower case after another
  // word in lower case, is outside any name when the word before it is: it is not scored at all then (most
  // words of news prose: BM_Names 325 -> 231 ms, held-out GMB F1 the same). One inside a name ("Maria de la
  // Cruz") is scored as any other, its sums made when it is reached.
  auto lower_start = [&](std::size_t i) { return !words[i].empty() && words[i][0] >= 'a' && words[i][0] <= 'z'; };
  auto quiet = [&](std::size_t i) {
    return !caseless && !truecased && i > 0 && lower_start(i) && lower_start(i - 1) && prep.lowish[i];
  };
  if (loaded) {
    // The rows are read at random from an 8 MB table, so each is asked for (prefetched) as soon as its
    // feature is known, and summed when all of the sentence's are on their way.
    all.clear();
    begin.assign(words.size() + 1, 0);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!quiet(i)) word_features(prep, i, all);
      begin[i + 1] = all.size();
      for (std::size_t k = begin[i]; k < all.size(); ++k) __builtin_prefetch(qrows_.row(all[k]));
    }
    word_sums.assign(words.size() * kRow, 0);
    for (std::size_t i = 0; i < words.size(); ++i) qrows_.add_all(&word_sums[i * kRow], all.data() + begin[i], begin[i + 1] - begin[i]);
  }
  // Each label's score at token i after the labels prev2, prev. (A quiet token's word features, not summed
  // with the sentence's, are summed when it is first scored.)
  thread_local std::vector<std::uint8_t> summed;
  if (loaded) {
    summed.assign(words.size(), 0);
    for (std::size_t i = 0; i < words.size(); ++i) summed[i] = !quiet(i);
  }
  auto label_scores = [&](std::size_t i, int prev, int prev2, double* score) {
    if (loaded) {  // loaded model: integer sums of the quantised weights (half the memory traffic)
      std::int32_t* word_sum = &word_sums[i * kRow];
      if (!summed[i]) {
        feats.clear();
        word_features(prep, i, feats);
        qrows_.add_all(word_sum, feats.data(), feats.size());
        summed[i] = 1;
      }
      std::int32_t sum[kRow];
      std::copy_n(word_sum, kRow, sum);
      feats.clear();
      label_features(prep, i, prev, prev2, feats);
      qrows_.add_all(sum, feats.data(), feats.size());
      for (std::size_t l = 0; l < L; ++l) score[l] = sum[l];
    } else {
      features(prep, i, prev, prev2, feats);
      float f[kMaxLabels] = {};
      for (auto x : feats) {
        const float* w = &weights_[static_cast<std::size_t>(x) * L];
        for (std::size_t l = 0; l < L; ++l) f[l] += w[l];
      }
      for (std::size_t l = 0; l < L; ++l) score[l] = f[l];
    }
  };
  // The kBeam best label sequences so far, as the model was trained (train()); each hypothesis's labels are
  // kept as a trail of (label, the trail entry before it).
  struct Hyp {
    double score;
    int prev, prev2;
    std::uint32_t at;  // its last label's entry in `trail`
  };
  thread_local std::vector<std::pair<std::uint8_t, std::uint32_t>> trail;
  thread_local std::vector<Hyp> beam, next;
  trail.clear();
  beam.assign(1, Hyp{0, -1, -1, UINT32_MAX});
  double score[kMaxLabels];
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (loaded && quiet(i) && std::all_of(beam.begin(), beam.end(), [](const Hyp& h) { return h.prev == 0; })) {
      // outside a name, as the word before it, in every hypothesis: not scored
      for (Hyp& h : beam) {
        trail.emplace_back(0, h.at);
        h = {h.score, 0, h.prev, static_cast<std::uint32_t>(trail.size() - 1)};
      }
      continue;
    }
    // the best kBeam extensions (ties: the earlier hypothesis, then the earlier label), kept in order in a
    // small array: most are turned away by one comparison with the worst kept
    std::array<Hyp, kBeam> best;
    std::size_t kept = 0;
    for (std::size_t k = 0; k < beam.size(); ++k) {
      const Hyp& h = beam[k];
      // (hypotheses that differ only in older labels score this token alike: scored once)
      if (k == 0 || h.prev != beam[k - 1].prev || h.prev2 != beam[k - 1].prev2) label_scores(i, h.prev, h.prev2, score);
      for (std::size_t l = 0; l < L; ++l) {
        if (!valid_after(h.prev, static_cast<int>(l))) continue;
        const double sc = h.score + score[l];
        if (kept == kBeam && !(sc > best[kBeam - 1].score)) continue;
        std::size_t at = kept < kBeam ? kept++ : kBeam - 1;
        while (at > 0 && sc > best[at - 1].score) {
          best[at] = best[at - 1];
          --at;
        }
        best[at] = {sc, static_cast<int>(l), h.prev, static_cast<std::uint32_t>(k)};
      }
    }
    next.assign(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(kept));
    for (Hyp& h : next) {  // (h.at still names the hypothesis it grew from)
      trail.emplace_back(static_cast<std::uint8_t>(h.prev), beam[h.at].at);
      h.at = static_cast<std::uint32_t>(trail.size() - 1);
    }
    beam.swap(next);
  }
  for (std::uint32_t at = beam.front().at, i = static_cast<std::uint32_t>(words.size()); at != UINT32_MAX; at = trail[at].second)
    out[--i] = trail[at].first;
  return out;
}

void NameTagger::train(const std::vector<Example>& data, int epochs, const std::string& description) {
  const std::size_t L = labels_.size();
  std::vector<float> totals(weights_.size(), 0.0f);  // sum of c * update, for averaging
  std::vector<std::size_t> order(data.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(20261123);
  float c = 1;
  std::vector<std::uint32_t> feats;
  std::vector<float> score(L);
  auto label_id = [&](const std::string& t) {
    auto it = std::find(labels_.begin(), labels_.end(), t);
    return it == labels_.end() ? 0 : static_cast<int>(it - labels_.begin());
  };
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (std::size_t n = 0; n < order.size(); ++n) {
      const Example& ex = data[order[n]];
      std::vector<std::string_view> words(ex.words.begin(), ex.words.end());
      // Every third sentence is also seen without case, so caseless text is tagged by context.
      for (int pass = 0; pass < (order[n] % 3 == 0 ? 2 : 1); ++pass) {
        bool caseless = pass == 1;
        std::vector<std::string> lowered;
        std::vector<std::string_view> view = words;
        if (caseless) {
          lowered.assign(ex.words.begin(), ex.words.end());
          for (auto& w : lowered)
            for (auto& ch : w) ch = lower(ch);
          view.assign(lowered.begin(), lowered.end());
        }
        Prepared prep;
        prepare(view, caseless, prep);
        // The kBeam best label sequences, token after token; where the true sequence so far falls out of
        // them, or at the end if the best is not the true one, the true sequence's features (each token's,
        // with its true labels before it) go up by one for its labels and the best's down by one for its
        // own, up to there (Collins and Roark's early update).
        std::vector<int> truth(view.size());
        for (std::size_t i = 0; i < view.size(); ++i) truth[i] = label_id(ex.tags[i]);
        struct Hyp {
          float score;
          std::vector<int> labels;
        };
        std::vector<Hyp> beam{{0.0f, {}}}, next;
        std::size_t upto = view.size();
        for (std::size_t i = 0; i < view.size(); ++i) {
          next.clear();
          for (const Hyp& h : beam) {
            const int prev = i > 0 ? h.labels[i - 1] : -1, prev2 = i > 1 ? h.labels[i - 2] : -1;
            features(prep, i, prev, prev2, feats);
            std::fill(score.begin(), score.end(), 0.0f);
            for (auto f : feats)
              for (std::size_t l = 0; l < L; ++l) score[l] += weights_[static_cast<std::size_t>(f) * L + l];
            for (std::size_t l = 0; l < L; ++l) {
              if (!valid_after(prev, static_cast<int>(l))) continue;
              next.push_back({h.score + score[l], h.labels});
              next.back().labels.push_back(static_cast<int>(l));
            }
          }
          const std::size_t keep = std::min(kBeam, next.size());
          std::stable_sort(next.begin(), next.end(), [](const Hyp& x, const Hyp& y) { return x.score > y.score; });
          next.resize(keep);
          beam.swap(next);
          if (std::none_of(beam.begin(), beam.end(), [&](const Hyp& h) { return std::equal(h.labels.begin(), h.labels.end(), truth.begin()); })) {
            upto = i + 1;
            break;
          }
        }
        const std::vector<int>& best = beam.front().labels;
        if (!std::equal(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(upto), truth.begin())) {
          auto update = [&](const std::vector<int>& labels, float delta) {
            for (std::size_t i = 0; i < upto; ++i) {
              features(prep, i, i > 0 ? labels[i - 1] : -1, i > 1 ? labels[i - 2] : -1, feats);
              for (auto f : feats) {
                const std::size_t at = static_cast<std::size_t>(f) * L + static_cast<std::size_t>(labels[i]);
                weights_[at] += delta;
                totals[at] += c * delta;
              }
            }
          };
          update(truth, 1);
          update(best, -1);
        }
        c += 1;
      }
    }
  }
  for (std::size_t k = 0; k < weights_.size(); ++k) weights_[k] -= totals[k] / c;
  description_ = description;
}

// The name model's file (core/model_file.h).
ModelFormat NameTagger::file_format() {
  return {"ner", "name", kFormatVersion, kFeatureVersion, kBuckets, kLabels, "run `incidex train ner`",
          "tools/train-ner.sh"};
}

void NameTagger::save(const std::string& path) const {
  write_model(path, file_format(), weights_, 8, {{WordClasses::kModelField, WordClasses::shared().fingerprint()}}, description_);
}

NameTagger::NameTagger(const std::string& path) : NameTagger() {
  ModelWeights file = read_model(path, file_format());
  // its features read the word classes it was trained with
  WordClasses::shared().check_trained_with(path, file.fields, "tools/train-ner.sh");
  description_ = file.description;
  // In memory each feature's row is padded to kRow labels, so that it never straddles two cache lines.
  const std::size_t L = labels_.size();
  qrows_.assign(kBuckets);
  std::vector<float>().swap(weights_);  // a loaded model is only used for tagging
  scale_ = file.scale;
  for (auto [k, q] : file.kept)
    if (k / L < kBuckets) qrows_.row(k / L)[k % L] = q;
}

const NameTagger& NameTagger::shared() {
  static const NameTagger t(data_file("ner.model"));
  return t;
}

Truecaser::Truecaser() {
  for (auto& row : read_data_rows("lowercase_words.txt")) lower_.insert(row[0]);
  words_.assign(lower_.begin(), lower_.end());
  std::size_t size = 16;
  while (size < words_.size() * 2) size *= 2;
  slots_.assign(size, 0);
  hashes_.assign(size, 0);
  for (std::size_t k = 0; k < words_.size(); ++k) {
    std::uint32_t h = fnv(words_[k]);
    std::size_t at = h & (size - 1);
    while (slots_[at]) at = (at + 1) & (size - 1);
    slots_[at] = static_cast<std::uint32_t>(k + 1);
    hashes_[at] = h;
  }
}

bool Truecaser::usually_lower(std::string_view lower_word, std::uint32_t h) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = h & mask; slots_[at]; at = (at + 1) & mask)
    if (hashes_[at] == h && words_[slots_[at] - 1] == lower_word) return true;
  return false;
}

const Truecaser& Truecaser::shared() {
  static const Truecaser t;
  return t;
}

std::string Truecaser::apply(std::string_view word) const {
  std::string w = ascii_lower(word);
  if (w.empty() || lower_.count(w) || !std::isalpha(static_cast<unsigned char>(w[0]))) return w;
  w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return w;
}

NameFinder::NameFinder() : tagger_(NameTagger::shared()), groups_("groups.tsv") {
  for (auto& row : read_data_rows("not_name_words.txt")) not_name_words_.insert(row[0]);
}

std::vector<NameSpan> NameFinder::find(const Tokens& tk, std::string_view text, std::vector<std::uint16_t>* classes) const {
  std::vector<NameSpan> out;
  if (classes) classes->assign(tk.tokens.size(), WordClasses::kNone);
  std::vector<std::string_view> words;
  std::vector<std::string> cased;
  for (const auto& s : tk.sentences) {
    words.clear();
    cased.clear();
    if (tk.caseless) {
      for (std::uint32_t i = s.first; i < s.last; ++i) cased.push_back(Truecaser::shared().apply(tk.tokens[i].text(text)));
      for (auto& w : cased) words.push_back(w);
    } else {
      for (std::uint32_t i = s.first; i < s.last; ++i) words.push_back(tk.tokens[i].text(text));
    }
    auto tags = tagger_.tag_ids(words, false, tk.caseless, classes ? classes->data() + s.first : nullptr);
    if (classes)  // a word Tokens::lower respells was looked up by another key
      for (std::uint32_t i = s.first; i < s.last; ++i)
        if (respelled_in_lower(tk.tokens[i].text(text), tk.lower[i])) (*classes)[i] = WordClasses::kNotShared;
    std::vector<NameSpan> spans;
    const auto& labels = tagger_.labels();
    for (std::uint32_t i = 0; i < tags.size(); ++i) {
      const std::string& l = labels[tags[i]];
      if (l[0] == 'B') spans.push_back({s.first + i, s.first + i + 1, l.substr(2), "", ""});
      else if (l[0] == 'I' && !spans.empty() && spans.back().last == s.first + i) spans.back().last++;
    }
    // A name neither starts nor ends with punctuation ("[" in wire copy is no organisation) or a conjunction
    // ("Federal Way and" before a person's name); a person's name
    // the tagger broke in two ("SENATOR FEDERICO ESTRADA" + "VELEZ") is one.
    // Nor does one go on past a bracket, a slash or a colon: "DETROIT, Mich. (WXYZ) --" names a state and a
    // station, "Photo: Regina H. Boone/Detroit Free Press" a photographer and her paper (the tagger read
    // all of it as one person's name, and its last word, "Detroit", as a surname of the story).
    auto conjunction = [&](std::uint32_t k) { return tk.lower[k] == "and"sv || tk.lower[k] == "or"sv; };
    const std::size_t tagged = spans.size();
    for (std::size_t j = 0; j < spans.size(); ++j) {
      NameSpan& n = spans[j];
      while (n.first < n.last && (tk.tokens[n.first].kind == Token::punct || conjunction(n.first))) ++n.first;
      while (n.last > n.first && (tk.tokens[n.last - 1].kind == Token::punct || conjunction(n.last - 1))) --n.last;
      for (std::uint32_t k = n.first + 1; k + 1 < n.last; ++k) {
        const std::string& w = tk.lower[k];
        if (w != "("sv && w != ")"sv && w != "/"sv && w != ":"sv) continue;
        NameSpan rest = n;
        rest.first = k + 1;
        // a person's name before a slash is a credit, the outlet's after it; one word before a colon is a
        // label ("Photo:", "Courtesy:"), no name
        if (w == "/"sv && n.type == "per"sv) {
          rest.type = "org";
          n.kind = "credit";
        }
        n.last = w == ":"sv && k == n.first + 1 ? n.first : k;
        spans.push_back(rest);  // (trimmed in turn)
        break;
      }
    }
    if (spans.size() > tagged) std::sort(spans.begin(), spans.end(), [](auto& a, auto& b) { return a.first < b.first; });
    // Nor with an age, a clock time or a phone number ("22-year-old Tunisha Jackson", "6:36 Paul"): such
    // words are trimmed, and a name made only of them is none.
    auto maybe_not_start = [&](const Token& t) {  // the text first: a digit, or long enough for "-year-old"
      return (text[t.start] >= '0' && text[t.start] <= '9') || t.end - t.start >= 9;
    };
    for (auto& n : spans)
      while (n.first < n.last && maybe_not_start(tk.tokens[n.first]) && not_name_start(tk.lower[n.first])) ++n.first;
    std::erase_if(spans, [](const NameSpan& n) { return n.first >= n.last; });
    // A compass word and a place the gazetteer knows is that place's part, no person ("South Dallas").
    for (auto& n : spans)
      if (n.type == "per"sv && n.last - n.first >= 2 && compass_word(tk.lower[n.first]) && known_place(tk, n.first + 1, n.last))
        n.type = "geo";
    if (!tk.caseless) people_by_age(tk, text, s, spans);
    if (!tk.caseless) words_before(tk, s, spans);
    if (!tk.caseless) surname_at_sentence_end(tk, s, spans);
    if (!tk.caseless) nicknames(tk, text, s, spans);
    for (std::size_t k = 1; k < spans.size(); ++k)
      if (spans[k].type == "per"sv && spans[k - 1].type == "per"sv && spans[k - 1].last == spans[k].first &&
          tk.tokens[spans[k].first].start <= tk.tokens[spans[k - 1].last - 1].end + 2 &&
          tk.tokens[spans[k].first].start > tk.tokens[spans[k - 1].last - 1].end) {  // one space or a line break
        spans[k - 1].last = spans[k].last;
        spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(k--));
      }
    if (!tk.caseless) particles(tk, s, spans);
    // Known groups win over whatever the tagger said about their words.
    for (std::uint32_t i = s.first; i < s.last; ++i) {
      std::uint32_t len = 0;
      const auto* row = groups_.match(tk, i, s.last, len);
      if (!row) continue;
      std::erase_if(spans, [&](const NameSpan& n) { return n.first < i + len && i < n.last; });
      spans.push_back({i, i + len, "org", (*row)[0], row->size() > 1 ? (*row)[1] : ""});
      i += len - 1;
    }
    std::sort(spans.begin(), spans.end(), [](auto& a, auto& b) { return a.first < b.first; });
    out.insert(out.end(), spans.begin(), spans.end());
  }
  if (!tk.caseless) surnames_alone(tk, out);
  return out;
}

bool NameFinder::name_word(const Tokens& tk, std::uint32_t i, bool common_too) const {
  const Token& t = tk.tokens[i];
  const std::string& w = tk.lower[i];
  return t.kind == Token::word && t.cap && !t.upper && (common_too || !Truecaser::shared().usually_lower(w)) &&
         !not_name_words_.contains(w) && !calendar_word(w);
}

void NameFinder::words_before(const Tokens& tk, const Sentence& s, std::vector<NameSpan>& spans) const {
  // a name word one space before token i, in no name
  auto joins = [&](std::uint32_t i, std::uint32_t taken_to) {
    return i > s.first && i - 1 >= taken_to && name_word(tk, i - 1) && !not_name_start(tk.lower[i - 1]) &&
           tk.tokens[i].start == tk.tokens[i - 1].end + 1;
  };
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan& n = spans[k];
    if (n.type != "per"sv) continue;
    const std::uint32_t taken_to = k > 0 ? spans[k - 1].last : s.first;
    if (n.last == n.first + 1 && name_suffix(tk.lower[n.first])) {
      NameSpan* before = k > 0 ? &spans[k - 1] : nullptr;  // the name right before it, of any type: a person's
      if (before && before->last == n.first && before->canonical.empty() &&
          tk.tokens[n.first].start == tk.tokens[n.first - 1].end + 1) {
        n.first = before->first;
        before->last = before->first;  // (dropped below)
        continue;
      }
      std::uint32_t first = n.first;
      while (first > n.first - std::min<std::uint32_t>(n.first, 3) && joins(first, taken_to)) --first;
      n.first = first;
    } else if (n.first == s.first + 1 && n.last - n.first >= 2) {
      // (the word may be one the tagger took for a name of its own: "Aiden" an organisation)
      const bool alone = k > 0 && spans[k - 1].first == s.first && spans[k - 1].last == n.first &&
                         spans[k - 1].canonical.empty();
      if (!joins(n.first, alone ? s.first : taken_to)) continue;
      --n.first;
      if (alone) spans[k - 1].last = spans[k - 1].first;  // (dropped below)
    }
  }
  std::erase_if(spans, [&](const NameSpan& n) {
    return n.last == n.first || (n.last == n.first + 1 && name_suffix(tk.lower[n.first]));
  });
}

// The tagger learnt from GMB's sentences, where a capitalised word before the full stop is most often a day
// ("... said Tuesday ."), tagged as no name: it ends a person's name before a surname it does not know at
// the end of a sentence ("identified as Carter Epps.", "He shot Samantha Isom."). Such a word, capitalised,
// no word prose writes in lower case, no name's word (data/not_name_words.txt), no day or month and in no
// other name, right before the sentence's last punctuation, goes on the person's name before it.
void NameFinder::surname_at_sentence_end(const Tokens& tk, const Sentence& s, std::vector<NameSpan>& spans) const {
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan& n = spans[k];
    const std::uint32_t i = n.last;
    if (n.type != "per"sv || i + 1 >= s.last || (k + 1 < spans.size() && spans[k + 1].first <= i)) continue;
    const std::string& w = tk.lower[i];
    if (!name_word(tk, i) || w.size() < 2 || w.back() == '.') continue;
    // then the sentence's end: a full stop, a question or exclamation mark, perhaps a closing quote after it
    std::uint32_t end = i + 1;
    const std::string& p = tk.lower[end];
    if (p != "."sv && p != "!"sv && p != "?"sv) continue;
    while (end + 1 < s.last && tk.tokens[end + 1].kind == Token::punct) ++end;
    if (end + 1 == s.last) n.last = i + 1;
  }
}

// A nickname in quotes between a first name and a surname ('Takeeya "KeKe" Fulton', 'Jesus “JJ” Oropeza'):
// the tagger, which never saw one, breaks the name at the quotes and tags its parts as anything. The whole,
// from the name's first word (and the one before it where the tagger put the two in one name) through one
// or two capitalised words after the closing quote, is one person's name.
void NameFinder::nicknames(const Tokens& tk, std::string_view text, const Sentence& s,
                           std::vector<NameSpan>& spans) const {
  auto quote = [&](std::uint32_t i, bool opening) {
    if (tk.tokens[i].kind != Token::punct) return false;
    std::string_view q = tk.tokens[i].text(text);
    return q == "\""sv || q == (opening ? "\u201c"sv : "\u201d"sv);
  };
  for (std::uint32_t i = s.first + 1; i + 3 < s.last; ++i) {
    if (!quote(i, true) || !name_word(tk, i - 1) || tk.tokens[i].start != tk.tokens[i - 1].end + 1) continue;
    std::uint32_t close = i + 1;
    while (close < s.last && close < i + 4 && tk.tokens[close].kind == Token::word && tk.tokens[close].cap) ++close;
    if (close == i + 1 || close + 1 >= s.last || !quote(close, false)) continue;
    std::uint32_t last = close + 1;
    while (last < s.last && last < close + 3 && name_word(tk, last)) ++last;
    if (last == close + 1) continue;
    std::uint32_t first = i - 1;
    for (const NameSpan& n : spans)  // the first name's word before it, in one name with it ("Leroy "LJ" ...")
      if (n.type == "per"sv && n.first < first && n.last == i) first = n.first;
    std::erase_if(spans, [&](const NameSpan& n) { return n.first < last && first < n.last; });
    spans.push_back({first, last, "per", "", ""});
    std::sort(spans.begin(), spans.end(), [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
    i = last;
  }
}

void NameFinder::particles(const Tokens& tk, const Sentence& s, std::vector<NameSpan>& spans) const {
  auto particle = [](std::string_view w) {
    static constexpr std::string_view kParticles[] = {"de", "del", "della", "da", "das", "do", "dos", "di", "du", "la",
                                                      "las", "los", "le", "van", "von", "der", "den", "ter", "ten", "y",
                                                      "bin", "ibn"};
    return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
  };
  for (std::size_t k = 0; k < spans.size(); ++k) {
    NameSpan& n = spans[k];
    if (n.type != "per"sv) continue;
    // the street's abbreviation after a number, where the name starts or inside it ("57th St. Jamel E.
    // Jenkins", "N. 57th St. Jamel E. Jenkins"): the address ends there, before the name
    for (std::uint32_t j = n.first; j + 1 < n.last; ++j)
      if (j > s.first && tk.tokens[j - 1].kind != Token::punct && std::isdigit(static_cast<unsigned char>(tk.lower[j - 1][0])) &&
          (tk.lower[j] == "st."sv || tk.lower[j] == "ave."sv || tk.lower[j] == "rd."sv || tk.lower[j] == "blvd."sv)) {
        n.first = j + 1;
        break;
      }
    // where the name stops: its own last word may be the first particle ("Juan De" + "la Fuente")
    std::uint32_t at = n.last;
    while (at > n.first + 1 && particle(tk.lower[at - 1])) --at;
    std::uint32_t p = at;
    while (p < s.last && p < at + 3 && particle(tk.lower[p]) && tk.tokens[p].kind == Token::word) ++p;
    if (p == at || p >= s.last || !name_word(tk, p) || particle(tk.lower[p])) continue;
    std::uint32_t last = p + 1;
    if (last < s.last && name_word(tk, last) && !particle(tk.lower[last])) ++last;  // "de la Fuente Ramos"
    n.last = last;
    for (std::size_t j = k + 1; j < spans.size() && spans[j].first < last;)
      spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(j));
  }
}

void NameFinder::surnames_alone(const Tokens& tk, std::vector<NameSpan>& names) const {
  // the last words of the full names of people (two words at least, the last no initial or suffix), words
  // that prose does not write in lower case, no name's (data/not_name_words.txt) and no weekday or month
  // ("Close Image", "Joe Saturday"); a handful a document, found among its words by their hashes
  const Truecaser& tc = Truecaser::shared();
  std::vector<std::uint32_t> surnames;  // token indices
  for (auto& n : names) {
    if (n.last - n.first < 2 || n.type != "per"sv) continue;
    const std::string& w = tk.lower[n.last - 1];
    if (w.size() >= 3 && w.back() != '.' && !tc.usually_lower(w) && !not_name_words_.contains(w) && !calendar_word(w))
      surnames.push_back(n.last - 1);
  }
  if (surnames.empty()) return;
  std::vector<std::int32_t> in_name;  // the name each token is in, or -1: made at the first surname found
  bool added = false;
  for (std::uint32_t i = 0; i < tk.tokens.size(); ++i) {
    const Token& t = tk.tokens[i];
    if (t.kind != Token::word || !t.cap || t.upper) continue;
    if (std::none_of(surnames.begin(), surnames.end(),
                     [&](std::uint32_t k) { return tk.hash[k] == tk.hash[i] && tk.lower[k] == tk.lower[i]; }))
      continue;
    // alone: no capitalised word right before or after it
    auto capital = [&](std::uint32_t j) { return tk.tokens[j].kind == Token::word && tk.tokens[j].cap; };
    if ((i > 0 && capital(i - 1) && tk.tokens[i].start <= tk.tokens[i - 1].end + 1) ||
        (i + 1 < tk.tokens.size() && capital(i + 1) && tk.tokens[i + 1].start <= tk.tokens[i].end + 1))
      continue;
    if (in_name.empty()) {
      in_name.assign(tk.tokens.size(), -1);
      for (std::size_t k = 0; k < names.size(); ++k)
        for (std::uint32_t j = names[k].first; j < names[k].last; ++j) in_name[j] = static_cast<std::int32_t>(k);
    }
    if (in_name[i] < 0) {
      names.push_back({i, i + 1, "per", "", ""});
      added = true;
    } else {
      NameSpan& n = names[static_cast<std::size_t>(in_name[i])];
      if (n.last == n.first + 1 && n.type == "org"sv && n.canonical.empty()) n.type = "per";
    }
  }
  if (added) std::sort(names.begin(), names.end(), [](auto& a, auto& b) { return a.first < b.first; });
}

void NameFinder::people_by_age(const Tokens& tk, std::string_view text, const Sentence& s,
                               std::vector<NameSpan>& spans) const {
  auto capital_word = [&](std::uint32_t i) {  // not an age ("Nineteen-year-old" opening a sentence)
    const Token& t = tk.tokens[i];
    return t.kind == Token::word && t.cap && !(t.end - t.start >= 9 && is_age_word(tk.lower[i]));
  };
  auto close = [&](std::uint32_t i) { return tk.tokens[i].start <= tk.tokens[i - 1].end + 1; };  // one space at most
  auto initial = [&](std::uint32_t i) { return is_initial(tk.lower[i]); };  // "E."
  // capitalised words, not in capitals, not a known place nor one's start, and none but the last one prose
  // writes in lower case ("Derek Love" may be a name, "Overland High School" and "South Dallas" not); the
  // names the tagger found on them lie inside them and are no known group's
  const Truecaser& tc = Truecaser::shared();
  auto like_name = [&](std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t i = b; i < e; ++i)
      if (tk.tokens[i].upper || (i + 1 < e && !initial(i) && tc.usually_lower(tk.lower[i])) ||
          (i == b && place_prefix_word(tk.lower[i])))
        return false;
    for (auto& n : spans)
      if (n.first < e && b < n.last && (n.first < b || n.last > e || !n.canonical.empty())) return false;
    return !known_place(tk, b, e);
  };
  bool changed = false;
  for (std::uint32_t cb = s.first; cb < s.last;) {
    if (!capital_word(cb)) {
      ++cb;
      continue;
    }
    // capitalised words one space apart: an age can only stand before the first or after the last
    std::uint32_t ce = cb + 1;
    while (ce < s.last && capital_word(ce) && close(ce)) ++ce;
    if (!age_before(tk, text, s, cb) && !age_after(tk, text, s, ce)) {
      cb = ce;
      continue;
    }
    // runs in it that end at a word with a full stop that is no initial ("Jr.", "Cpl.") or before a weekday
    // or a month ("Kyle Spivey Friday")
    auto stop = [&](std::uint32_t i) { return tk.lower[i].back() == '.' && !initial(i); };
    for (std::uint32_t rb = cb; rb < ce;) {
      std::uint32_t re = rb + 1;
      while (re < ce && !stop(re - 1) && !calendar_word(tk.lower[re])) ++re;
      // the run's first words after an age, or its last before one: four words at most, two at least
      std::uint32_t b = 0, e = 0;
      for (std::uint32_t k = std::min<std::uint32_t>(4, re - rb); k >= 2 && e == 0; --k) {
        if (age_before(tk, text, s, rb) && like_name(rb, rb + k)) b = rb, e = rb + k;
        else if (age_after(tk, text, s, re) && like_name(re - k, re)) b = re - k, e = re;
      }
      if (e != 0) {
        std::erase_if(spans, [&](const NameSpan& n) { return n.first < e && b < n.last; });
        spans.push_back({b, e, "per", "", ""});
        changed = true;
      }
      rb = re;
    }
    cb = ce;
  }
  if (changed) std::sort(spans.begin(), spans.end(), [](auto& a, auto& b) { return a.first < b.first; });
}

void count_chunks(const std::vector<std::string>& gold, const std::vector<std::string>& pred,
                  std::map<std::string, ChunkCounts>& per_type) {
  auto chunks = [](const std::vector<std::string>& tags) {
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> out;
    for (std::size_t i = 0; i < tags.size(); ++i) {
      if (tags[i] == "O"sv) continue;
      std::string type = tags[i].substr(2);
      bool starts = tags[i][0] == 'B' || out.empty() || std::get<1>(out.back()) != i || std::get<2>(out.back()) != type;
      if (starts) out.emplace_back(i, i + 1, type);
      else std::get<1>(out.back()) = i + 1;
    }
    return out;
  };
  auto g = chunks(gold), p = chunks(pred);
  for (auto& c : g) per_type[std::get<2>(c)].gold++;
  for (auto& c : p) {
    per_type[std::get<2>(c)].predicted++;
    if (std::find(g.begin(), g.end(), c) != g.end()) per_type[std::get<2>(c)].correct++;
  }
}

}  // namespace incidex
