#include "eval/coref.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "eval/assignment.h"

namespace incidex::eval {

namespace {

using Index = std::vector<std::vector<int>>;  // clusters of item numbers

double muc_recall(const Index& key, const std::vector<int>& response_of) {
  double num = 0, den = 0;
  for (auto& k : key) {
    std::set<int> parts;
    for (int item : k) parts.insert(response_of[static_cast<std::size_t>(item)]);
    num += static_cast<double>(k.size() - parts.size());
    den += static_cast<double>(k.size() - 1);
  }
  return den > 0 ? num / den : 0;
}

PRF muc(const Index& gold, const Index& resp, const std::vector<int>& gold_of, const std::vector<int>& resp_of) {
  PRF s;
  s.r = muc_recall(gold, resp_of);
  s.p = muc_recall(resp, gold_of);
  s.f = f1(s.p, s.r);
  return s;
}

PRF b3(const Index& gold, const Index& resp, const std::vector<int>& gold_of, const std::vector<int>& resp_of, std::size_t n) {
  double p = 0, r = 0;
  for (std::size_t item = 0; item < n; ++item) {
    const auto& g = gold[static_cast<std::size_t>(gold_of[item])];
    const auto& rc = resp[static_cast<std::size_t>(resp_of[item])];
    double common = 0;
    for (int x : rc) common += gold_of[static_cast<std::size_t>(x)] == gold_of[item];
    p += common / static_cast<double>(rc.size());
    r += common / static_cast<double>(g.size());
  }
  PRF s;
  s.p = n ? p / static_cast<double>(n) : 0;
  s.r = n ? r / static_cast<double>(n) : 0;
  s.f = f1(s.p, s.r);
  return s;
}

PRF ceafe(const Index& gold, const Index& resp, const std::vector<int>& gold_of, const std::vector<int>& resp_of) {
  // φ4(K, R) = 2|K∩R| / (|K| + |R|). Only overlapping pairs have weight: align each connected component of
  // the gold–response overlap graph on its own (the components are small), which is exact.
  std::map<std::pair<int, int>, int> overlap;
  for (std::size_t item = 0; item < gold_of.size(); ++item) ++overlap[{gold_of[item], resp_of[item]}];
  // union-find over gold clusters (0..G-1) and response clusters (G..G+R-1)
  const int G = static_cast<int>(gold.size()), R = static_cast<int>(resp.size());
  std::vector<int> parent(static_cast<std::size_t>(G + R));
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](int x) {
    while (parent[static_cast<std::size_t>(x)] != x) x = parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
    return x;
  };
  for (auto& [k, _] : overlap) parent[static_cast<std::size_t>(find(k.first))] = find(G + k.second);
  std::unordered_map<int, std::pair<std::vector<int>, std::vector<int>>> comps;
  for (int g = 0; g < G; ++g) comps[find(g)].first.push_back(g);
  for (int r = 0; r < R; ++r) comps[find(G + r)].second.push_back(r);
  double total = 0;
  for (auto& [_, c] : comps) {
    auto& [gs, rs] = c;
    if (gs.empty() || rs.empty()) continue;
    std::vector<std::vector<double>> w(gs.size(), std::vector<double>(rs.size(), 0.0));
    for (std::size_t i = 0; i < gs.size(); ++i)
      for (std::size_t j = 0; j < rs.size(); ++j) {
        auto it = overlap.find({gs[i], rs[j]});
        if (it != overlap.end())
          w[i][j] = 2.0 * it->second / static_cast<double>(gold[static_cast<std::size_t>(gs[i])].size() + resp[static_cast<std::size_t>(rs[j])].size());
      }
    auto a = max_weight_assignment(w);
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i] >= 0) total += w[i][static_cast<std::size_t>(a[i])];
  }
  PRF s;
  s.p = R ? total / R : 0;
  s.r = G ? total / G : 0;
  s.f = f1(s.p, s.r);
  return s;
}

}  // namespace

CorefScores score_coref(const Clusters& gold_in, Clusters response) {
  std::unordered_map<std::string, int> id;
  Index gold;
  for (auto& c : gold_in) {
    std::vector<int> cl;
    for (auto& item : c) {
      if (id.count(item)) continue;  // an item belongs to one gold cluster: the first
      int n = static_cast<int>(id.size());
      id[item] = n;
      cl.push_back(n);
    }
    if (!cl.empty()) gold.push_back(cl);
  }
  const std::size_t n = id.size();
  std::vector<int> gold_of(n), resp_of(n, -1);
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (int x : gold[g]) gold_of[static_cast<std::size_t>(x)] = static_cast<int>(g);
  Index resp;
  for (auto& c : response) {
    std::vector<int> cl;
    for (auto& item : c) {
      auto it = id.find(item);
      if (it == id.end() || resp_of[static_cast<std::size_t>(it->second)] >= 0) continue;
      resp_of[static_cast<std::size_t>(it->second)] = static_cast<int>(resp.size());
      cl.push_back(it->second);
    }
    if (!cl.empty()) resp.push_back(cl);
  }
  for (std::size_t x = 0; x < n; ++x)
    if (resp_of[x] < 0) {
      resp_of[x] = static_cast<int>(resp.size());
      resp.push_back({static_cast<int>(x)});
    }
  CorefScores s;
  s.muc = muc(gold, resp, gold_of, resp_of);
  s.b3 = b3(gold, resp, gold_of, resp_of, n);
  s.ceafe = ceafe(gold, resp, gold_of, resp_of);
  s.conll = (s.muc.f + s.b3.f + s.ceafe.f) / 3;
  return s;
}

}  // namespace incidex::eval
