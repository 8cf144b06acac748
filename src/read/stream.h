// ByteStream: buffered reading of a file or standard input, plain or gzip (multi-member gzip, as in
// .warc.gz, included), through zlib. Nothing is read ahead beyond one buffer, so a 10 GB input never
// sits in memory. Not thread-safe: one stream, one reader.
#pragma once
#include <zlib.h>

#include <cstdint>
#include <string>

namespace incidex {

class ByteStream {
 public:
  // Opens `path` ("-" for standard input). Check ok()/error() afterwards.
  explicit ByteStream(const std::string& path);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  bool gzip() const { return gzip_; }

  // Appends the next line (without its '\n' and any '\r') to `out`. Lines longer than `max` bytes are
  // consumed to their end but only `max` bytes are kept, and `too_long` is set. Returns false at end.
  bool getline(std::string& out, std::size_t max, bool& too_long);
  // Appends up to n bytes to `out`; returns how many were appended (fewer only at the end).
  std::size_t read(std::string& out, std::size_t n);
  std::size_t skip(std::size_t n);
  // Looks at the next n bytes without consuming them (fewer at the end).
  std::string peek(std::size_t n);

  std::uint64_t offset() const { return offset_; }         // decompressed bytes consumed
  std::uint64_t raw_offset() const;                          // compressed bytes consumed (for progress)
  bool eof();

 private:
  bool fill();  // refills buf_ when empty; false at end or on error

  gzFile gz_ = nullptr;
  bool gzip_ = false;
  std::string error_;
  std::string buf_;
  std::size_t pos_ = 0;
  std::uint64_t offset_ = 0;
  bool at_end_ = false;
};

}  // namespace incidex
