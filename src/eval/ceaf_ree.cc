#include "eval/ceaf_ree.h"

#include <set>

#include "eval/assignment.h"

namespace incidex::eval {

std::string normalize_filler(const std::string& s) {
  std::string t;
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::ispunct(u)) continue;
    t += static_cast<char>(std::tolower(u));
  }
  // split on whitespace, drop articles at the start, rejoin with single spaces
  std::vector<std::string> words;
  std::string w;
  for (char c : t + " ") {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  std::size_t k = 0;
  while (k < words.size() && (words[k] == "a" || words[k] == "an" || words[k] == "the")) ++k;
  std::string out;
  for (; k < words.size(); ++k) out += (out.empty() ? "" : " ") + words[k];
  return out;
}

PRF RoleCounts::prf() const {
  PRF s;
  s.p = predicted > 0 ? matched / predicted : 0;
  s.r = gold > 0 ? matched / gold : 0;
  s.f = f1(s.p, s.r);
  return s;
}

CeafRee::Unmatched CeafRee::add(const std::string& role, const std::vector<std::string>& predicted_in,
                  const std::vector<std::vector<std::string>>& gold) {
  // Predictions are distinct normalised strings.
  std::vector<std::string> predicted;
  std::set<std::string> seen;
  for (auto& p : predicted_in) {
    std::string n = normalize_filler(p);
    if (!n.empty() && seen.insert(n).second) predicted.push_back(n);
  }
  RoleCounts& c = roles_[role];
  c.predicted += static_cast<double>(predicted.size());
  c.gold += static_cast<double>(gold.size());
  Unmatched left;
  std::vector<char> gold_paired(gold.size(), 0);
  if (predicted.empty() || gold.empty()) {
    left.predicted = predicted;
    for (std::size_t j = 0; j < gold.size(); ++j) left.gold.push_back(j);
    return left;
  }
  std::vector<std::vector<double>> w(predicted.size(), std::vector<double>(gold.size(), 0.0));
  for (std::size_t i = 0; i < predicted.size(); ++i)
    for (std::size_t j = 0; j < gold.size(); ++j)
      for (auto& m : gold[j])
        if (normalize_filler(m) == predicted[i]) {
          w[i][j] = 1;
          break;
        }
  auto pairs = max_weight_assignment(w);
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    int j = pairs[i];
    if (j >= 0) {
      c.matched += 1;
      gold_paired[static_cast<std::size_t>(j)] = 1;
    } else {
      left.predicted.push_back(predicted[i]);
    }
  }
  for (std::size_t j = 0; j < gold.size(); ++j)
    if (!gold_paired[j]) left.gold.push_back(j);
  return left;
}

RoleCounts CeafRee::total() const {
  RoleCounts t;
  for (auto& [_, c] : roles_) {
    t.matched += c.matched;
    t.predicted += c.predicted;
    t.gold += c.gold;
  }
  return t;
}

}  // namespace incidex::eval
