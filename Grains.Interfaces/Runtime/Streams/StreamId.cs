namespace Platform.Runtime.Streams;

/// <summary>Identity of a durable event stream: a namespace (<c>session-events</c>) and a key (the session id).</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    public override string ToString() => $"{Namespace}/{Key}";
}
