// glibc's malloc tuning (malloc.h) is not in Swift's Glibc module; this gives GraphCore the one
// setting it uses. Elsewhere it does nothing.
#include <stdlib.h>  // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Serve every block from the heap (no block gets a mapping of its own that free would unmap)
/// and keep up to 2 GiB of free memory at the heap's top instead of trimming it.
static inline void graphcore_retain_freed_memory(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 0x7fffffff);
#endif
}
