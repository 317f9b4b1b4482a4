using System.Collections.Concurrent;

namespace Platform.Silo.Runtime.Calls;

/// <summary>
/// The grain references one runtime has handed out, by interface and key, so asking for the same grain again returns the
/// same reference instead of a new proxy: a list page asks for 150 grains per request (bench/gateway). A reference is
/// immutable once attached (runtime, grain id, method table), so callers may share it. Bounded: past
/// <see cref="MaxKept"/> references the table is emptied and refills with what is asked for next. Thread safe.
/// </summary>
internal sealed class GrainReferences
{
    /// <summary>References kept at most (a few hundred KB of proxies).</summary>
    public const int MaxKept = 4096;

    private readonly ConcurrentDictionary<(Type Interface, string Key), object> _kept = new();

    /// <summary>Number of references kept now (for tests).</summary>
    public int Count => _kept.Count;

    /// <summary>The kept reference to <paramref name="key"/> through <typeparamref name="TGrain"/>, if there is one.</summary>
    public bool TryGet<TGrain>(string key, out TGrain reference)
    {
        if (_kept.TryGetValue((typeof(TGrain), key), out var kept))
        {
            reference = (TGrain)kept;
            return true;
        }

        reference = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="made"/> (a new reference) unless another caller kept one first; returns the one kept.</summary>
    public TGrain Keep<TGrain>(string key, TGrain made)
        where TGrain : notnull
    {
        if (_kept.Count >= MaxKept)
        {
            _kept.Clear();
        }

        return (TGrain)_kept.GetOrAdd((typeof(TGrain), key), made);
    }
}
