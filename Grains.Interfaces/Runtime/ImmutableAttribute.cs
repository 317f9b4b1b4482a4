namespace Platform.Runtime;

/// <summary>
/// Declares that instances of a type are never mutated after construction, so the runtime passes them
/// across grain calls without copying. Types without it (other than primitives and strings) are deep-copied.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ImmutableAttribute : Attribute;
