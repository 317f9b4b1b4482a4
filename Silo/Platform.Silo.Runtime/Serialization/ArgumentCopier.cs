using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Serialization;

/// <summary>
/// Isolates caller and grain: a mutable argument or result is deep-copied (JSON round trip) so neither
/// side can change the other's objects after the call. Primitives, strings and types marked
/// <see cref="ImmutableAttribute"/> pass by reference, which keeps the common path allocation-free.
/// </summary>
public static class ArgumentCopier
{
    private static readonly ConcurrentDictionary<Type, bool> _immutable = new();

    /// <summary>
    /// Copies <paramref name="value"/> as its own type, so a derived record stays derived; a value whose own type is
    /// not public (the collections the compiler makes for <c>[.. items]</c>) cannot be rebuilt and is copied as
    /// <paramref name="declaredType"/> (the parameter or result type) instead.
    /// </summary>
    public static object? Copy(object? value, Type declaredType)
    {
        if (value is null)
        {
            return null;
        }

        var type = value.GetType();
        if (IsImmutable(type))
        {
            return value;
        }

        var copyAs = type.IsVisible ? type : declaredType;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, copyAs, GrainJson.Options);
        return JsonSerializer.Deserialize(bytes, copyAs, GrainJson.Options);
    }

    public static T Copy<T>(T value) => (T)Copy(value, typeof(T))!;

    public static bool IsImmutable(Type type) => _immutable.GetOrAdd(type, Classify);

    private static bool Classify(Type type)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan)
            || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(TimeOnly)
            || type == typeof(Uri) || type == typeof(CancellationToken))
        {
            return true;
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return IsImmutable(underlying);
        }

        return type.GetCustomAttribute<ImmutableAttribute>(inherit: false) is not null;
    }
}
