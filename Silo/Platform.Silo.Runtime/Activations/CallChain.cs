using Platform.Runtime;

namespace Platform.Silo.Runtime.Activations;

/// <summary>
/// The grains a logical call has passed through (flows with the async context). A non-reentrant grain
/// that is called again from its own call chain would wait for itself forever; the runtime detects that
/// and throws <see cref="GrainDeadlockException"/> instead of hanging.
/// </summary>
internal sealed class CallChain
{
    private static readonly AsyncLocal<CallChain?> _current = new();

    public static readonly CallChain Empty = new(null, default);

    private readonly CallChain? _parent;
    private readonly GrainId _grain;

    private CallChain(CallChain? parent, GrainId grain)
    {
        _parent = parent;
        _grain = grain;
    }

    public static CallChain Current
    {
        get => _current.Value ?? Empty;
        set => _current.Value = value;
    }

    public CallChain Append(GrainId grain) => new(this, grain);

    public bool Contains(GrainId grain)
    {
        for (var link = this; link is not null && link._parent is not null; link = link._parent)
        {
            if (link._grain == grain)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
    {
        var ids = new List<string>();
        for (var link = this; link is not null && link._parent is not null; link = link._parent)
        {
            ids.Add(link._grain.ToString());
        }

        ids.Reverse();
        return string.Join(" -> ", ids);
    }
}
