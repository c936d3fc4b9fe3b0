#pragma once

namespace costline::test {

// Root may write any file whatever its mode. Drops the capability that lets it, from the
// calling thread (and threads it starts later) and from whatever it execs, so read-only
// files and folders behave as they do for any user. Nothing to do for other users;
// false when the capability could not be dropped. Safe between fork and exec.
bool dropFileAccessOverride();

} // namespace costline::test
