namespace Platform.Processing.Fourier;

/// <summary>Thrown when the FFTW single-precision library cannot be loaded; says how to install it.</summary>
public sealed class FftwNotAvailableException : Exception
{
    public FftwNotAvailableException(Exception innerException)
        : base($"FFTW single precision ({FftwNative.Library}) could not be loaded: install it with `apt-get install libfftw3-single3` (Debian/Ubuntu). {innerException.Message}", innerException)
    {
    }
}
