// Sums of quantised weight rows, the inner loop of the taggers' scoring: a row of `Lanes` int16 weights
// added to `Lanes` int32 sums. On x86-64 eight lanes go at a time with SSE2 (which every x86-64 has: the
// build sets no -march, and the compiler alone leaves this loop scalar there); elsewhere, and for rows of
// fewer than eight lanes, it is a plain loop.
//
// WeightRows holds such rows for a model loaded from its file: `Lanes` int16 weights a row, the first row at
// a cache line's start, so that no row straddles two (the taggers read their rows at random).
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace incidex {

template <std::size_t Lanes>
inline void add_row(std::int32_t* sum, const std::int16_t* row) {
#if defined(__SSE2__)
  if constexpr (Lanes % 8 == 0) {
    for (std::size_t l = 0; l < Lanes; l += 8) {
      __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + l));
      __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16);  // lanes 0-3, sign-extended
      __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16);  // lanes 4-7
      auto* s = reinterpret_cast<__m128i*>(sum + l);
      _mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), lo));
      _mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), hi));
    }
    return;
  }
#endif
  for (std::size_t l = 0; l < Lanes; ++l) sum[l] += row[l];
}

// The rows `rows` (indices, each times Lanes from `base`) added to `sum`: the sums stay in registers from the
// first row to the last (add_row() loads and stores them at each row), where Lanes is 8 or 16.
template <std::size_t Lanes, typename Index>
inline void add_rows(std::int32_t* sum, const std::int16_t* base, const Index* rows, std::size_t n) {
#if defined(__SSE2__)
  if constexpr (Lanes == 8 || Lanes == 16) {
    constexpr std::size_t kHalves = Lanes / 8;
    __m128i acc[2 * kHalves];
    for (std::size_t h = 0; h < 2 * kHalves; ++h) acc[h] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(sum + 4 * h));
    for (std::size_t k = 0; k < n; ++k) {
      const std::int16_t* row = base + static_cast<std::size_t>(rows[k]) * Lanes;
      for (std::size_t h = 0; h < kHalves; ++h) {
        __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 8 * h));
        acc[2 * h] = _mm_add_epi32(acc[2 * h], _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
        acc[2 * h + 1] = _mm_add_epi32(acc[2 * h + 1], _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
      }
    }
    for (std::size_t h = 0; h < 2 * kHalves; ++h) _mm_storeu_si128(reinterpret_cast<__m128i*>(sum + 4 * h), acc[h]);
    return;
  }
#endif
  for (std::size_t k = 0; k < n; ++k) add_row<Lanes>(sum, base + static_cast<std::size_t>(rows[k]) * Lanes);
}

template <std::size_t Lanes>
class WeightRows {
 public:
  WeightRows() = default;
  WeightRows(const WeightRows&) = delete;  // (base_ points into store_: a copy would point into the original)
  WeightRows& operator=(const WeightRows&) = delete;
  WeightRows(WeightRows&& o) noexcept : store_(std::move(o.store_)), base_(std::exchange(o.base_, nullptr)) {}  // (a moved vector keeps its buffer)
  WeightRows& operator=(WeightRows&& o) noexcept {
    store_ = std::move(o.store_);
    base_ = std::exchange(o.base_, nullptr);
    return *this;
  }

  void assign(std::size_t rows) {  // `rows` rows of zeros
    store_.assign(rows * Lanes + kLine / sizeof(std::int16_t), 0);
    auto at = reinterpret_cast<std::uintptr_t>(store_.data());
    base_ = store_.data() + (kLine - at % kLine) % kLine / sizeof(std::int16_t);
  }
  void clear() {
    store_.clear();
    base_ = nullptr;
  }
  bool empty() const { return base_ == nullptr; }
  std::int16_t* row(std::size_t r) { return base_ + r * Lanes; }
  const std::int16_t* row(std::size_t r) const { return base_ + r * Lanes; }
  void add_to(std::int32_t* sum, std::size_t r) const { add_row<Lanes>(sum, row(r)); }
  // rows[0..n) added to sum
  void add_all(std::int32_t* sum, const std::uint32_t* rows, std::size_t n) const { add_rows<Lanes>(sum, base_, rows, n); }

 private:
  static constexpr std::size_t kLine = 64;  // bytes in a cache line
  std::vector<std::int16_t> store_;
  std::int16_t* base_ = nullptr;  // the first row: store_'s first cache line start
};

}  // namespace incidex
