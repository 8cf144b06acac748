#include "eval/assignment.h"

#include <algorithm>
#include <limits>

namespace incidex::eval {

std::vector<int> max_weight_assignment(const std::vector<std::vector<double>>& w) {
  const int rows = static_cast<int>(w.size());
  if (rows == 0) return {};
  const int cols = static_cast<int>(w[0].size());
  if (cols == 0) return std::vector<int>(static_cast<std::size_t>(rows), -1);
  // Square cost matrix (minimisation of -weight), 1-based as in the classic formulation.
  const int n = std::max(rows, cols);
  const double inf = std::numeric_limits<double>::infinity();
  auto cost = [&](int i, int j) { return (i <= rows && j <= cols) ? -w[static_cast<std::size_t>(i - 1)][static_cast<std::size_t>(j - 1)] : 0.0; };
  std::vector<double> u(static_cast<std::size_t>(n) + 1), v(static_cast<std::size_t>(n) + 1);
  std::vector<int> p(static_cast<std::size_t>(n) + 1), way(static_cast<std::size_t>(n) + 1);
  for (int i = 1; i <= n; ++i) {
    p[0] = i;
    int j0 = 0;
    std::vector<double> minv(static_cast<std::size_t>(n) + 1, inf);
    std::vector<char> used(static_cast<std::size_t>(n) + 1, 0);
    do {
      used[static_cast<std::size_t>(j0)] = 1;
      int i0 = p[static_cast<std::size_t>(j0)], j1 = 0;
      double delta = inf;
      for (int j = 1; j <= n; ++j) {
        if (used[static_cast<std::size_t>(j)]) continue;
        double cur = cost(i0, j) - u[static_cast<std::size_t>(i0)] - v[static_cast<std::size_t>(j)];
        if (cur < minv[static_cast<std::size_t>(j)]) {
          minv[static_cast<std::size_t>(j)] = cur;
          way[static_cast<std::size_t>(j)] = j0;
        }
        if (minv[static_cast<std::size_t>(j)] < delta) {
          delta = minv[static_cast<std::size_t>(j)];
          j1 = j;
        }
      }
      for (int j = 0; j <= n; ++j) {
        if (used[static_cast<std::size_t>(j)]) {
          u[static_cast<std::size_t>(p[static_cast<std::size_t>(j)])] += delta;
          v[static_cast<std::size_t>(j)] -= delta;
        } else {
          minv[static_cast<std::size_t>(j)] -= delta;
        }
      }
      j0 = j1;
    } while (p[static_cast<std::size_t>(j0)] != 0);
    do {
      int j1 = way[static_cast<std::size_t>(j0)];
      p[static_cast<std::size_t>(j0)] = p[static_cast<std::size_t>(j1)];
      j0 = j1;
    } while (j0);
  }
  std::vector<int> out(static_cast<std::size_t>(rows), -1);
  for (int j = 1; j <= n; ++j) {
    int i = p[static_cast<std::size_t>(j)];
    if (i >= 1 && i <= rows && j <= cols && w[static_cast<std::size_t>(i - 1)][static_cast<std::size_t>(j - 1)] > 0)
      out[static_cast<std::size_t>(i - 1)] = j - 1;
  }
  return out;
}

}  // namespace incidex::eval
