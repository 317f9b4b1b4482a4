using System.Runtime.InteropServices;

namespace Platform.Processing.Fourier;

/// <summary>P/Invoke declarations for FFTW 3 single precision (fftw.org, "FFTW 3.3 C API": fftwf_plan_dft_r2c_2d, new-array execute).</summary>
internal static partial class FftwNative
{
    public const string Library = "libfftw3f.so.3";
    public const string ThreadsLibrary = "libfftw3f_threads.so.3";

    // Planner flags from fftw3.h.
    public const uint Measure = 0;
    public const uint DestroyInput = 1u << 0;
    public const uint Estimate = 1u << 6;

    [LibraryImport(Library, EntryPoint = "fftwf_malloc")]
    public static partial nint Malloc(nuint bytes);

    [LibraryImport(Library, EntryPoint = "fftwf_free")]
    public static partial void Free(nint pointer);

    // FFTW takes the slow (row) dimension first: n0 = height, n1 = width.
    [LibraryImport(Library, EntryPoint = "fftwf_plan_dft_r2c_2d")]
    public static partial nint PlanRealToComplex2D(int n0, int n1, nint input, nint output, uint flags);

    [LibraryImport(Library, EntryPoint = "fftwf_plan_dft_c2r_2d")]
    public static partial nint PlanComplexToReal2D(int n0, int n1, nint input, nint output, uint flags);

    // The new-array execute functions are the only thread-safe FFTW calls.
    [LibraryImport(Library, EntryPoint = "fftwf_execute_dft_r2c")]
    public static partial void ExecuteRealToComplex(nint plan, nint input, nint output);

    [LibraryImport(Library, EntryPoint = "fftwf_execute_dft_c2r")]
    public static partial void ExecuteComplexToReal(nint plan, nint input, nint output);

    // Wisdom (FFTW 3.3 manual §4.7): the planner's accumulated measurements; both return non-zero on success.
    [LibraryImport(Library, EntryPoint = "fftwf_import_wisdom_from_filename", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ImportWisdomFromFilename(string path);

    [LibraryImport(Library, EntryPoint = "fftwf_export_wisdom_to_filename", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ExportWisdomToFilename(string path);

    [LibraryImport(ThreadsLibrary, EntryPoint = "fftwf_init_threads")]
    public static partial int InitThreads();

    [LibraryImport(ThreadsLibrary, EntryPoint = "fftwf_plan_with_nthreads")]
    public static partial void PlanWithThreads(int threads);
}
