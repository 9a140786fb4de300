#include <cblas.h>

/* LAPACK's symmetric eigensolver, exported by libopenblas (which ships no LAPACK header). */
void dsyev_(const char *jobz, const char *uplo, const blasint *n, double *a, const blasint *lda,
            double *w, double *work, const blasint *lwork, blasint *info);
