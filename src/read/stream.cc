#include "read/stream.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace incidex {

static constexpr std::size_t kBufferSize = 1 << 18;

ByteStream::ByteStream(const std::string& path) {
  int fd = path == "-" ? dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error_ = std::strerror(errno);
    return;
  }
  unsigned char magic[2] = {0, 0};
  if (path != "-" && ::pread(fd, magic, 2, 0) == 2) gzip_ = magic[0] == 0x1f && magic[1] == 0x8b;
  gz_ = gzdopen(fd, "rb");
  if (!gz_) {
    ::close(fd);
    error_ = "cannot open";
    return;
  }
  gzbuffer(gz_, 1 << 17);
}

ByteStream::~ByteStream() {
  if (gz_) gzclose(gz_);
}

std::uint64_t ByteStream::raw_offset() const { return gz_ ? static_cast<std::uint64_t>(gzoffset(gz_)) : 0; }

bool ByteStream::fill() {
  if (pos_ < buf_.size()) return true;
  if (at_end_ || !gz_) return false;
  buf_.resize(kBufferSize);
  pos_ = 0;
  int n = gzread(gz_, buf_.data(), static_cast<unsigned>(buf_.size()));
  if (n < 0) {
    int code = 0;
    const char* msg = gzerror(gz_, &code);
    error_ = msg && *msg ? msg : "read error";
    buf_.clear();
    at_end_ = true;
    return false;
  }
  buf_.resize(static_cast<std::size_t>(n));
  if (n == 0) {
    at_end_ = true;
    int code = 0;
    const char* msg = gzerror(gz_, &code);
    if (code != Z_OK && code != Z_STREAM_END) error_ = msg && *msg ? msg : "read error";
    return false;
  }
  return true;
}

bool ByteStream::eof() { return !fill(); }

bool ByteStream::getline(std::string& out, std::size_t max, bool& too_long) {
  too_long = false;
  bool any = false;
  while (fill()) {
    any = true;
    const char* start = buf_.data() + pos_;
    std::size_t avail = buf_.size() - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : avail;
    std::size_t room = out.size() < max ? max - out.size() : 0;
    if (take > room) too_long = true;
    out.append(start, std::min(take, room));
    pos_ += take;
    offset_ += take;
    if (nl) {
      ++pos_;
      ++offset_;
      if (!out.empty() && out.back() == '\r') out.pop_back();
      return true;
    }
  }
  return any;
}

std::size_t ByteStream::read(std::string& out, std::size_t n) {
  std::size_t done = 0;
  while (done < n && fill()) {
    std::size_t take = std::min(n - done, buf_.size() - pos_);
    out.append(buf_.data() + pos_, take);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

std::size_t ByteStream::skip(std::size_t n) {
  std::size_t done = 0;
  while (done < n && fill()) {
    std::size_t take = std::min(n - done, buf_.size() - pos_);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

std::string ByteStream::peek(std::size_t n) {
  if (!fill()) return {};
  if (buf_.size() - pos_ < n) {  // move the tail to the front and read more behind it
    std::string rest = buf_.substr(pos_);
    buf_ = std::move(rest);
    pos_ = 0;
    std::size_t have = buf_.size();
    buf_.resize(std::max(n, kBufferSize));
    int got = gzread(gz_, buf_.data() + have, static_cast<unsigned>(buf_.size() - have));
    buf_.resize(have + static_cast<std::size_t>(std::max(got, 0)));
  }
  return buf_.substr(pos_, std::min(n, buf_.size() - pos_));
}

}  // namespace incidex
