#include "eval/ner.h"

#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "analyse/tokenizer.h"
#include "analyse/word_classes.h"
#include "clean/cleaner.h"
#include "eval/runners.h"
#include "read/reader.h"

namespace incidex {

namespace {
// One CSV record of ner_dataset.csv (quoted fields may hold commas and doubled quotes).
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> f(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') f.back() += '"', ++i;
      else if (c == '"') quoted = false;
      else f.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      f.emplace_back();
    } else if (c != '\r') {
      f.back() += c;
    }
  }
  return f;
}
}  // namespace

GmbSplit read_gmb(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  GmbSplit split;
  std::string line;
  std::getline(in, line);  // header
  std::vector<NameTagger::Example> all;
  while (std::getline(in, line)) {
    auto f = csv_fields(line);
    if (f.size() < 4) continue;
    if (!f[0].empty() || all.empty()) all.emplace_back();
    // the four types scored or read (gpe); every other type is outside a name here
    const std::string_view type = f[3].size() > 2 ? std::string_view(f[3]).substr(2) : std::string_view();
    const bool kept = f[3].size() <= 2 || type == "per" || type == "org" || type == "geo" || type == "gpe";
    all.back().words.push_back(f[1]);
    all.back().tags.push_back(kept ? f[3] : std::string("O"));
  }
  for (std::size_t i = 0; i < all.size(); ++i) (i % 5 == 4 ? split.held_out : split.train).push_back(std::move(all[i]));
  return split;
}

static void report(const NameTagger& t, const std::vector<NameTagger::Example>& test, std::ostream& out,
                   std::ostream* errors = nullptr) {
  std::map<std::string, ChunkCounts> per_type;
  std::uint64_t tokens = 0;
  std::vector<std::vector<std::string>> tagged(test.size());
  auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < test.size(); ++i) {
    const auto& ex = test[i];
    std::vector<std::string_view> words(ex.words.begin(), ex.words.end());
    tagged[i] = t.tag(words, false);
    count_chunks(ex.tags, tagged[i], per_type);
    tokens += words.size();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // The sentences whose per, org or geo names the tagger gets wrong (gpe and the other types are read as O
  // by the scorer, so they are no error here): the words, the gold tags and the tagger's, one JSON line each.
  if (errors)
    for (std::size_t i = 0; i < test.size(); ++i) {
      std::map<std::string, ChunkCounts> one;
      count_chunks(test[i].tags, tagged[i], one);
      bool wrong = false;
      for (const char* type : {"per", "org", "geo"})
        if (auto c = one.find(type); c != one.end()) wrong |= c->second.correct != c->second.gold || c->second.correct != c->second.predicted;
      if (!wrong) continue;
      nlohmann::json row = {{"sentence", i}, {"words", test[i].words}, {"gold", test[i].tags}, {"tagged", tagged[i]}};
      *errors << row.dump() << '\n';
    }
  // The same sentences in lower case: how the tagger does on text without capitals.
  std::map<std::string, ChunkCounts> caseless, truecased;
  for (auto& ex : test) {
    std::vector<std::string> low = ex.words;
    for (auto& w : low)
      for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::vector<std::string_view> words(low.begin(), low.end());
    count_chunks(ex.tags, t.tag(words, true), caseless);
    // and truecased first, as the name finder reads text without capitals
    std::vector<std::string> cased;
    for (auto& w : low) cased.push_back(Truecaser::shared().apply(w));
    std::vector<std::string_view> cwords(cased.begin(), cased.end());
    count_chunks(ex.tags, t.tag(cwords, false, true), truecased);
  }
  auto prf = [](const ChunkCounts& c) {
    double p = c.predicted ? 100.0 * c.correct / c.predicted : 0, r = c.gold ? 100.0 * c.correct / c.gold : 0;
    return std::tuple{p, r, p + r > 0 ? 2 * p * r / (p + r) : 0};
  };
  out << fmt::format("names on GMB held-out sentences ({} sentences, {} tokens, tagged at {:.0f}k tokens/s)\n", test.size(),
                     tokens, tokens / secs / 1000);
  out << fmt::format("  {:<11} {:>6} {:>6} {:>6}   {:>6} {:>6}   F1 of the same sentences lower-cased: read as such / truecased "
                     "first (as incidex reads text without capitals)\n",
                     "type", "P", "R", "F1", "lower", "true");
  ChunkCounts all, all_low, all_true;
  auto add = [](ChunkCounts& to, const ChunkCounts& c) {
    to.correct += c.correct, to.predicted += c.predicted, to.gold += c.gold;
  };
  for (const char* type : {"per", "org", "geo", "gpe"}) {
    auto [p, r, f] = prf(per_type[type]);
    out << fmt::format("  {:<11} {:6.1f} {:6.1f} {:6.1f}   {:6.1f} {:6.1f}\n", type, p, r, f, std::get<2>(prf(caseless[type])),
                       std::get<2>(prf(truecased[type])));
    if (std::string(type) != "gpe") {
      add(all, per_type[type]);
      add(all_low, caseless[type]);
      add(all_true, truecased[type]);
    }
  }
  auto [p, r, f] = prf(all);
  out << fmt::format("  {:<11} {:6.1f} {:6.1f} {:6.1f}   {:6.1f} {:6.1f}\n", "per+org+geo", p, r, f, std::get<2>(prf(all_low)),
                     std::get<2>(prf(all_true)));
}

int train_ner(const std::string& csv, const std::string& out_path, int epochs, std::ostream& out) {
  GmbSplit s = read_gmb(csv);
  NameTagger t;
  auto t0 = std::chrono::steady_clock::now();
  t.train(s.train, epochs,
          fmt::format("averaged perceptron trained on whole sentences (a beam of {}, early update), {} epochs, on "
                      "ner-gmb/ner_dataset.csv sentences with index % 5 != 4 ({} sentences), with the {} word classes of "
                      "data/word_classes.tsv",
                      NameTagger::kBeam, epochs, s.train.size(), WordClasses::shared().size()));
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  t.save(out_path);
  out << fmt::format("trained on {} sentences in {:.1f} s; wrote {}\n", s.train.size(), secs, out_path);
  NameTagger saved(out_path);  // evaluate what was written (quantised, pruned)
  report(saved, s.held_out, out);
  return 0;
}

int train_word_classes(const TrainClassesOptions& o, std::ostream& out) {
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::vector<std::string>> sentences;
  std::size_t words = 0;
  Tokenizer tok;
  auto add_text = [&](std::string_view text) {
    Tokens tk = tok.tokenize(text);
    for (const Sentence& s : tk.sentences) {
      if (s.last <= s.first) continue;
      auto& to = sentences.emplace_back();
      for (std::uint32_t i = s.first; i < s.last; ++i) to.emplace_back(tk.tokens[i].text(text));
      words += to.size();
    }
  };
  std::size_t from_gmb = 0, from_articles = 0, from_muc = 0;
  if (!o.gmb.empty()) {
    for (auto& ex : read_gmb(o.gmb).train) {
      words += ex.words.size();
      sentences.push_back(std::move(ex.words));
    }
    from_gmb = sentences.size();
  }
  if (!o.articles.empty()) {
    Cleaner cleaner;
    Reader reader;
    std::size_t docs = 0;
    reader.on_document = [&](RawDocument&& d) {
      add_text(cleaner.clean(d).text);
      ++docs;
    };
    if (!reader.read(o.articles)) throw std::runtime_error("cannot read the articles");
    from_articles = sentences.size() - from_gmb;
    out << fmt::format("{} articles read\n", docs);
  }
  for (auto& [id, text] : read_muc_texts(o.muc)) add_text(text);
  from_muc = sentences.size() - from_gmb - from_articles;
  out << fmt::format("{} sentences ({} GMB, {} articles, {} MUC-4), {} words\n", sentences.size(), from_gmb, from_articles,
                     from_muc, words);
  WordClasses::LearnOptions lo;
  lo.classes = o.classes;
  lo.min_count = o.min_count;
  lo.passes = o.passes;
  lo.on_pass = [&](int pass, std::size_t moved, double ll) {
    out << fmt::format("pass {:2}: {} words moved, log-likelihood {:.6g}, {:.0f} s\n", pass, moved, ll,
                       std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    out.flush();
  };
  WordClasses wc = WordClasses::learn(sentences, lo);
  wc.write(o.out, fmt::format("incidex word classes: {} classes of the {} words seen {} times or more in {} words ({} GMB "
                              "training sentences, {} article sentences, {} MUC-4 sentences); made by `incidex train classes`",
                              o.classes, wc.size(), o.min_count, words, from_gmb, from_articles, from_muc));
  out << fmt::format("wrote {} ({} words)\n", o.out, wc.size());
  return 0;
}

int eval_ner(const NameTagger& t, const std::string& csv, const std::string& errors_path, std::ostream& out) {
  GmbSplit s = read_gmb(csv);
  std::ofstream errors;
  if (!errors_path.empty()) {
    errors.open(errors_path);
    if (!errors) throw std::runtime_error("cannot write " + errors_path);
  }
  out << "model: " << t.description() << "\n";
  report(t, s.held_out, out, errors.is_open() ? &errors : nullptr);
  return 0;
}

}  // namespace incidex
