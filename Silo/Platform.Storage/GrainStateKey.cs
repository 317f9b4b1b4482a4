namespace Platform.Storage;

/// <summary>Identity of one persisted record: one named state of one grain (<c>type/key</c>).</summary>
public readonly record struct GrainStateKey(string GrainType, string GrainKey, string StateName)
{
    public override string ToString() => $"{GrainType}/{GrainKey}#{StateName}";
}
