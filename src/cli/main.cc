// incidex command line. Exit codes: 0 done (items may have been skipped: the summary says so),
// 1 error (database, data files, nothing readable), 2 usage error.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <thread>
#include <tuple>

#include "core/data_dir.h"
#include "core/dates.h"
#include "core/json.h"
#include "eval/ner.h"
#include "eval/runners.h"
#include "pipeline/pipeline.h"
#include "store/store.h"
#include "use/export.h"

using namespace incidex;

namespace {

Date parse_published(const std::string& s) {
  if (s.empty()) return {};
  Date d = parse_date_string(s);
  if (!d.known()) throw CLI::ValidationError("--published", "not a date: " + s + " (use YYYY-MM-DD)");
  return d;
}

// `incidex analyse`: what the analysis saw in one document — names, places (as resolved), times (as
// normalised) and numbers, each with its text and byte offsets — for an analyst checking data files.
nlohmann::json analysis_json(const Pipeline& p, const Document& d) {
  Analysis a = p.analyser().analyse(d);
  const auto& t = a.tokens.tokens;
  auto span = [&](std::uint32_t first, std::uint32_t last) {
    std::uint32_t b = t[first].start, e = t[last - 1].end;
    return nlohmann::json{{"text", d.text.substr(b, e - b)}, {"start", b}, {"end", e}};
  };
  nlohmann::json j = {{"document", d.id}, {"published", to_json(d.published)}, {"caseless", a.tokens.caseless},
                      {"sentences", a.tokens.sentences.size()}, {"tokens", t.size()}};
  j["names"] = nlohmann::json::array();
  for (auto& n : a.names) {
    auto x = span(n.first, n.last);
    x["type"] = n.type;
    if (!n.canonical.empty()) x["canonical"] = n.canonical;
    if (!n.kind.empty()) x["kind"] = n.kind;  // armed or state (a group's), credit (a photographer's)
    j["names"].push_back(x);
  }
  j["places"] = nlohmann::json::array();
  for (auto& pm : a.places) {
    auto x = span(pm.first, pm.last);
    if (pm.entry >= 0) x["place"] = to_json(p.analyser().places().to_place(pm, d.text));
    if (pm.dateline) x["dateline"] = true;
    if (pm.in_person) x["in_person"] = true;
    if (pm.in_name) x["in_name"] = true;
    if (pm.stray >= 0) x["stray"] = to_json(p.analyser().places().to_place(pm.stray));
    j["places"].push_back(x);
  }
  j["times"] = nlohmann::json::array();
  for (auto& te : a.times) {
    auto x = span(te.first, te.last);
    x["date"] = to_json(te.date);
    if (te.relative) x["relative"] = true;
    if (te.implicit) x["implicit"] = true;
    if (!te.note.empty()) x["note"] = te.note;
    j["times"].push_back(x);
  }
  j["numbers"] = nlohmann::json::array();
  for (auto& q : a.numbers) {
    auto x = span(q.first, q.last);
    x["value"] = q.value;
    if (!q.qualifier.empty()) x["qualifier"] = q.qualifier;
    x["count"] = q.count && !q.article;
    j["numbers"].push_back(x);
  }
  return j;
}

int default_threads() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

// `incidex explain DOC1 DOC2`: the pair features of the two documents' reports, their weights, the score
// against the threshold, whether blocking made them candidates, and where resolution put them.
int explain(const std::string& db, const std::string& d1, const std::string& d2, std::ostream& out) {
  Store store(db, true);
  for (auto& d : {d1, d2})
    if (!store.document(d)) {
      std::cerr << "incidex: no document " << d << " in " << db << "\n";
      return 1;
    }
  auto items = store.resolution_items();
  auto prior = store.prior_incidents();
  Resolver resolver;
  std::set<std::pair<std::uint32_t, std::uint32_t>> candidates;
  for (auto& pr : resolver.candidate_pairs(items)) candidates.insert({pr.a, pr.b});
  std::vector<std::size_t> a, b;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].document == d1) a.push_back(i);
    if (items[i].document == d2) b.push_back(i);
  }
  if (a.empty() || b.empty()) {
    out << (a.empty() ? d1 : d2) << " reports no incident, so there is nothing to merge.\n";
    return 0;
  }
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (auto i : a)
    for (auto j : b) pairs.push_back({i, j});
  auto features = resolver.features(items, pairs);  // one pass over the store for all of them
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    auto [i, j] = pairs[p];
    const auto &x = items[i], &y = items[j];
    auto inc_x = prior.count(x.row) ? prior[x.row].id : "?", inc_y = prior.count(y.row) ? prior[y.row].id : "?";
    out << fmt::format("{} #{} ({}, {}) and {} #{} ({}, {}):\n", x.document, x.ordinal, x.mention.main ? "main" : "in passing", inc_x,
                       y.document, y.ordinal, y.mention.main ? "main" : "in passing", inc_y);
    out << fmt::format("  {}\n", inc_x == inc_y ? "in the same incident" : "in different incidents");
    if (!x.mention.main || !y.mention.main) {
      out << "  one of them is named in passing: it joins an incident only by same city, type and an overlapping date\n";
      continue;
    }
    bool cand = candidates.count({static_cast<std::uint32_t>(std::min(i, j)), static_cast<std::uint32_t>(std::max(i, j))}) > 0;
    const auto& f = features[p];
    double s = resolver.score(f);
    out << fmt::format("  {}; score {:+.2f} against the threshold {:+.2f}\n",
                       cand ? "compared (blocking put them together: a rare name, a person's name, a city-week or a state-day)"
                            : "never compared: no rare name, person's name, city-week or state-day in common",
                       s, resolver.params().threshold);
    for (int k = 0; k < Resolver::kFeatures; ++k) {
      double v = f[static_cast<std::size_t>(k)], w = resolver.params().weights[static_cast<std::size_t>(k)];
      if (v != 0) out << fmt::format("    {:<20} {:6.2f} x {:+6.2f} = {:+.2f}\n", Resolver::feature_name(k), v, w, v * w);
    }
    if (cand && s >= resolver.params().threshold && inc_x != inc_y)
      out << "  the pair scores above the threshold, but the mean over all pairs of their two groups does not (or the groups share a document)\n";
  }
  return 0;
}

// The trained models a run uses instead of data/'s own (a file, or "none" for the extractor's rules alone),
// and the role tagger's leans: `extract`, `eval gva` and `eval muc4` take the same options.
struct ModelChoice {
  std::string victims, dates, places, roles, role_leans;
  std::unique_ptr<VictimScorer> victim_scorer;
  std::unique_ptr<DateChooser> date_chooser;
  std::unique_ptr<PlaceChooser> place_chooser;
  std::unique_ptr<RoleTagger> role_tagger;

  void add_options(CLI::App* cmd) {
    cmd->add_option("--victims-model", victims, "Victim scorer to use instead of data/victims.model (none: the extractor's rules alone)");
    cmd->add_option("--dates-model", dates, "Date chooser to use instead of data/dates.model (none: the extractor's rules alone)");
    cmd->add_option("--places-model", places, "Place chooser to use instead of data/places.model (none: the extractor's rules alone)");
    cmd->add_option("--roles-model", roles, "Role tagger to use instead of data/roles.model (none: the extractor's rules alone)");
    cmd->add_option("--role-leans", role_leans,
                    "The role tagger's leans instead of its model's: five numbers, perpetrator group target victim weapon, "
                    "a - keeping the model's (\"12 - 20 - -\"); higher finds more fillers of that role")
        ->check(CLI::Validator(
            [](std::string& text) {
              try {
                RoleTagger::parse_leans(text, {});
                return std::string();
              } catch (const std::invalid_argument& e) {
                return std::string(e.what());
              }
            },
            "LEANS"));
  }
  // loads the files named; the pipeline borrows them
  Pipeline pipeline(const CleanOptions& co) {
    if (!victims.empty() && victims != "none") victim_scorer = std::make_unique<VictimScorer>(victims);
    if (!dates.empty() && dates != "none") date_chooser = std::make_unique<DateChooser>(dates);
    if (!places.empty() && places != "none") place_chooser = std::make_unique<PlaceChooser>(places);
    if (roles == "none" && !role_leans.empty()) throw CLI::ValidationError("--role-leans", "no role tagger to lean (--roles-model none)");
    if (!roles.empty() && roles != "none") role_tagger = std::make_unique<RoleTagger>(roles);
    else if (!role_leans.empty()) role_tagger = std::make_unique<RoleTagger>(data_file("roles.model"));
    if (role_tagger && !role_leans.empty()) role_tagger->set_leans(RoleTagger::parse_leans(role_leans, role_tagger->leans()));
    return Pipeline(co, victim_scorer ? victim_scorer.get() : victims == "none" ? nullptr : &VictimScorer::shared(),
                    date_chooser ? date_chooser.get() : dates == "none" ? nullptr : &DateChooser::shared(),
                    place_chooser ? place_chooser.get() : places == "none" ? nullptr : &PlaceChooser::shared(),
                    role_tagger ? role_tagger.get() : roles == "none" ? nullptr : &RoleTagger::shared());
  }
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"incidex — reads news and writes the incident register.\n"
               "Finds violent incidents in articles (text, HTML, JSON lines, WARC, gzip), records what, when, where,\n"
               "who, to whom, with what and how many, each value with its source sentence, and stores them in SQLite."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "incidex 0.1.0");

  std::string db = "incidex.db", published, format = "jsonl";
  std::vector<std::string> inputs;
  int threads = default_threads();
  bool quiet = false;
  ModelChoice models;  // extract's and eval gva's

  auto* ingest_cmd = app.add_subcommand("ingest", "Read articles, find incidents, store them in the database");
  ingest_cmd->add_option("--db", db, "Database file")->capture_default_str();
  ingest_cmd->add_option("--published", published, "Publication date for documents that give none (YYYY-MM-DD)");
  ingest_cmd->add_option("--threads", threads, "Worker threads")->capture_default_str()->check(CLI::Range(1, 256));
  ingest_cmd->add_flag("-q,--quiet", quiet, "No progress bar and no per-item messages");
  ingest_cmd->add_option("inputs", inputs, "Files, folders or - for standard input")->required();

  auto* extract_cmd = app.add_subcommand("extract", "Print the incident mentions of each article as JSON lines (no database)");
  extract_cmd->add_option("--published", published, "Publication date for documents that give none (YYYY-MM-DD)");
  extract_cmd->add_option("--threads", threads, "Worker threads")->capture_default_str()->check(CLI::Range(1, 256));
  extract_cmd->add_option("inputs", inputs, "Files, folders or - for standard input")->required();
  models.add_options(extract_cmd);

  auto* analyse_cmd = app.add_subcommand("analyse", "Print what the analysis finds in each article (names, places, times, numbers) as JSON lines");
  analyse_cmd->add_option("--published", published, "Publication date for documents that give none (YYYY-MM-DD)");
  analyse_cmd->add_option("inputs", inputs, "Files, folders or - for standard input")->required();

  auto* clean_cmd = app.add_subcommand("clean", "Print each document's clean text and metadata as JSON lines");
  clean_cmd->add_option("--published", published, "Publication date for documents that give none (YYYY-MM-DD)");
  clean_cmd->add_option("inputs", inputs, "Files, folders or - for standard input")->required();

  IncidentFilter filter;
  auto* export_cmd = app.add_subcommand("export", "Write the incidents in the database as JSON lines, CSV or GeoJSON");
  export_cmd->add_option("--db", db, "Database file")->capture_default_str();
  export_cmd->add_option("--format", format, "jsonl, csv or geojson")->capture_default_str()->check(CLI::IsMember({"jsonl", "csv", "geojson"}));
  export_cmd->add_option("--type", filter.type, "Only incidents of this type");
  export_cmd->add_option("--country", filter.country, "Only incidents in this country (ISO code)");
  export_cmd->add_option("--since", filter.since, "Only incidents on or after this date");
  export_cmd->add_option("--until", filter.until, "Only incidents on or before this date");

  auto* query_cmd = app.add_subcommand("query", "List incidents as a table, with filters");
  query_cmd->add_option("--db", db, "Database file")->capture_default_str();
  query_cmd->add_option("--type", filter.type, "Only incidents of this type");
  query_cmd->add_option("--country", filter.country, "Only incidents in this country (ISO code)");
  query_cmd->add_option("--since", filter.since, "Only incidents on or after this date");
  query_cmd->add_option("--until", filter.until, "Only incidents on or before this date");
  query_cmd->add_option("--text", filter.text, "Only incidents reported by documents matching this full-text query");
  query_cmd->add_option("--limit", filter.limit, "At most this many rows");
  bool count_only = false;
  query_cmd->add_flag("--count", count_only, "Print only the number of incidents");

  std::string show_id;
  auto* show_cmd = app.add_subcommand("show", "Show one incident with its reports and evidence");
  show_cmd->add_option("--db", db, "Database file")->capture_default_str();
  show_cmd->add_option("id", show_id, "Incident id (inc-…)")->required();

  std::vector<std::string> explain_docs;
  auto* explain_cmd = app.add_subcommand("explain", "Tell why two articles' incidents were or were not merged");
  explain_cmd->add_option("--db", db, "Database file")->capture_default_str();
  explain_cmd->add_option("documents", explain_docs, "Two document ids")->required()->expected(2);

  std::string weights;
  auto* eval_cmd = app.add_subcommand("eval", "Score the engine on a data set");
  eval_cmd->require_subcommand(1);
  GvaEvalOptions gva;
  auto* eval_gva_cmd = eval_cmd->add_subcommand("gva", "Gun-violence news vs the Gun Violence Archive");
  eval_gva_cmd->add_option("--gold", gva.gold, "gold.jsonl")->required();
  eval_gva_cmd->add_option("--articles", gva.articles, "articles.jsonl")->required();
  eval_gva_cmd->add_option("--db", gva.db, "Keep the ingested database here (default: temporary)");
  eval_gva_cmd->add_option("--threads", threads, "Worker threads")->capture_default_str();
  eval_gva_cmd->add_option("--half", gva.half, "Score only the gold incidents of this half (even or odd)")->check(CLI::IsMember({"even", "odd"}));
  eval_gva_cmd->add_option("--resolve-weights", weights, "Resolver pair model to use instead of data/resolve.weights");
  models.add_options(eval_gva_cmd);
  std::string gmb;
  auto* eval_ner_cmd = eval_cmd->add_subcommand("ner", "The name tagger on the held-out fifth of the GMB sentences");
  eval_ner_cmd->add_option("--gmb", gmb, "ner_dataset.csv")->required();
  std::string ner_errors;
  eval_ner_cmd->add_option("--errors", ner_errors,
                           "Write the held-out sentences whose per, org or geo names the tagger gets wrong (words, gold tags, its tags) to this JSON lines file");
  std::string an_gold, an_articles;
  auto* eval_an_cmd = eval_cmd->add_subcommand("analysis", "Times and places of the analysis vs gun-violence gold");
  eval_an_cmd->add_option("--gold", an_gold, "gold.jsonl")->required();
  eval_an_cmd->add_option("--articles", an_articles, "articles.jsonl")->required();
  std::string muc_gold;
  std::vector<std::string> muc_raw;
  auto* eval_muc_cmd = eval_cmd->add_subcommand("muc4", "MUC-4 role fillers (CEAF-REE)");
  eval_muc_cmd->add_option("--gold", muc_gold, "roles JSON lines (docid, templates)")->required();
  eval_muc_cmd->add_option("--raw", muc_raw, "raw MUC text files or folders")->required();
  models.add_options(eval_muc_cmd);
  std::string muc_errors;
  eval_muc_cmd->add_option("--errors", muc_errors,
                           "Write each document's unmatched fillers, role by role, with how many of its mentions were scored, to this JSON lines file");
  std::string bench_dir;
  auto* eval_bench_cmd = eval_cmd->add_subcommand("article-bench", "HTML cleaning vs gold article bodies");
  eval_bench_cmd->add_option("--dir", bench_dir, "article-bench folder (ground-truth.json, html/, peers/)")->required();

  auto* train_cmd = app.add_subcommand("train", "Train a model the engine uses");
  train_cmd->require_subcommand(1);
  std::string model_out;
  int epochs = 6;
  auto* train_ner_cmd = train_cmd->add_subcommand("ner", "Train the name tagger on GMB (every fifth sentence held out)");
  train_ner_cmd->add_option("--gmb", gmb, "ner_dataset.csv")->required();
  train_ner_cmd->add_option("--out", model_out, "Model file to write (the project's is data/ner.model)")->required();
  train_ner_cmd->add_option("--epochs", epochs, "Passes over the training sentences")->capture_default_str();

  TrainClassesOptions tc;
  auto* train_classes_cmd = train_cmd->add_subcommand("classes", "Learn word classes from plain text (the name and role taggers read them)");
  train_classes_cmd->add_option("--gmb", tc.gmb, "ner_dataset.csv: its training sentences (never the held-out fifth)");
  train_classes_cmd->add_option("--articles", tc.articles, "Articles, in any form ingest reads");
  train_classes_cmd->add_option("--muc", tc.muc, "MUC-4 raw text files or folders");
  train_classes_cmd->add_option("--out", tc.out, "Classes file to write (the project's is data/word_classes.tsv)")->required();
  train_classes_cmd->add_option("--classes", tc.classes, "How many classes")->capture_default_str()->check(CLI::Range(2, 65533));
  train_classes_cmd->add_option("--min-count", tc.min_count, "Words seen fewer times share one class")->capture_default_str()->check(CLI::PositiveNumber);
  train_classes_cmd->add_option("--passes", tc.passes, "Passes over the words, at most")->capture_default_str()->check(CLI::PositiveNumber);

  // The options of every training on gun-violence news and its gold (the resolver's pair model, the
  // victim scorer, the date chooser): gold, articles, the file to write, a half, passes.
  auto gva_training = [&](const char* name, const char* what, auto& o, const std::string& out_help, const char* passes) {
    auto* cmd = train_cmd->add_subcommand(name, what);
    cmd->add_option("--gold", o.gold, "gold.jsonl")->required();
    cmd->add_option("--articles", o.articles, "articles.jsonl")->required();
    cmd->add_option("--out", o.out, out_help)->required();
    cmd->add_option("--half", o.half, "Train on this half of the gold incidents only (even or odd)")->check(CLI::IsMember({"even", "odd"}));
    cmd->add_option("--epochs", o.epochs, passes)->capture_default_str();
    return cmd;
  };
  TrainResolveOptions tr;
  auto* train_resolve_cmd = gva_training("resolve", "Train the resolver's pair model on gun-violence news and its gold", tr,
                                         "Weights file to write (the project's is data/resolve.weights)", "Passes over the pairs");

  TrainRolesOptions trr;
  auto* train_roles_cmd = train_cmd->add_subcommand("roles", "Train the role tagger on MUC-4 role keys");
  train_roles_cmd->add_option("--gold", trr.gold, "roles/train.jsonl")->required();
  train_roles_cmd->add_option("--dev", trr.dev, "roles/dev.jsonl: print the tagger's own scores on it");
  train_roles_cmd->add_option("--out", trr.out, "Model file to write (the project's is data/roles.model)")->required();
  train_roles_cmd->add_option("--epochs", trr.epochs, "Passes over the documents")->capture_default_str();

  TrainGvaOptions trv, trd, trp;
  // (the victim scorer generalises better with fewer passes: held out, 5 beat 10 at every seed tried)
  trv.epochs = 5;
  auto* train_victims_cmd = gva_training("victims", "Train the victim scorer on gun-violence news and its gold participants", trv,
                                         "Model file to write (the project's is data/victims.model)", "Passes over the people");
  auto* train_dates_cmd = gva_training("dates", "Train the date chooser on gun-violence news and its gold incident dates", trd,
                                       "Model file to write (the project's is data/dates.model)", "Passes over the articles");
  auto* train_places_cmd = gva_training("places", "Train the place chooser on gun-violence news and its gold incident cities", trp,
                                        "Model file to write (the project's is data/places.model)", "Passes over the articles");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;  // --help and --version exit 0; usage errors 2
  }

  try {
    CleanOptions co;
    co.published = parse_published(published);
    if (ingest_cmd->parsed()) {
      Pipeline p(co);
      Store store(db);
      IngestOptions o;
      o.threads = threads;
      o.progress = !quiet;
      o.verbose_issues = !quiet;
      IngestSummary s = ingest(p, store, inputs, o);
      std::cerr << s.line() << "\n";
      return s.read.documents == 0 && s.read.skipped > 0 && s.read.files == 0 ? 1 : 0;
    }
    if (extract_cmd->parsed() || clean_cmd->parsed() || analyse_cmd->parsed()) {
      bool extracting = extract_cmd->parsed(), analysing = analyse_cmd->parsed();
      Pipeline p = extracting ? models.pipeline(co) : Pipeline(co);
      Reader reader;
      std::vector<RawDocument> batch;
      auto flush = [&] {
        std::vector<std::string> lines(batch.size());
        parallel_for(batch.size(), extracting ? threads : 1, [&](std::size_t i) {
          if (extracting) {
            Processed r = p.process(batch[i]);
            nlohmann::json j = {{"document", r.document.id}, {"published", to_json(r.document.published)},
                                {"published_from", r.document.published_from}, {"incidents", nlohmann::json::array()}};
            for (auto& m : r.mentions) j["incidents"].push_back(to_json(m));
            lines[i] = j.dump();
          } else if (analysing) {
            lines[i] = analysis_json(p, p.cleaner().clean(batch[i])).dump();
          } else {
            lines[i] = document_json(p.cleaner().clean(batch[i])).dump();
          }
        });
        for (auto& l : lines) std::cout << l << '\n';
        batch.clear();
      };
      reader.on_document = [&](RawDocument&& d) {
        batch.push_back(std::move(d));
        if (batch.size() >= 128) flush();
      };
      reader.on_issue = [](const ReadIssue& i) { std::cerr << fmt::format("incidex: skipped {}: {}\n", i.where, i.reason); };
      bool ok = reader.read(inputs);
      flush();
      std::cout.flush();
      auto& st = reader.stats();
      std::cerr << fmt::format("read {} documents from {} files; skipped {}\n", st.documents, st.files, st.skipped);
      return ok || st.documents > 0 ? 0 : 1;
    }
    if (export_cmd->parsed() || query_cmd->parsed()) {
      Store store(db, true);
      auto incs = store.incidents(filter);
      if (query_cmd->parsed()) {
        if (count_only) std::cout << incs.size() << "\n";
        else {
          write_table(std::cout, incs);
          std::cerr << fmt::format("{} incidents\n", incs.size());
        }
      } else if (format == "csv") {
        write_csv(std::cout, incs);
      } else if (format == "geojson") {
        write_geojson(std::cout, incs);
      } else {
        write_jsonl(std::cout, incs);
      }
      return 0;
    }
    if (show_cmd->parsed()) {
      Store store(db, true);
      auto inc = store.incident(show_id);
      if (!inc) {
        std::cerr << "incidex: no incident " << show_id << " in " << db << "\n";
        return 1;
      }
      std::cout << to_json(*inc).dump(2) << "\n";
      auto ms = store.mentions_of(inc->id);
      std::cout << "\nchosen values:\n";
      for (auto& c : inc->choices) std::cout << fmt::format("  {:<9} {}  ({})\n", c.field, c.value, c.rule);
      std::cout << "\nwhy each report is in this incident:\n";
      for (auto& l : inc->links)
        std::cout << fmt::format("  {} #{}: {}\n", l.document, l.ordinal,
                                 l.to.empty() ? l.reason : fmt::format("most like {} (score {:+.2f}: {})", l.to, l.score, l.reason));
      if (!inc->aliases.empty()) {
        std::cout << "merged from:";
        for (auto& a : inc->aliases) std::cout << " " << a;
        std::cout << "\n";
      }
      std::cout << fmt::format("\n{} report(s):\n", ms.size());
      for (auto& m : ms) {
        std::cout << fmt::format("- {} ({}): {} {} {}\n", m.document, m.main ? "main" : "in passing", m.type,
                                 m.date.known()     ? m.date.iso()
                                 : m.latest.known() ? "date unknown, on or before " + m.latest.iso()
                                                    : std::string("date unknown"),
                                 m.location ? m.location->name : "place unknown");
        for (auto& e : m.evidence)
          std::cout << fmt::format("    {:<9} {}[{}-{}] \"{}\"{}\n", e.field, e.in_title ? "title " : "", e.start, e.end, e.text, e.note.empty() ? "" : "  (" + e.note + ")");
      }
      return 0;
    }
    if (explain_cmd->parsed()) return explain(db, explain_docs[0], explain_docs[1], std::cout);
    if (train_classes_cmd->parsed()) return train_word_classes(tc, std::cout);
    if (train_ner_cmd->parsed()) return train_ner(gmb, model_out, epochs, std::cout);
    if (train_resolve_cmd->parsed()) {
      Pipeline p(co);
      tr.threads = threads;
      tr.progress = isatty(STDERR_FILENO);
      return train_resolve(p, tr, std::cout);
    }
    using GvaTrainer = int (*)(const Pipeline&, const TrainGvaOptions&, std::ostream&);
    for (auto [cmd, o, train] : {std::tuple{train_victims_cmd, &trv, GvaTrainer{train_victims}},
                                 std::tuple{train_dates_cmd, &trd, GvaTrainer{train_dates}},
                                 std::tuple{train_places_cmd, &trp, GvaTrainer{train_places}}})
      if (cmd->parsed()) {
        // without the trained parts: the pipeline's own extractor would load data/victims.model,
        // data/dates.model and data/places.model, which this may be making for the first time
        Pipeline p(co, nullptr, nullptr, nullptr);
        o->threads = threads;
        return train(p, *o, std::cout);
      }
    if (train_roles_cmd->parsed()) {
      Analyser analyser;
      trr.threads = threads;
      return train_roles(analyser, trr, std::cout);
    }
    if (eval_ner_cmd->parsed()) return eval_ner(NameTagger::shared(), gmb, ner_errors, std::cout);
    if (eval_cmd->parsed()) {
      Pipeline p = models.pipeline(co);
      if (!weights.empty()) p.set_resolver(Resolver(Resolver::read_params(weights)));
      if (eval_gva_cmd->parsed()) {
        gva.threads = threads;
        gva.progress = isatty(STDERR_FILENO);
        return eval_gva(p, gva, std::cout);
      }
      if (eval_an_cmd->parsed()) return eval_analysis(p, an_gold, an_articles, std::cout);
      if (eval_muc_cmd->parsed()) return eval_muc4(p, muc_gold, muc_raw, muc_errors, std::cout);
      if (eval_bench_cmd->parsed()) return eval_article_bench(p, bench_dir, std::cout);
    }
  } catch (const CLI::ValidationError& e) {
    std::cerr << "incidex: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "incidex: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
