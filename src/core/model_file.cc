#include "core/model_file.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace incidex {

void write_model(const std::string& path, const ModelFormat& m, const std::vector<float>& weights, long keep_from,
                 const std::vector<std::pair<std::string, std::string>>& own, const std::string& description) {
  float max = 0;
  for (float w : weights) max = std::max(max, std::fabs(w));
  float scale = max > 0 ? max / 32767.0f : 1.0f;
  // Weights that round to nothing at this resolution are dropped.
  std::vector<std::pair<std::uint32_t, std::int16_t>> kept;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    long q = std::lround(weights[k] / scale);
    if (std::labs(q) >= keep_from) kept.emplace_back(static_cast<std::uint32_t>(k), static_cast<std::int16_t>(q));
  }
  gzFile f = gzopen(path.c_str(), "wb9");
  if (!f) throw std::runtime_error("cannot write " + path);
  std::string header = "incidex-" + m.kind + " " + std::to_string(m.format) + "\nfeatures " +
                       std::to_string(m.features) + "\nbuckets " + std::to_string(m.buckets) + "\nlabels";
  for (auto& l : m.labels) header += " " + l;
  for (auto& [key, value] : own) header += "\n" + key + " " + value;
  char scale_text[32];  // every digit a float holds: std::to_string's six decimals keep three of 0.000472
  std::snprintf(scale_text, sizeof scale_text, "%.9g", static_cast<double>(scale));
  header += "\nscale " + std::string(scale_text) + "\nweights " + std::to_string(kept.size()) + "\ndescription " +
            description + "\n\n";
  gzwrite(f, header.data(), static_cast<unsigned>(header.size()));
  for (auto& [k, q] : kept) {
    unsigned char rec[6];
    std::memcpy(rec, &k, 4);
    std::memcpy(rec + 4, &q, 2);
    gzwrite(f, rec, 6);
  }
  gzclose(f);
}

ModelWeights read_model(const std::string& path, const ModelFormat& m) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error("cannot read " + m.noun + " model " + path + " (" + m.missing_hint + ")");
  std::string header;
  char c;
  while (gzread(f, &c, 1) == 1) {
    header += c;
    if (header.ends_with("\n\n")) break;
  }
  ModelWeights out;
  std::string first = header.substr(0, header.find('\n'));
  for (std::size_t at = 0; at < header.size();) {
    std::size_t end = header.find('\n', at);
    if (end == std::string::npos) end = header.size();
    std::string line = header.substr(at, end - at);
    if (auto sp = line.find(' '); sp != std::string::npos) out.fields.try_emplace(line.substr(0, sp), line.substr(sp + 1));
    at = end + 1;
  }
  auto field = [&](const std::string& key) {
    auto it = out.fields.find(key);
    return it == out.fields.end() ? std::string() : it->second;
  };
  std::string labels;
  for (auto& l : m.labels) labels += (labels.empty() ? "" : " ") + l;
  std::string problem;
  const std::string kind = "incidex-" + m.kind + " ";
  if (first.starts_with(kind) && first != kind + std::to_string(m.format))
    problem = m.noun + " model of format version " + first.substr(kind.size()) + ", this incidex reads version " +
              std::to_string(m.format) + " (retrain: " + m.retrain + ")";
  else if (first != kind + std::to_string(m.format))
    problem = "not an incidex " + m.noun + " model of format version " + std::to_string(m.format);
  else if (field("features") != std::to_string(m.features))
    problem = "model made for feature set " + field("features") + ", this incidex uses " + std::to_string(m.features) +
              " (retrain: " + m.retrain + ")";
  else if (field("buckets") != std::to_string(m.buckets))
    problem = "model built for another bucket count";
  else if (field("labels") != labels)
    problem = "model has other labels";
  if (!problem.empty()) {
    gzclose(f);
    throw std::runtime_error(path + ": " + problem);
  }
  out.scale = std::stof(field("scale"));
  out.description = field("description");
  std::size_t count = std::stoul(field("weights"));
  std::vector<unsigned char> buf(count * 6);
  bool complete = gzread(f, buf.data(), static_cast<unsigned>(buf.size())) == static_cast<int>(buf.size());
  gzclose(f);
  if (!complete) throw std::runtime_error(path + ": truncated " + m.noun + " model");
  out.kept.resize(count);
  for (std::size_t r = 0; r < count; ++r) {
    std::memcpy(&out.kept[r].first, &buf[r * 6], 4);
    std::memcpy(&out.kept[r].second, &buf[r * 6 + 4], 2);
  }
  return out;
}

}  // namespace incidex
