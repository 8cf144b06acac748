// Sums of quantised weight rows, the inner loop of the taggers' scoring: a row of `Lanes` int16 weights
// added to `Lanes` int32 sums. On x86-64 eight lanes go at a time with SSE2 (which every x86-64 has: the
// build sets no -march, and the compiler alone leaves this loop scalar there); elsewhere, and for rows of
// fewer than eight lanes, it is a plain loop.
#pragma once
#include <cstddef>
#include <cstdint>

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

}  // namespace incidex
