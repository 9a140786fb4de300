#include <mpi.h>

/* Open MPI's predefined handles are macros over addresses of globals, which Swift cannot import:
   these functions hand them over as values. */
static inline MPI_Comm graphtool_mpi_comm_world(void) { return MPI_COMM_WORLD; }
static inline MPI_Datatype graphtool_mpi_float(void) { return MPI_FLOAT; }
static inline MPI_Datatype graphtool_mpi_double(void) { return MPI_DOUBLE; }
static inline MPI_Datatype graphtool_mpi_int64(void) { return MPI_INT64_T; }
static inline MPI_Datatype graphtool_mpi_byte(void) { return MPI_BYTE; }
static inline MPI_Op graphtool_mpi_sum(void) { return MPI_SUM; }
static inline MPI_Op graphtool_mpi_max(void) { return MPI_MAX; }
static inline MPI_Errhandler graphtool_mpi_errors_return(void) { return MPI_ERRORS_RETURN; }
static inline int graphtool_mpi_success(void) { return MPI_SUCCESS; }
static inline int graphtool_mpi_max_error_string(void) { return MPI_MAX_ERROR_STRING; }
static inline void *graphtool_mpi_in_place(void) { return MPI_IN_PLACE; }
static inline MPI_Datatype graphtool_mpi_int32(void) { return MPI_INT32_T; }
static inline MPI_Status *graphtool_mpi_status_ignore(void) { return MPI_STATUS_IGNORE; }
