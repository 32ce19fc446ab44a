// The varint codec of the adjacency index's stored forms (graph/graph_index.hpp, graph/graph_index_patch.hpp):
// LEB128 varints, zigzag for signed values, vocabulary ids checked to 16 bits, and a decoder that
// fails (ok() false) rather than read past its end. Internal to graph/.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>

namespace allegraph::index_codec {

class Encoder {
public:
    void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            u8(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        u8(static_cast<std::uint8_t>(v));
    }
    void signed_varint(std::int64_t v) {  // zigzag
        varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    void raw(const char* data, std::size_t size) { out_.append(data, size); }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

class Decoder {
public:
    Decoder(const void* data, std::size_t size) : at_(static_cast<const std::uint8_t*>(data)), end_(at_ + size) {}
    bool ok() const { return ok_; }
    bool at_end() const { return at_ == end_; }
    std::uint8_t u8() {
        if (at_ == end_) return fail();
        return *at_++;
    }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            std::uint8_t byte = u8();
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return v;
        }
        return fail();
    }
    std::int64_t signed_varint() {
        std::uint64_t v = varint();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    // A day (a publication's), clamped to 32 bits: kNeverPublished is the largest.
    std::int32_t day() {
        return static_cast<std::int32_t>(std::clamp<std::int64_t>(signed_varint(), std::numeric_limits<std::int32_t>::min(),
                                                                  std::numeric_limits<std::int32_t>::max()));
    }
    // A vocabulary id (graph/graph_index.hpp): 16 bits at most.
    std::uint16_t id() { return id(varint()); }
    std::uint16_t id(std::uint64_t v) {
        if (v > std::numeric_limits<std::uint16_t>::max()) return fail();
        return static_cast<std::uint16_t>(v);
    }
    // A count of items each at least one byte long: never more than the bytes left.
    std::size_t count() {
        std::uint64_t n = varint();
        if (n > static_cast<std::uint64_t>(end_ - at_)) return fail();
        return static_cast<std::size_t>(n);
    }
    // Whether the next four bytes are `magic`; past them if so.
    bool magic(const char (&magic)[4]) {
        if (end_ - at_ < 4 || std::memcmp(at_, magic, 4) != 0) return fail();
        at_ += 4;
        return true;
    }

private:
    std::uint8_t fail() {
        ok_ = false;
        at_ = end_;
        return 0;
    }
    const std::uint8_t* at_;
    const std::uint8_t* end_;
    bool ok_ = true;
};

}  // namespace allegraph::index_codec
