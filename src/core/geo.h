// Great-circle distance between two points given in degrees (haversine, mean Earth radius), in km.
#pragma once
#include <algorithm>
#include <cmath>

namespace incidex {

inline double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double r = 6371.0, d = 3.14159265358979323846 / 180;
  double a = std::sin((lat2 - lat1) * d / 2), b = std::sin((lon2 - lon1) * d / 2);
  double h = a * a + std::cos(lat1 * d) * std::cos(lat2 * d) * b * b;
  return 2 * r * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace incidex
