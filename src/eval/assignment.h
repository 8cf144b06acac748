// Maximum-weight one-to-one assignment between rows and columns (Kuhn–Munkres / Hungarian, O(n^2 m)).
// Used by CEAF (clusters) and CEAF-REE (role fillers). Weights must be >= 0; unmatched rows get -1.
#pragma once
#include <vector>

namespace incidex::eval {

// weight[r][c] >= 0. Returns, for each row, its column or -1, maximising the sum of matched weights.
std::vector<int> max_weight_assignment(const std::vector<std::vector<double>>& weight);

}  // namespace incidex::eval
