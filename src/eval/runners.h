// `incidex eval ...`: run the engine on the data sets in ../shared/data and print their metrics.
//   gva            per-article incident fields vs the Gun Violence Archive, and cross-document clustering
//   muc4           CEAF-REE role fillers on MUC-4 texts vs role keys
//   article-bench  shingle F1 of the HTML cleaner vs gold article bodies, beside the published extractors
// Each returns a process exit code and prints a table to `out`.
#pragma once
#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace incidex {
class Pipeline;
class Analyser;
struct Place;
struct Mention;

struct GvaEvalOptions {
  std::string gold, articles, db;  // db: where to ingest (default: a temporary file, removed after; never an existing file)
  std::string half;                // "", "even" or "odd": score only the gold incidents of that half
  int threads = 1;
  bool progress = false;
};
int eval_gva(const Pipeline&, const GvaEvalOptions&, std::ostream& out);

// Trains the resolver's pair model on gva-news: candidate pairs of main reports, labelled by whether the
// gold puts both articles in one incident; writes a weights file (data/resolve.weights is the project's).
struct TrainResolveOptions {
  std::string gold, articles, out;
  std::string half;  // "", "even" or "odd": train on that half of the gold incidents only
  int epochs = 20, threads = 1;
  bool progress = false;
};
int train_resolve(const Pipeline&, const TrainResolveOptions&, std::ostream& out);
// The analysis alone on gun-violence news: is the gold incident date among the dates the time resolver
// produced, are the gold city/county and state among the resolved places, how far off are the coordinates.
int eval_analysis(const Pipeline&, const std::string& gold, const std::string& articles, std::ostream& out);
// With errors_path, each document's fillers that found no partner are written there as JSON lines
// ({"docid", "role", "missed": [gold entities' names], "wrong": [predicted strings]}).
int eval_muc4(const Pipeline&, const std::string& gold_roles, const std::vector<std::string>& raw_inputs,
              const std::string& errors_path, std::ostream& out);
// One template of the full MUC-4 keys (raw/*/key-*): the fields the incident record also has.
struct MucKey {
  std::string type;      // ATTACK, BOMBING, KIDNAPPING, ARSON, ROBBERY, ... ("BOMBING / ATTACK": either)
  std::string date;      // "02 FEB 90", "- 04 FEB 90" (on or before), "17 FEB 90 - 18 FEB 90"
  std::string location;  // "GUATEMALA: SANTO TOMAS (FARM)", alternatives after " / "
};
// How a mention agrees with a key template: type, date, country and place (the full-keys figures of
// `eval muc4`; each template is paired with the mention that agrees with it most).
struct MucAgreement {
  bool type = false, date = false, country = false, place = false;
  bool date_by_bound = false;  // the date agrees by the mention's bound (Mention::latest), not by a day
  int score() const { return 2 * type + date + country + place; }
};
MucAgreement muc_agreement(const Mention& m, const MucKey& k);
// Trains the role tagger (extract/roles.h) on MUC-4 role keys (roles/train.jsonl: lower-case texts with
// their fillers) and writes its model; with `dev`, prints the tagger's own CEAF-REE on those documents.
struct TrainRolesOptions {
  std::string gold, dev, out;
  int epochs = 8, threads = 1;
};
int train_roles(const Analyser&, const TrainRolesOptions&, std::ostream& out);
// Training on gva-news (the victim scorer, the date chooser): the gold, the articles, the model to write.
struct TrainGvaOptions {
  std::string gold, articles, out;
  std::string half;  // "", "even" or "odd": train on that half of the gold incidents only
  int epochs = 10, threads = 1;
};
// Trains the victim scorer (extract/victims.h) on gva-news: every person each article names, labelled by
// the gold incident's participants (killed, injured, hit otherwise, or not a victim); writes its model.
int train_victims(const Pipeline&, const TrainGvaOptions&, std::ostream& out);
// Trains the date chooser (extract/when.h) on gva-news: the days each article names, the right one the
// gold incident's date; prints its 2-fold cross-validated accuracy beside the rules'; writes its model.
int train_dates(const Pipeline&, const TrainGvaOptions&, std::ostream& out);
// The place chooser (extract/where.h): every town and county each gold article names, the right ones
// those in its gold incident's city (or county) and state.
int train_places(const Pipeline&, const TrainGvaOptions&, std::ostream& out);
int eval_article_bench(const Pipeline&, const std::string& dir, std::ostream& out);

// Scoring against the Gun Violence Archive, exposed for tests: does a predicted victim (lower case) name a
// gold one; does a resolved place match the archive's city_or_county ("Dayton (Kettering)", "Searcy (county)").
bool names_victim(const std::string& predicted, const std::string& gold);
bool gold_city_matches(const std::string& gold, const Place& place);

// Whether MUC-4's task covers a mention (no protest or riot, no clash that strikes no property); exposed for tests.
bool in_muc_scope(const Mention& m);

// Splits a MUC-3/4 raw text file into (id, text) pairs; exposed for tests.
std::vector<std::pair<std::string, std::string>> split_muc_file(const std::string& contents);
// The messages of MUC-3/4 raw text files or folders, by id. A folder's files whose name holds "key" are
// answer keys, not texts: `on_key`, when given, gets each one's contents.
std::map<std::string, std::string> read_muc_texts(const std::vector<std::string>& inputs,
                                                  const std::function<void(const std::string&)>& on_key = {});

}  // namespace incidex
