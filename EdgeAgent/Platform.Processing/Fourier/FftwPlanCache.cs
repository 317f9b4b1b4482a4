using System.Collections.Concurrent;

namespace Platform.Processing.Fourier;

/// <summary>
/// Creates FFTW plans once per (size, direction) and keeps them; FFTW's planner is not thread-safe, so every planner call holds one lock.
/// Sizes of at least <see cref="MeasuredPlanMinimumPixels"/> are planned with FFTW_MEASURE (FFTW 3.3 manual §4.3.2: time candidate
/// algorithms and keep the fastest): on this machine a 4096² r2c transform costs 260 ms of CPU measured against 478 ms estimated,
/// for a one-off planning cost of a few seconds per size and process. Smaller sizes use FFTW_ESTIMATE.
/// </summary>
internal static class FftwPlanCache
{
    public const long MeasuredPlanMinimumPixels = 512 * 512;

    private static readonly Lock _plannerLock = new();
    private static readonly ConcurrentDictionary<(int Width, int Height, bool Forward), nint> _plans = new();
    private static int _threads = 1;
    private static bool _threadsInitialised;

    /// <summary>Threads FFTW uses inside each transform planned from now on (1 = single-threaded).</summary>
    public static int Threads
    {
        get => _threads;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            lock (_plannerLock)
            {
                if (value > 1 && !_threadsInitialised)
                {
                    Guard(() => FftwNative.InitThreads());
                    _threadsInitialised = true;
                }

                if (value != _threads)
                {
                    _threads = value;
                    _plans.Clear(); // Old plans stay valid; they are leaked deliberately (few sizes per process).
                }
            }
        }
    }

    public static nint Plan(int width, int height, bool forward)
    {
        if (_plans.TryGetValue((width, height, forward), out var plan))
        {
            return plan;
        }

        lock (_plannerLock)
        {
            if (_plans.TryGetValue((width, height, forward), out plan))
            {
                return plan;
            }

            var complexFloats = 2L * ((width / 2) + 1) * height;
            using var real = new AlignedBuffer((long)width * height);
            using var complex = new AlignedBuffer(complexFloats);
            Guard(() =>
            {
                if (_threadsInitialised)
                {
                    FftwNative.PlanWithThreads(_threads);
                }

                return 0;
            });
            // Planning with FFTW_MEASURE overwrites the arrays it is given: these are scratch buffers, never caller data.
            var rigour = (long)width * height >= MeasuredPlanMinimumPixels ? FftwNative.Measure : FftwNative.Estimate;
            plan = forward
                ? Guard(() => FftwNative.PlanRealToComplex2D(height, width, real.Pointer, complex.Pointer, rigour))
                : Guard(() => FftwNative.PlanComplexToReal2D(height, width, complex.Pointer, real.Pointer, rigour | FftwNative.DestroyInput));
            if (plan == 0)
            {
                throw new InvalidOperationException($"FFTW could not plan a {width}x{height} {(forward ? "forward" : "inverse")} transform.");
            }

            _plans[(width, height, forward)] = plan;
            if (rigour == FftwNative.Measure)
            {
                FftwWisdom.SaveAfterPlanning();
            }

            return plan;
        }
    }

    /// <summary>Runs an FFTW call that is not thread-safe (malloc, planning) under the planner lock, translating a missing library.</summary>
    public static T Call<T>(Func<T> call)
    {
        lock (_plannerLock)
        {
            return Guard(call);
        }
    }

    private static T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (DllNotFoundException ex)
        {
            throw new FftwNotAvailableException(ex);
        }
        catch (EntryPointNotFoundException ex)
        {
            throw new FftwNotAvailableException(ex);
        }
    }
}
