namespace Platform.Runtime;

/// <summary>Overrides, for one grain class, how long an activation may stay idle before it is deactivated.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CollectionAgeAttribute(int minutes) : Attribute
{
    public TimeSpan Age { get; } = TimeSpan.FromMinutes(minutes);
}
