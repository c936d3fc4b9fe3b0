#include "osuser.h"

#include <pwd.h>
#include <unistd.h>

namespace costline {

QString osUserName()
{
    // The account itself rather than $USER first: an environment variable is whatever the
    // caller set, the effective user is who the system let write the file.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER");
    return fromEnvironment.isEmpty() ? QStringLiteral("unknown") : fromEnvironment;
}

} // namespace costline
