// The file of a perceptron model (the name tagger's, the role tagger's): gzip-compressed; a text header of
// "key value" lines — "incidex-<kind> <format>", features, buckets, labels, any fields of the model's own,
// scale, weights, description — and a blank line; then one 6-byte record (uint32 index, int16 weight) for
// each weight whose quantised value is large enough to keep. Readers refuse another format, feature set,
// bucket count or label list, saying which.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace incidex {

struct ModelFormat {
  std::string kind;          // "ner", "roles": the first header line is "incidex-<kind> <format>"
  std::string noun;          // "name", "role": what the messages call the model
  int format = 1;            // layout of the file
  int features = 1;          // the feature set the weights were trained for
  std::uint32_t buckets = 0;
  std::vector<std::string> labels;
  std::string missing_hint;  // what to run when the file is missing
  std::string retrain;       // the script that retrains it
};

struct ModelWeights {
  float scale = 1;  // weight = quantised value * scale
  std::vector<std::pair<std::uint32_t, std::int16_t>> kept;
  std::string description;
  std::map<std::string, std::string> fields;  // every header line, by key
};

// Quantises `weights` to int16 (the largest magnitude at 32767) and writes those whose quantised magnitude
// is at least `keep_from`; `own` are the model's own header fields, written after the labels.
void write_model(const std::string& path, const ModelFormat&, const std::vector<float>& weights, long keep_from,
                 const std::vector<std::pair<std::string, std::string>>& own, const std::string& description);
// Reads a model written by write_model; throws std::runtime_error naming the file and what is wrong.
ModelWeights read_model(const std::string& path, const ModelFormat&);

}  // namespace incidex
