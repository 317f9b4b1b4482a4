namespace Platform.Processing.Fourier;

/// <summary>A float buffer allocated with fftwf_malloc so FFTW can use its SIMD kernels on it.</summary>
internal sealed unsafe class AlignedBuffer : IDisposable
{
    private nint _pointer;

    public AlignedBuffer(long floats)
    {
        Length = floats;
        _pointer = FftwPlanCache.Call(() => FftwNative.Malloc((nuint)(floats * sizeof(float))));
        if (_pointer == 0)
        {
            throw new OutOfMemoryException($"fftwf_malloc could not allocate {floats} floats.");
        }
    }

    public long Length { get; }

    public nint Pointer => _pointer;

    public Span<float> Span => new((void*)_pointer, checked((int)Length));

    public void Dispose()
    {
        var p = Interlocked.Exchange(ref _pointer, 0);
        if (p != 0)
        {
            FftwNative.Free(p);
        }
    }
}
