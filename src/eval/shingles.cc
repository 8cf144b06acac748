#include "eval/shingles.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <map>
#include <vector>

namespace incidex::eval {

static std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    bool w = c >= 0 && (u_isalnum(c) || c == '_' || u_charType(c) == U_NON_SPACING_MARK);
    if (w) {
      cur.append(s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

static std::map<std::string, int> grams(std::string_view s) {
  auto w = words(s);
  std::map<std::string, int> g;
  for (std::size_t i = 0; i + 4 <= w.size(); ++i) ++g[w[i] + '\x1f' + w[i + 1] + '\x1f' + w[i + 2] + '\x1f' + w[i + 3]];
  return g;
}

PageCounts shingle_counts(std::string_view gold, std::string_view predicted) {
  auto g = grams(gold), p = grams(predicted);
  PageCounts c;
  for (auto& [k, a] : g) {
    auto it = p.find(k);
    int b = it == p.end() ? 0 : it->second;
    c.tp += std::min(a, b);
    c.fn += std::max(0, a - b);
  }
  for (auto& [k, b] : p) {
    auto it = g.find(k);
    int a = it == g.end() ? 0 : it->second;
    c.fp += std::max(0, b - a);
  }
  double s = c.tp + c.fp + c.fn;
  if (s > 0) {
    c.tp /= s;
    c.fp /= s;
    c.fn /= s;
  }
  return c;
}

void ShingleScore::add(std::string_view gold, std::string_view predicted) {
  PageCounts c = shingle_counts(gold, predicted);
  p_sum_ += c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  r_sum_ += c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  ++pages_;
}

PRF ShingleScore::score() const {
  PRF s;
  if (!pages_) return s;
  s.p = p_sum_ / static_cast<double>(pages_);
  s.r = r_sum_ / static_cast<double>(pages_);
  s.f = f1(s.p, s.r);
  return s;
}

}  // namespace incidex::eval
