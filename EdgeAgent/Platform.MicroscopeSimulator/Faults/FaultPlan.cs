namespace Platform.MicroscopeSimulator.Faults;

/// <summary>The queue of scripted faults; thread-safe so tests can add faults while a client is connected.</summary>
public sealed class FaultPlan
{
    private readonly object _lock = new();
    private readonly List<ScriptedFault> _pending = [];

    public FaultPlan(IEnumerable<ScriptedFault> initial)
    {
        _pending.AddRange(initial);
    }

    public void Add(ScriptedFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_lock)
        {
            _pending.Add(fault);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _pending.Clear();
        }
    }

    /// <summary>Takes the first fault matching <paramref name="command"/>, consuming one of its uses.</summary>
    public ScriptedFault? TakeFor(string command)
    {
        lock (_lock)
        {
            var index = _pending.FindIndex(f => f.Matches(command));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            if (fault.Count <= 1)
            {
                _pending.RemoveAt(index);
            }
            else
            {
                _pending[index] = fault with { Count = fault.Count - 1 };
            }

            return fault;
        }
    }
}
