#include "extract/victims.h"

#include <algorithm>

#include "core/data_dir.h"
#include "core/hash.h"

namespace incidex {

using namespace std::string_view_literals;  // a literal compared with a word: lengths first

namespace {

constexpr std::size_t kL = VictimScorer::kClasses;
constexpr std::size_t kMaxPlaces = 6;  // the places a person's context is read from: the first six
constexpr std::uint32_t kWindow = 12;  // words either side read as the sentence's words

constexpr FeatureHasher<VictimScorer::kBuckets> feature;  // one hashed feature, masked to the table

std::uint32_t bucket(std::size_t n, std::initializer_list<std::size_t> edges) {
  std::uint32_t b = 0;
  for (std::size_t e : edges)
    if (n >= e) ++b;
  return b;
}

}  // namespace

const std::array<std::string_view, VictimScorer::kClasses>& VictimScorer::classes() {
  static const std::array<std::string_view, kClasses> c = {"none", "killed", "wounded", "victim"};
  return c;
}

void VictimScorer::features(const Analysis& a, std::span<const Place> places, std::size_t order, std::size_t people,
                            std::vector<std::uint32_t>& out, const WordKinds* kinds) {
  out.clear();
  const Tokens& tk = a.tokens;
  auto word = [&](std::int64_t i, std::uint32_t lo, std::uint32_t hi) { return tk.feature_word(i, lo, hi); };
  // the kind of the word at i within [lo, hi): 0 for none or outside
  auto kind = [&](std::int64_t i, std::uint32_t lo, std::uint32_t hi) -> std::uint32_t {
    if (!kinds || i < lo || i >= hi) return 0;
    const std::uint8_t* k = kinds->find(tk.lower[static_cast<std::size_t>(i)]);
    return k ? *k : 0;
  };
  // the person as a whole
  std::uint32_t longest = 0, first_sentence = places.empty() ? 0 : tk.sentence_of(places.front().first);
  std::string rules;
  for (const Place& p : places) {
    longest = std::max(longest, p.last - p.first);
    if (!p.rule_status.empty() && rules.find(p.rule_status) == std::string::npos) rules += std::string(p.rule_status) + " ";
  }
  std::uint32_t sentence_b = bucket(first_sentence, {1, 2, 3, 5, 8, 13});
  std::uint32_t rule_v = fnv32(rules);
  out.push_back(feature(1));                                             // bias
  out.push_back(feature(2, bucket(places.size(), {2, 3, 4, 6})));       // how often named
  out.push_back(feature(3, std::min<std::uint32_t>(longest, 4)));        // how fully
  out.push_back(feature(4, sentence_b));                                 // how early
  out.push_back(feature(5, rule_v));                                     // what the rules said
  out.push_back(feature(6, rule_v, sentence_b));
  out.push_back(feature(7, rule_v, bucket(places.size(), {2, 3, 4, 6})));
  std::uint32_t order_b = bucket(order, {1, 2, 3, 5}), people_b = bucket(people, {2, 3, 4, 6, 9});
  out.push_back(feature(8, order_b, people_b));                         // the first named of how many
  out.push_back(feature(9, order_b, rule_v));
  std::size_t used = 0;
  for (const Place& p : places) {
    if (used++ == kMaxPlaces) break;
    const Sentence& s = tk.sentences[tk.sentence_of(p.first)];
    std::uint32_t lo = s.first, hi = s.last;
    std::int64_t b = p.first, e = p.last;
    std::uint32_t l1 = word(b - 1, lo, hi), l2 = word(b - 2, lo, hi), l3 = word(b - 3, lo, hi);
    std::uint32_t r1 = word(e, lo, hi), r2 = word(e + 1, lo, hi), r3 = word(e + 2, lo, hi);
    out.push_back(feature(10, l1));
    out.push_back(feature(11, l2));
    out.push_back(feature(12, l3));
    out.push_back(feature(13, l2, l1));
    out.push_back(feature(14, r1));
    out.push_back(feature(15, r2));
    out.push_back(feature(16, r3));
    out.push_back(feature(17, r1, r2));
    out.push_back(feature(18, l1, r1));
    out.push_back(feature(19, fnv32(p.rule_status), p.off_tense));
    // after an age in apposition: "Antonio Mason, 35, died"; "Mason, 35, of Dunbar, was"
    if (e + 3 < hi && tk.lower[e] == ","sv && tk.tokens[e + 1].kind == Token::number && tk.lower[e + 2] == ","sv) {
      std::uint32_t a1 = word(e + 3, lo, hi), a2 = word(e + 4, lo, hi);
      out.push_back(feature(20, a1));
      out.push_back(feature(21, a1, a2));
    }
    // the kinds of the words next to it
    if (kinds) {
      std::uint32_t kl1 = kind(b - 1, lo, hi), kl2 = kind(b - 2, lo, hi), kr1 = kind(e, lo, hi), kr2 = kind(e + 1, lo, hi);
      out.push_back(feature(25, kl1));
      out.push_back(feature(26, kl2, kl1));
      out.push_back(feature(27, kr1));
      out.push_back(feature(28, kr1, kr2));
      out.push_back(feature(29, kl1, kr1));
    }
    // the words of the sentence near it (and their kinds), and whether it comes first in the sentence
    for (std::uint32_t i = b > lo + kWindow ? static_cast<std::uint32_t>(b) - kWindow : lo; i < b; ++i)
      if (tk.tokens[i].kind == Token::word) {
        out.push_back(feature(22, tk.feature_word(i)));
        if (std::uint32_t k = kind(i, lo, hi)) out.push_back(feature(30, k));
      }
    for (std::uint32_t i = static_cast<std::uint32_t>(e); i < hi && i < e + kWindow; ++i)
      if (tk.tokens[i].kind == Token::word) {
        out.push_back(feature(23, tk.feature_word(i)));
        if (std::uint32_t k = kind(i, lo, hi)) out.push_back(feature(31, k));
      }
    out.push_back(feature(24, b == lo, p.off_tense));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

VictimScorer::Decision VictimScorer::decide(std::span<const std::uint32_t> feats, bool said) const {
  const float lean = said ? lean_ : lean_add_;
  float s[kL];
  model_.scores(feats, s);
  std::size_t best = 1;
  for (std::size_t c = 2; c < kL; ++c)
    if (s[c] > s[best]) best = c;
  if (s[best] + lean <= s[0]) return {0, s[best] - s[0]};
  return {best, s[best] - s[0]};
}

void VictimScorer::train(const std::vector<Example>& data, int epochs, const std::string& description) {
  model_.train(data, epochs, kOrders);
  description_ = description;
}

ModelFormat VictimScorer::file_format() {
  std::vector<std::string> labels(classes().begin(), classes().end());
  return {"victims", "victim", kFormatVersion, kFeatureVersion, kBuckets, labels, "run tools/train-victims.sh",
          "tools/train-victims.sh"};
}

void VictimScorer::save(const std::string& path) const {
  write_model(path, file_format(), model_.weights(), 4,
              {{"lean", std::to_string(lean_)}, {"lean_add", std::to_string(lean_add_)}}, description_);
}

VictimScorer::VictimScorer(const std::string& path) {
  ModelWeights file = read_model(path, file_format());
  description_ = file.description;
  lean_ = std::stof(file.fields.at("lean"));
  lean_add_ = std::stof(file.fields.at("lean_add"));
  model_.load(file);
}

const VictimScorer& VictimScorer::shared() {
  static const VictimScorer s(data_file("victims.model"));
  return s;
}

}  // namespace incidex
