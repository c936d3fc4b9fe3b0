#pragma once

#include <QByteArray>

namespace costline {

// What the workspace keeps of an API key: key ids ("key_abc123") as they are, anything
// that looks like a secret ("sk-proj-…") masked to its prefix and last four characters,
// so a secret pasted into an export never lands in the workspace.
QByteArray maskApiKey(const QByteArray &key);

} // namespace costline
