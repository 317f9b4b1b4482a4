namespace Platform.Runtime;

/// <summary>A grain's identity, <c>type/key</c>, where type is the durable grain type name (<see cref="GrainTypeAttribute"/>).</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
