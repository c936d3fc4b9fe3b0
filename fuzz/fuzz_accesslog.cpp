// A gateway audit/access log (JSON lines), whatever its bytes, imported into a fresh
// workspace: no crash, and no key id stored that still looks like a secret.
#include "core/apikeymask.h"
#include "fuzzinput.h"
#include "fuzzworkspace.h"
#include "importers/accesslogimporter.h"
#include "workspace/accesseventstore.h"

#include <QBuffer>

#include <cstdlib>
#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = costline::fuzz::bytesOf(data, size);
    QBuffer file(&bytes);
    file.open(QIODevice::ReadOnly);
    const auto workspace = costline::fuzz::openWorkspace();
    costline::AccessLogImporter(*workspace).importDevice(&file, QStringLiteral("fuzz.jsonl"), {});
    for (const costline::AccessEvent &e :
         costline::AccessEventStore(*workspace).events(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max())) {
        const QByteArray key = e.keyId.toUtf8();
        if (costline::maskApiKey(key) != key) {
            qWarning("a secret-looking key id was stored: %s", key.constData());
            std::abort();
        }
    }
    return 0;
}
