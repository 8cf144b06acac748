// Training and evaluating the name tagger on the GMB corpus (ner_dataset.csv: "Sentence #,Word,POS,Tag",
// BIO tags geo/gpe/per/org/tim/art/eve/nat). Every fifth sentence (index % 5 == 4) is held out for
// evaluation and never trained on. Tags other than per/org/geo/gpe become O.
#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "analyse/names.h"

namespace incidex {

struct GmbSplit {
  std::vector<NameTagger::Example> train, held_out;
};
GmbSplit read_gmb(const std::string& csv_path);

// `incidex train ner`: trains on the training part, writes the model, prints held-out figures.
int train_ner(const std::string& csv_path, const std::string& out_path, int epochs, std::ostream& out);
// `incidex train classes`: learns word classes (analyse/word_classes.h) from the GMB training sentences
// (never the held-out fifth), the bodies of articles (any input `incidex ingest` reads) and MUC-4 raw text
// files or folders, and writes them.
struct TrainClassesOptions {
  std::string gmb, out;
  std::vector<std::string> articles, muc;
  int classes = 256, min_count = 3, passes = 12;
};
int train_word_classes(const TrainClassesOptions&, std::ostream& out);
// `incidex eval ner`: the current model on the held-out part; with an errors path, the held-out sentences
// whose per, org or geo names it gets wrong are written there as JSON lines (words, gold tags, its tags).
int eval_ner(const NameTagger&, const std::string& csv_path, const std::string& errors_path, std::ostream& out);

}  // namespace incidex
