// FdStream: an output stream over an open file descriptor that remembers the first write
// error (errno) instead of losing it, so that a full disk or a closed pipe becomes exit 3
// rather than a truncated file with exit 0. Output files (cli/output_file.hpp) write through it.
#pragma once

#include <array>
#include <ostream>
#include <streambuf>

namespace allegraph::cli {

class FdStream : public std::ostream {
public:
    // Writes to `fd`, which the stream closes when it is destroyed or close() is called.
    explicit FdStream(int fd);
    ~FdStream() override;
    FdStream(const FdStream&) = delete;
    FdStream& operator=(const FdStream&) = delete;

    // Flushes and closes the descriptor; returns the first errno met (0 when every write succeeded).
    int close();

    int fd() const { return buffer_.fd; }

private:
    struct Buffer : std::streambuf {
        int fd = -1;
        int error = 0;
        std::array<char, 1 << 16> bytes{};
        Buffer() { setp(bytes.data(), bytes.data() + bytes.size()); }
        int_type overflow(int_type c) override;
        std::streamsize xsputn(const char* data, std::streamsize size) override;
        int sync() override;
        bool drain();
        bool write_all(const char* data, std::size_t size);
    };
    Buffer buffer_;
};

}  // namespace allegraph::cli
