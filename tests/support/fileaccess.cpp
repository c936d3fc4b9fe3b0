#include "fileaccess.h"

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace costline::test {

bool dropFileAccessOverride()
{
    if (geteuid() != 0)
        return true;
    // Out of the bounding set, so an exec'd root process does not get it back.
    if (prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0)
        return false;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3]{};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    const unsigned mask = ~(1u << CAP_DAC_OVERRIDE);
    data[0].effective &= mask;
    data[0].permitted &= mask;
    data[0].inheritable &= mask;
    return syscall(SYS_capset, &header, data) == 0;
}

} // namespace costline::test
