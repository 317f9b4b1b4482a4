using Platform.Silo.Runtime.Calls;

namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// Results of [CachedRead] methods (<see cref="Platform.Runtime.CachedReadAttribute"/>), kept per activation and valid for
/// one state epoch. The epoch moves (under the mailbox lock) when any work item that is not read-only is admitted and again
/// when it finishes, so a result is served only if no such item was admitted since the call that produced it was, and none
/// is running or waiting now: a cached answer is exactly what running the method would return at that moment (its result
/// depends on the state alone, which only those items change), and a read never overtakes a queued write (arrival order).
/// Reentrant grains, whose writes can interleave with the read that would be cached, never cache.
/// </summary>
internal sealed partial class Activation
{
    private long _stateEpoch;
    private int _runningStateChanging;
    private CachedRead[] _cachedReads = [];

    /// <summary>The last result of <paramref name="method"/>, when it is still what a call would return now.</summary>
    public bool TryGetCachedRead<T>(GrainMethod method, out Task<T> result)
    {
        lock (_lock)
        {
            if (_status is ActivationStatus.Valid && _runningStateChanging == 0 && _waiting.Count == 0)
            {
                foreach (var cached in _cachedReads)
                {
                    if (ReferenceEquals(cached.Method, method) && cached.Epoch == _stateEpoch)
                    {
                        _lastActiveTimestamp = _runtime.TimeProvider.GetTimestamp();
                        result = (Task<T>)cached.Result;
                        return true;
                    }
                }
            }
        }

        result = null!;
        return false;
    }

    /// <summary>Keeps a [CachedRead] call's successful result, if nothing that may change state was admitted since the call was.</summary>
    public void RememberRead(GrainMethod method, WorkItem call, Task result)
    {
        if (Class.IsReentrant || !result.IsCompletedSuccessfully)
        {
            return;
        }

        lock (_lock)
        {
            if (_status is not ActivationStatus.Valid || call.AdmittedAtEpoch != _stateEpoch)
            {
                return;
            }

            for (var i = 0; i < _cachedReads.Length; i++)
            {
                if (ReferenceEquals(_cachedReads[i].Method, method))
                {
                    _cachedReads[i] = new CachedRead(method, _stateEpoch, result);
                    return;
                }
            }

            _cachedReads = [.. _cachedReads, new CachedRead(method, _stateEpoch, result)];
        }
    }

    private readonly record struct CachedRead(GrainMethod Method, long Epoch, Task Result);
}
