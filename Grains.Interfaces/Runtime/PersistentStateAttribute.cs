namespace Platform.Runtime;

/// <summary>
/// On a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the runtime injects
/// the named state, loaded from storage before <see cref="Grain.OnActivateAsync"/> runs.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class PersistentStateAttribute(string stateName) : Attribute
{
    public string StateName { get; } = stateName;
}
