// Swift has no prefetch instruction of its own; this inline function gives GraphCore's gather
// kernels one (a hint to load the cache line at `address` for reading; never faults).
static inline void graphcore_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
