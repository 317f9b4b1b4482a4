namespace Platform.Runtime;

/// <summary>
/// Lets requests to this grain class interleave at await points. Code still never runs on two threads
/// at once, but state may change across an await; reentrant grains must serialise their own writes.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
