using System.Text.Json;

namespace Platform.GraphQL.Types;

/// <summary>
/// Writes a scalar's value straight to the response as UTF-8 JSON (no intermediate object or string); it must write exactly
/// what the scalar's serialiser would produce for the same value (see <see cref="ScalarType.WriteWith{TValue}"/>).
/// </summary>
public delegate void ScalarValueWriter<in TValue>(Utf8JsonWriter writer, TValue value);
