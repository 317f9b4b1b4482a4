using System.Globalization;
using Platform.Runtime;

namespace Platform.Storage;

/// <summary>Builds the <see cref="InconsistentStateException"/> both providers throw on an ETag mismatch.</summary>
internal static class StateConflict
{
    public static InconsistentStateException Create(string operation, GrainStateKey key, long? storedVersion, string? expectedETag)
    {
        var stored = storedVersion?.ToString(CultureInfo.InvariantCulture);
        return new InconsistentStateException(
            $"Version conflict ({operation}) on {key}: the stored ETag is {stored ?? "none (no record)"}, the writer expected {expectedETag ?? "none (a new record)"}.",
            stored, expectedETag);
    }
}
