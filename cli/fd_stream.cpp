#include "cli/fd_stream.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace allegraph::cli {

FdStream::FdStream(int fd) : std::ostream(nullptr) {
    buffer_.fd = fd;
    rdbuf(&buffer_);
}

FdStream::~FdStream() { close(); }

int FdStream::close() {
    if (buffer_.fd < 0) return buffer_.error;
    if (!buffer_.drain()) setstate(std::ios::badbit);
    if (::close(buffer_.fd) != 0 && buffer_.error == 0) buffer_.error = errno;
    buffer_.fd = -1;
    return buffer_.error;
}

bool FdStream::Buffer::write_all(const char* data, std::size_t size) {
    while (size > 0 && error == 0) {
        ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            error = written < 0 ? errno : EIO;
            break;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return error == 0;
}

bool FdStream::Buffer::drain() {
    bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(bytes.data(), bytes.data() + bytes.size());
    return ok;
}

FdStream::Buffer::int_type FdStream::Buffer::overflow(int_type c) {
    if (!drain()) return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
}

std::streamsize FdStream::Buffer::xsputn(const char* data, std::streamsize size) {
    if (size <= epptr() - pptr()) {
        std::memcpy(pptr(), data, static_cast<std::size_t>(size));
        pbump(static_cast<int>(size));
        return size;
    }
    if (!drain() || !write_all(data, static_cast<std::size_t>(size))) return 0;
    return size;
}

int FdStream::Buffer::sync() { return drain() ? 0 : -1; }

}  // namespace allegraph::cli
