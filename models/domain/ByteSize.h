#pragma once

#include <QString>
#include <optional>

namespace pd::domain {

// Traffic is counted in bytes; 1 GB here means 1024³ bytes, as the nodes count it.
namespace bytes {
constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;
constexpr qint64 TiB = 1024 * GiB;
constexpr qint64 MaxQuota = 1024 * TiB; // 1 PiB: anything above is a typo

// "0 B", "512 B", "1.50 KiB", "200.00 GiB" (two decimals from KiB up).
QString format(qint64 bytes);
// Parses "200", "200 GiB", "1.5 TiB", "512MiB", "10 GB" (GB read as GiB); a bare number is GiB.
std::optional<qint64> parse(const QString& text);
} // namespace bytes

} // namespace pd::domain
