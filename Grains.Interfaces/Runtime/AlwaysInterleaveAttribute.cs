namespace Platform.Runtime;

/// <summary>On a grain interface method: the request may interleave with any other request (e.g. a status read during a long command).</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AlwaysInterleaveAttribute : Attribute;
