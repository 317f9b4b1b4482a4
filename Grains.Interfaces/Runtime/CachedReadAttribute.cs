namespace Platform.Runtime;

/// <summary>
/// On a <see cref="ReadOnlyAttribute">[ReadOnly]</see> grain interface method with no parameters whose result is immutable
/// and depends on nothing but the activation's state (no clock, no other grain, no I/O): the runtime may answer a call with
/// the result the method last returned, without running it, as long as no call that may change state (anything not
/// [ReadOnly], timer ticks, activation steps) has been admitted since and none is running or waiting. Reentrant grains
/// never do this.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class CachedReadAttribute : Attribute;
