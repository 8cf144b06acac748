#include "extract/when.h"

#include <algorithm>

#include "core/data_dir.h"
#include "core/dates.h"
#include "core/hash.h"

namespace incidex {

namespace {

constexpr std::size_t kMaxPlaces = 4;  // the places a day's context is read from: the first four
constexpr std::uint32_t kWindow = 6;   // words either side read as the sentence's words

constexpr FeatureHasher<DateChooser::kBuckets> feature;  // one hashed feature, masked to the table

bool day_precise(const Date& d) { return d.known() && d.precision == Date::Precision::day; }

// Days before the publication date: after it, the day itself, 1, 2, 3, 4-6, 7-13, 14-31, more; or not known.
std::uint32_t before_publication(const Date& d, const Date& published) {
  if (!day_precise(d) || !day_precise(published)) return 9;
  int back = days_between(d, published);
  if (back < 0) return 0;
  if (back <= 3) return 1 + static_cast<std::uint32_t>(back);
  return back <= 6 ? 5 : back <= 13 ? 6 : back <= 31 ? 7 : 8;
}

// Days from the rules' date, -8..8 (farther ones at the ends); 17 when either is not a day.
std::uint32_t from_rules(const Date& d, const Date& rules) {
  if (!day_precise(d) || !day_precise(rules)) return 17;
  return static_cast<std::uint32_t>(std::clamp(days_between(rules, d), -8, 8) + 8);
}

// Words to the incident's word: none in the sentence, then before it 1-2, 3-5, 6-10, farther, then after it.
std::uint32_t to_trigger(std::int32_t d) {
  if (d == DateChooser::kNone) return 0;
  std::uint32_t far = static_cast<std::uint32_t>(d < 0 ? -d : d);
  std::uint32_t b = far <= 2 ? 1 : far <= 5 ? 2 : far <= 10 ? 3 : 4;
  return d < 0 ? b : b + 4;
}

}  // namespace

void DateChooser::features(const Analysis& a, std::span<const Candidate> all, std::size_t rank, const Context& ctx,
                           std::vector<std::uint32_t>& out) {
  out.clear();
  const Candidate& c = all[rank];
  const Tokens& tk = a.tokens;
  auto word = [&](std::int64_t i, std::uint32_t lo, std::uint32_t hi) { return tk.feature_word(i, lo, hi); };
  const std::uint32_t r = c.rules;
  const std::uint32_t back = before_publication(c.date, ctx.published), rel = from_rules(c.date, ctx.rules);
  const std::uint32_t n = static_cast<std::uint32_t>(std::min(ctx.candidates, std::size_t{6}));
  out.push_back(feature(1, r));                                    // the rules' day, or another
  out.push_back(feature(2, r, ctx.rule_step));                     // ... by which rule
  out.push_back(feature(3, back, r));                              // days before publication
  out.push_back(feature(4, rel));                                  // days from the rules' day
  out.push_back(feature(5, rel, ctx.rule_step));
  out.push_back(feature(6, back, rel));
  out.push_back(feature(7, static_cast<std::uint32_t>(std::min(c.places.size(), std::size_t{4}))));  // how often
  out.push_back(feature(8, static_cast<std::uint32_t>(std::min(rank, std::size_t{4})), r));           // how early
  out.push_back(feature(9, n, r));                                 // among how many
  out.push_back(feature(10, static_cast<std::uint32_t>(c.date.precision), r));
  for (std::size_t k = 0; k < c.places.size() && k < kMaxPlaces; ++k) {
    const Place& p = c.places[k];
    const Sentence& s = tk.sentences[tk.sentence_of(p.first)];
    const std::uint32_t lo = s.first, hi = s.last;
    const std::int64_t b = p.first, e = p.last;
    // the expression's own words: "last monday", "early sunday morning", "on oct. 3"
    for (std::uint32_t i = p.first; i < p.last && i < p.first + 5; ++i) out.push_back(feature(11, tk.feature_word(i)));
    out.push_back(feature(12, word(b, lo, hi), word(e - 1, lo, hi)));
    // the words around it
    std::uint32_t l1 = word(b - 1, lo, hi), l2 = word(b - 2, lo, hi), r1 = word(e, lo, hi), r2 = word(e + 1, lo, hi);
    out.push_back(feature(13, l1));
    out.push_back(feature(14, l2));
    out.push_back(feature(15, l2, l1));
    out.push_back(feature(16, r1));
    out.push_back(feature(17, r2));
    out.push_back(feature(18, r1, r2));
    // where and what its sentence is
    std::uint32_t fc = sentence_distance(p.from_core);
    out.push_back(feature(19, fc, p.tense));
    out.push_back(feature(20, p.later_event, p.told, fc));
    out.push_back(feature(21, p.relative, p.tense, r));
    out.push_back(feature(22, fc, r));
    out.push_back(feature(23, static_cast<std::uint32_t>(k), fc));
    out.push_back(feature(26, to_trigger(p.to_trigger)));
    out.push_back(feature(27, to_trigger(p.to_trigger), p.later_event));
    for (std::uint32_t i = b > lo + kWindow ? static_cast<std::uint32_t>(b) - kWindow : lo; i < b; ++i)
      if (tk.tokens[i].kind == Token::word) out.push_back(feature(24, tk.feature_word(i)));
    for (std::uint32_t i = static_cast<std::uint32_t>(e); i < hi && i < e + kWindow; ++i)
      if (tk.tokens[i].kind == Token::word) out.push_back(feature(25, tk.feature_word(i)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

ModelFormat DateChooser::file_format() {
  return {"dates", "date", kFormatVersion, kFeatureVersion, kBuckets, {"score"}, "run tools/train-dates.sh", "tools/train-dates.sh"};
}

const DateChooser& DateChooser::shared() {
  static const DateChooser s(data_file("dates.model"));
  return s;
}

}  // namespace incidex
