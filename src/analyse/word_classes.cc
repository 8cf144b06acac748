#include "analyse/word_classes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <stdexcept>

#include "core/data_dir.h"

namespace incidex {

namespace {
// key() written into `k`, which keeps its room from one call to the next
void key_into(std::string_view word, std::string& k) {
  k.assign(word);
  for (char& c : k) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '1' && c <= '9') c = '0';
  }
}
}  // namespace

std::string WordClasses::key(std::string_view word) {
  std::string k;
  key_into(word, k);
  return k;
}

std::uint16_t WordClasses::of(std::string_view word) const {
  if (class_of_.empty()) return kNone;
  thread_local std::string k;
  key_into(word, k);
  const std::uint16_t* c = class_of_.find(k);
  return c ? *c : kNone;
}

std::uint16_t WordClasses::of_lower(std::string_view lower_word, std::uint32_t hash) const {
  if (class_of_.empty()) return kNone;
  for (char c : lower_word)
    if (c >= '1' && c <= '9') return of(lower_word);  // its key is another word
  const std::uint16_t* c = class_of_.find(lower_word, hash);
  return c ? *c : kNone;
}

void WordClasses::make_fingerprint() {
  std::string all;
  for (const auto& w : class_of_.words()) all.append(w).append("\t").append(std::to_string(*class_of_.find(w))).append("\n");
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(FnvHash{}(all)));
  fingerprint_ = hex;
}

WordClasses WordClasses::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read word classes " + path);
  WordClasses wc;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    int cls = -1;
    if (tab != std::string::npos && tab > 0) {
      try {
        std::size_t used = 0;
        cls = std::stoi(line.substr(tab + 1), &used);
        if (used != line.size() - tab - 1) cls = -1;
      } catch (const std::exception&) {
        cls = -1;
      }
    }
    if (cls < 0 || cls >= kNone) throw std::runtime_error(path + ":" + std::to_string(n) + ": expected a word, a tab and a class number");
    wc.class_of_.insert(std::string_view(line).substr(0, tab), static_cast<std::uint16_t>(cls));  // (the first of a word twice)
    wc.classes_ = std::max(wc.classes_, cls + 1);
  }
  wc.make_fingerprint();
  return wc;
}

const WordClasses& WordClasses::shared() {
  static const WordClasses wc = load(data_file("word_classes.tsv"));
  return wc;
}

void WordClasses::check_trained_with(const std::string& model_path, const std::map<std::string, std::string>& fields,
                                     const std::string& retrain) const {
  auto recorded = fields.find(kModelField);
  if (recorded != fields.end() && recorded->second == fingerprint_) return;
  throw std::runtime_error(model_path + " was trained with other word classes than " + data_file("word_classes.tsv") + " (" +
                           (recorded == fields.end() ? std::string("none recorded") : recorded->second) + " against " +
                           fingerprint_ + "); run " + retrain);
}

void WordClasses::write(const std::string& path, const std::string& header) const {
  std::ofstream out(path);
  if (!out) throw std::runtime_error("cannot write " + path);
  out << "# " << header << "\n";
  for (const auto& w : class_of_.words()) out << w << '\t' << *class_of_.find(w) << '\n';
  if (!out) throw std::runtime_error("cannot write " + path);
}

namespace {
// x ln x, from a table for the counts most cells hold.
class XLogX {
 public:
  XLogX() : table_(1u << 20) {
    for (std::size_t x = 1; x < table_.size(); ++x) table_[x] = static_cast<double>(x) * std::log(static_cast<double>(x));
  }
  double operator()(std::int64_t x) const {
    if (x < static_cast<std::int64_t>(table_.size())) return table_[static_cast<std::size_t>(x)];
    return static_cast<double>(x) * std::log(static_cast<double>(x));
  }

 private:
  std::vector<double> table_;
};
}  // namespace

WordClasses WordClasses::learn(const std::vector<std::vector<std::string>>& sentences, const LearnOptions& o) {
  if (o.classes < 2 || o.classes > kNone - 2) throw std::invalid_argument("word classes: the number of classes must be 2 to 65533");
  // The vocabulary: words seen min_count times or more, commonest first (ties by spelling).
  StringMap<std::uint32_t> count;
  for (const auto& s : sentences)
    for (const auto& w : s) ++count[key(w)];
  std::vector<std::pair<std::string, std::uint32_t>> vocab;
  for (auto& [w, n] : count)
    if (n >= static_cast<std::uint32_t>(o.min_count)) vocab.emplace_back(w, n);
  std::sort(vocab.begin(), vocab.end(), [](auto& x, auto& y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
  const std::uint32_t V = static_cast<std::uint32_t>(vocab.size());
  StringMap<std::uint32_t> id;
  for (std::uint32_t i = 0; i < V; ++i) id.emplace(vocab[i].first, i);
  // Two words that never move: every rarer word, and the edge of a sentence; each in a class of its own.
  const std::uint32_t rare = V, edge = V + 1;
  const std::size_t K = static_cast<std::size_t>(o.classes), Kt = K + 2;

  // Bigram counts, as (left << 32 | right) keys sorted and counted.
  std::vector<std::uint64_t> pairs;
  for (const auto& s : sentences) {
    std::uint64_t prev = edge;
    for (const auto& w : s) {
      auto it = id.find(key(w));
      std::uint64_t cur = it == id.end() ? rare : it->second;
      pairs.push_back(prev << 32 | cur);
      prev = cur;
    }
    pairs.push_back(prev << 32 | edge);
  }
  std::sort(pairs.begin(), pairs.end());
  struct Link {
    std::uint32_t word, n;
  };
  std::vector<std::vector<Link>> left(V), right(V);  // for each movable word, the words before / after it
  std::vector<std::uint32_t> self(V, 0);             // the word after itself
  std::vector<std::uint32_t> cls(V + 2);
  for (std::uint32_t w = 0; w < V; ++w) cls[w] = static_cast<std::uint32_t>(w % K);
  cls[rare] = static_cast<std::uint32_t>(K);
  cls[edge] = static_cast<std::uint32_t>(K + 1);
  std::vector<std::int64_t> N(Kt * Kt, 0), Nl(Kt, 0), Nr(Kt, 0);
  for (std::size_t i = 0; i < pairs.size();) {
    std::size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    auto u = static_cast<std::uint32_t>(pairs[i] >> 32), v = static_cast<std::uint32_t>(pairs[i] & 0xffffffffu);
    auto n = static_cast<std::uint32_t>(j - i);
    if (u == v && u < V) self[u] += n;
    else {
      if (u < V) right[u].push_back({v, n});
      if (v < V) left[v].push_back({u, n});
    }
    N[cls[u] * Kt + cls[v]] += n;
    Nl[cls[u]] += n;
    Nr[cls[v]] += n;
    i = j;
  }
  pairs = {};

  const XLogX f;
  auto likelihood = [&] {
    double ll = 0;
    for (auto x : N) ll += f(x);
    for (std::size_t c = 0; c < Kt; ++c) ll -= f(Nl[c]) + f(Nr[c]);
    return ll;
  };
  std::vector<std::int64_t> L(Kt, 0), R(Kt, 0);
  std::vector<std::uint32_t> touchedL, touchedR;
  for (int pass = 1; pass <= o.passes; ++pass) {
    std::size_t moved = 0;
    for (std::uint32_t w = 0; w < V; ++w) {
      // the word's neighbours, by their classes
      touchedL.clear();
      touchedR.clear();
      std::int64_t in = self[w], out = self[w];
      for (auto [u, n] : left[w]) {
        if (!L[cls[u]]) touchedL.push_back(cls[u]);
        L[cls[u]] += n;
        in += n;
      }
      for (auto [v, n] : right[w]) {
        if (!R[cls[v]]) touchedR.push_back(cls[v]);
        R[cls[v]] += n;
        out += n;
      }
      // take it out of its class
      auto move = [&](std::size_t k, int sign) {
        for (auto c : touchedL) N[c * Kt + k] += sign * L[c];
        for (auto c : touchedR) N[k * Kt + c] += sign * R[c];
        N[k * Kt + k] += sign * static_cast<std::int64_t>(self[w]);
        Nl[k] += sign * out;
        Nr[k] += sign * in;
      };
      const std::size_t from = cls[w];
      move(from, -1);
      // the class where the text is likeliest with it
      std::size_t best = from;
      double best_gain = -1e300;
      for (std::size_t k = 0; k < K; ++k) {
        double gain = 0;
        for (auto c : touchedL)
          if (c != k) gain += f(N[c * Kt + k] + L[c]) - f(N[c * Kt + k]);
        for (auto c : touchedR)
          if (c != k) gain += f(N[k * Kt + c] + R[c]) - f(N[k * Kt + c]);
        std::int64_t kk = L[k] + R[k] + self[w];
        if (kk) gain += f(N[k * Kt + k] + kk) - f(N[k * Kt + k]);
        gain -= f(Nl[k] + out) - f(Nl[k]) + f(Nr[k] + in) - f(Nr[k]);
        if (gain > best_gain + 1e-9 || (k == from && gain >= best_gain - 1e-9)) {
          best_gain = gain;
          best = k;
        }
      }
      move(best, +1);
      if (best != from) {
        cls[w] = static_cast<std::uint32_t>(best);
        ++moved;
      }
      for (auto c : touchedL) L[c] = 0;
      for (auto c : touchedR) R[c] = 0;
    }
    if (o.on_pass) o.on_pass(pass, moved, likelihood());
    if (moved * 1000 < V) break;
  }

  WordClasses wc;
  wc.classes_ = o.classes;
  for (std::uint32_t w = 0; w < V; ++w) wc.class_of_.insert(vocab[w].first, static_cast<std::uint16_t>(cls[w]));
  wc.make_fingerprint();
  return wc;
}

}  // namespace incidex
