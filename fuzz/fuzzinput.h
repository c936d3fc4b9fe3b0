#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace costline::fuzz {

// The fuzzer's bytes without a copy; valid for the duration of one run.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace costline::fuzz
