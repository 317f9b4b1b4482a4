namespace Platform.Runtime;

/// <summary>On a grain interface method: it does not change state, so read-only requests may interleave with each other.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReadOnlyAttribute : Attribute;
