namespace Platform.Runtime;

/// <summary>
/// The durable type name of a grain class. Persisted data is keyed by it, so it must never change once
/// data exists. Without it the name is the class name, lower-cased, with a "Grain" suffix trimmed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
